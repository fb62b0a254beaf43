"""The entry points the screens call: open a dialog, call the service, show errors."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from bewustwerven.services.errors import KnownError
from bewustwerven.ui.errors import show_error
from bewustwerven.ui.i18n import current_language
from bewustwerven.ui.privacy.dialogs import (
    DeleteOnRequestDialog,
    ObjectionDialog,
    SubjectAccessDialog,
)
from bewustwerven.ui.privacy.selfid_dialog import SelfIdentificationDialog

if TYPE_CHECKING:
    from bewustwerven.services.app import App
    from bewustwerven.services.candidates import CandidateService
    from bewustwerven.services.privacy import ErasureResult, PrivacyService, RetentionReport
    from bewustwerven.ui.ops import Op

log = logging.getLogger(__name__)


def ask_self_identification(
    parent: QWidget | None,
    candidates: CandidateService,
    pid: int,
    pseudonym: str,
    current: dict[str, object] | None = None,
) -> bool:
    dialog = SelfIdentificationDialog(pseudonym, current, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        candidates.set_self_identification(
            pid, pseudonym, dialog.values(), retention_consent=dialog.retention_consent()
        )
    except KnownError as exc:
        show_error(parent, exc)
        return False
    return True


def ask_objection(
    parent: QWidget | None, privacy: PrivacyService, pseudonym: str
) -> ErasureResult | None:
    dialog = ObjectionDialog(pseudonym, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        received = dialog.received.date()
        on = date(received.year(), received.month(), received.day())
        return privacy.record_objection(pseudonym, received_on=on)
    except KnownError as exc:
        show_error(parent, exc)
        return None


def ask_delete_on_request(
    parent: QWidget | None, privacy: PrivacyService, pseudonym: str
) -> ErasureResult | None:
    dialog = DeleteOnRequestDialog(pseudonym, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        return privacy.delete_on_request(pseudonym, dialog.reason_text())
    except KnownError as exc:
        show_error(parent, exc)
        return None


def ask_subject_access(
    parent: QWidget | None, privacy: PrivacyService, pseudonym: str
) -> Path | None:
    from bewustwerven.services.privacy import write_subject_access

    dialog = SubjectAccessDialog(pseudonym, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        export = privacy.subject_access(pseudonym)
    except KnownError as exc:
        show_error(parent, exc)
        return None
    return write_subject_access(export, dialog.folder.text(), current_language())


def start_due_retention(
    app: App,
    parent: QWidget | None = None,
    on_done: Callable[[RetentionReport], None] | None = None,
) -> Op:
    """Run the retention that is due, off the GUI thread, right after start-up. It is not
    the user's own action: a failure is logged and said in the status bar, not a dialog."""
    from bewustwerven.services.privacy import run_due_retention
    from bewustwerven.ui.ops import run_op

    def work(progress: Any) -> RetentionReport:
        return run_due_retention(app, stop=lambda: progress.cancelled)

    def failed(exc: BaseException) -> None:
        log.error("retention at start-up failed", exc_info=exc)
        bar = getattr(parent, "statusBar", None)
        if callable(bar):
            bar().showMessage(
                QCoreApplication.translate(
                    "privacy",
                    "Het opruimen van verlopen gegevens lukte nu niet; het gebeurt bij de "
                    "volgende start. Details staan in het logbestand.",
                ),
                15000,
            )

    return run_op(parent, work, on_done=on_done, on_error=failed)
