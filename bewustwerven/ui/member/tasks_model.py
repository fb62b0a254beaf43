"""The sheets waiting for me, as a table model with a filter proxy (no widgets needed)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from bewustwerven.services.scoring import SheetTask
from bewustwerven.ui.member.common import lang

Index = QModelIndex | QPersistentModelIndex

COL_CANDIDATE, COL_STATUS, COL_STAGE, COL_PROCEDURE = range(4)
TASK_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
PROCEDURE_ROLE = Qt.ItemDataRole.UserRole + 3
PSEUDONYM_ROLE = Qt.ItemDataRole.UserRole + 4

# Sort order of the status column: what still needs me first.
_STATUS_ORDER = {"open": 0, "draft": 1, "submitted": 2}


class TaskTableModel(QAbstractTableModel):
    """One row per sheet I have to fill in: procedure, stage, candidate code, status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: list[SheetTask] = []

    def set_tasks(self, tasks: Sequence[SheetTask]) -> None:
        self.beginResetModel()
        self._tasks = list(tasks)
        self.endResetModel()

    def task(self, row: int) -> SheetTask:
        return self._tasks[row]

    def row_of(self, pid: int, pseudonym: str) -> int:
        for i, t in enumerate(self._tasks):
            if t.procedure_id == pid and t.pseudonym == pseudonym:
                return i
        return -1

    def status_text(self, status: str) -> str:
        return {
            "open": self.tr("Te doen"),
            "draft": self.tr("Concept"),
            "submitted": self.tr("Ingediend"),
        }.get(status, status)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tasks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Kandidaat"),
            self.tr("Status"),
            self.tr("Fase"),
            self.tr("Procedure"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        t = self._tasks[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == COL_PROCEDURE:
                return f"{t.title} ({t.procedure_id})"
            if col == COL_STAGE:
                return t.stage.label(lang())
            if col == COL_CANDIDATE:
                return t.pseudonym
            return self.status_text(t.status)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_PROCEDURE:
            return f"{t.title} ({t.procedure_id})"
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_STATUS:
            if t.status == "submitted":
                return self.tr("Ingediend: het formulier is verzegeld.")
            return self.tr("Nog niet ingediend.")
        if role == TASK_ROLE:
            return t
        if role == STATUS_ROLE:
            return t.status
        if role == PROCEDURE_ROLE:
            return t.procedure_id
        if role == PSEUDONYM_ROLE:
            return t.pseudonym
        if role == Qt.ItemDataRole.UserRole and col == COL_STATUS:
            return _STATUS_ORDER.get(t.status, 9)
        return None


class TaskFilterProxy(QSortFilterProxyModel):
    """Filters on free text (procedure or code) and on 'still to do' / everything."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._only_todo = False
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_only_todo(self, value: bool) -> None:
        self.beginFilterChange()
        self._only_todo = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if self._only_todo:
            status = model.data(model.index(source_row, COL_STATUS, source_parent), STATUS_ROLE)
            if status == "submitted":
                return False
        return super().filterAcceptsRow(source_row, source_parent)

    def lessThan(self, left: Index, right: Index) -> bool:
        if left.column() == COL_STATUS:
            return int(left.data(Qt.ItemDataRole.UserRole)) < int(
                right.data(Qt.ItemDataRole.UserRole)
            )
        return super().lessThan(left, right)
