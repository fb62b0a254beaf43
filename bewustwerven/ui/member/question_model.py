"""One question across all my candidates, in my own shuffled order (a model, no widgets)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from bewustwerven.services.app import App
from bewustwerven.services.scoring import SheetForm, SheetItem

Index = QModelIndex | QPersistentModelIndex

COL_ORDER, COL_CANDIDATE, COL_SCORE, COL_STATUS = range(4)
PSEUDONYM_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class RoundEntry:
    position: int
    pseudonym: str
    score: int | None
    evidence: str
    sheet_status: str  # open / draft / submitted
    documents: tuple[str, ...]


class QuestionRoundModel(QAbstractTableModel):
    """Rows in the order ScoringService.question_order gives me for this question."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.item: SheetItem | None = None
        self.scale: tuple[int, int] = (1, 5)
        self._rows: list[RoundEntry] = []

    def load(self, app: App, pid: int, item_key: str, lang: str = "nl") -> None:
        order = app.scoring.question_order(pid, item_key)
        rows: list[RoundEntry] = []
        item: SheetItem | None = None
        for pos, code in enumerate(order, start=1):
            form: SheetForm = app.scoring.form(pid, code, lang)
            if item is None:
                item = next((i for i in form.items if i.key == item_key), None)
                self.scale = form.scale
            score, evidence = form.values.get(item_key, (None, ""))
            rows.append(RoundEntry(pos, code, score, evidence, form.status, form.documents))
        self.beginResetModel()
        self.item, self._rows = item, rows
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.item, self._rows = None, []
        self.endResetModel()

    def entry(self, row: int) -> RoundEntry:
        return self._rows[row]

    def update(self, row: int, score: int | None, evidence: str, status: str) -> None:
        self._rows[row] = replace(
            self._rows[row], score=score, evidence=evidence, sheet_status=status
        )
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def pseudonyms(self) -> list[str]:
        return [r.pseudonym for r in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Nr."), self.tr("Kandidaat"), self.tr("Score"), self.tr("Status"))[section]

    def status_text(self, entry: RoundEntry) -> str:
        if entry.sheet_status == "submitted":
            return self.tr("Ingediend (verzegeld)")
        if entry.score is not None and entry.evidence:
            return self.tr("Deze vraag klaar")
        if entry.score is not None or entry.evidence:
            return self.tr("Half ingevuld")
        return self.tr("Nog te doen")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == COL_ORDER:
                return str(e.position)
            if col == COL_CANDIDATE:
                return e.pseudonym
            if col == COL_SCORE:
                return "–" if e.score is None else str(e.score)
            return self.status_text(e)
        if role == PSEUDONYM_ROLE:
            return e.pseudonym
        if role == Qt.ItemDataRole.UserRole and col == COL_SCORE:
            return e.score
        return None
