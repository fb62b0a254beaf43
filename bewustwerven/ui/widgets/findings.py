"""Findings as a list: severity with icon AND word (never colour alone), message, source."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QTableView,
    QWidget,
)

from bewustwerven.core.findings import Finding, Severity
from bewustwerven.ui.i18n import current_language

FindingRole = Qt.ItemDataRole.UserRole + 1
SeverityRole = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


def severity_word(severity: Severity) -> str:
    words = {
        Severity.BLOCK: QCoreApplication.translate("findings", "Blokkeert"),
        Severity.WARN: QCoreApplication.translate("findings", "Waarschuwing"),
        Severity.INFO: QCoreApplication.translate("findings", "Ter info"),
    }
    return words[Severity(severity)]


def severity_icon(severity: Severity) -> QIcon:
    pixmap = {
        Severity.BLOCK: QStyle.StandardPixmap.SP_MessageBoxCritical,
        Severity.WARN: QStyle.StandardPixmap.SP_MessageBoxWarning,
        Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
    }[Severity(severity)]
    return QApplication.style().standardIcon(pixmap)


class FindingsModel(QAbstractTableModel):
    COL_SEVERITY, COL_MESSAGE, COL_SOURCE = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Finding] = []

    def set_findings(self, findings: Sequence[Finding]) -> None:
        order = {Severity.BLOCK: 0, Severity.WARN: 1, Severity.INFO: 2}
        self.beginResetModel()
        self._rows = sorted(findings, key=lambda f: order[Severity(f.severity)])
        self.endResetModel()

    def findings(self) -> list[Finding]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Ernst"), self.tr("Bevinding"), self.tr("Bron"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self._rows[index.row()]
        col = index.column()
        lang = current_language()
        if role == FindingRole:
            return f
        if role == SeverityRole:
            return str(f.severity)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.COL_SEVERITY:
                return severity_word(f.severity)
            if col == self.COL_MESSAGE:
                text = f.message(lang)
                hint = f.suggestion(lang)
                return f"{text}\n→ {hint}" if hint else text
            return f"{f.source} ({f.code})" if f.source else f.code
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_SEVERITY:
            return severity_icon(f.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{f.code}: {f.message(lang)}"
        return None


class FindingsView(QTableView):
    """A read-only table of findings; rows grow to fit wrapped messages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = FindingsModel(self)
        self.setModel(self.model_)
        self.setAccessibleName(self.tr("Bevindingen"))
        self.setAccessibleDescription(
            self.tr("Per bevinding: ernst, de melding in gewone taal en de bron van de regel.")
        )
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 300)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self.model_.set_findings(findings)
