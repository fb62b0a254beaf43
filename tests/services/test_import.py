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


def test_a_bulk_import_redacts_every_letter_and_writes_at_the_end(org, monkeypatch):
    """Above BULK_LETTERS the rule-based redactor runs (not deduce); nothing is written
    before all rows are checked, redacted and sealed; the ids of all three tables match."""
    from sqlalchemy import func, select

    from bewustwerven.services import candidate_import as I
    from bewustwerven.store.models import Candidate, Document, SelfIdentification

    monkeypatch.setattr(I, "BULK_LETTERS", 2)
    pid, rita = _open(org)
    rows = ["Naam;E-mail;Telefoon;Geboorteland;Motivatie"] + [
        f"Persoon Nummer{i};p{i}@example.nl;06{i:08d};NL;"
        f"Mail mij op p{i}@example.nl. Groet, Persoon Nummer{i}"
        for i in range(12)
    ]
    bad = "\n".join([*rows, "Kapot;x@example.nl;06;NL;te;veel;velden"]) + "\n"
    result = rita.candidates.import_csv(pid, bad.encode())
    assert result.imported == 0 and result.errors
    with org.db.read() as s:
        assert s.execute(select(func.count(Candidate.id))).scalar_one() == 0
    result = rita.candidates.import_csv(pid, ("\n".join(rows) + "\n").encode())
    assert result.imported == 12, result.errors
    with org.db.read() as s:
        docs = s.execute(
            select(Candidate.pseudonym, Document.redacted_text).join(
                Document, Document.candidate_id == Candidate.id
            )
        ).all()
        assert len(docs) == 12
        for _code, text in docs:
            assert "@example.nl" not in text
        assert s.execute(select(func.count(SelfIdentification.id))).scalar_one() == 12
    listed = {r.pseudonym for r in rita.candidates.list(pid)}
    assert listed == set(result.pseudonyms)
    assert org.audit.verify().ok  # the bulk rows are in the trail's row digests
