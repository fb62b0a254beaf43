"""Report builders from plain dataclasses only: no database, no services."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from bewustwerven.reports import model as M
from bewustwerven.reports import write_organisation
from bewustwerven.reports.tables import fmt_cell, org_tables

HEAD = M.ReportHeader(
    organisation="Gemeente Test",
    profile="test v3",
    period_from=date(2025, 1, 1),
    period_to=date(2025, 12, 31),
    generated_at=datetime(2026, 1, 5, 9, 30),
    generated_by="auditor",
    audit=M.AuditHead(42, "ab" * 32, datetime(2026, 1, 5, 9, 30)),
    min_count=5,
)


def count(
    key: str,
    rows: tuple[str, ...],
    dim: str,
    cells: tuple[tuple[int | None, ...], ...],
    cols: tuple[str, ...] = ("applied", "invited", "interviewed", "hired"),
    cumulative: bool = True,
) -> M.CountTable:
    col_totals = tuple(
        None if any(r[j] is None for r in cells) else sum(r[j] or 0 for r in cells)  # type: ignore[misc]
        for j in range(len(cols))
    )
    return M.CountTable(
        key,
        dim,
        "stage",
        rows,
        cols,
        cells,
        tuple(r[0] for r in cells),
        col_totals,
        col_totals[0],
        cumulative,
    )


def org() -> M.OrgReportData:
    funnel = count(
        "group_funnel",
        ("netherlands", "outside_europe"),
        "origin",
        ((120, 30, 12, 6), (80, 12, None, None)),
    )
    units = count("unit_funnel", ("AA", "BB"), "unit", ((150, 30, 10, 5), (50, 12, None, None)))
    step = M.FunnelTransition(
        "applied",
        "invited",
        200,
        42,
        0.21,
        "netherlands",
        (
            M.FunnelStep("netherlands", 120, 30, 0.25, 1.0, False, 0.2345, -4.8),
            M.FunnelStep("outside_europe", 80, 12, 0.15, 0.6, True, 0.0712, 4.8),
        ),
    )
    return M.OrgReportData(
        header=HEAD,
        units=(("AA", "Afdeling A"), ("BB", "Afdeling B")),
        procedures=9,
        compliance=(
            M.UnitCompliance(
                "AA",
                "Afdeling A",
                6,
                5,
                3,
                2,
                6,
                5,
                {"screening": 12.5, "interviews": 20.0},
                {"rooney_not_met": 1},
            ),
            M.UnitCompliance("BB", "Afdeling B", 3, 3, 1, 1, 3, 3, {"screening": 8.0}, {}),
        ),
        stages=("applied", "invited", "interviewed", "hired"),
        group_funnel=funnel,
        unit_funnel=units,
        transitions=(step,),
        channels=funnel,
        channel_selected=funnel,
        targets=(
            M.TargetLine("", "origin", 11, 10, 4, 0.4, 0.3, True),
            M.TargetLine("AA", "origin", None, None, None, None, 0.3, None),
            M.TargetLine("", "under_35", 11, 9, 1, 0.111, 0.2, False),
        ),
        target_tables=(),
        reliability=(
            M.ReliabilitySummary("AA", "screening", 6, 9, 0.7123, 1, True),
            M.ReliabilitySummary("BB", "screening", 2, 3, None, None, False),
        ),
        score_spread={"screening": (None, 40, 90, 60, 12)},
        score_values=(1, 2, 3, 4, 5),
    )


def test_pdf_prints_figures_hidden_marks_and_audit_head(tmp_path: Path) -> None:
    path = tmp_path / "o.pdf"
    write_organisation(org(), path, lang="nl")
    reader = PdfReader(str(path))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert reader.pages[0].extract_text().count("Samenvatting") >= 1
    assert "ab" * 32 in text.replace("\n", "")
    assert "Gemeente Test" in text and "test v3" in text
    assert "0,234" in text and "0,60" in text and "15%" in text  # p, four-fifths, rate
    assert "0,712" in text  # median alpha
    assert "–" in text  # hidden figures have one mark
    assert f"Pagina {len(reader.pages)} van {len(reader.pages)}" in text
    en = tmp_path / "e.pdf"
    write_organisation(org(), en, lang="en")
    etext = "\n".join(p.extract_text() for p in PdfReader(str(en)).pages)
    assert "Recruitment and selection report" in etext and "0.234" in etext


def test_xlsx_keeps_numbers_and_marks_hidden(tmp_path: Path) -> None:
    path = tmp_path / "o.xlsx"
    write_organisation(org(), path, lang="en")
    wb = load_workbook(path)
    rows = [[c.value for c in r] for r in wb["group_funnel"].iter_rows(min_row=3)]
    assert rows[0][:3] == ["Netherlands", 120, 30]
    assert rows[1][3] == "–"
    assert wb["info"]["B6"].value == "ab" * 32


def test_every_figure_table_is_rectangular() -> None:
    for table in org_tables(org(), "nl"):
        assert all(len(r) == len(table.columns) == len(table.formats) for r in table.rows)
    assert fmt_cell(None, "int", "nl") == "–"
    assert fmt_cell(0.1234, "pct", "nl") == "12%"


def test_reports_layer_imports_no_store_or_services() -> None:
    code = (
        "import sys, bewustwerven.reports, bewustwerven.reports.export, "
        "bewustwerven.reports.org_pdf, bewustwerven.reports.dossier_pdf;"
        "bad=[m for m in sys.modules if m.startswith(('sqlalchemy','bewustwerven.store',"
        "'bewustwerven.services'))]; print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
