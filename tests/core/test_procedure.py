"""The procedure's stages and gates."""

from __future__ import annotations

import pytest

from bewustwerven.core.procedure import (
    DeviationType,
    Gate,
    Stage,
    TransitionError,
    can_restart,
    gate_for,
    is_locked,
    next_stage,
)
from bewustwerven.core.pseudonym import is_pseudonym, new_pseudonym


def test_stages_run_in_order_with_their_gates():
    stage, seen = Stage.CONCEPT, []
    while stage is not Stage.CLOSED:
        seen.append((stage, gate_for(stage)))
        stage = next_stage(stage)
    assert [g for _, g in seen] == [Gate.G1, Gate.OPEN_CLOSE, Gate.G2, Gate.G3, Gate.G4]
    with pytest.raises(TransitionError):
        next_stage(Stage.CLOSED)
    with pytest.raises(TransitionError):
        gate_for(Stage.CLOSED)


def test_restart_only_before_decision_and_lock_after_concept():
    assert [s for s in Stage if can_restart(s)] == [Stage.OPEN, Stage.SCREENING, Stage.INTERVIEWS]
    assert [s for s in Stage if not is_locked(s)] == [Stage.CONCEPT]


def test_every_deviation_type_has_both_labels():
    assert all(t.label("nl") and t.label("en") for t in DeviationType)
    assert len({t.label("nl") for t in DeviationType}) == len(DeviationType)


def test_pseudonyms_are_unambiguous():
    codes = {new_pseudonym() for _ in range(200)}
    assert all(is_pseudonym(c) and not set(c[2:]) & set("ILOU") for c in codes)
    assert not is_pseudonym("Jan") and not is_pseudonym("K-IL0U")
