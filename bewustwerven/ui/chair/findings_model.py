"""Gate findings as a list model: severity in words and an icon, code, message, source."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication

from bewustwerven.core.findings import Finding, Severity
from bewustwerven.ui.member import common

Index = QModelIndex | QPersistentModelIndex

COL_SEVERITY, COL_CODE, COL_MESSAGE, COL_SOURCE = range(4)
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1

_ORDER = {Severity.BLOCK: 0, Severity.WARN: 1, Severity.INFO: 2}


class FindingsModel(QAbstractTableModel):
    """Blocks first, then warnings; waived findings say which deviation waived them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Finding, int | None]] = []

    def set_findings(
        self, findings: Sequence[Finding], waived: Sequence[tuple[Finding, int]] = ()
    ) -> None:
        self.beginResetModel()
        rows: list[tuple[Finding, int | None]] = [(f, None) for f in findings]
        rows += [(f, dev) for f, dev in waived]
        self._rows = sorted(rows, key=lambda r: (r[1] is not None, _ORDER[r[0].severity]))
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self._rows[row][0]

    def waived_by(self, row: int) -> int | None:
        return self._rows[row][1]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Ernst"), self.tr("Regel"), self.tr("Bevinding"), self.tr("Bron"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f, dev = self._rows[index.row()]
        col = index.column()
        if role == FINDING_ROLE:
            return f
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == COL_SEVERITY:
                if dev is not None:
                    return self.tr("Afwijking {id} goedgekeurd").format(id=dev)
                return common.severity_text(f.severity)
            if col == COL_CODE:
                return f.code
            if col == COL_MESSAGE:
                return f.message(common.lang())
            return f.source
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_MESSAGE:
            tip = f.message(common.lang())
            if f.suggestion(common.lang()):
                tip += "\n\n" + f.suggestion(common.lang())
            return tip
        if role == Qt.ItemDataRole.DecorationRole and col == COL_SEVERITY:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                return common.severity_icon(app.style(), f.severity)
        return None
