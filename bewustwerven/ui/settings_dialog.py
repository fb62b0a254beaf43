"""The settings dialog (language), opened from the File menu."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from bewustwerven.ui import i18n
from bewustwerven.ui import settings as st


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Instellingen"))
        form = QFormLayout(self)
        self.lang = QComboBox(self)
        self.lang.addItem(self.tr("Taal van het systeem"), "")
        for code in i18n.LANGUAGES:
            self.lang.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(st.language())))
        self.lang.setAccessibleName(self.tr("Taal"))
        label = QLabel(self.tr("&Taal:"))
        label.setBuddy(self.lang)
        form.addRow(label, self.lang)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def language(self) -> str:
        return str(self.lang.currentData())
