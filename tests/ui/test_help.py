"""F1 opens help for the open screen; Ctrl+F1 the shortcut list, read from the live window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from bewustwerven.services.app import open_app
from bewustwerven.ui.help import HelpDialog


def _window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from bewustwerven.ui.shell import MainWindow

    admin = open_app(str(tmp_path / "h.db"), user="beheer")
    admin.users.add("lid", roles=["member"], trained=True)
    app = admin.as_user("lid")
    w = MainWindow(app)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return admin, w


def test_f1_opens_help_for_the_open_screen(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    admin, w = _window(qtbot, tmp_path)
    try:
        assert w.current_key() == "reviews"
        qtbot.keyClick(w, Qt.Key.Key_F1)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), HelpDialog))
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, HelpDialog)
        assert dialog.tabs.currentIndex() == 0
        text = dialog.text.toPlainText()
        assert "scoort" in text and "Volgende stap" in text
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not dialog.isVisible())
    finally:
        admin.close()


def test_shortcut_list_holds_every_shortcut_of_the_window(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    admin, w = _window(qtbot, tmp_path)
    try:
        qtbot.keyClick(w, Qt.Key.Key_F1, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), HelpDialog))
        dialog = QApplication.activeModalWidget()
        assert dialog.tabs.currentIndex() == 1  # opened on the list
        listed = {keys for _what, keys in dialog.rows()}
        defined = {
            s.toString(QKeySequence.SequenceFormat.NativeText)
            for a in w.findChildren(QAction)
            for s in a.shortcuts()
        }
        assert {"F1", "Ctrl+F1", "Ctrl+2", "Ctrl+S"} <= listed  # Ctrl+S: the open form
        assert defined and defined <= listed, defined - listed
        assert all(what for what, _keys in dialog.rows())
        dialog.reject()
    finally:
        admin.close()
