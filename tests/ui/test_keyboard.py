"""Keyboard behaviour, by real key presses: the scores are a radio group (arrows choose, Tab
leaves), the member's list opens a form on Enter and Tab leaves it, dialogs send on Enter or
Ctrl+Enter, a destructive button is never the default, "P&O" reads "P&O"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit

from bewustwerven.ui.member import common
from tests.ui.test_full_path import build_until_screening

CTRL = Qt.KeyboardModifier.ControlModifier


def test_scores_are_a_radio_group_and_the_list_opens_on_enter(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from bewustwerven.ui.member import MyReviewsView

    p = build_until_screening(tmp_path)
    try:
        view = MyReviewsView(p.as_("lid.een"))
        qtbot.addWidget(view)
        view.resize(1280, 800)
        view.show()
        qtbot.waitExposed(view)
        view.activateWindow()
        table = view.table
        table.setFocus()
        qtbot.waitUntil(table.hasFocus)
        assert view.sheet.form is None
        qtbot.keyClick(table, Qt.Key.Key_Down)  # moving in the list opens nothing
        qtbot.keyClick(table, Qt.Key.Key_Down)
        assert view.sheet.form is None
        qtbot.keyClick(table, Qt.Key.Key_Tab)  # Tab leaves the table, it does not walk cells
        assert not table.hasFocus()
        assert view.sheet.form is None
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter opens the form at the cursor
        form = view.sheet
        assert form.form is not None
        first = form.boxes[0]
        qtbot.waitUntil(form.boxes[-1].evidence.isVisible)  # the new page is shown
        focused = QApplication.focusWidget()
        assert focused is first.score.buttons[1]  # the focus went to question 1
        assert "0 van 2 vragen compleet" in form.progress.text()

        qtbot.keyClick(focused, Qt.Key.Key_Down)  # the arrow key CHOOSES the next score
        assert first.score.value() == 2
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        assert first.score.value() == 4
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
        assert first.score.value() == 3
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_End)
        assert first.score.value() == 5
        assert QApplication.focusWidget() is first.score.buttons[5]

        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # one Tab leaves the group
        assert QApplication.focusWidget() is first.evidence
        qtbot.keyClicks(first.evidence, "Noemt een concreet voorbeeld.")
        assert "1 van 2 vragen compleet" in form.progress.text()  # the count follows
        qtbot.keyClick(first.evidence, Qt.Key.Key_Backtab)  # back into the group: on the choice
        assert QApplication.focusWidget() is first.score.buttons[5]
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClick(first.evidence, Qt.Key.Key_Tab)  # on to question 2, its first score
        second = form.boxes[1]
        assert QApplication.focusWidget() is second.score.buttons[1]
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        assert second.score.value() == 1
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(second.evidence, "Ook een voorbeeld.")
        assert "Alle 2 vragen" in form.progress.text()
        assert form.submit_btn.isEnabled()
    finally:
        p.close()


def _answer_later(act) -> list[QDialog]:  # type: ignore[no-untyped-def]
    """Run ``act(dialog)`` on the next modal dialog once it is on screen (bounded wait)."""
    seen: list[QDialog] = []

    def look(left: int = 1000) -> None:
        d = QApplication.activeModalWidget()
        if not isinstance(d, QDialog) or not d.isVisible():
            if left:
                QTimer.singleShot(10, lambda: look(left - 1))
            return
        seen.append(d)
        d.activateWindow()  # the offscreen platform does not activate a new window itself
        try:
            act(d)
        finally:
            if d.isVisible():  # the keys did not close it: close it, the test then fails
                d.reject()

    QTimer.singleShot(0, look)
    return seen


def test_reason_dialog_sends_with_ctrl_enter_and_shows_p_and_o(qtbot) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []

    def act(d: QDialog) -> None:
        label = next(w for w in d.findChildren(QLabel) if "Waarom" in w.text())
        shown.append(label.text())
        edit = d.findChild(QPlainTextEdit)
        edit.setFocus()
        qtbot.waitUntil(edit.hasFocus)
        qtbot.keyClicks(edit, "Besproken met de commissie, zie het verslag.")
        qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter is a new line inside the text
        qtbot.keyClick(edit, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter sends

    seen = _answer_later(act)
    text = common.ask_text(None, "Afwijking", "Waarom? P&O leest dit.", minimum=20)
    assert seen, "the dialog never came"
    assert text == "Besproken met de commissie, zie het verslag."
    assert shown == ["Waarom? P&&O leest dit."]  # shown as "P&O", not "PO" with Alt+O


def test_enter_presses_the_main_button_in_a_form_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    from bewustwerven.ui.recruiter.dialogs import NewVacancyDialog

    dialog = NewVacancyDialog([("WPI", "Werk")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.title, "Adviseur")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)


def test_a_destructive_button_is_never_the_default(qtbot) -> None:  # type: ignore[no-untyped-def]
    from bewustwerven.ui.privacy.dialogs import DeleteOnRequestDialog, ObjectionDialog
    from bewustwerven.ui.recruiter.dialogs import RestartDialog

    for dialog in (RestartDialog(), ObjectionDialog("K-001"), DeleteOnRequestDialog("K-001")):
        qtbot.addWidget(dialog)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isDefault() and not ok.autoDefault(), dialog.windowTitle()
        dialog.show()
        qtbot.waitExposed(dialog)
        for edit in dialog.findChildren(QPlainTextEdit):
            qtbot.keyClicks(edit, "Een reden die lang genoeg is voor het dossier.")
        accepted: list[bool] = []
        dialog.accepted.connect(lambda a=accepted: a.append(True))
        target = QApplication.focusWidget() or dialog
        qtbot.keyClick(target, Qt.Key.Key_Return, CTRL)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        assert not accepted, dialog.windowTitle()  # neither Enter nor Ctrl+Enter destroys
        dialog.close()
