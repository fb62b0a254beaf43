"""The complaints register as a table: procedure, days left, deadline, status, received and
candidate code. An overdue complaint says "te laat" in words, with a warning icon and
colour besides (never colour alone)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from bewustwerven.services.privacy import ComplaintRow

Index = QModelIndex | QPersistentModelIndex

(
    COMP_ID,
    COMP_PROCEDURE,
    COMP_LEFT,
    COMP_DUE,
    COMP_STATUS,
    COMP_RECEIVED,
    COMP_CANDIDATE,
) = range(7)
COMPLAINT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_COLOUR = QColor("#b00020")  # the app's "blocks" red (see recruiter/textcheck.py)
NO_CANDIDATE = "—"


def _day(d: date | None) -> str:
    return f"{d:%d-%m-%Y}" if d else ""


class ComplaintsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ComplaintRow] = []
        self.today = date.today()

    def set_complaints(self, rows: Sequence[ComplaintRow], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.today = today
        self.endResetModel()

    def complaint(self, row: int) -> ComplaintRow:
        return self._rows[row]

    def row_of(self, complaint_id: int) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == complaint_id), -1)

    def status_text(self, c: ComplaintRow) -> str:
        if c.status == "open":
            return self.tr("Open")
        if c.status == "handled":
            return self.tr("Afgehandeld")
        return c.status

    def left_text(self, c: ComplaintRow) -> str:
        """Days left for an open complaint; for a handled one, whether it was in time."""
        if c.status != "open":
            if c.handled_on is not None and c.handled_on > c.due_on:
                return self.tr("Te laat beantwoord")
            return self.tr("Op tijd beantwoord")
        days = (c.due_on - self.today).days
        if days < -1:
            return self.tr("{n} dagen te laat").format(n=-days)
        if days == -1:
            return self.tr("1 dag te laat")
        if days == 0:
            return self.tr("Vandaag de laatste dag")
        if days == 1:
            return self.tr("Nog 1 dag")
        return self.tr("Nog {n} dagen").format(n=days)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Nr."),
            self.tr("Procedure"),
            self.tr("Termijn"),
            self.tr("Uiterste datum"),
            self.tr("Status"),
            self.tr("Ontvangen"),
            self.tr("Kandidaat"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        col = index.column()
        if role == COMPLAINT_ROLE:
            return c
        if role == SORT_ROLE:
            return (
                c.id,
                c.procedure_title.casefold(),
                (c.due_on - self.today).days if c.status == "open" else 10**6,
                c.due_on.isoformat(),
                c.status,
                c.received_on.isoformat(),
                c.candidate or "",
            )[col]
        overdue = c.overdue(self.today)
        if overdue and col in (COMP_DUE, COMP_LEFT):
            if role == Qt.ItemDataRole.ForegroundRole:
                return OVERDUE_COLOUR
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.DecorationRole and col == COMP_LEFT:
                style = QApplication.style()
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole and col == COMP_PROCEDURE:
            return f"{c.procedure_title} ({c.procedure_id})"
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        return (
            str(c.id),
            f"{c.procedure_title} ({c.procedure_id})",
            self.left_text(c),
            _day(c.due_on),
            self.status_text(c),
            _day(c.received_on),
            c.candidate or NO_CANDIDATE,
        )[col]
