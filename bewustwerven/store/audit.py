"""The append-only, hash-chained audit trail.

Every flush notes which audited rows it touched; ``record`` then writes one event that
holds a digest of each of those rows as stored, the previous event's hash and its own
hash. A transaction that changes audited rows without recording an event is refused, so
no service can forget the trail. ``verify`` walks the chain and compares every audited
row with the digest of its last event: an event or a row altered, deleted, inserted or
reordered outside the application is found and named.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session, object_mapper

from bewustwerven.store.models import AuditEvent, Base, audited_tables

GENESIS = "0" * 64
_PENDING = "bw_audit_rows"
_ADVISORY_LOCK_ID = 72_771_001  # PostgreSQL: serialise appends to the chain


class UnauditedChange(RuntimeError):
    """A bug: a transaction changed audited rows without writing an audit event."""


def canonical(value: Any) -> str:
    return json.dumps(
        value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_plain
    )


def _plain(value: Any) -> Any:
    if isinstance(value, bytes | memoryview):
        return "b64:" + base64.b64encode(bytes(value)).decode()
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot put {type(value).__name__} in the trail")


def row_digest(values: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(values).encode()).hexdigest()


def event_hash(
    prev: str,
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    procedure_id: int | None,
    payload: str,
    rows: str,
) -> str:
    parts = [prev, str(seq), at.isoformat(), actor, action, str(procedure_id), payload, rows]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _audited(obj: object) -> bool:
    return isinstance(obj, Base) and getattr(type(obj), "__audited__", True)


def _pk(obj: object) -> int:
    return int(object_mapper(obj).primary_key_from_instance(obj)[0])


def install(session_factory: Any) -> None:
    event.listen(session_factory, "before_flush", _before_flush)
    event.listen(session_factory, "after_flush_postexec", _after_flush)
    event.listen(session_factory, "before_commit", _before_commit)
    event.listen(session_factory, "after_rollback", _clear)


def _before_flush(session: Session, flush_context: object, instances: object) -> None:
    marks: list[tuple[object, bool]] = session.info.setdefault("bw_marks", [])
    for obj in session.new:
        if _audited(obj):
            marks.append((obj, True))
    for obj in session.dirty:
        if _audited(obj) and session.is_modified(obj, include_collections=False):
            marks.append((obj, True))
    for obj in session.deleted:
        if _audited(obj):
            marks.append((obj, False))


def _after_flush(session: Session, flush_context: object) -> None:
    pending: dict[tuple[str, int], bool] = session.info.setdefault(_PENDING, {})
    for obj, alive in session.info.pop("bw_marks", []):
        pending[(type(obj).__tablename__, _pk(obj))] = alive


def _before_commit(session: Session) -> None:
    session.flush()
    if session.info.get(_PENDING):
        rows = sorted(session.info[_PENDING])[:5]
        raise UnauditedChange(f"change without an audit event: {rows}")


def _clear(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop("bw_marks", None)


def _postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


# PostgreSQL: tables most roles read through a view that masks personal columns; the
# server computes their digests (store/pg/digests.py), so writer and auditor agree.
_SERVER_DIGESTED = ("candidates", "documents")


def _server_digests(session: Session, table: str, pks: list[int] | None) -> dict[int, str]:
    rows = session.execute(
        text("SELECT id, digest FROM public.bw_row_digests(:t, :ids)"), {"t": table, "ids": pks}
    )
    return {int(r[0]): str(r[1]) for r in rows}


def _digests(session: Session, touched: dict[tuple[str, int], bool]) -> list[list[Any]]:
    by_table: dict[str, list[int]] = {}
    for (table, pk), alive in touched.items():
        if alive:
            by_table.setdefault(table, []).append(pk)
    found: dict[tuple[str, int], str] = {}
    tables = Base.metadata.tables
    server = _postgres(session)
    for table, pks in by_table.items():
        if server and table in _SERVER_DIGESTED:
            for pk, digest in _server_digests(session, table, pks).items():
                found[(table, pk)] = digest
            continue
        t = tables[table]
        for chunk_start in range(0, len(pks), 500):
            chunk = pks[chunk_start : chunk_start + 500]
            for row in session.execute(select(t).where(t.c.id.in_(chunk))).mappings():
                found[(table, row["id"])] = row_digest(dict(row))
    return [
        [table, pk, found.get((table, pk)) if alive else None]
        for (table, pk), alive in sorted(touched.items())
    ]


def _lock_chain(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _ADVISORY_LOCK_ID})


def record(
    session: Session,
    actor: str,
    action: str,
    *,
    procedure_id: int | None = None,
    payload: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> AuditEvent:
    """Append one event for everything this transaction changed so far."""
    session.flush()
    touched: dict[tuple[str, int], bool] = session.info.pop(_PENDING, {})
    rows_text = canonical(_digests(session, touched))  # before the lock: keep it short
    payload_text = canonical(payload or {})
    _lock_chain(session)
    current = head(session)
    seq, prev = (current[0] + 1, current[1]) if current else (1, GENESIS)
    when = at or datetime.now().replace(microsecond=0)
    ev = AuditEvent(
        seq=seq,
        at=when,
        actor=actor,
        action=action,
        procedure_id=procedure_id,
        payload=payload_text,
        rows=rows_text,
        prev_hash=prev,
        hash=event_hash(prev, seq, when, actor, action, procedure_id, payload_text, rows_text),
    )
    session.add(ev)
    session.flush()
    session.info.pop(_PENDING, None)
    return ev


def head(session: Session) -> tuple[int, str] | None:
    """The last event's number and hash (on PostgreSQL also for roles that may not read
    the trail: a SECURITY DEFINER function returns the head only)."""
    if _postgres(session):
        found = session.execute(text("SELECT seq, hash FROM public.bw_audit_head()")).first()
        return (int(found[0]), str(found[1])) if found else None
    row = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    return (row[0], row[1]) if row else None


@dataclass(slots=True)
class VerifyResult:
    ok: bool
    events: int
    head_hash: str
    broken_seq: int | None = None
    problem: str = ""
    problems: list[str] = field(default_factory=list)
    head_found: bool | None = None


def _events(session: Session) -> Iterator[AuditEvent]:
    yield from session.execute(
        select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=5000)
    ).scalars()


def verify(session: Session, *, head_hash: str | None = None) -> VerifyResult:
    """Check the chain and every audited row; name the first broken event."""
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

    for ev in _events(session):
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
        for pk, digest in _stored_digests(session, name, server):
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


def _stored_digests(session: Session, name: str, server: bool) -> Iterator[tuple[int, str]]:
    if server and name in _SERVER_DIGESTED:
        yield from _server_digests(session, name, None).items()
        return
    t = Base.metadata.tables[name]
    for row in session.execute(select(t).execution_options(yield_per=5000)).mappings():
        yield int(row["id"]), row_digest(dict(row))


def last_actor(session: Session, table: str, pk: int) -> str | None:
    """Who wrote the row last, as the trail says (None when unknown)."""
    if _postgres(session):
        found = session.execute(
            text("SELECT public.bw_last_writer(:t, :pk)"), {"t": table, "pk": pk}
        ).scalar_one_or_none()
        return str(found) if found else None
    needle = "%" + canonical(table) + f",{int(pk)},%"
    row = session.execute(
        select(AuditEvent.actor)
        .where(AuditEvent.rows.like(needle))
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    ).first()
    return str(row[0]) if row else None


def count_events(session: Session) -> int:
    return int(session.execute(select(func.count(AuditEvent.id))).scalar_one())
