"""The main window: navigation by role, one page per view, status bar, menus, settings."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

# Qt (the namespace) is imported where it is used: its first use builds a hundred enums
# (12 ms), which the window frame shown at start-up does not need.
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from bewustwerven.ui import i18n, nav
from bewustwerven.ui import settings as st
from bewustwerven.ui.errors import show_error

if TYPE_CHECKING:  # the services load after the window is on screen (see attach)
    from bewustwerven.services.app import App

log = logging.getLogger(__name__)


def describe_database(url: str) -> str:
    """ "file /path/x.db" or "server host/db" in words, never with a password (a
    BewustWerven server's https://host:port/ reads "server host")."""
    parts = urlsplit(url)
    if parts.scheme.startswith("sqlite"):
        path = unquote(url.split(":///", 1)[1]) if ":///" in url else url
        return QCoreApplication.translate("MainWindow", "bestand {0}").format(path)
    host = parts.hostname or "localhost"
    return QCoreApplication.translate("MainWindow", "server {0}{1}").format(host, parts.path or "")


class MainWindow(QMainWindow):
    """The shell. ``MainWindow(app)`` is ready at once; ``MainWindow()`` shows the frame with
    "opening the database" first and gets its navigation from :meth:`attach`, so the window is
    on screen before the database and the services have loaded."""

    def __init__(self, app: App | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app: App | None = None
        self.setWindowTitle(self.tr("BewustWerven"))
        self.setAccessibleName(self.tr("BewustWerven hoofdvenster"))
        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Navigatie"))
        self.nav.setMinimumWidth(160)
        self.stack = QStackedWidget(self)
        splitter = QSplitter(self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 1090])
        self.setCentralWidget(splitter)
        self.entries: list[nav.NavEntry] = []
        self.factories: dict[str, nav.ViewFactory] = {}
        self.views: dict[str, QWidget] = {}
        self.status_labels: tuple[QLabel, ...] = ()
        self._build_menus()
        saved = st.geometry("main")
        if saved is None or not self.restoreGeometry(saved):
            self.resize(1280, 800)
        self.nav.currentRowChanged.connect(self._show_row)
        if app is not None:
            self.attach(app)
        else:
            self.statusBar().showMessage(self.tr("De database wordt geopend…"))

    def attach(self, app: App) -> None:
        """Give the window its services: navigation by role, status bar, first view."""
        self.app = app
        self.setWindowTitle(self._title())
        self.statusBar().clearMessage()
        self._build_nav()
        self._build_status()
        if self.entries:
            self.nav.setCurrentRow(0)

    def _title(self) -> str:
        """A database made by ``demo`` (anyone may act as anyone there) says so."""
        demo = getattr(self.app, "is_demo", False)
        return self.tr("BewustWerven (demo)") if demo else self.tr("BewustWerven")

    # -- building -----------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        settings = QAction(self.tr("&Instellingen…"), self)
        settings.setShortcut(QKeySequence.StandardKey.Preferences)
        settings.triggered.connect(self.open_settings)
        file_menu.addAction(settings)
        refresh = QAction(self.tr("&Vernieuwen"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh_current)
        file_menu.addAction(refresh)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Afsluiten"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.go_menu = bar.addMenu(self.tr("&Ga naar"))
        help_menu = bar.addMenu(self.tr("&Help"))
        page_help = QAction(self.tr("&Hulp bij dit scherm"), self)
        page_help.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        page_help.triggered.connect(lambda: self.show_help())
        help_menu.addAction(page_help)
        keys = QAction(self.tr("&Sneltoetsen"), self)
        keys.setShortcut(QKeySequence("Ctrl+F1"))
        keys.triggered.connect(lambda: self.show_help(keys_first=True))
        help_menu.addAction(keys)
        help_menu.addSeparator()
        about = QAction(self.tr("&Over BewustWerven"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_nav(self) -> None:
        from PySide6.QtCore import Qt

        assert self.app is not None
        self.nav.clear()
        self.go_menu.clear()
        self.entries, self.factories = [], {}
        for entry, factory in nav.available(self.app.actor.roles):
            self.entries.append(entry)
            self.factories[entry.key] = factory
            item = QListWidgetItem(entry.label)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setSizeHint(QSize(0, 36))
            item.setToolTip(f"{entry.label} ({entry.shortcut})")
            self.nav.addItem(item)
            action = QAction(entry.label, self)
            action.setShortcut(QKeySequence(entry.shortcut))
            row = len(self.entries) - 1
            action.triggered.connect(lambda _=False, r=row: self.nav.setCurrentRow(r))
            self.go_menu.addAction(action)
            self.addAction(action)
        widths = [self.nav.fontMetrics().horizontalAdvance(e.label) + 24 for e in self.entries]
        self.nav.setMinimumWidth(max([160, *widths]))  # with a large font nothing is cut
        self.nav.setAccessibleDescription(
            self.tr("Kies een scherm. Sneltoetsen: {0}.").format(
                ", ".join(e.shortcut for e in self.entries)
            )
        )
        if not self.entries:
            empty = QLabel(
                self.tr(
                    "Uw rollen geven nog geen toegang tot een scherm. Vraag de functioneel "
                    "beheerder om een rol."
                )
            )
            empty.setWordWrap(True)
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(empty)

    def _build_status(self) -> None:
        from PySide6.QtCore import Qt

        assert self.app is not None
        lang = i18n.current_language()
        actor = self.app.actor
        roles = ", ".join(r.label(lang) for r in sorted(actor.roles, key=lambda r: r.value))
        user = QLabel(self.tr("Gebruiker: {0} ({1})").format(actor.display_name, actor.login))
        role_label = QLabel(self.tr("Rollen: {0}").format(roles))
        where = describe_database(self.app.describe())
        # A long path pushed the status messages ("Het oordeel ... is vastgelegd") out of
        # sight: the bar shows the file's name, the tooltip the whole path.
        short = where
        if len(where) > 48:
            short = where.split(" ", 1)[0] + " …/" + where.rsplit("/", 1)[-1]
        db = QLabel(self.tr("Database: {0}").format(short))
        db.setToolTip(where)
        db.setAccessibleDescription(where)
        bar = self.statusBar()
        for w in (user, role_label, db):
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            bar.addPermanentWidget(w)
        self.status_labels = (user, role_label, db)

    # -- pages --------------------------------------------------------------------------
    def view(self, key: str) -> QWidget | None:
        """The view for ``key``, created on first use."""
        if key in self.views:
            return self.views[key]
        factory = self.factories.get(key)
        if factory is None or self.app is None:
            return None
        try:
            widget = factory(self.app, self.stack)
        except Exception as exc:  # a view that cannot start must not take the shell down
            log.exception("view %s failed to start", key)
            show_error(self, exc)
            return None
        self.views[key] = widget
        self.stack.addWidget(widget)
        return widget

    def _may_leave(self, widget: QWidget | None) -> bool:
        """Ask a view with unsaved work (``maybe_leave``) before it goes out of sight."""
        ask = getattr(widget, "maybe_leave", None)
        return not callable(ask) or bool(ask())

    def _stay(self) -> None:
        shown = self.stack.currentWidget()
        back = next((i for i, e in enumerate(self.entries) if self.views.get(e.key) is shown), -1)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(back)
        self.nav.blockSignals(False)

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        shown = self.stack.currentWidget()
        target = self.views.get(self.entries[row].key)
        if shown is not target and not self._may_leave(shown):
            self._stay()
            return
        widget = self.view(self.entries[row].key)
        if widget is None:  # it could not start (the error was shown): stay where we were
            self._stay()
            return
        self.stack.setCurrentWidget(widget)
        self.refresh_current()

    def show_view(self, key: str) -> QWidget | None:
        for row, entry in enumerate(self.entries):
            if entry.key == key:
                self.nav.setCurrentRow(row)
                return self.views.get(key)
        return None

    def refresh_current(self) -> None:
        widget = self.stack.currentWidget()
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            try:
                refresh()
            except Exception as exc:
                show_error(self, exc)

    # -- settings, about ------------------------------------------------------------------
    def open_settings(self) -> None:
        from bewustwerven.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            chosen = dialog.language()
            st.set_language(chosen)
            changes_language = (chosen or i18n.system_language()) != i18n.current_language()
            if changes_language and not self._may_leave(self.stack.currentWidget()):
                return  # unsaved work stays; the new language comes at the next start
            if changes_language:
                i18n.install(chosen)
                self.retranslate()

    def retranslate(self) -> None:
        """Rebuild menus, navigation and views in the new language; the open page (and the
        procedure open in it) stays open."""
        key = self.entries[self.nav.currentRow()].key if self.entries else None
        current = self.views.get(key) if key else None
        state_of = getattr(current, "view_state", None)
        state = state_of() if callable(state_of) else None
        for widget in self.views.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.views.clear()
        self.setWindowTitle(self._title())
        self._build_menus()
        if self.app is None:
            return
        self._build_nav()
        for w in self.status_labels:
            self.statusBar().removeWidget(w)
            w.deleteLater()
        self._build_status()
        if key:
            view = self.show_view(key)
            restore = getattr(view, "restore_state", None)
            if state is not None and callable(restore):
                restore(state)

    def current_key(self) -> str | None:
        row = self.nav.currentRow()
        return self.entries[row].key if 0 <= row < len(self.entries) else None

    def show_help(self, *, keys_first: bool = False) -> None:
        """F1: help for the open screen; Ctrl+F1: the shortcut list (read from this window)."""
        from bewustwerven.ui.help import HelpDialog

        self.help_dialog = HelpDialog(self, self.current_key(), keys_first=keys_first)
        self.help_dialog.open()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from bewustwerven import __version__

        QMessageBox.about(
            self,
            self.tr("Over BewustWerven"),
            self.tr(
                "BewustWerven {0}\n\nInclusief werven en selecteren: uniforme vragen, blind "
                "scoren, diverse commissies en een controleerbaar spoor."
            ).format(__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(self._may_leave(v) for v in self.views.values()):
            event.ignore()
            return
        st.set_geometry("main", self.saveGeometry())
        super().closeEvent(event)
