"""Connected directly with their own credentials (psycopg, bypassing the app), each role
reads and writes only what it may: every refusal below comes from the database."""

from __future__ import annotations

from datetime import datetime

import psycopg
import pytest
from psycopg import errors

from bewustwerven.store.audit import event_hash
from tests.postgres.world import World, build, password
from tests.services.conftest import make_procedure, open_and_import


@pytest.fixture(scope="module")
def setup(pg_server):
    import uuid

    from tests.postgres.conftest import OWNER, sa_url

    name = "bw_acc_" + uuid.uuid4().hex[:8]
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} OWNER {OWNER}")
    w = build({"server": pg_server, "name": name,
               "owner_url": sa_url(pg_server, OWNER, "owner-secret-pw", name)})
    w.owner.users.add("rob", roles=["recruiter"], password=password("rob"))
    pid = make_procedure(w)
    codes = open_and_import(w, pid)
    chris = w.as_user("chris")
    form = chris.scoring.form(pid, codes[0])
    chris.scoring.save(pid, codes[0], {i.key: (4, "bewijs") for i in form.items}, submit=True)
    yield w, pid, codes
    w.close()
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def conn(w: World, login: str) -> psycopg.Connection:
    return psycopg.connect(w.dsn(login), autocommit=True)


def refused(c: psycopg.Connection, sql: str, params: tuple = ()) -> str:
    with pytest.raises(errors.Error) as info:
        c.execute(sql, params)
    return type(info.value).__name__ + ": " + str(info.value)


def uid(c: psycopg.Connection, login: str) -> int:
    return int(c.execute("SELECT id FROM users WHERE login = %s", (login,)).fetchone()[0])


def test_member_reads_pseudonyms_but_no_identity_and_no_self_identification(setup):
    w, pid, codes = setup
    with conn(w, "mila") as c:
        rows = c.execute(
            "SELECT pseudonym, name_enc, email_enc, phone_enc FROM candidates "
            "WHERE procedure_id = %s", (pid,)).fetchall()
        assert sorted(r[0] for r in rows) == sorted(codes)
        assert all(r[1] is None and r[2] is None and r[3] is None for r in rows)
        assert "InsufficientPrivilege" in refused(c, "SELECT name_enc FROM public.candidates")
        assert "InsufficientPrivilege" in refused(c, "SELECT * FROM self_identifications")
        docs = c.execute(
            "SELECT redacted_text, original_enc, filename_enc FROM documents").fetchall()
        assert docs and all(d[0] and d[1] is None and d[2] is None for d in docs)
        assert "InsufficientPrivilege" in refused(c, "SELECT * FROM public.documents")


def test_outsiders_see_nothing_of_the_procedure(setup):
    w, _pid, _codes = setup
    for login in ("vera", "rob"):  # a member not seated, another recruiter
        with conn(w, login) as c:
            assert c.execute("SELECT count(*) FROM candidates").fetchone()[0] == 0
            assert c.execute("SELECT count(*) FROM procedures").fetchone()[0] == 0
            assert c.execute("SELECT count(*) FROM score_sheets").fetchone()[0] == 0
            assert c.execute("SELECT count(*) FROM scores").fetchone()[0] == 0


def test_recruiter_reads_identities_of_own_procedure(setup):
    w, pid, codes = setup
    with conn(w, "rita") as c:
        rows = c.execute("SELECT name_enc, email_enc FROM candidates WHERE procedure_id = %s",
                         (pid,)).fetchall()
        assert len(rows) == len(codes) and all(r[0] and r[1] for r in rows)
        assert c.execute("SELECT count(*) FROM self_identifications").fetchone()[0] == 4
    with conn(w, "hanna") as c:  # HR audits but reads no identity either
        rows = c.execute("SELECT name_enc FROM candidates").fetchall()
        assert rows and all(r[0] is None for r in rows)


def test_member_sees_others_scores_only_after_submitting_own(setup):
    w, pid, codes = setup
    with conn(w, "mila") as c:
        chris = uid(c, "chris")
        sql = ("SELECT count(*) FROM scores s JOIN score_sheets h ON h.id = s.sheet_id "
               "WHERE h.member_id = %s AND h.candidate_id = "
               "(SELECT id FROM candidates WHERE pseudonym = %s)")
        assert c.execute(sql, (chris, codes[0])).fetchone()[0] == 0
        # the sheet itself (who submitted) is visible, its scores are not
        assert c.execute("SELECT count(*) FROM score_sheets WHERE member_id = %s",
                         (chris,)).fetchone()[0] == 1
    mila = w.as_user("mila")
    form = mila.scoring.form(pid, codes[0])
    mila.scoring.save(pid, codes[0], {i.key: (3, "bewijs") for i in form.items}, submit=True)
    with conn(w, "mila") as c:
        assert c.execute(sql, (uid(c, "chris"), codes[0])).fetchone()[0] == len(form.items)
        # still nothing for a candidate she has not submitted yet
        assert c.execute(sql, (uid(c, "chris"), codes[1])).fetchone()[0] == 0


def test_sealed_sheet_cannot_change_and_nobody_writes_as_someone_else(setup):
    w, pid, codes = setup
    with conn(w, "chris") as c:
        me = uid(c, "chris")
        sheet = c.execute("SELECT id FROM score_sheets WHERE member_id = %s AND status = "
                          "'submitted'", (me,)).fetchone()[0]
        assert "sealed" in refused(c, "UPDATE scores SET value = 1 WHERE sheet_id = %s", (sheet,))
        assert "sealed" in refused(c, "DELETE FROM scores WHERE sheet_id = %s", (sheet,))
        assert "sealed" in refused(
            c, "INSERT INTO scores (sheet_id, item_key, criterion_key, value, evidence) "
               "VALUES (%s, 'x', 'x', 5, 'e')", (sheet,))
        assert "sealed" in refused(c, "UPDATE score_sheets SET status = 'draft' WHERE id = %s",
                                   (sheet,))
        cand = c.execute("SELECT id FROM candidates WHERE pseudonym = %s", (codes[2],)).fetchone()
        omar = uid(c, "omar")
        assert "row-level security" in refused(
            c, "INSERT INTO score_sheets (procedure_id, candidate_id, member_id, stage, round, "
               "version, status, amend_reason, version_id) VALUES (%s, %s, %s, 'screening', 1, "
               "1, 'draft', '', 1)", (pid, cand[0], omar))
        seq, prev = c.execute("SELECT seq, hash FROM bw_audit_head()").fetchone()
        at = datetime(2030, 1, 1)
        good = event_hash(prev, seq + 1, at, "hanna", "x", None, "{}", "[]")
        assert "row-level security" in refused(  # a well-formed event, but as hanna
            c, "INSERT INTO audit_events (seq, at, actor, action, payload, rows, prev_hash, "
               "hash) VALUES (%s, %s, 'hanna', 'x', '{}', '[]', %s, %s)",
            (seq + 1, at, prev, good))
    with conn(w, "mila") as c:  # a member cannot approve a deviation or reveal anyone
        assert "InsufficientPrivilege" in refused(
            c, "UPDATE candidates SET revealed_at = now() WHERE pseudonym = %s", (codes[0],))


def test_trail_is_read_whole_only_by_hr_and_admin_and_never_changed(setup):
    w, _pid, _codes = setup
    with conn(w, "hanna") as c:
        total = c.execute("SELECT count(*) FROM audit_events").fetchone()[0]
        head = c.execute("SELECT seq FROM bw_audit_head()").fetchone()[0]
        assert total == head > 10
    with conn(w, "adam") as c:
        assert c.execute("SELECT count(*) FROM audit_events").fetchone()[0] == total
    with conn(w, "mila") as c:
        actors = {r[0] for r in c.execute("SELECT actor FROM audit_events").fetchall()}
        assert actors <= {"mila"}
        assert c.execute("SELECT seq FROM bw_audit_head()").fetchone()[0] == head
    for login in ("hanna", "adam", "rita"):
        with conn(w, login) as c:
            refused(c, "UPDATE audit_events SET actor = 'x' WHERE seq = 1")
            refused(c, "DELETE FROM audit_events WHERE seq = 1")
    owner = psycopg.connect(w.owner.db.engine.url.render_as_string(hide_password=False)
                            .replace("postgresql+psycopg", "postgresql"), autocommit=True)
    with owner as c:  # not even the schema owner
        assert "cannot be changed" in refused(c, "UPDATE audit_events SET actor='x' WHERE seq=1")
        assert "cannot be changed" in refused(c, "DELETE FROM audit_events WHERE seq = 1")
        assert "cannot be changed" in refused(c, "TRUNCATE audit_events")
        assert "not appended" in refused(
            c, "INSERT INTO audit_events (seq, at, actor, action, payload, rows, prev_hash, "
               "hash) VALUES (1, now(), 'bw_owner', 'x', '{}', '[]', 'x', 'y')")
    assert w.as_user("hanna").audit.verify().ok


def test_chair_reads_self_identification_for_the_gate_member_does_not(setup):
    w, _pid, _codes = setup
    with conn(w, "chris") as c:
        assert c.execute("SELECT count(*) FROM self_identifications").fetchone()[0] == 4
    with conn(w, "omar") as c:
        assert "InsufficientPrivilege" in refused(c, "SELECT 1 FROM self_identifications")


def test_member_makes_the_dossier_without_reading_self_identification(setup, tmp_path):
    """A committee member may make the dossier; on the server they cannot read
    self-identification, so the dossier must not need it for them."""
    from bewustwerven.services.reporting import ReportingService

    w, pid, _codes = setup
    omar = w.as_user("omar")
    data = ReportingService(omar.db, omar.actor).dossier(pid)
    assert all(c.outcome in ("pending", "not_applicable", "passed", "waived")
               for c in data.checks)
    assert all(not c.findings and not c.facts for c in data.checks)
    path = ReportingService(omar.db, omar.actor).export_dossier(pid, tmp_path / "d.pdf").path
    assert path.stat().st_size > 5000


def test_start_up_retention_is_the_administrators_on_the_server(setup):
    """Row-level security lets only administrators erase: everyone else's start-up skips
    it quietly (it used to fail with permission denied and a crash dialog)."""
    from bewustwerven.services.privacy import run_due_retention

    w, _pid, _codes = setup
    for login in ("omar", "chris", "rita", "hanna"):
        report = run_due_retention(w.as_user(login))
        assert report.steps == () and not report.dry_run
    assert run_due_retention(w.as_user("adam")).steps == ()  # nothing is due yet


def test_colleagues_profiles_only_for_the_committee_check(setup):
    """A member selects no colleague's self-declared profile; they get their own
    committee's profiles through bw_committee_profiles, which the committee check needs."""
    from bewustwerven.services.reporting import ReportingService

    w, pid, _codes = setup
    with conn(w, "omar") as c:  # a member on this committee
        assert c.execute("SELECT count(login) FROM users").fetchone()[0] >= 8
        assert "InsufficientPrivilege" in refused(c, "SELECT profile_enc FROM users")
        assert "InsufficientPrivilege" in refused(c, "SELECT * FROM users")
        seated = c.execute("SELECT count(profile_enc) FROM bw_committee_profiles(%s)",
                           (pid,)).fetchone()[0]
        assert seated == 4  # chris, mila, omar, ina
    with conn(w, "vera") as c:  # a member who does not sit on it
        assert c.execute("SELECT count(*) FROM bw_committee_profiles(%s)",
                         (pid,)).fetchone()[0] == 0
    for login in ("chris", "rita", "hanna", "adam"):  # chair, recruiter, HR, admin
        with conn(w, login) as c:
            assert c.execute("SELECT count(profile_enc) FROM users").fetchone()[0] >= 8
    # the member's own paths still run the committee check, with the same outcome
    from bewustwerven.services import facts as F
    from bewustwerven.store.models import Procedure

    def facts_as(login: str):  # type: ignore[no-untyped-def]
        app = w.as_user(login)
        with app.db.read() as session:
            return F.committee_facts(session, session.get(Procedure, pid), app.db.cipher)

    seen_by_member, seen_by_recruiter = facts_as("omar"), facts_as("rita")
    assert seen_by_member == seen_by_recruiter
    assert {m.gender for m in seen_by_member.members} == {"man", "woman"}  # profiles were read
    omar = w.as_user("omar")
    want = sorted(f.code for f in w.as_user("rita").setup.committee_findings(pid))
    assert sorted(f.code for f in omar.setup.committee_findings(pid)) == want
    data = ReportingService(omar.db, omar.actor).dossier(pid)
    assert sorted(f.code for f in data.committee_findings) == want
