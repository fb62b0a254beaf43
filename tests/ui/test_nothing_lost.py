"""Nothing lost: an editor asks Save / Discard / Cancel when it is left with unsaved changes
(here by Ctrl+Tab and by the navigation), saves confirm in the status bar, the board follows
a saved committee, and a consensus saved twice is recorded once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from bewustwerven.services.app import App, open_app
from bewustwerven.services.dto import VacancyInput
from bewustwerven.ui.chair.judgement import JudgementPanel
from bewustwerven.ui.changes import UNSAVED_BOX, hub
from bewustwerven.ui.shell import MainWindow
from tests.services.conftest import score_all

from .integration_org import organisation, procedure_with_candidates


@pytest.fixture(autouse=True)
def _qsettings(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))


@pytest.fixture
def app(tmp_path: Path):  # type: ignore[no-untyped-def]
    a = open_app(str(tmp_path / "t.db"), user="admin")
    a.users.add_unit("WPI", "Werk, Participatie en Inkomen")
    for login in ("pieter", "kees", "lotte"):
        a.users.add(login, roles=["member", "chair"], display_name=login.title(), unit_code="WPI")
    yield a
    QThreadPool.globalInstance().waitForDone(5000)
    a.close()


def answer_unsaved(button: QMessageBox.StandardButton) -> list[str]:
    """Answer the next Save/Discard/Cancel question with ``button`` (as a user would)."""
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != UNSAVED_BOX:
            QTimer.singleShot(20, answer)
            return
        asked.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, answer)
    return asked


def _window(qtbot, app: App):  # type: ignore[no-untyped-def]
    pid = app.procedures.create(VacancyInput("Beleidsadviseur", "WPI", 10))
    w = MainWindow(app)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    view = w.show_view("procedures")
    assert view is not None
    view.open_procedure(pid)
    return w, view.page, pid


def test_vacancy_text_is_kept_on_a_tab_change(qtbot, app: App) -> None:  # type: ignore[no-untyped-def]
    w, page, pid = _window(qtbot, app)
    qtbot.keyClick(page.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentWidget() is page.vacancy
    vac = page.vacancy
    assert not vac.is_dirty()
    vac.text.setFocus()
    qtbot.keyClicks(vac.text, "Wat ga je doen?")
    assert vac.is_dirty()

    # Cancel: stay on the vacancy, the text is still there and still unsaved
    asked = answer_unsaved(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(page.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert asked and "vacature" in asked[0]
    assert page.tabs.currentWidget() is vac and vac.is_dirty()

    # Save: stored, confirmed in the status bar, on to the next tab
    answer_unsaved(QMessageBox.StandardButton.Save)
    qtbot.keyClick(page.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentWidget() is page.criteria
    assert app.procedures.show(pid).text == "Wat ga je doen?"
    assert w.statusBar().currentMessage() == "De vacature is opgeslagen."

    # Discard: the stored text comes back when the tab is shown again
    page.tabs.setCurrentWidget(vac)
    qtbot.keyClicks(vac.text, " Extra.")
    answer_unsaved(QMessageBox.StandardButton.Discard)
    page.tabs.setCurrentWidget(page.board)
    assert app.procedures.show(pid).text == "Wat ga je doen?"
    page.tabs.setCurrentWidget(vac)
    assert vac.text.toPlainText() == "Wat ga je doen?" and not vac.is_dirty()


def test_closing_the_window_asks_and_cancel_keeps_it_open(qtbot, app: App) -> None:  # type: ignore[no-untyped-def]
    w, page, pid = _window(qtbot, app)
    page.tabs.setCurrentWidget(page.criteria)
    qtbot.mouseClick(page.criteria.add_button, Qt.MouseButton.LeftButton)
    asked = answer_unsaved(QMessageBox.StandardButton.Cancel)
    w.close()
    assert asked and w.isVisible()
    answer_unsaved(QMessageBox.StandardButton.Save)
    w.close()
    assert not w.isVisible()
    assert [c.name for c in app.procedures.show(pid).criteria] == ["Nieuw criterium"]


def test_board_follows_a_saved_committee(qtbot, app: App) -> None:  # type: ignore[no-untyped-def]
    w, page, _pid = _window(qtbot, app)
    board = page.board
    before = board.gate_evaluations
    assert not board.detail.committee
    page.tabs.setCurrentWidget(page.committee)
    com = page.committee
    com.add_seat("pieter", "chair")
    com.add_seat("kees", "member")
    qtbot.mouseClick(com.save_button, Qt.MouseButton.LeftButton)
    assert w.statusBar().currentMessage() == "De commissie is opgeslagen."
    assert board.gate_evaluations > before, "the board read the procedure again"
    assert len(board.detail.committee) == 2
    assert page.detail is not None and len(page.detail.committee) == 2


def test_consensus_saved_twice_is_recorded_once(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    org = organisation(tmp_path)
    try:
        pid, _codes = procedure_with_candidates(org)
        score_all(org, pid)
        chris = org.as_user("chris")
        panel = JudgementPanel(chris)
        qtbot.addWidget(panel)
        view = chris.consensus.view(pid)
        cand = view.candidates[0]
        panel.set_candidate(view, cand)
        panel.set_outcome("invite")
        for m in panel.motivations.values():
            m.setText("Besproken en eens.")
        qtbot.mouseClick(panel.record_btn, Qt.MouseButton.LeftButton)
        assert "vastgelegd" in hub().last_message
        qtbot.mouseClick(panel.record_btn, Qt.MouseButton.LeftButton)
        assert "Niets gewijzigd" in hub().last_message
        events = [
            e
            for e in org.audit.timeline(pid)
            if e.action == "consensus.recorded" and cand.pseudonym in str(e)
        ]
        assert len(events) == 1, events
    finally:
        QThreadPool.globalInstance().waitForDone(5000)
        org.close()
