"""Other members' submitted scores for one candidate: shown only after my own sheet is sealed.

The service (ScoringService.others) refuses before that; this model only lays out what it got.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from bewustwerven.services.scoring import OtherScores, SheetItem

Index = QModelIndex | QPersistentModelIndex


class OthersModel(QAbstractTableModel):
    """Rows: the questions in form order; columns: one per member, then the question."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[SheetItem] = []
        self._others: list[OtherScores] = []

    def set_scores(self, items: Sequence[SheetItem], others: Sequence[OtherScores]) -> None:
        self.beginResetModel()
        self._items, self._others = list(items), list(others)
        self.endResetModel()

    def clear(self) -> None:
        self.set_scores((), ())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._items else 1 + len(self._others)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == len(self._others):
            return self.tr("Vraag")
        return self._others[section].member

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if index.column() == len(self._others):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return f"{item.criterion}: {item.text}"
            return None
        value = self._others[index.column()].values.get(item.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return "–" if value is None else str(value)
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
