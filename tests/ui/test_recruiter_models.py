"""The recruiter's table models, without widgets."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from bewustwerven.core.applicants import parse_applicants
from bewustwerven.core.procedure import Stage
from bewustwerven.core.words import Funnel
from bewustwerven.services.candidates import CandidateRow
from bewustwerven.services.dto import ProcedureSummary
from bewustwerven.ui import i18n
from bewustwerven.ui.recruiter.models import (
    CandidateTableModel,
    IdRole,
    ImportPreviewModel,
    ProcedureTableModel,
    procedure_proxy,
)

D = Qt.ItemDataRole.DisplayRole


def summaries() -> list[ProcedureSummary]:
    return [
        ProcedureSummary(1, "Beleidsadviseur", "WPI", 11, Stage.INTERVIEWS, 12, 0, 1, 0),
        ProcedureSummary(2, "Handhaver", "VTH", 8, Stage.CONCEPT, 0, 2, 3, 1),
        ProcedureSummary(3, "Architect", "ICT", 12, Stage.OPEN, 140, 1, 0, 0),
    ]


def test_procedure_model_columns_and_roles(qtbot) -> None:  # type: ignore[no-untyped-def]
    m = ProcedureTableModel()
    m.set_rows(summaries())
    assert m.rowCount() == 3 and m.columnCount() == 9
    assert m.headerData(m.COL_DEVIATIONS, Qt.Orientation.Horizontal, D) == "Open afwijkingen"
    assert m.data(m.index(1, m.COL_TITLE), D) == "Handhaver"
    assert m.data(m.index(1, m.COL_STAGE), D) == "Concept"
    assert m.data(m.index(2, m.COL_CANDIDATES), D) == 140
    assert m.data(m.index(2, 0), IdRole) == 3


def test_proxy_sorts_stage_by_order_and_numbers_numerically(qtbot) -> None:  # type: ignore[no-untyped-def]
    m = ProcedureTableModel()
    m.set_rows(summaries())
    p = procedure_proxy(m)
    p.sort(m.COL_STAGE, Qt.SortOrder.AscendingOrder)
    assert [p.data(p.index(r, m.COL_ID), D) for r in range(3)] == [2, 3, 1]
    p.sort(m.COL_CANDIDATES, Qt.SortOrder.DescendingOrder)
    assert [p.data(p.index(r, m.COL_CANDIDATES), D) for r in range(3)] == [140, 12, 0]
    p.setFilterFixedString("ict")
    assert p.rowCount() == 1 and p.data(p.index(0, m.COL_TITLE), D) == "Architect"


def test_candidate_model_hides_identity_columns_unless_asked(qtbot) -> None:  # type: ignore[no-untyped-def]
    at = datetime(2026, 3, 1, 10, 0)
    rows = [CandidateRow(1, "K-7F3A", "LinkedIn", at, "applied", False)]
    m = CandidateTableModel()
    m.set_rows(rows)
    assert m.columnCount() == 4
    values = [m.data(m.index(0, c), D) for c in range(m.columnCount())]
    assert values == ["K-7F3A", "LinkedIn", "2026-03-01", "gesolliciteerd"]
    named = [CandidateRow(1, "K-7F3A", "LinkedIn", at, "invited", False, "Anna", "a@b.nl", "06")]
    m.set_rows(named, with_identity=True)
    assert m.columnCount() == 7
    assert m.data(m.index(0, m.COL_NAME), D) == "Anna"
    assert m.data(m.index(0, m.COL_FUNNEL), D) == "uitgenodigd"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_candidate_model_names_every_funnel_step(qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    """The bug: "offered" (written by the decision) showed as the raw word; "rejected",
    never written, had a label."""
    at = datetime(2026, 3, 1, 10, 0)
    expected = {
        "nl": ["gesolliciteerd", "uitgenodigd", "gesprek gehad", "aanbod gedaan", "aangenomen"],
        "en": ["applied", "invited", "interviewed", "offered", "hired"],
    }[lang]
    steps = ["applied", "invited", "interviewed", "offered", "hired"]
    rows = [CandidateRow(i, f"K-{i}", "x", at, Funnel(f), False) for i, f in enumerate(steps)]
    old = i18n.install(lang)
    try:
        m = CandidateTableModel()
        m.set_rows(rows)
        shown = [m.data(m.index(r, m.COL_FUNNEL), D) for r in range(len(rows))]
    finally:
        i18n.install("nl" if old == lang else old)
    assert shown == expected


def test_import_preview_lists_rows_and_errors(qtbot) -> None:  # type: ignore[no-untyped-def]
    data = (
        b"Voornaam,Achternaam,E-mail,Geboorteland\n"
        b"Anna,Vries,anna@example.nl,Suriname\n"
        b"Bert,Jansen,kapot,Atlantis\n"
    )
    parsed = parse_applicants(data)
    m = ImportPreviewModel()
    m.set_parsed(parsed)
    assert m.rowCount() == 2
    headers = [m.headerData(c, Qt.Orientation.Horizontal, D) for c in range(m.columnCount())]
    assert headers == ["Regel", "Naam", "E-mail", "Geboorteland", "Fouten"]
    assert m.data(m.index(0, 1), D) == "Anna Vries"
    assert m.data(m.index(0, 4), D) == "in orde"
    assert m.error_count() == 2
    errors = m.data(m.index(1, 4), D)
    assert "kapot" in errors and "Atlantis" in errors
    assert m.data(m.index(1, 0), Qt.ItemDataRole.DecorationRole) is not None
    m.set_parsed(None)
    assert m.rowCount() == 0
