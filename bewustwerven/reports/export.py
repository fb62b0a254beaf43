"""CSV and XLSX writers, and the dispatch on the file's suffix."""

from __future__ import annotations

import csv
from pathlib import Path

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


def write_csv(data: DossierData | OrgReportData, path: Path, lang: str) -> None:
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh, delimiter=";")
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


def write_xlsx(data: DossierData | OrgReportData, path: Path, lang: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    info = wb.active
    info.title = "info"
    for row in header_rows(data.header, _title(data, lang), lang):
        info.append(row)
    info["A1"].font = Font(bold=True, size=14)
    info.column_dimensions["A"].width = 24
    for table in _tables(data, lang):
        ws = wb.create_sheet(table.key[:31])
        ws.append([table.title])
        ws["A1"].font = Font(bold=True)
        ws.append(list(table.columns))
        for cell in ws[2]:
            cell.font = Font(bold=True)
        for r in table.rows:
            ws.append([_plain(v) for v in r])
        for col, fmt in enumerate(table.formats, start=1):
            if fmt == "pct":
                for cells in ws.iter_rows(min_row=3, min_col=col, max_col=col):
                    for c in cells:
                        c.number_format = "0%"
        if table.note:
            ws.append([])
            ws.append([table.note])
    wb.save(path)


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
