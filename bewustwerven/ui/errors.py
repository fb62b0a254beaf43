"""Errors in front of the user.

Known errors (:class:`bewustwerven.services.errors.KnownError`: bad input, refusals, conflicts,
a missing key) get a plain dialog in the user's language. Anything else is a bug: the crash
dialog shows what happened with copyable details and where the log file is, and the
traceback goes to the rotating log.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.services.errors import KnownError
from bewustwerven.ui.i18n import current_language

log = logging.getLogger(__name__)


def known_text(exc: KnownError) -> str:
    lang = current_language()
    lines = [exc.message(lang)]
    lines += [f"• {d}" for d in exc.details]
    return "\n".join(lines)


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
    CrashDialog.from_exception(parent, exc).exec()


class CrashDialog(QDialog):
    """A bug: say so plainly, show the details to copy, point to the log file."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Er ging iets mis"))
        self.setAccessibleName(self.tr("Foutmelding"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Er ging iets mis in het programma. Dit is een fout in BewustWerven, niet in "
                "wat u deed. Uw opgeslagen gegevens zijn veilig. Kopieer de details hieronder "
                "en stuur ze naar de functioneel beheerder."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        from PySide6.QtCore import Qt  # not at import: Qt's enums cost start-up time

        from bewustwerven.ui.logging_setup import log_file

        where = QLabel(self.tr("Logbestand: {0}").format(log_file()))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details van de fout"))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("&Kopieer details"))
        copy.setAccessibleName(self.tr("Kopieer details"))
        copy.clicked.connect(self.copy_details)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())

    @classmethod
    def from_exception(cls, parent: QWidget | None, exc: BaseException) -> CrashDialog:
        text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        return cls(text, parent)


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
    CrashDialog.from_exception(QApplication.activeWindow(), exc).exec()


_hook_state = {"quiet": False}


def install_excepthook(*, quiet: bool = False) -> None:
    """Install :func:`excepthook`; ``quiet`` (smoke/screenshot runs) logs without dialogs."""
    _hook_state["quiet"] = quiet
    sys.excepthook = excepthook
