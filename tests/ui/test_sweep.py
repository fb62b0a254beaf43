"""The sweep: every view for every role on the demo organisation, every enabled button and
menu action activated through its real signal (``click()``, ``trigger()``). A dialog that
opens is closed by a timer (rejected, as Escape would); an exception or a crash dialog fails.
On the way it checks every window and dialog it meets: no Alt-letter used twice (mnemonics,
WCAG 2.1.1) and Tab leaves every plain-text field.

States per view: as opened; each procedure of the chair's procedure list (a few); for the
recruiter the list and a procedure in each stage with every tab; for tables, the first row
activated by Enter."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from bewustwerven.services.app import open_app
from bewustwerven.ui import crash, i18n
from bewustwerven.ui.changes import UNSAVED_BOX
from bewustwerven.ui.shell import MainWindow
from tests.ui.demo_db import PASSPHRASE, copy_demo
from tests.ui.keys import clashes

USERS = {
    "recruiter": "sanne.wsadviseur",
    "member": "kees.lid",
    "chair": "aisha.voorzitter",
    "hr": "fatima.pno",
    "admin": "admin",
}


@pytest.fixture(autouse=True)
def _isolate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    QThreadPool.globalInstance().waitForDone(5000)
    i18n.install("nl")


class Closer:
    """Rejects every modal dialog and closes every popup menu as soon as it shows."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.crashes: list[str] = []
        self.tab_traps: list[str] = []
        self.clashes: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self.close_modals)
        self.timer.start()

    def close_modals(self) -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        name = f"{type(modal).__name__}: {modal.windowTitle()}"
        self.seen.append(name)
        if isinstance(modal, crash.CrashDialog):
            self.crashes.append(modal.details.toPlainText())
        self.tab_traps += _tab_traps(modal)
        self.clashes += clashes(modal)
        if modal.objectName() == UNSAVED_BOX:  # leaving an editor the sweep changed
            assert isinstance(modal, QMessageBox)
            modal.button(QMessageBox.StandardButton.Discard).click()
            return
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()


def _tab_traps(root: QWidget) -> list[str]:
    """Plain-text fields where Tab would type a tab instead of moving on."""
    return [
        f"{type(root).__name__}/{e.accessibleName() or e.objectName()}"
        for e in root.findChildren(QPlainTextEdit)
        if not e.tabChangesFocus()
    ]


def _buttons(root: QWidget) -> list[QAbstractButton]:
    return [
        b
        for b in root.findChildren(QAbstractButton)
        if b.isVisibleTo(root) and b.isEnabled() and b.window() is root.window()
    ]


def _settle() -> None:
    for _ in range(3):
        QThreadPool.globalInstance().waitForDone(5000)
        QApplication.processEvents()


def _press_all(
    window: MainWindow, enter: Callable[[], QWidget], log: list[str], traps: list[str],
    mnemonic_clashes: list[str],
) -> None:
    """Enter the state, then click each enabled visible button once, re-entering the state
    before each (a click may open a page, delete a row or move a stage)."""
    root = enter()
    traps += _tab_traps(root)
    mnemonic_clashes += clashes(root.window())
    count = len(_buttons(root))
    for i in range(count):
        root = enter()
        buttons = _buttons(root)
        if i >= len(buttons):
            break
        b = buttons[i]
        if not shiboken6.isValid(b) or not b.isVisible() or not b.isEnabled():
            continue
        log.append(f"{type(root).__name__}/{b.text() or b.accessibleName()}")
        b.click()
        _settle()


def _states(window: MainWindow, key: str) -> Iterator[Callable[[], QWidget]]:
    def show() -> QWidget:
        window.show_view(key)
        _settle()
        view = window.views[key]
        return view

    yield show
    view = show()
    if key == "procedures":
        rows = view.model.rows  # type: ignore[attr-defined]
        by_stage = {}
        for r in rows:
            by_stage.setdefault(r.stage, r.id)
        for pid in by_stage.values():
            for tab in range(view.page.tabs.count()):  # type: ignore[attr-defined]

                def open_tab(pid: int = pid, tab: int = tab) -> QWidget:
                    v = show()
                    if v.stack.currentWidget() is not v.page or v.page.pid != pid:  # type: ignore[attr-defined]
                        v.open_procedure(pid)  # type: ignore[attr-defined]
                    v.page.tabs.setCurrentIndex(tab)  # type: ignore[attr-defined]
                    _settle()
                    return v.page.tabs.currentWidget()  # type: ignore[attr-defined]

                yield open_tab
        return
    combo = getattr(view, "procedure", None)
    if isinstance(combo, QComboBox):
        for i in range(1, min(combo.count(), 4)):

            def pick(i: int = i) -> QWidget:
                v = show()
                c = v.procedure  # type: ignore[attr-defined]
                if c.currentIndex() != i:
                    c.setCurrentIndex(i)
                    _settle()
                return v

            yield pick
    tables = [
        t
        for t in view.findChildren(QAbstractItemView)
        if t.isVisibleTo(view) and t.model() is not None and t.model().rowCount()
    ]
    for table in tables[:3]:

        def activate(table: QAbstractItemView = table) -> QWidget:
            v = show()
            if shiboken6.isValid(table) and table.model() is not None and table.model().rowCount():
                table.setFocus()
                table.setCurrentIndex(table.model().index(0, 0))
                from PySide6.QtTest import QTest

                QTest.keyClick(table, Qt.Key.Key_Return)
                _settle()
            return v

        yield activate


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("role", list(USERS))
def test_sweep_every_button_of_every_view(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, role: str, lang: str, request
) -> None:
    i18n.install(lang)
    db = copy_demo(request.config, tmp_path)
    app = open_app(db, user=USERS[role], passphrase=PASSPHRASE)
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    closer = Closer()
    log: list[str] = []
    try:
        with qtbot.captureExceptions() as exceptions:
            for entry in list(window.entries):
                for enter in _states(window, entry.key):
                    _press_all(window, enter, log, closer.tab_traps, closer.clashes)
            for menu in window.menuBar().findChildren(QMenu):
                for action in menu.actions():
                    if action.isSeparator() or not action.isEnabled():
                        continue
                    if action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit):
                        continue
                    log.append(f"menu/{action.text()}")
                    action.trigger()
                    _settle()
            window.close()  # asks about unsaved work: the closer answers
            _settle()
        closer.timer.stop()
        errors = [f"{e[0].__name__}: {e[1]}" for e in exceptions]
        assert not errors, errors
        assert not closer.crashes, closer.crashes
        assert not closer.tab_traps, sorted(set(closer.tab_traps))
        assert not closer.clashes, "\n".join(sorted(set(closer.clashes)))
        assert len(log) > 5, log
    finally:
        closer.timer.stop()
        QThreadPool.globalInstance().waitForDone(5000)
        app.close()
