"""Table models for HR: the deviations inbox and a procedure's audit timeline."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from bewustwerven.core.procedure import DeviationType, Stage
from bewustwerven.services.audit import TimelineEvent
from bewustwerven.services.dto import Deviation
from bewustwerven.ui.member import common

Index = QModelIndex | QPersistentModelIndex

DEV_ID, DEV_PROCEDURE, DEV_TYPE, DEV_RULE, DEV_STAGE, DEV_BY, DEV_AT, DEV_STATUS = range(8)
DEVIATION_ROLE = Qt.ItemDataRole.UserRole + 1


def _label(enum_type: type, value: str) -> str:
    try:
        return str(enum_type(value).label(common.lang()))
    except ValueError:
        return value


class DeviationsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Deviation] = []

    def set_deviations(self, rows: Sequence[Deviation]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def deviation(self, row: int) -> Deviation:
        return self._rows[row]

    def row_of(self, deviation_id: int) -> int:
        return next((i for i, d in enumerate(self._rows) if d.id == deviation_id), -1)

    def status_text(self, status: str) -> str:
        return {
            "pending": self.tr("Wacht op besluit"),
            "approved": self.tr("Goedgekeurd"),
            "rejected": self.tr("Afgewezen"),
        }.get(status, status)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Nr."),
            self.tr("Procedure"),
            self.tr("Soort"),
            self.tr("Regel"),
            self.tr("Fase"),
            self.tr("Aangevraagd door"),
            self.tr("Op"),
            self.tr("Status"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        d = self._rows[index.row()]
        col = index.column()
        if role == DEVIATION_ROLE:
            return d
        if role == Qt.ItemDataRole.ToolTipRole and col in (DEV_TYPE, DEV_PROCEDURE):
            return d.justification
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        return (
            str(d.id),
            f"{d.procedure_title} ({d.procedure_id})",
            _label(DeviationType, d.type),
            d.rule_code,
            _label(Stage, d.stage),
            d.requested_by,
            f"{d.requested_at:%d-%m-%Y %H:%M}",
            self.status_text(d.status),
        )[col]


EV_SEQ, EV_AT, EV_ACTOR, EV_ACTION, EV_DETAILS, EV_HASH = range(6)


def payload_text(payload: dict[str, object]) -> str:
    """The event's facts in one line (procedure id left out: it is the view's subject)."""
    parts = []
    for key, value in payload.items():
        if key == "procedure_id":
            continue
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        parts.append(f"{key}: {text}")
    return "; ".join(parts)


class TimelineModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TimelineEvent] = []

    def set_events(self, rows: Sequence[TimelineEvent]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def event_at(self, row: int) -> TimelineEvent:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Nr."),
            self.tr("Tijd"),
            self.tr("Door"),
            self.tr("Gebeurtenis"),
            self.tr("Gegevens"),
            self.tr("Hash"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == EV_DETAILS:
                return payload_text(e.payload)
            if col == EV_HASH:
                return e.hash
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        return (
            str(e.seq),
            f"{e.at:%d-%m-%Y %H:%M:%S}",
            e.actor,
            e.action,
            payload_text(e.payload),
            e.hash[:12] + "…",
        )[col]
