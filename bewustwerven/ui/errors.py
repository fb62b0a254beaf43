"""Errors in front of the user.

Known errors (:class:`bewustwerven.services.errors.KnownError`: bad input, refusals, conflicts,
a missing key) get a plain dialog in the user's language. Anything else is a bug: the crash
dialog shows what happened with copyable details and where the log file is, and the
traceback goes to the rotating log.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from bewustwerven.services.errors import KnownError
from bewustwerven.ui.i18n import current_language

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show ``exc``: a known error as a plain message, anything else as the crash dialog."""
    if isinstance(exc, KnownError):
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("errors", "Dat lukt niet"))
        box.setText(exc.message(current_language()))
        if exc.details:
            box.setInformativeText("\n".join(f"• {d}" for d in exc.details))
        box.setAccessibleName(QCoreApplication.translate("errors", "Melding"))
        box.exec()
        return
    from bewustwerven.ui.crash import CrashDialog

    CrashDialog.from_exception(parent, exc).exec()


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook for the GUI: known errors as a plain dialog, bugs logged + crash dialog."""
    if isinstance(exc, KnownError):
        log.info("known error: %s", exc.message("en"))
        if QApplication.instance() is not None:
            show_error(QApplication.activeWindow(), exc)
        return
    log.error("unhandled error", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None or _hook_state["quiet"]:
        sys.__excepthook__(exc_type, exc, tb)
        return
    exc.__traceback__ = tb
    from bewustwerven.ui.crash import CrashDialog

    CrashDialog.from_exception(QApplication.activeWindow(), exc).exec()


_hook_state = {"quiet": False}


def install_excepthook(*, quiet: bool = False) -> None:
    """Install :func:`excepthook`; ``quiet`` (smoke/screenshot runs) logs without dialogs."""
    _hook_state["quiet"] = quiet
    sys.excepthook = excepthook


def __getattr__(name: str) -> object:  # ``from bewustwerven.ui.errors import CrashDialog``
    if name == "CrashDialog":
        from bewustwerven.ui.crash import CrashDialog

        return CrashDialog
    raise AttributeError(name)
