"""The organisation-sized demo generator: realistic rows, a trail that verifies, real services."""

from __future__ import annotations

import random
from collections import Counter
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from bewustwerven.core.procedure import Stage
from bewustwerven.services import facts as F
from bewustwerven.services.access import load
from bewustwerven.services.app import App, open_app
from bewustwerven.store import audit
from bewustwerven.store.bulk import ACTION, applications, generate, plan
from bewustwerven.store.models import (
    AuditEvent,
    Candidate,
    CommitteeSeat,
    Procedure,
    Score,
    ScoreSheet,
    StageChange,
    User,
)

NOW = datetime(2025, 6, 30, 12, 0, 0)


def _memory_keyring():  # type: ignore[no-untyped-def]
    from tests.conftest import MemoryKeyring

    return MemoryKeyring()


_YEAR_KEYRING = _memory_keyring()


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One shared small organisation (120 procedures + the traineeship), generated once."""
    import keyring

    previous = keyring.get_keyring()
    keyring.set_keyring(_YEAR_KEYRING)
    path = tmp_path_factory.mktemp("bulk") / "year.db"
    app = open_app(str(path), passphrase="bulk-test-passphrase")
    report = generate(app.db, actor=app.actor.login, per_year=120, now=NOW, seed=7)
    app.close()
    keyring.set_keyring(previous)
    assert report.procedures == 121
    return str(path)


def _open(path: str, user: str | None = None) -> App:
    import keyring

    keyring.set_keyring(_YEAR_KEYRING)  # the year's keys (the trail's signing key); the
    # per-test keyring of conftest.py is put back after the test
    app = open_app(path, passphrase="bulk-test-passphrase")
    return app.as_user(user) if user else app


def test_trail_verifies_and_holds_every_row(year: str) -> None:
    app = _open(year)
    with app.db.read() as session:
        result = audit.verify(session)
        procs = session.execute(select(func.count(Procedure.id))).scalar_one()
        events = session.execute(
            select(func.count(AuditEvent.id)).where(AuditEvent.action == ACTION)
        ).scalar_one()
    app.close()
    assert result.ok, result.problems[:5]
    assert events == procs == 121


def test_changed_score_is_found(year: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    copy = tmp_path / "copy.db"
    shutil.copy(year, copy)
    app = _open(str(copy))
    with app.db.engine.begin() as conn:
        sid = conn.execute(text("SELECT MIN(id) FROM scores")).scalar_one()
        conn.execute(text("UPDATE scores SET value = value % 5 + 1 WHERE id = :i"), {"i": sid})
    with app.db.read() as session:
        result = audit.verify(session)
    app.close()
    assert not result.ok
    assert any(f"scores #{sid} was changed" in p for p in result.problems)


def test_every_stage_and_realistic_shape(year: str) -> None:
    app = _open(year)
    with app.db.read() as session:
        stages = Counter(session.execute(select(Procedure.stage)).scalars())
        per_proc = (
            session.execute(select(func.count(Candidate.id)).group_by(Candidate.procedure_id))
            .scalars()
            .all()
        )
        statuses = Counter(session.execute(select(ScoreSheet.status)).scalars())
        funnel = Counter(session.execute(select(Candidate.funnel)).scalars())
        changes = session.execute(select(func.count(StageChange.id))).scalar_one()
        dev = session.execute(text("SELECT COUNT(*) FROM deviations")).scalar_one()
    app.close()
    assert set(stages) == {s.value for s in Stage}
    assert stages["closed"] > len(per_proc) / 2
    assert max(per_proc) == 1000  # the traineeship
    typical = sorted(per_proc)[len(per_proc) // 2]
    assert 15 <= typical <= 45
    assert statuses["submitted"] > 10 * statuses.get("draft", 0)
    assert funnel["applied"] > funnel["invited"] + funnel["interviewed"] > funnel["hired"] > 0
    assert changes >= sum((Stage(s).order) * n for s, n in stages.items())
    assert dev > 0


def test_personal_fields_are_sealed_and_open_with_the_key(year: str) -> None:
    app = _open(year)
    with app.db.read() as session:
        proc = session.execute(
            select(Procedure).where(Procedure.stage == "closed").limit(1)
        ).scalar_one()
        owner = session.get(User, proc.created_by)
        raw = (
            session.execute(select(Candidate.name_enc).where(Candidate.procedure_id == proc.id))
            .scalars()
            .first()
        )
        groups = F.target_membership(session, proc, app.db.cipher, F.profile_of(session, proc))
    assert raw is not None and raw[:1] == b"\x01"
    name = app.db.cipher.open(raw, "candidates.name")
    assert name and name.encode() not in raw  # sealed, not stored in the clear
    # (not `b"@" not in raw`: random ciphertext holds an @ byte about one time in seven)
    assert groups and set(groups.values()) <= {True, False, None}
    rec = _open(year, owner.login)
    rows = rec.candidates.list(proc.id, with_identity=True)
    app.close()
    assert rows and all(r.name and " " in r.name and r.email for r in rows)


def test_services_work_on_generated_data(year: str) -> None:
    """A member of the traineeship (screening) opens a sheet, submits it, the trail holds."""
    app = _open(year)
    with app.db.read() as session:
        big = session.execute(
            select(Candidate.procedure_id)
            .group_by(Candidate.procedure_id)
            .order_by(func.count(Candidate.id).desc())
            .limit(1)
        ).scalar_one()
        member = session.execute(
            select(User.login)
            .join(CommitteeSeat, CommitteeSeat.user_id == User.id)
            .where(CommitteeSeat.procedure_id == big, CommitteeSeat.role == "member")
            .limit(1)
        ).scalar_one()
        proc = load(session, big)
        assert proc.stage == "screening"
    m = app.as_user(member)
    detail = m.procedures.show(big)
    assert detail.candidates == 1000
    task = next(t for t in m.scoring.my_tasks() if t.procedure_id == big and t.status == "open")
    form = m.scoring.form(big, task.pseudonym)
    values = {it.key: (4, "Concreet voorbeeld met resultaat.") for it in form.items}
    assert m.scoring.save(big, task.pseudonym, values, submit=True) == "submitted"
    gate = m.procedures.gate(big)
    assert {f.code for f in gate.blocks} >= {"SCORE-COMPLETE"}
    with app.db.read() as session:
        ok = audit.verify(session).ok
        n = session.execute(
            select(func.count(Score.id))
            .join(ScoreSheet, Score.sheet_id == ScoreSheet.id)
            .where(ScoreSheet.procedure_id == big)
        ).scalar_one()
    app.close()
    assert ok and n > 0


def test_closed_procedures_pass_their_last_gates(year: str) -> None:
    """Decided procedures were generated the way the gates want them: no open blocks at G4."""
    app = _open(year)
    with app.db.read() as session:
        ids = (
            session.execute(select(Procedure.id).where(Procedure.stage == "decision").limit(5))
            .scalars()
            .all()
        )
    blocked = Counter()
    for pid in ids:
        for f in app.procedures.gate(pid).blocks:
            blocked[f.code] += 1
    app.close()
    assert set(blocked) <= {"GATE-DECISION"}  # only a decision not yet recorded


def test_plan_is_deterministic() -> None:
    a = plan(random.Random(3), 2, 50, NOW)
    b = plan(random.Random(3), 2, 50, NOW)
    assert [(s.title, s.created_at, s.applications) for s in a] == [
        (s.title, s.created_at, s.applications) for s in b
    ]
    assert len(a) == 101 and a == sorted(a, key=lambda s: s.created_at)


@settings(max_examples=50, deadline=None)
@given(st.integers(min_value=0, max_value=2**32))
def test_applications_have_a_mean_near_thirty_and_a_long_tail(seed: int) -> None:
    rng = random.Random(seed)
    draws = [applications(rng) for _ in range(3000)]
    assert min(draws) >= 3 and max(draws) <= 600
    assert 25 <= sum(draws) / len(draws) <= 42
    assert max(draws) >= 150
