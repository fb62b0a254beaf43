"""The procedure list paints before the gates are evaluated; a procedure opens with one gate
evaluation and loads its editor tabs only when they are shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool

from bewustwerven.core.procedure import Stage
from bewustwerven.services.app import App, open_app
from bewustwerven.services.dto import ProcedureSummary, VacancyInput
from bewustwerven.ui.recruiter import ProceduresView, findings_fill
from bewustwerven.ui.recruiter.models import ProcedureTableModel, SortRole, procedure_proxy

D = Qt.ItemDataRole.DisplayRole


@pytest.fixture(autouse=True)
def _qsettings(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))


@pytest.fixture
def app(tmp_path: Path):  # type: ignore[no-untyped-def]
    a = open_app(str(tmp_path / "t.db"), user="admin")
    a.users.add_unit("WPI", "Werk, Participatie en Inkomen")
    for i in range(5):
        a.procedures.create(VacancyInput(f"Vacature {i}", "WPI", 8 + i))
    yield a
    QThreadPool.globalInstance().waitForDone(5000)
    a.close()


def _unknown(pid: int, stage: Stage = Stage.CONCEPT) -> ProcedureSummary:
    return ProcedureSummary(pid, f"P{pid}", "WPI", 10, stage, 0, None, None, 0)


def test_unknown_findings_show_an_ellipsis_and_fill_in(qtbot) -> None:  # type: ignore[no-untyped-def]
    m = ProcedureTableModel()
    m.set_rows([_unknown(1), _unknown(2), _unknown(3, Stage.CLOSED)])
    assert m.data(m.index(0, m.COL_BLOCKS), D) == "…"
    assert m.data(m.index(0, m.COL_WARNINGS), Qt.ItemDataRole.ToolTipRole)
    assert m.data(m.index(0, m.COL_BLOCKS), SortRole) == -1
    assert m.unknown_ids() == [1, 2, 3]
    with qtbot.waitSignal(m.dataChanged):
        m.set_findings({2: (4, 1)}, asked=[2, 3])  # 3 is closed: no gate, so none
    assert m.data(m.index(1, m.COL_BLOCKS), D) == 4
    assert m.data(m.index(1, m.COL_WARNINGS), D) == 1
    assert m.data(m.index(2, m.COL_BLOCKS), D) == 0
    assert m.unknown_ids() == [1]
    p = procedure_proxy(m)
    p.sort(m.COL_BLOCKS, Qt.SortOrder.DescendingOrder)
    assert [p.data(p.index(r, m.COL_ID), D) for r in range(3)] == [2, 3, 1]


def test_list_paints_first_then_fills_in_display_order(qtbot, app: App, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(findings_fill, "BATCH", 2)
    view = ProceduresView(app)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.table.sortByColumn(ProcedureTableModel.COL_ID, Qt.SortOrder.DescendingOrder)
    filled: list[int] = []
    view.model.dataChanged.connect(
        lambda a, b, _r=None: filled.extend(
            view.model.rows[r].id for r in range(a.row(), b.row() + 1)
        )
    )
    with qtbot.waitSignal(view.fill.finished, timeout=10000):
        view.refresh()
        # painted at once: titles are there, blocks and warnings not yet
        assert view.model.rowCount() == 5
        assert all(p.blocks is None for p in view.model.rows)
        assert view.model.data(view.model.index(0, ProcedureTableModel.COL_BLOCKS), D) == "…"
    full = {p.id: (p.blocks, p.warnings) for p in app.procedures.list(with_findings=True)}
    assert {p.id: (p.blocks, p.warnings) for p in view.model.rows} == full
    assert any(b for b, _w in full.values())  # no criteria, no committee: blocks
    top_first = sorted(full, reverse=True)
    assert filled[:2] == sorted(top_first[:2])  # the rows on top came in the first batch
    assert view.fill.batches == 3


def test_open_evaluates_the_gate_once_and_loads_tabs_when_shown(qtbot, app: App) -> None:  # type: ignore[no-untyped-def]
    view = ProceduresView(app)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.refresh()
    pid = view.model.rows[0].id
    page = view.page
    view.open_procedure(pid)
    assert page.board.gate_evaluations == 1
    assert page.loads == {}  # only the board
    assert page.criteria.pid is None and page.candidates.pid is None
    page.tabs.setCurrentWidget(page.criteria)
    assert page.criteria.pid == pid and page.loads == {page.criteria: 1}
    page.tabs.setCurrentWidget(page.board)
    page.tabs.setCurrentWidget(page.criteria)
    assert page.loads[page.criteria] == 1  # shown again, not loaded again
    page.tabs.setCurrentWidget(page.candidates)
    assert page.candidates.pid == pid
    # another procedure: the tab shown first is the board; the others wait
    other = view.model.rows[1].id
    view.open_procedure(other)
    assert page.board.gate_evaluations == 2
    assert page.tabs.currentWidget() is page.board
    assert page.candidates.pid == pid  # not loaded for the other one yet
    page.tabs.setCurrentWidget(page.candidates)
    assert page.candidates.pid == other
    assert page.vacancy.title.text() == ""  # never shown, never loaded
    page.tabs.setCurrentWidget(page.vacancy)
    assert page.vacancy.title.text() == app.procedures.show(other).title
