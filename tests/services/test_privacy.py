"""Privacy lifecycle through the services: retention with a frozen clock, objection,
subject access and deletion on request, on a real SQLite file whose bytes are searched."""

from __future__ import annotations

import json
import os
import shutil
from datetime import timedelta
from pathlib import Path

import keyring
import pytest
from sqlalchemy import func, select

from bewustwerven.core.procedure import Stage
from bewustwerven.core.retention import Part
from bewustwerven.services import facts as F
from bewustwerven.services.access import load
from bewustwerven.services.app import App, open_app
from bewustwerven.services.errors import Forbidden, InvalidInput
from bewustwerven.services.privacy import PrivacyService, run_due_retention, write_subject_access
from bewustwerven.services.privacy.common import PrivacyBase
from bewustwerven.services.reporting import ReportingService
from bewustwerven.store.models import (
    AuditEvent,
    Candidate,
    Consensus,
    Document,
    Objection,
    Procedure,
    Score,
    SelfIdentification,
)

from ..conftest import MemoryKeyring
from .conftest import PEOPLE, make_procedure, open_and_import, score_all

PASS = "correct horse battery"
NAMES = ("Jan de Vries", "Fatima El Amrani", "Piet Bakker", "Sevda Yilmaz")
EMAILS = ("jan@example.nl", "fatima@example.nl", "piet@example.nl", "sevda@example.nl")
ENV = ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")


def _consensus_all(app: App, pid: int, outcome: str) -> None:
    chris = app.as_user("chris")
    view = chris.consensus.view(pid)
    for cand in view.candidates:
        scores = {k: 4.0 for k, *_ in view.criteria}
        motiv = {k: "Besproken en eens." for k, *_ in view.criteria}
        chris.consensus.record(pid, cand.pseudonym, outcome, scores, motiv)


def _build(path: Path) -> dict[str, object]:
    app = open_app(str(path), user="admin", passphrase=PASS)
    for code in ("PO", "WPI", "ICT", "VTH"):
        app.users.add_unit(code, f"Afdeling {code}")
    for login, roles, unit, trained, gender, year, outside in PEOPLE:
        app.users.add(login, roles=roles, unit_code=unit, trained=trained, gender=gender,
                      birth_year=year, outside_european_background=outside)
    app.users.add("admin2", roles=["admin"])
    pid = make_procedure(app, scale=11)
    open_and_import(app, pid)
    rita = app.as_user("rita")
    codes = {r.name: r.pseudonym for r in rita.candidates.list(pid, with_identity=True)}
    # Sevda agreed to a year; Jan gives his answers through the form later
    rita.candidates.set_self_identification(
        pid, codes["Sevda Yilmaz"], {"country_own": "TR", "gender": "vrouw"},
        retention_consent=True)
    score_all(app, pid)
    _consensus_all(app, pid, "invite")
    chris = app.as_user("chris")
    assert chris.procedures.advance(pid, acknowledge_warnings=True).advanced
    score_all(app, pid)
    _consensus_all(app, pid, "suitable")
    assert chris.procedures.advance(pid).advanced
    motiv = {"analytisch-vermogen": "Sterk", "samenwerken": "Sterk"}
    chris.consensus.decide(pid, codes["Piet Bakker"], motivation="Beste kandidaat.",
                           motivations=motiv)
    result = chris.procedures.advance(pid)
    assert result.stage is Stage.CLOSED, result.report.findings
    other = make_procedure(app, scale=11)  # still open: retention never touches it
    open_and_import(app, other, "Naam;E-mail\nOtto Open;otto@example.nl\n")
    app.close()
    return {"pid": pid, "other": other, "codes": codes}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """One closed procedure, built once (about 15 s) in its own home and keyring."""
    base = tmp_path_factory.mktemp("privacy-template")
    saved = {k: os.environ.get(k) for k in ENV}
    previous = keyring.get_keyring()
    try:
        for k in ENV:
            os.environ[k] = str(base / "home" / k.lower())
        keyring.set_keyring(MemoryKeyring())
        info = _build(base / "t.db")
    finally:
        keyring.set_keyring(previous)
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return base / "t.db", info


@pytest.fixture
def world(template, tmp_path):
    src, info = template
    dst = tmp_path / "w.db"
    shutil.copy2(src, dst)
    app = open_app(str(dst), user="admin", passphrase=PASS)
    with app.db.read() as s:
        closed = s.get(Procedure, info["pid"]).closed_at
    yield app, dst, dict(info, closed=closed)
    app.close()


@pytest.fixture
def frozen(monkeypatch):
    """Freeze the privacy services' clock: frozen(moment)."""
    def set_clock(moment):
        monkeypatch.setattr(PrivacyBase, "clock", staticmethod(lambda: moment))
        return moment
    return set_clock


def file_bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def sealed_values(app: App, pid: int) -> list[bytes]:
    """Every ciphertext of the procedure's personal data, as stored now."""
    with app.db.read() as s:
        cands = s.execute(select(Candidate).where(Candidate.procedure_id == pid)).scalars().all()
        ids = [c.id for c in cands]
        out = [b for c in cands for b in (c.name_enc, c.email_enc, c.phone_enc) if b]
        docs = s.execute(select(Document).where(Document.candidate_id.in_(ids))).scalars()
        out += [b for d in docs for b in (d.original_enc, d.filename_enc) if b]
        sids = s.execute(select(SelfIdentification.data_enc)
                         .where(SelfIdentification.candidate_id.in_(ids))).scalars()
        out += list(sids)
    return out


def counts(app: App) -> tuple[int, int, int]:
    with app.db.read() as s:
        return (s.scalar(select(func.count(Score.id))), s.scalar(select(func.count(Consensus.id))),
                s.scalar(select(func.count(Candidate.id))))


def test_retention_wipes_personal_data_from_the_file_and_keeps_the_audit(world, frozen):
    app, path, info = world
    pid, codes = info["pid"], info["codes"]
    before_sealed = sealed_values(app, pid)
    assert len(before_sealed) >= 12
    assert all(blob in file_bytes(path) for blob in before_sealed)  # the check can fail
    before_counts = counts(app)
    dossier_before = ReportingService(app.db, app.as_user("hanna").actor).dossier(pid)
    privacy = PrivacyService(app.db, app.actor)

    frozen(info["closed"] + timedelta(days=27, hours=23))
    assert privacy.run_retention(dry_run=True).steps == ()
    now = frozen(info["closed"] + timedelta(days=28, minutes=1))
    plan = privacy.run_retention(dry_run=True)
    assert {s.pseudonym for s in plan.steps} == {codes[n] for n in NAMES if n != "Sevda Yilmaz"}
    assert sealed_values(app, pid) == before_sealed  # a dry run changes nothing

    report = privacy.run_retention()
    assert report.candidates == 3 and report.scrubbed
    assert set(report.steps[0].parts) >= {Part.IDENTITY, Part.DOCUMENTS}
    data = file_bytes(path)
    sevda = {b for b in sealed_values(app, pid)}
    for blob in before_sealed:
        assert (blob in data) == (blob in sevda)  # only the consenting candidate's data stays
    for text in [n for n in NAMES if n != "Sevda Yilmaz"] + list(EMAILS[:3]):
        assert text.encode() not in data
    with app.db.read() as s:
        jan = s.execute(select(Candidate).where(Candidate.pseudonym == codes["Jan de Vries"])
                        ).scalar_one()
        assert jan.identity_deleted_at == now and jan.name_enc is None
        events = s.execute(select(AuditEvent).where(AuditEvent.action == "retention.erased")
                           ).scalars().all()
    assert len(events) == 3
    assert app.audit.verify().ok
    assert counts(app) == before_counts  # scores, consensus and candidates (pseudonyms) stay
    dossier_after = ReportingService(app.db, app.as_user("hanna").actor).dossier(pid)
    assert _figures(dossier_after) == _figures(dossier_before)
    # a year later the consenting candidate goes too; nothing personal is left
    frozen(info["closed"] + timedelta(days=366))
    assert run_due_retention(app).candidates == 1
    data = file_bytes(path)
    assert not any(blob in data for blob in before_sealed)
    assert b"Sevda" not in data and b"sevda@example.nl" not in data
    assert app.audit.verify().ok
    assert privacy.run_retention().candidates == 0  # nothing twice


def _figures(dossier) -> str:
    """The dossier without its header and identities: what must not change."""
    import dataclasses

    data = dataclasses.asdict(dossier)
    data.pop("header", None)
    # the timeline only grows: its new events are the deletions themselves
    data["timeline"] = [e for e in data["timeline"] if not e["action"].startswith("retention.")]
    return json.dumps(data, default=str, sort_keys=True)


def test_retention_leaves_open_procedures_and_needs_an_admin(world, frozen):
    app, _path, info = world
    frozen(info["closed"] + timedelta(days=400))
    with pytest.raises(Forbidden):
        PrivacyService(app.db, app.as_user("rita").actor).run_retention()
    PrivacyService(app.db, app.actor).run_retention()
    rows = app.as_user("rita").candidates.list(info["other"], with_identity=True)
    assert [r.name for r in rows] == ["Otto Open"]


def test_objection_deletes_self_identification_at_once(world, frozen):
    app, path, info = world
    pid, code = info["pid"], info["codes"]["Fatima El Amrani"]
    frozen(info["closed"] + timedelta(days=1))
    backup = path.with_name("w.voor-upgrade-0001-20260101-000000.db")
    backup.write_bytes(path.read_bytes())
    with app.db.read() as s:
        blob = s.execute(select(SelfIdentification.data_enc).join(Candidate).where(
            Candidate.pseudonym == code)).scalar_one()
        proc = load(s, pid)
        cid = s.execute(select(Candidate.id).where(Candidate.pseudonym == code)).scalar_one()
        assert F.target_membership(s, proc, app.db.cipher, F.profile_of(s, proc))[cid] is True
    with pytest.raises(Forbidden):
        PrivacyService(app.db, app.as_user("mila").actor).record_objection(code)
    result = PrivacyService(app.db, app.as_user("rita").actor).record_objection(code)
    assert result.parts == (Part.SELF_IDENTIFICATION,)
    assert result.backups_removed == (backup.name,) and not backup.exists()
    assert blob not in file_bytes(path)
    with app.db.read() as s:
        proc = load(s, pid)
        assert cid not in F.target_membership(s, proc, app.db.cipher, F.profile_of(s, proc))
        obj = s.execute(select(Objection)).scalar_one()
        assert obj.had_data and obj.candidate_id == cid
        payload = s.execute(select(AuditEvent.payload).where(
            AuditEvent.action == "selfid.objection")).scalar_one()
    assert "MA" not in payload and code in payload
    # the name and the documents stay until retention: the objection is about self-id only
    rows = {r.pseudonym: r for r in app.as_user("rita").candidates.list(pid, with_identity=True)}
    assert rows[code].name == "Fatima El Amrani"
    assert app.audit.verify().ok


def test_subject_access_holds_everything_and_is_logged(world, frozen, tmp_path):
    app, _path, info = world
    code = info["codes"]["Sevda Yilmaz"]
    frozen(info["closed"] + timedelta(days=2))
    with pytest.raises(Forbidden):
        PrivacyService(app.db, app.as_user("mila").actor).subject_access(code)
    export = PrivacyService(app.db, app.as_user("hanna").actor).subject_access(code)
    d = export.data
    assert d["identity"] == {"name": "Sevda Yilmaz", "email": "sevda@example.nl",
                             "phone": "0622222222"}
    answers = d["self_identification"]["answers"]
    assert answers["country_own"]["name_nl"] == "Turkije"
    assert d["self_identification"]["consent_version"] == "2024-1"
    assert d["retention"]["consent"] is True
    assert d["retention"]["due_at"] == (info["closed"] + timedelta(days=365)).isoformat()
    assert len(d["assessments"]) == 6 and {a["member"] for a in d["assessments"]} == {1, 2, 3}
    assert d["decision"]["chosen"] is False
    text = json.dumps(d)
    assert not any(login in text for login in ("chris", "mila", "omar"))  # staff not named
    actions = [e["action"] for e in d["events"]]
    assert actions[0] == "candidates.imported" and "selfid.recorded" in actions
    folder = write_subject_access(export, tmp_path / "out")
    assert json.loads((folder / f"{code}.json").read_text())["candidate"]["pseudonym"] == code
    originals = list((folder / "documenten").iterdir())
    assert originals and originals[0].read_bytes().startswith(b"Ik werk nu")
    import os
    import stat

    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    for f in folder.rglob("*"):
        assert stat.S_IMODE(os.stat(f).st_mode) == (0o700 if f.is_dir() else 0o600), f
    from pypdf import PdfReader

    pdf_text = "".join(p.extract_text() for p in PdfReader(folder / f"{code}.pdf").pages)
    assert "Sevda Yilmaz" in pdf_text and "Turkije" in pdf_text and code in pdf_text
    with app.db.read() as s:
        assert s.scalar(select(func.count(AuditEvent.id)).where(
            AuditEvent.action == "subject_access.exported")) == 1


def test_deletion_on_request_before_the_retention_date(world, frozen, tmp_path):
    app, path, info = world
    code = info["codes"]["Jan de Vries"]
    frozen(info["closed"] + timedelta(days=3))
    rita = PrivacyService(app.db, app.as_user("rita").actor)
    with pytest.raises(InvalidInput):
        rita.delete_on_request(code, "kort")
    before = counts(app)
    result = rita.delete_on_request(code, "Verzoek per e-mail van 3 maart")
    assert set(result.parts) == set(Part)  # identity, documents and his NL/NL/NL answers
    assert b"Jan de Vries" not in file_bytes(path) and b"jan@example.nl" not in file_bytes(path)
    assert counts(app) == before
    export = PrivacyService(app.db, app.as_user("hanna").actor).subject_access(code)
    assert export.data["identity"]["name"] is None and export.files == ()
    assert export.data["candidate"]["identity_deleted_at"] is not None
    assert app.audit.verify().ok
    with app.db.read() as s:
        ev = s.execute(select(AuditEvent.payload).where(
            AuditEvent.action == "candidate.erased_on_request")).scalar_one()
    assert "Verzoek per e-mail" in ev


def test_commands_retention_run_and_candidate_export(world, tmp_path, capsys, monkeypatch):
    import io

    from bewustwerven.cli import main

    app, path, info = world
    app.close()
    base = ["--db", str(path), "--user", "admin", "--passphrase-stdin"]
    due = (info["closed"] + timedelta(days=29)).date().isoformat()

    def run(*argv):
        monkeypatch.setattr("sys.stdin", io.StringIO(PASS + "\n"))
        return main(base + list(argv))

    assert run("retention", "run", "--dry-run", "--now", due, "--json") == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry["dry_run"] and len(dry["steps"]) == 3
    assert run("retention", "run", "--now", "gisteren") == 2
    capsys.readouterr()
    code = info["codes"]["Piet Bakker"]
    assert run("candidate", "export", code, "--out", str(tmp_path / "inzage")) == 0
    folder = Path(capsys.readouterr().out.strip())
    assert json.loads((folder / f"{code}.json").read_text())["identity"]["name"] == "Piet Bakker"
    assert run("retention", "run", "--now", due) == 0
    assert "3 kandidaten verwijderd" in capsys.readouterr().out
    assert b"Piet Bakker" not in file_bytes(path)
    assert run("audit", "verify") == 0


def test_retention_runs_in_batches_and_can_stop_between_them(world, frozen):
    app, _path, info = world
    frozen(info["closed"] + timedelta(days=29))
    privacy = PrivacyService(app.db, app.as_user("admin").actor)
    due = privacy.run_retention(dry_run=True).steps
    assert len(due) == 3
    calls = []

    def stop() -> bool:  # the app is closing after the first batch
        calls.append(1)
        return True

    first = privacy._retention(privacy.clock(), False, "startup", batch=2, stop=stop)
    assert len(first.steps) == 2 and calls == [1] and not first.scrubbed
    assert len(privacy.run_retention(dry_run=True).steps) == 1  # the rest waits for next time
    rest = privacy._retention(privacy.clock(), False, "startup", batch=2)
    assert [s.pseudonym for s in rest.steps] == [due[2].pseudonym] and rest.scrubbed
    with app.db.read() as s:
        events = s.execute(select(func.count()).select_from(AuditEvent)
                           .where(AuditEvent.action == "retention.erased")).scalar_one()
    assert events == 3  # one per candidate, none twice
    assert app.audit.verify().ok


def test_retention_skips_what_another_run_did_since_it_was_planned(world, frozen, monkeypatch):
    app, _path, info = world
    frozen(info["closed"] + timedelta(days=29))
    privacy = PrivacyService(app.db, app.as_user("admin").actor)
    from bewustwerven.services.privacy import retention as R

    real_due = R._due

    def due_then_other_client_runs(session, now):  # type: ignore[no-untyped-def]
        planned = real_due(session, now)
        monkeypatch.setattr(R, "_due", real_due)
        PrivacyService(app.db, app.as_user("admin").actor).run_retention()
        return planned

    monkeypatch.setattr(R, "_due", due_then_other_client_runs)
    report = privacy.run_retention()
    assert report.steps == ()  # all three were erased by the other run meanwhile
    with app.db.read() as s:
        events = s.execute(select(func.count()).select_from(AuditEvent)
                           .where(AuditEvent.action == "retention.erased")).scalar_one()
    assert events == 3
