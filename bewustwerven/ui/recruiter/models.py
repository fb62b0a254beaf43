"""Table models of the recruiter's screens (tested without widgets)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from bewustwerven.core.applicants import FIELDS, ParsedFile
from bewustwerven.core.words import Funnel, label
from bewustwerven.services.candidates import CandidateRow
from bewustwerven.services.dto import ProcedureSummary
from bewustwerven.ui.i18n import current_language

_Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
_DISPLAY = Qt.ItemDataRole.DisplayRole


class ProcedureTableModel(QAbstractTableModel):
    (
        COL_ID,
        COL_TITLE,
        COL_UNIT,
        COL_SCALE,
        COL_STAGE,
        COL_CANDIDATES,
        COL_BLOCKS,
        COL_WARNINGS,
        COL_DEVIATIONS,
    ) = range(9)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ProcedureSummary] = []
        self._row_of: dict[int, int] = {}

    UNKNOWN = "…"  # shown while blocks and warnings are still being evaluated

    def set_rows(self, rows: Sequence[ProcedureSummary]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._row_of = {p.id: i for i, p in enumerate(self.rows)}
        self.endResetModel()

    def unknown_ids(self) -> list[int]:
        """Procedures whose blocks and warnings are not known yet."""
        return [p.id for p in self.rows if p.blocks is None]

    def set_findings(self, found: Mapping[int, tuple[int, int]], asked: Iterable[int] = ()) -> None:
        """Fill blocks and warnings from ``ProcedureService.open_findings``. Procedures that
        were ``asked`` but are not in ``found`` (closed ones) have none: 0 and 0."""
        changed = []
        for pid in {*found, *asked}:
            row = self._row_of.get(pid)
            if row is None:
                continue
            blocks, warnings = found.get(pid, (0, 0))
            self.rows[row] = replace(self.rows[row], blocks=blocks, warnings=warnings)
            changed.append(row)
        if changed:
            self.dataChanged.emit(
                self.index(min(changed), self.COL_BLOCKS),
                self.index(max(changed), self.COL_WARNINGS),
            )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 9

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return (
                self.tr("Nr."),
                self.tr("Vacature"),
                self.tr("Afdeling"),
                self.tr("Schaal"),
                self.tr("Fase"),
                self.tr("Kandidaten"),
                self.tr("Blokkades"),
                self.tr("Waarschuwingen"),
                self.tr("Open afwijkingen"),
            )[section]
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        p = self.rows[index.row()]
        col = index.column()
        if role == IdRole:
            return p.id
        values: tuple[Any, ...] = (
            p.id,
            p.title,
            p.unit,
            p.scale,
            p.stage.label(current_language()),
            p.candidates,
            p.blocks,
            p.warnings,
            p.pending_deviations,
        )
        if role == SortRole:
            if col == self.COL_STAGE:
                return p.stage.order
            return -1 if values[col] is None else values[col]
        if role == _DISPLAY:
            return self.UNKNOWN if values[col] is None else values[col]
        if role == Qt.ItemDataRole.ToolTipRole and values[col] is None:
            return self.tr("Wordt nog berekend…")
        if role == Qt.ItemDataRole.TextAlignmentRole and col not in (
            self.COL_TITLE,
            self.COL_UNIT,
            self.COL_STAGE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def procedure_proxy(model: ProcedureTableModel, parent: Any = None) -> QSortFilterProxyModel:
    """Sort by the real values (stage by order); filter on any column, case-insensitive."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    return proxy


class CandidateTableModel(QAbstractTableModel):
    """The recruiter's candidate list. Identity columns are filled only when the service
    returned identities (``with_identity=True``, which is logged)."""

    COL_CODE, COL_CHANNEL, COL_APPLIED, COL_FUNNEL, COL_NAME, COL_EMAIL, COL_PHONE = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[CandidateRow] = []
        self.with_identity = False
        self._words = self._funnel_words()

    def set_rows(self, rows: Sequence[CandidateRow], *, with_identity: bool = False) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.with_identity = with_identity
        self._words = self._funnel_words()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else (7 if self.with_identity else 4)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return (
                self.tr("Kandidaatcode"),
                self.tr("Kanaal"),
                self.tr("Gesolliciteerd"),
                self.tr("Stand"),
                self.tr("Naam"),
                self.tr("E-mail"),
                self.tr("Telefoon"),
            )[section]
        return None

    def funnel_word(self, funnel: str) -> str:
        return self._words.get(funnel, funnel)

    def _funnel_words(self) -> dict[str, str]:
        # built once per set_rows: the proxy asks for thousands of cells while sorting;
        # the words live in core.words, one per funnel step
        lang = current_language()
        return {f.value: label(f, lang) for f in Funnel}

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        c = self.rows[index.row()]
        if role == IdRole:
            return c.pseudonym
        if role not in (_DISPLAY, SortRole):
            return None
        col = index.column()
        if col == self.COL_APPLIED:
            return c.applied_at.strftime("%Y-%m-%d") if role == _DISPLAY else c.applied_at
        if col == self.COL_FUNNEL:
            return self._words.get(c.funnel, c.funnel)
        value = (c.pseudonym, c.channel, "", "", c.name, c.email, c.phone)[col]
        return value or ""


def field_label(field: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        "name": QCoreApplication.translate("fields", "Naam"),
        "first_name": QCoreApplication.translate("fields", "Voornaam"),
        "infix": QCoreApplication.translate("fields", "Tussenvoegsel"),
        "last_name": QCoreApplication.translate("fields", "Achternaam"),
        "email": QCoreApplication.translate("fields", "E-mail"),
        "phone": QCoreApplication.translate("fields", "Telefoon"),
        "channel": QCoreApplication.translate("fields", "Kanaal"),
        "letter": QCoreApplication.translate("fields", "Motivatiebrief"),
        "country_own": QCoreApplication.translate("fields", "Geboorteland"),
        "country_mother": QCoreApplication.translate("fields", "Geboorteland moeder"),
        "country_father": QCoreApplication.translate("fields", "Geboorteland vader"),
        "gender": QCoreApplication.translate("fields", "Gender"),
        "birth_year": QCoreApplication.translate("fields", "Geboortejaar"),
        "disability": QCoreApplication.translate("fields", "Beperking"),
    }
    return labels.get(field, field)


class ImportPreviewModel(QAbstractTableModel):
    """Parsed rows of an import file: one row per file line, the mapped fields as columns,
    and the row's errors in the last column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.parsed: ParsedFile | None = None
        self.fields: list[str] = []
        self.lines: list[int] = []
        self._by_line: dict[int, Mapping[str, Any]] = {}
        self._errors: dict[int, list[str]] = {}

    def set_parsed(self, parsed: ParsedFile | None) -> None:
        self.beginResetModel()
        self.parsed = parsed
        parts = ("name", "first_name", "infix", "last_name")
        self.fields = ["name"] + [
            f for f in FIELDS if parsed and f in parsed.mapping and f not in parts
        ]
        self._by_line, self._errors = {}, {}
        lang = current_language()
        if parsed is not None:
            for a in parsed.applicants:
                values: dict[str, Any] = {
                    "name": a.name,
                    "email": a.email,
                    "phone": a.phone,
                    "channel": a.channel,
                    "letter": a.letter[:60],
                }
                values.update(a.self_identification)
                self._by_line[a.line] = values
            for e in parsed.errors:
                self._errors.setdefault(e.line, []).append(e.message(lang))
        self.lines = sorted(set(self._by_line) | set(self._errors))
        self.endResetModel()

    def error_count(self) -> int:
        return sum(len(v) for v in self._errors.values())

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields) + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        if section == 0:
            return self.tr("Regel")
        if section == len(self.fields) + 1:
            return self.tr("Fouten")
        return field_label(self.fields[section - 1])

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        col = index.column()
        errors = self._errors.get(line, [])
        if role == Qt.ItemDataRole.DecorationRole and col == 0 and errors:
            from bewustwerven.core.findings import Severity
            from bewustwerven.ui.widgets import severity_icon

            return severity_icon(Severity.BLOCK)
        if role != _DISPLAY:
            return None
        if col == 0:
            return line
        if col == len(self.fields) + 1:
            return "; ".join(errors) if errors else self.tr("in orde")
        value = self._by_line.get(line, {}).get(self.fields[col - 1])
        return "" if value is None else str(value)
