"""The spread of the committee's scores per candidate and criterion, as a heat table model.

Rows: one per candidate and criterion. Columns: candidate, criterion, one per member, the
range (low–high), a plain-words flag for disagreement (spread ≥ 2), and the recorded outcome.
Disagreement is said in text and with an icon, never by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle

from bewustwerven.services.consensus import CandidateSpread, ConsensusView, CriterionSpread

Index = QModelIndex | QPersistentModelIndex

COL_CANDIDATE, COL_CRITERION = 0, 1
PSEUDONYM_ROLE = Qt.ItemDataRole.UserRole + 1
DISAGREE_ROLE = Qt.ItemDataRole.UserRole + 2
SCORE_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True, slots=True)
class SpreadRow:
    candidate: CandidateSpread
    criterion: CriterionSpread
    first: bool  # the candidate's first row (the candidate column is only filled there)


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    return str(int(value)) if value == int(value) else f"{value:.1f}"


def heat(value: float, low: float = 1.0, high: float = 5.0) -> QColor:
    """A light background from pale orange (low) to pale blue (high); text stays dark."""
    t = 0.0 if high == low else max(0.0, min(1.0, (value - low) / (high - low)))
    start, end = (253, 219, 199), (198, 219, 239)
    return QColor(*(round(a + (b - a) * t) for a, b in zip(start, end, strict=True)))


class SpreadModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view: ConsensusView | None = None
        self.members: list[str] = []
        self._rows: list[SpreadRow] = []
        self._outcome_text: dict[str, str] = {}

    def set_view(self, view: ConsensusView | None, outcome_text: dict[str, str]) -> None:
        self.beginResetModel()
        self.view, self._outcome_text = view, outcome_text
        self._rows = []
        members: set[str] = set()
        for cand in view.candidates if view else ():
            for n, crit in enumerate(cand.criteria):
                self._rows.append(SpreadRow(cand, crit, n == 0))
                members.update(crit.scores)
        self.members = sorted(members)
        self.endResetModel()

    @property
    def col_range(self) -> int:
        return 2 + len(self.members)

    @property
    def col_flag(self) -> int:
        return self.col_range + 1

    @property
    def col_outcome(self) -> int:
        return self.col_range + 2

    def row(self, r: int) -> SpreadRow:
        return self._rows[r]

    def first_row_of(self, pseudonym: str) -> int:
        for i, r in enumerate(self._rows):
            if r.candidate.pseudonym == pseudonym:
                return i
        return -1

    def disagreements(self) -> int:
        return sum(1 for r in self._rows if r.criterion.disagreement)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5 + len(self.members)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        if section == COL_CANDIDATE:
            return self.tr("Kandidaat")
        if section == COL_CRITERION:
            return self.tr("Criterium")
        if section < self.col_range:
            return self.members[section - 2]
        if section == self.col_range:
            return self.tr("Laag–hoog")
        if section == self.col_flag:
            return self.tr("Verschil ≥ 2")
        return self.tr("Oordeel")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        crit = r.criterion
        if role == PSEUDONYM_ROLE:
            return r.candidate.pseudonym
        if role == DISAGREE_ROLE:
            return crit.disagreement
        display = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        if col == COL_CANDIDATE:
            if display:
                return r.candidate.pseudonym if r.first else ""
            return None
        if col == COL_CRITERION:
            return crit.criterion if display else None
        if col < self.col_range:
            value = crit.scores.get(self.members[col - 2])
            if display:
                return _fmt(value)
            if role == SCORE_ROLE:
                return value
            if role == Qt.ItemDataRole.BackgroundRole and value is not None:
                return heat(value)
            if role == Qt.ItemDataRole.ForegroundRole and value is not None:
                return QColor(20, 20, 20)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if col == self.col_range:
            if display:
                return f"{_fmt(crit.low)}–{_fmt(crit.high)}"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if col == self.col_flag:
            if display:
                return self.tr("Bespreken") if crit.disagreement else ""
            if role == Qt.ItemDataRole.ToolTipRole and crit.disagreement:
                return self.tr("Groot verschil: de scores liggen 2 punten of meer uit elkaar.")
            if role == Qt.ItemDataRole.DecorationRole and crit.disagreement:
                app = QApplication.instance()
                if isinstance(app, QApplication):
                    return app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return None
        if display:
            if not r.first:
                return ""
            outcome = r.candidate.outcome
            return self._outcome_text.get(outcome, outcome) if outcome else self.tr("Nog open")
        return None
