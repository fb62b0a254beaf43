"""The settings dialog (language, theme), opened from the File menu."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from bewustwerven.ui import i18n, theme
from bewustwerven.ui import settings as st
from bewustwerven.ui.widgets.buttons import main_action_keys


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
        self.theme = QComboBox(self)
        for name in theme.THEMES:
            self.theme.addItem(theme.label(name, i18n.current_language()), name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(st.theme())))
        self.theme.setAccessibleName(self.tr("Thema"))
        theme_label = QLabel(self.tr("T&hema:"))
        theme_label.setBuddy(self.theme)
        form.addRow(theme_label, self.theme)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        main_action_keys(self, buttons.button(QDialogButtonBox.StandardButton.Ok))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        """Save and show the chosen theme at once (the language is the caller's)."""
        chosen = str(self.theme.currentData())
        if chosen != st.theme() or chosen != theme.current():
            st.set_theme(chosen)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply(app, chosen)
        super().accept()

    def language(self) -> str:
        return str(self.lang.currentData())
