"""Admin ("Beheer"): users and roles, units, the policy profile, the database connection."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from bewustwerven.services.app import App
from bewustwerven.ui.admin.database import DatabaseTab
from bewustwerven.ui.admin.profile import ProfileTab
from bewustwerven.ui.admin.users import UnitsTab, UsersTab


class AdminView(QWidget):
    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Beheer"))
        self.users = UsersTab(app, self)
        self.units = UnitsTab(app, self)
        self.profile = ProfileTab(app, self)
        self.database = DatabaseTab(app.describe(), self)
        self.tabs.addTab(self.users, self.tr("Gebr&uikers en rollen"))
        self.tabs.addTab(self.units, self.tr("&Afdelingen"))
        self.tabs.addTab(self.profile, self.tr("Beleids&profiel"))
        self.tabs.addTab(self.database, self.tr("&Database"))
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())

    def refresh(self) -> None:
        page = self.tabs.currentWidget()
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def screenshot_states(self):
        """For --screenshots: each tab after the first."""
        names = ("units", "profile", "database")
        for i, name in enumerate(names, start=1):
            self.tabs.setCurrentIndex(i)
            yield name
        self.tabs.setCurrentIndex(0)
