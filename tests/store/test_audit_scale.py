"""audit.verify at scale: packed per-table arrays must give exactly the old dict's results.

``reference_verify`` is the algorithm verify used before (one dict entry per audited row),
kept here as the oracle. Small trails are made with the real hooks and ``record``, then
tampered with outside the app (rows altered, deleted, inserted; events altered, deleted,
their row lists rewritten), and both must return the same result, field by field.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import astuple
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session, sessionmaker

from bewustwerven.store import audit, audit_verify
from bewustwerven.store.audit import (
    GENESIS,
    _postgres,
    _server_digests,
    event_hash,
    row_digest,
)
from bewustwerven.store.audit_verify import VerifyResult, _Entries, _stored_batches
from bewustwerven.store.models import AuditEvent, Base, PolicyProfileRow, Unit, User, audited_tables


def _core(result: VerifyResult) -> tuple[Any, ...]:
    """The fields the oracle knows (signatures came later: tests/store/test_audit_signed.py)."""
    return astuple(result)[:7]


# -- the oracle: verify as it was (a dict entry per audited row) ----------------------------


def _reference_events(session: Session) -> Iterator[AuditEvent]:
    yield from session.execute(
        select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=5000)
    ).scalars()


def _reference_stored(session: Session, name: str, server: bool) -> Iterator[tuple[int, str]]:
    if server and name in audit._SERVER_DIGESTED:
        yield from _server_digests(session, name, None).items()
        return
    t = Base.metadata.tables[name]
    for row in session.execute(select(t).execution_options(yield_per=5000)).mappings():
        yield int(row["id"]), row_digest(dict(row))


def reference_verify(session: Session, *, head_hash: str | None = None) -> VerifyResult:
    prev, count, last_seq = GENESIS, 0, 0
    first_bad: tuple[int, str] | None = None
    latest: dict[tuple[str, int], tuple[str | None, int]] = {}
    seen_head = head_hash is None
    problems: list[str] = []

    def bad(seq: int, why: str) -> None:
        nonlocal first_bad
        problems.append(f"#{seq}: {why}")
        if first_bad is None or seq < first_bad[0]:
            first_bad = (seq, why)

    for ev in _reference_events(session):
        count += 1
        if ev.seq != last_seq + 1:
            bad(ev.seq, f"event(s) missing before this one (expected #{last_seq + 1})")
        if ev.prev_hash != prev:
            bad(ev.seq, "previous-hash link does not match")
        expected = event_hash(
            ev.prev_hash, ev.seq, ev.at, ev.actor, ev.action, ev.procedure_id, ev.payload, ev.rows
        )
        if expected != ev.hash:
            bad(ev.seq, "event content altered (hash does not match)")
        if head_hash is not None and ev.hash == head_hash:
            seen_head = True
        try:
            for table, pk, digest in json.loads(ev.rows):
                latest[(table, int(pk))] = (digest, ev.seq)
        except (ValueError, TypeError):
            bad(ev.seq, "row list unreadable")
        prev, last_seq = ev.hash, ev.seq
        session.expunge(ev)

    server = _postgres(session)
    for name in audited_tables():
        present: set[int] = set()
        for pk, digest in _reference_stored(session, name, server):
            present.add(pk)
            known = latest.get((name, pk))
            if known is None:
                bad(last_seq + 1, f"{name} #{pk} is not in the trail (inserted outside the app)")
            elif known[0] != digest:
                bad(known[1], f"{name} #{pk} was changed outside the app")
        for (table, pk), (digest, seq) in latest.items():
            if table == name and digest is not None and pk not in present:
                bad(seq, f"{name} #{pk} was deleted outside the app")

    result = VerifyResult(ok=first_bad is None, events=count, head_hash=prev, problems=problems)
    if first_bad is not None:
        result.broken_seq, result.problem = first_bad
    if head_hash is not None:
        result.head_found = seen_head
    return result


# -- small trails made with the real hooks ----------------------------------------------------

T0 = datetime(2025, 3, 1, 9, 0, 0)
names = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=8)

change = st.one_of(
    st.tuples(st.just("unit+"), names),
    st.tuples(st.just("unit~"), st.integers(0, 20), names),
    st.tuples(st.just("user+"), st.integers(0, 20), st.binary(max_size=6) | st.none()),
    st.tuples(st.just("user~"), st.integers(0, 20), st.booleans()),
    st.tuples(st.just("user-"), st.integers(0, 20)),
    st.tuples(st.just("profile+"), st.integers(0, 3)),
)
transactions = st.lists(st.lists(change, min_size=1, max_size=3), min_size=1, max_size=8)


def _apply(session: Session, n: int, op: tuple[Any, ...]) -> None:
    units = session.scalars(select(Unit).order_by(Unit.id)).all()
    users = session.scalars(select(User).order_by(User.id)).all()
    kind = op[0]
    if kind == "unit+":
        session.add(Unit(code=f"U{n}", name=op[1]))
    elif kind == "unit~" and units:
        units[op[1] % len(units)].name = op[2]
    elif kind == "user+":
        unit_id = units[op[1] % len(units)].id if units else None
        session.add(
            User(login=f"u{n}", display_name="x", roles="hr", unit_id=unit_id, profile_enc=op[2])
        )
    elif kind == "user~" and users:
        users[op[1] % len(users)].trained = op[2]
    elif kind == "user-" and users:
        session.delete(users[op[1] % len(users)])
    elif kind == "profile+":
        session.add(
            PolicyProfileRow(
                name=f"p{n}", version=op[1], toml="x = 1", imported_at=T0 + timedelta(days=n)
            )
        )
    session.flush()


def _make_trail(path: Path, plan: list[list[tuple[Any, ...]]]) -> Any:
    engine = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    factory = sessionmaker(engine)
    audit.install(factory)
    n = 0
    for i, ops in enumerate(plan):
        with factory() as session, session.begin():
            for op in ops:
                n += 1
                _apply(session, n, op)
            audit.record(session, "tester", f"step.{i}", at=T0 + timedelta(minutes=i))
    return engine


# -- tamperings outside the app ---------------------------------------------------------------

ROW_MUTATIONS = (
    "drop",
    "dup",
    "none",
    "upper",
    "junk",
    "short",
    "int",
    "huge",
    "reverse",
    "unreadable",
    "pair",
    "strpk",
    "other",
    "spaces",
    "wide",
)
tamper = st.one_of(
    st.tuples(st.just("row~"), st.sampled_from(["units", "users"]), st.integers(0, 20)),
    st.tuples(
        st.just("row-"), st.sampled_from(["units", "users", "policy_profiles"]), st.integers(0, 20)
    ),
    st.tuples(st.just("row+"), st.sampled_from(["units", "users"]), st.integers(0, 3)),
    st.tuples(st.just("rows-"), st.sampled_from(["units", "users"])),
    st.tuples(st.just("event~"), st.integers(0, 20), st.just("actor")),
    st.tuples(st.just("event~"), st.integers(0, 20), st.sampled_from(ROW_MUTATIONS)),
    st.tuples(st.just("event-"), st.integers(0, 20)),
)


def _mutate_rows(text: str, how: str) -> str:
    rows = json.loads(text)
    if not rows:
        return "[]" if how != "unreadable" else "[1,"
    first = rows[0]
    if how == "drop":
        rows = rows[1:]
    elif how == "dup":
        rows = [*rows, [first[0], first[1], "0" * 64]]
    elif how == "none":
        rows[0] = [first[0], first[1], None]
    elif how == "upper":
        rows[0] = [first[0], first[1], str(first[2]).upper()]
    elif how == "junk":
        rows[0] = [first[0], first[1], "zz" * 32]
    elif how == "short":
        rows[0] = [first[0], first[1], str(first[2])[:10]]
    elif how == "int":
        rows[0] = [first[0], first[1], 7]
    elif how == "huge":
        rows = [[first[0], 2**70 + first[1], "ab" * 32], *rows, [first[0], 2**70, None]]
    elif how == "reverse":
        rows = rows[::-1]
    elif how == "unreadable":
        return text[:-1]
    elif how == "pair":
        rows = [*rows[:1], [first[0], first[1]], *rows[1:]]
    elif how == "strpk":
        rows[0] = [first[0], f" {first[1]} ", first[2]]
    elif how == "other":
        rows = [["no_such_table", 1, "ab" * 32], [["unhashable"], 1, None], *rows]
    elif how == "wide":  # a pk beyond 32 bits: widened arrays, sparse look-up
        rows = [[first[0], 10**12 + first[1], "ab" * 32], *rows]
    elif how == "spaces":
        digest = str(first[2])
        rows[0] = [first[0], first[1], digest[:62] + " " + digest[62:]]
    return json.dumps(rows, separators=(",", ":"))


def _tamper(path: Path, how: tuple[Any, ...]) -> None:
    con = sqlite3.connect(path)
    kind = how[0]
    if kind == "rows-":
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute(f"DELETE FROM {how[1]}")
    elif kind in ("row~", "row-"):
        ids = [r[0] for r in con.execute(f"SELECT id FROM {how[1]} ORDER BY id")]
        if ids:
            pk = ids[how[2] % len(ids)]
            if kind == "row-":
                con.execute("PRAGMA foreign_keys=OFF")
                con.execute(f"DELETE FROM {how[1]} WHERE id = ?", (pk,))
            elif how[1] == "units":
                con.execute("UPDATE units SET name = name || '!' WHERE id = ?", (pk,))
            else:
                con.execute("UPDATE users SET trained = 1 - trained WHERE id = ?", (pk,))
    elif kind == "row+":
        if how[1] == "units":
            con.execute(
                "INSERT INTO units (code, name) VALUES"
                " ('X' || ? || '-' || (SELECT coalesce(max(id), 0) + 1 FROM units), 'x')",
                (how[2],),
            )
        else:
            con.execute(
                "INSERT INTO users (login, display_name, roles, trained, active, version_id)"
                " VALUES (? || '-' || (SELECT count(*) FROM users), 'x', 'hr', 0, 1, 1)",
                (f"x{how[2]}",),
            )
    else:
        seqs = [r[0] for r in con.execute("SELECT seq FROM audit_events ORDER BY seq")]
        if seqs:
            seq = seqs[how[1] % len(seqs)]
            if kind == "event-":
                con.execute("DELETE FROM audit_events WHERE seq = ?", (seq,))
            elif how[2] == "actor":
                con.execute("UPDATE audit_events SET actor = 'iemand' WHERE seq = ?", (seq,))
            else:
                (rows,) = con.execute(
                    "SELECT rows FROM audit_events WHERE seq = ?", (seq,)
                ).fetchone()
                con.execute(
                    "UPDATE audit_events SET rows = ? WHERE seq = ?",
                    (_mutate_rows(rows, how[2]), seq),
                )
    con.commit()
    con.close()


def _both(engine: Any, head: str | None = None) -> tuple[VerifyResult, VerifyResult]:
    with Session(engine) as session, session.begin():
        new = audit.verify(session, head_hash=head)
    with Session(engine) as session, session.begin():
        old = reference_verify(session, head_hash=head)
    return new, old


# -- tests ------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=transactions, tamperings=st.lists(tamper, max_size=4), use_head=st.booleans())
def test_verify_agrees_with_the_reference_on_random_tampering(
    plan: list[list[tuple[Any, ...]]], tamperings: list[tuple[Any, ...]], use_head: bool
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.db"
        engine = _make_trail(path, plan)
        with Session(engine) as session:
            current = audit.head(session)
        assert current is not None
        new, old = _both(engine)
        assert new.ok and old.ok, (new.problems, old.problems)
        for how in tamperings:
            _tamper(path, how)
        new, old = _both(engine, current[1] if use_head else None)
        assert _core(new) == _core(old)
        engine.dispose()


def _trail(tmp_path: Path, plan: list[list[tuple[Any, ...]]]) -> tuple[Path, Any]:
    path = tmp_path / "t.db"
    return path, _make_trail(path, plan)


PLAN = [
    [("unit+", "a"), ("unit+", "b"), ("unit+", "c")],
    [("user+", 0, b"\x00\xff"), ("user+", 1, None)],
    [("unit~", 1, "bee"), ("profile+", 1)],
    [("user-", 0)],
]


def test_untampered_trail_is_ok_and_names_every_event(tmp_path: Path) -> None:
    _path, engine = _trail(tmp_path, PLAN)
    new, old = _both(engine)
    assert new.ok and new.events == 4 and new.problems == []
    assert _core(new) == _core(old)


def test_deletions_are_named_in_the_order_the_trail_first_named_the_rows(tmp_path: Path) -> None:
    path, engine = _trail(tmp_path, PLAN)
    con = sqlite3.connect(path)
    (rows,) = con.execute("SELECT rows FROM audit_events WHERE seq = 1").fetchone()
    con.execute("UPDATE audit_events SET rows = ? WHERE seq = 1", (_mutate_rows(rows, "reverse"),))
    con.execute("DELETE FROM units")
    con.commit()
    con.close()
    new, old = _both(engine)
    assert _core(new) == _core(old)
    deleted = [p for p in new.problems if "deleted" in p]
    assert deleted == [
        f"#{s}: units #{pk} was deleted outside the app" for s, pk in ((1, 3), (3, 2), (1, 1))
    ]
    assert new.broken_seq == 1 and new.problem == "event content altered (hash does not match)"


def test_a_changed_row_names_its_last_event_and_an_inserted_row_the_next(tmp_path: Path) -> None:
    path, engine = _trail(tmp_path, PLAN)
    _tamper(path, ("row~", "units", 1))
    _tamper(path, ("row+", "units", 0))
    new, old = _both(engine)
    assert _core(new) == _core(old)
    assert new.problems == [
        "#3: units #2 was changed outside the app",
        "#5: units #4 is not in the trail (inserted outside the app)",
    ]
    assert new.broken_seq == 3


def test_odd_digests_and_far_pks_match_the_reference(tmp_path: Path) -> None:
    path, engine = _trail(tmp_path, PLAN)
    for seq, how in ((1, "huge"), (2, "upper"), (3, "other"), (4, "spaces")):
        con = sqlite3.connect(path)
        (rows,) = con.execute("SELECT rows FROM audit_events WHERE seq = ?", (seq,)).fetchone()
        con.execute(
            "UPDATE audit_events SET rows = ? WHERE seq = ?", (_mutate_rows(rows, how), seq)
        )
        con.commit()
        con.close()
    new, old = _both(engine)
    assert _core(new) == _core(old)
    assert f"#1: policy_profiles #{2**70 + 1} was deleted outside the app" not in new.problems
    assert f"#1: units #{2**70 + 1} was deleted outside the app" in new.problems
    assert f"#1: units #{2**70} was deleted outside the app" not in new.problems  # None: gone


def test_packed_digest_of_a_row_is_row_digest(tmp_path: Path) -> None:
    _path, engine = _trail(tmp_path, PLAN)
    with Session(engine) as session:
        for name in ("units", "users", "policy_profiles"):
            t = Base.metadata.tables[name]
            rows = session.execute(select(t)).mappings().all()
            expected = [(int(r["id"]), bytes.fromhex(row_digest(dict(r)))) for r in rows]
            got = [
                (pk, digests[32 * i : 32 * i + 32])
                for pks, digests, _unreadable in _stored_batches(session, name, False)
                for i, pk in enumerate(pks)
            ]
            assert got == expected and got


def test_trail_entries_stay_under_50_bytes_each() -> None:
    entries = _Entries()
    n = 100_000
    for pk in range(n):
        entries.add(pk, f"{pk:064x}", pk // 7 + 1)
    size = (
        entries.pks.itemsize * len(entries.pks)
        + entries.seqs.itemsize * len(entries.seqs)
        + len(entries.kinds)
        + len(entries.digests)
    )
    assert len(entries.pks) == n and size / n <= 50
    assert bytes(entries.kinds[:3]) == bytes(3)  # lowercase hex: a real digest
    entries.add(5, "A" * 64, 1)
    entries.add(6, None, 1)
    assert entries.kinds[-2:] == bytearray([audit_verify._ODD, audit_verify._GONE])
    assert entries.pks.typecode == entries.seqs.typecode == "i"
    entries.add(2**40, "ab" * 32, 2**33)
    entries.add(2**80, "ab" * 32, 9)
    assert (entries.pks.typecode, entries.seqs.typecode) == ("q", "q")
    assert entries.pks[-1] == 2**40 and entries.seqs[-1] == 2**33 and entries.pks[0] == 0
    assert list(entries.far) == [2**80] and len(entries.pks) == n + 3
