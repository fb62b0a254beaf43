"""The crash dialog: a bug said plainly, details to copy, where the log file is.
(Loaded when needed: ``bewustwerven.ui.errors.show_error`` and the excepthook.)"""

from __future__ import annotations

import traceback

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bewustwerven.ui.logging_setup import log_file


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
        where = QLabel(self.tr("Logbestand: {0}").format(log_file()))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        self.details = QPlainTextEdit(details)
        self.details.setTabChangesFocus(True)
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
