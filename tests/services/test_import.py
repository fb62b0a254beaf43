"""Importing applications: Dutch Excel variants, all-or-nothing with a report per row."""

from __future__ import annotations

from bewustwerven.core.procedure import Stage

from .conftest import make_procedure


def _open(org):
    pid = make_procedure(org)
    rita = org.as_user("rita")
    assert rita.procedures.advance(pid, acknowledge_warnings=True).stage is Stage.OPEN
    return pid, rita


def test_excel_cp1252_semicolon_bom_variants(org):
    pid, rita = _open(org)
    rows = "Naam;E-mailadres;Telefoonnummer\r\nJosé Müller;jose@example.nl;06 1234 5678\r\n"
    for data in (
        rows.encode("cp1252"),
        b"\xef\xbb\xbf" + rows.encode("utf-8"),
        rows.replace(";", ",").encode("utf-8"),
    ):
        result = rita.candidates.import_csv(pid, data, duplicates="import")  # same person
        assert result.imported == 1, result.errors
    names = {r.name for r in rita.candidates.list(pid, with_identity=True)}
    assert names == {"José Müller"}


def test_one_bad_row_stores_nothing_and_reports_each_row(org):
    pid, rita = _open(org)
    data = (
        b"name,email,phone\nAnna,anna@example.nl,0612345678\n,leeg@example.nl,\n"
        b"Bob,geen-adres,abc\n"
    )
    result = rita.candidates.import_csv(pid, data)
    assert result.imported == 0
    assert [(e.line, e.column) for e in result.errors] == [(3, "name"), (4, "email"), (4, "phone")]
    assert rita.candidates.list(pid) == []
    assert org.audit.verify().ok


def test_mapping_overrides_column_guess(org):
    pid, rita = _open(org)
    data = b"Kandidaat naam;Contact\nAnna Smit;anna@example.nl\n"
    preview = rita.candidates.preview(data)
    assert "name" not in preview.mapping and preview.errors
    result = rita.candidates.import_csv(pid, data, {"name": "Kandidaat naam", "email": "Contact"})
    assert result.imported == 1


def test_candidate_data_is_encrypted_at_rest(org, tmp_path):
    pid, rita = _open(org)
    rita.candidates.import_csv(
        pid,
        b"Naam;E-mail;Geboorteland\nZwanet Oosterhuis;zwanet.oosterhuis@voorbeeld.nl;Suriname\n",
    )
    org.db.engine.dispose()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("t.db*"))
    assert b"Zwanet" not in raw and b"oosterhuis@voorbeeld" not in raw
    assert b"Suriname" not in raw and b'"SR"' not in raw
    assert rita.candidates.list(pid, with_identity=True)[0].name == "Zwanet Oosterhuis"
