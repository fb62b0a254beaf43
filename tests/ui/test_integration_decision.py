"""The chair's decision tab shows a decision recorded earlier and lets the chair change it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from bewustwerven.core.procedure import Stage
from bewustwerven.ui.chair.decision import DecisionPanel

from .integration_org import organisation, procedure_at_decision


@pytest.fixture
def org(tmp_path: Path):  # type: ignore[no-untyped-def]
    app = organisation(tmp_path)
    yield app
    QThreadPool.globalInstance().waitForDone(5000)
    app.close()


def test_recorded_decision_is_shown_and_can_be_changed(qtbot, org) -> None:  # type: ignore[no-untyped-def]
    pid, codes = procedure_at_decision(org)
    chris = org.as_user("chris")
    assert chris.procedures.show(pid).stage is Stage.DECISION
    panel = DecisionPanel(chris)
    qtbot.addWidget(panel)
    panel.load(pid)
    assert panel.recorded is None and panel.recorded_label.isHidden()
    assert panel.motivation.toPlainText() == ""
    assert panel.chosen.count() == len(codes)

    panel.chosen.setCurrentIndex(panel.chosen.findData(codes[2]))
    panel.motivation.setPlainText("Sterkste analyse in het gesprek.")
    for i, edit in enumerate(panel.crit_edits.values()):
        edit.setText(f"Motivering {i}")
    panel.tie_breaker.setText("Ervaring met bewoners")
    panel.set_ranked_equal([codes[1], codes[2]])
    assert panel.decide()

    # a fresh tab (another day): everything recorded is back in the form
    again = DecisionPanel(chris)
    qtbot.addWidget(again)
    again.load(pid)
    rec = chris.consensus.decision(pid)
    assert rec is not None and again.recorded == rec
    assert again.chosen.currentData() == codes[2]
    assert again.motivation.toPlainText() == "Sterkste analyse in het gesprek."
    assert [e.text() for e in again.crit_edits.values()] == ["Motivering 0", "Motivering 1"]
    assert again.tie_breaker.text() == "Ervaring met bewoners"
    assert sorted(again.ranked_equal()) == sorted([codes[1], codes[2]])
    assert not again.recorded_label.isHidden()
    assert codes[2] in again.recorded_label.text()
    assert rec.decided_at.strftime("%d-%m-%Y") in again.recorded_label.text()
    assert "Wijziging" in again.decide_btn.text()

    # the chair changes the choice and the motivation
    again.chosen.setCurrentIndex(again.chosen.findData(codes[1]))
    again.motivation.setPlainText("Na heroverweging: de beste samenwerking.")
    assert again.decide()
    rec2 = chris.consensus.decision(pid)
    assert rec2 is not None and rec2.chosen == codes[1]
    assert rec2.motivation == "Na heroverweging: de beste samenwerking."
    assert codes[1] in again.recorded_label.text()

    # no procedure: the form is empty again (nothing of the old one stays)
    again.load(None)
    assert again.motivation.toPlainText() == "" and again.tie_breaker.text() == ""
    assert again.recorded is None and again.recorded_label.isHidden()
