"""CSV and XLSX writers, and the dispatch on the file's suffix."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bewustwerven.core.cells import csv_cell, is_formula_like
from bewustwerven.core.files import private_open
from bewustwerven.reports import i18n as L
from bewustwerven.reports.model import DossierData, OrgReportData, ReportHeader
from bewustwerven.reports.tables import FigureTable, dossier_tables, org_tables


def header_rows(h: ReportHeader, title: str, lang: str) -> list[list[str]]:
    period = f"{L.when(h.period_from)} – {L.when(h.period_to)}"
    rows = [
        [title],
        [h.organisation],
        [L.t("period", lang), period],
        [L.t("profile", lang), h.profile],
        [L.t("made", lang), f"{L.when(h.generated_at)} {L.t('by', lang)} {h.generated_by}"],
    ]
    if h.audit is not None:
        rows.append(
            [L.t("audit_head", lang), h.audit.hash, str(h.audit.seq), L.when(h.audit.taken_at)]
        )
        rows.append(
            [
                L.t(
                    "audit_proof",
                    lang,
                    seq=h.audit.seq,
                    hash=h.audit.hash,
                    at=L.when(h.audit.taken_at),
                )
            ]
        )
        rows.append(
            [L.t("audit_key", lang), h.audit.key_id]
            if h.audit.key_id
            else [L.t("audit_key", lang), L.t("audit_unsigned", lang)]
        )
    else:
        rows.append([L.t("no_audit", lang)])
    return rows


def _title(data: DossierData | OrgReportData, lang: str) -> str:
    if isinstance(data, DossierData):
        return f"{L.t('dossier', lang)} {data.procedure_id}: {data.title}"
    return L.t("org_report", lang)


def _tables(data: DossierData | OrgReportData, lang: str) -> list[FigureTable]:
    return dossier_tables(data, lang) if isinstance(data, DossierData) else org_tables(data, lang)


def _plain(value: object) -> object:
    return L.HIDDEN if value is None else value


class _SafeWriter:
    """A csv writer whose every text cell is neutralised (``core.cells.csv_cell``)."""

    def __init__(self, fh: Any) -> None:
        self._w = csv.writer(fh, delimiter=";")

    def writerow(self, row: Sequence[object]) -> None:
        self._w.writerow([csv_cell(v) for v in row])


def write_csv(data: DossierData | OrgReportData, path: Path, lang: str) -> None:
    with private_open(path, "w", newline="", encoding="utf-8-sig") as fh:
        w = _SafeWriter(fh)
        for row in header_rows(data.header, _title(data, lang), lang):
            w.writerow(row)
        for table in _tables(data, lang):
            w.writerow([])
            w.writerow([f"# {table.key}", table.title])
            w.writerow(table.columns)
            for r in table.rows:
                w.writerow([_plain(v) for v in r])
            if table.note:
                w.writerow([table.note])


def _append(ws: Any, values: Sequence[object], skip: int = 0) -> None:
    """Like ``ws.append``, but text is always a string cell, never a formula; text a
    spreadsheet would read as a formula also gets Excel's quote prefix (shown as typed)."""
    empty = ws.max_row == 1 and ws.max_column == 1 and ws["A1"].value is None
    row = (1 if empty else ws.max_row + 1) + skip
    for col, value in enumerate(values, start=1):
        cell = ws.cell(row=row, column=col)
        if isinstance(value, str):
            cell.value = value
            cell.data_type = "s"
            if is_formula_like(value):
                cell.quotePrefix = True
        else:
            cell.value = value


def write_xlsx(data: DossierData | OrgReportData, path: Path, lang: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    info = wb.active
    info.title = "info"
    for row in header_rows(data.header, _title(data, lang), lang):
        _append(info, row)
    info["A1"].font = Font(bold=True, size=14)
    info.column_dimensions["A"].width = 24
    for table in _tables(data, lang):
        ws = wb.create_sheet(table.key[:31])
        _append(ws, [table.title])
        ws["A1"].font = Font(bold=True)
        _append(ws, list(table.columns))
        for cell in ws[2]:
            cell.font = Font(bold=True)
        for r in table.rows:
            _append(ws, [_plain(v) for v in r])
        for col, fmt in enumerate(table.formats, start=1):
            if fmt == "pct":
                for cells in ws.iter_rows(min_row=3, min_col=col, max_col=col):
                    for c in cells:
                        c.number_format = "0%"
        if table.note:
            _append(ws, [table.note], skip=1)
    with private_open(path, "wb") as fh:
        wb.save(fh)


def write(data: DossierData | OrgReportData, path: Path, lang: str) -> None:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        write_csv(data, path, lang)
    elif suffix == ".xlsx":
        write_xlsx(data, path, lang)
    elif suffix == ".pdf":
        if isinstance(data, DossierData):
            from bewustwerven.reports.dossier_pdf import build_dossier_pdf

            build_dossier_pdf(data, path, lang)
        else:
            from bewustwerven.reports.org_pdf import build_org_pdf

            build_org_pdf(data, path, lang)
    else:
        raise ValueError(f"unknown report format: {path.suffix}")
