"""One of a kind on SQLite: one current sheet per member, candidate, stage and round; one
consensus per candidate, stage and round. Two racing clients leave one row and a clear
"changed meanwhile" for the other (PostgreSQL: tests/postgres/test_one_of_a_kind.py)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from bewustwerven.services.app import App
from bewustwerven.services.errors import ChangedMeanwhile, KnownError
from bewustwerven.store.models import Consensus, ScoreSheet
from tests.services.conftest import make_procedure, open_and_import, score_all


def _race(calls: list, timeout: float = 60) -> list[object]:  # type: ignore[type-arg]
    """Run the calls in threads that start together; each result or the error raised."""
    start = threading.Barrier(len(calls), timeout=timeout)
    out: list[object] = [None] * len(calls)

    def run(i: int) -> None:
        start.wait()
        try:
            out[i] = calls[i]()
        except KnownError as exc:
            out[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout)
    assert not any(t.is_alive() for t in threads)
    return out


def _current_sheets(org: App, cand_code: str) -> int:
    with org.db.read() as s:
        return int(s.execute(
            select(func.count()).select_from(ScoreSheet).where(
                ScoreSheet.status.in_(("draft", "submitted")),
                ScoreSheet.candidate_id == select_candidate(cand_code),
            )
        ).scalar_one())


def select_candidate(code: str):  # type: ignore[no-untyped-def]
    from bewustwerven.store.models import Candidate

    return select(Candidate.id).where(Candidate.pseudonym == code).scalar_subquery()


def test_two_windows_create_the_same_sheet_one_row_one_message(org: App) -> None:
    pid = make_procedure(org)
    code = open_and_import(org, pid)[0]
    left, right = org.as_user("mila"), org.as_user("mila")
    key = left.scoring.form(pid, code).items[0].key
    out = _race([
        lambda: left.scoring.save(pid, code, {key: (2, "links")}, expected_version=0),
        lambda: right.scoring.save(pid, code, {key: (4, "rechts")}, expected_version=0),
    ])
    assert sorted(type(o).__name__ for o in out) == ["ChangedMeanwhile", "str"]
    refused = next(o for o in out if isinstance(o, ChangedMeanwhile))
    assert "intussen gewijzigd" in refused.nl and "changed meanwhile" in refused.en
    assert _current_sheets(org, code) == 1
    assert org.as_user("hanna").audit.verify().ok


def test_the_database_refuses_a_second_current_sheet(org: App) -> None:
    """The partial unique index itself, below the services: a second draft for the same
    member, candidate, stage and round cannot be stored; an archived one can."""
    pid = make_procedure(org)
    code = open_and_import(org, pid)[0]
    mila = org.as_user("mila")
    mila.scoring.save(pid, code, {mila.scoring.form(pid, code).items[0].key: (3, "x")})
    copy = ("INSERT INTO score_sheets (procedure_id, candidate_id, member_id, stage, round, "
            "version, status, amend_reason, version_id) SELECT procedure_id, candidate_id, "
            "member_id, stage, round, 1, :status, '', 1 FROM score_sheets LIMIT 1")
    with org.db.engine.connect() as conn:
        with pytest.raises(IntegrityError):
            conn.execute(text(copy), {"status": "draft"})
        conn.rollback()
        conn.execute(text(copy), {"status": "archived"})  # not current: allowed
        conn.rollback()


def test_two_chairs_record_the_first_consensus_one_row(org: App) -> None:
    pid = make_procedure(org)
    codes = open_and_import(org, pid)
    score_all(org, pid)
    chris_a, chris_b = org.as_user("chris"), org.as_user("chris")
    keys = [k for k, *_ in chris_a.consensus.view(pid).criteria]
    scores = {k: 4.0 for k in keys}
    why = {k: "samen besproken" for k in keys}
    out = _race([
        lambda: chris_a.consensus.record(pid, codes[0], "invite", scores, why),
        lambda: chris_b.consensus.record(pid, codes[0], "reserve", scores, why),
    ])
    # SQLite runs writers one after the other: the second sees the first and changes it
    assert all(o is True for o in out), out
    with org.db.read() as s:
        n = s.execute(select(func.count()).select_from(Consensus)).scalar_one()
    assert n == 1
    assert org.as_user("hanna").audit.verify().ok
