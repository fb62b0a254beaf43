"""The chair's spread and findings models, without widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from bewustwerven.core.findings import Finding, Severity
from bewustwerven.core.procedure import Stage
from bewustwerven.services.consensus import CandidateSpread, ConsensusView, CriterionSpread
from bewustwerven.ui.chair.findings_model import COL_CODE, COL_SEVERITY, FindingsModel
from bewustwerven.ui.chair.spread_model import (
    COL_CANDIDATE,
    DISAGREE_ROLE,
    PSEUDONYM_ROLE,
    SCORE_ROLE,
    SpreadModel,
    heat,
)


def view() -> ConsensusView:
    a = CandidateSpread(
        "K-AAAA",
        (
            CriterionSpread("c1", "Analyse", {"kees": 1.0, "lotte": 4.0}, 1.0, 4.0),
            CriterionSpread("c2", "Samen", {"kees": 3.0, "lotte": 3.5}, 3.0, 3.5),
        ),
        "invite",
        4.0,
    )
    b = CandidateSpread(
        "K-BBBB",
        (
            CriterionSpread("c1", "Analyse", {"kees": 2.0}, 2.0, 2.0),
            CriterionSpread("c2", "Samen", {}, None, None),
        ),
        None,
        None,
    )
    return ConsensusView(1, Stage.SCREENING, False, (a, b), (("c1", "Analyse", True, 1.0),))


def test_spread_rows_columns_and_disagreement_in_words(qapp) -> None:  # type: ignore[no-untyped-def]
    m = SpreadModel()
    m.set_view(view(), {"invite": "Uitnodigen"})
    assert m.members == ["kees", "lotte"]
    assert (m.rowCount(), m.columnCount()) == (4, 7)
    assert m.index(0, COL_CANDIDATE).data() == "K-AAAA"
    assert m.index(1, COL_CANDIDATE).data() == ""  # only on the candidate's first row
    assert m.index(1, COL_CANDIDATE).data(PSEUDONYM_ROLE) == "K-AAAA"
    assert m.index(0, 2).data() == "1" and m.index(1, 3).data() == "3.5"
    assert m.index(0, m.col_range).data() == "1–4"
    assert m.index(0, 0).data(DISAGREE_ROLE) is True and m.index(1, 0).data(DISAGREE_ROLE) is False
    assert m.index(0, m.col_flag).data() == "Bespreken"  # words, not colour alone
    assert m.index(0, m.col_flag).data(Qt.ItemDataRole.DecorationRole) is not None
    assert m.index(1, m.col_flag).data() == ""
    assert m.index(0, m.col_outcome).data() == "Uitnodigen"
    assert m.index(2, m.col_outcome).data() == "Nog open"
    assert m.index(2, 3).data() == "–" and m.index(2, 3).data(SCORE_ROLE) is None
    assert isinstance(m.index(0, 2).data(Qt.ItemDataRole.BackgroundRole), QColor)
    assert m.disagreements() == 1 and m.first_row_of("K-BBBB") == 2


def test_heat_runs_from_low_to_high() -> None:
    assert heat(1.0) != heat(5.0)
    assert heat(0.0) == heat(1.0) and heat(9.0) == heat(5.0)


def test_findings_blocks_first_and_waivers_named(qapp) -> None:  # type: ignore[no-untyped-def]
    warn = Finding("CHAN", Severity.WARN, "w", "w", source="beleid")
    block = Finding("ROONEY", Severity.BLOCK, "Nodig er een uit.", "Invite one.", source="Rooney")
    waived = Finding("COM-HR", Severity.BLOCK, "b", "b")
    m = FindingsModel()
    m.set_findings([warn, block], [(waived, 7)])
    assert [m.index(r, COL_CODE).data() for r in range(3)] == ["ROONEY", "CHAN", "COM-HR"]
    assert m.index(0, COL_SEVERITY).data() == "Blokkeert"
    assert m.index(2, COL_SEVERITY).data() == "Afwijking 7 goedgekeurd"
    assert m.waived_by(2) == 7 and m.waived_by(0) is None
