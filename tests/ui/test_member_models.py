"""The member's table models, without widgets."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from bewustwerven.core.procedure import Stage
from bewustwerven.services.scoring import OtherScores, SheetItem, SheetTask
from bewustwerven.ui.member.others_model import OthersModel
from bewustwerven.ui.member.tasks_model import (
    COL_CANDIDATE,
    COL_STATUS,
    PSEUDONYM_ROLE,
    STATUS_ROLE,
    TaskFilterProxy,
    TaskTableModel,
)

TASKS = [
    SheetTask(1, "Beleidsadviseur", Stage.SCREENING, "K-AAAA", "submitted"),
    SheetTask(1, "Beleidsadviseur", Stage.SCREENING, "K-BBBB", "open"),
    SheetTask(2, "Handhaver", Stage.INTERVIEWS, "K-CCCC", "draft"),
]


def test_task_model_rows_and_roles(qapp) -> None:  # type: ignore[no-untyped-def]
    m = TaskTableModel()
    m.set_tasks(TASKS)
    assert m.rowCount() == 3 and m.columnCount() == 4
    assert m.rowCount(m.index(0, 0)) == 0  # a table, not a tree
    assert m.index(1, COL_CANDIDATE).data() == "K-BBBB"
    assert m.index(1, COL_STATUS).data(STATUS_ROLE) == "open"
    assert m.index(2, COL_STATUS).data() == "Concept"
    assert m.index(0, 0).data(PSEUDONYM_ROLE) == "K-AAAA"
    assert m.headerData(COL_CANDIDATE, Qt.Orientation.Horizontal) == "Kandidaat"
    assert m.row_of(2, "K-CCCC") == 2 and m.row_of(2, "K-AAAA") == -1
    assert m.data(QModelIndex()) is None


def test_proxy_filters_text_and_todo_and_sorts_status(qapp) -> None:  # type: ignore[no-untyped-def]
    m = TaskTableModel()
    m.set_tasks(TASKS)
    p = TaskFilterProxy()
    p.setSourceModel(m)
    p.setFilterFixedString("handhaver")
    assert p.rowCount() == 1 and p.index(0, COL_CANDIDATE).data() == "K-CCCC"
    p.setFilterFixedString("")
    p.set_only_todo(True)
    assert sorted(p.index(r, COL_CANDIDATE).data() for r in range(p.rowCount())) == [
        "K-BBBB",
        "K-CCCC",
    ]
    p.set_only_todo(False)
    p.sort(COL_STATUS, Qt.SortOrder.AscendingOrder)
    assert [p.index(r, COL_STATUS).data(STATUS_ROLE) for r in range(3)] == [
        "open",
        "draft",
        "submitted",
    ]


def test_others_model_lays_out_members_and_questions(qapp) -> None:  # type: ignore[no-untyped-def]
    items = [
        SheetItem("q1", "c1", "Analyse", "Vraag een", {}),
        SheetItem("q2", "c2", "Samen", "Vraag twee", {}),
    ]
    others = [OtherScores("kees.lid", {"q1": 4, "q2": None}), OtherScores("lotte.lid", {"q1": 2})]
    m = OthersModel()
    m.set_scores(items, others)
    assert (m.rowCount(), m.columnCount()) == (2, 3)
    assert [m.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "kees.lid",
        "lotte.lid",
        "Vraag",
    ]
    assert m.index(0, 0).data() == "4" and m.index(0, 1).data() == "2"
    assert m.index(1, 0).data() == "–" and m.index(1, 1).data(Qt.ItemDataRole.UserRole) is None
    assert m.index(1, 2).data() == "Samen: Vraag twee"
    m.clear()
    assert m.rowCount() == 0 and m.columnCount() == 0
