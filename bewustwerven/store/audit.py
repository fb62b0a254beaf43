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
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import numpy as np
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


# Verification keeps, per audited table, the trail's entries packed in arrays (~49 bytes
# an entry instead of ~500 for a dict entry), then joins them with the table's rows by
# sorted look-up. The problems and their order are exactly those of the plain algorithm:
# rows in the order the database returns them, then deletions in the order the trail
# first named the row.
_GOOD, _GONE, _ODD = 0, 1, 2  # digest kinds: 64 lowercase hex / None (deleted) / other
_ZERO = bytes(32)
_BATCH = 5000
# json.dumps with these arguments is JSONEncoder(...).encode: the same text as canonical().
_ENCODE = json.JSONEncoder(
    sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_plain
).encode


class _Entries:
    """One table's trail entries in walk order: pk, event seq, digest kind, raw digest."""

    __slots__ = ("digests", "far", "kinds", "pks", "seqs")

    def __init__(self) -> None:
        self.pks = array("q")
        self.seqs = array("q")
        self.kinds = bytearray()
        self.digests = bytearray()
        # pks beyond 64 bits (only in a tampered trail): pk -> (order key, kind, seq)
        self.far: dict[int, tuple[tuple[int, ...], int, int]] = {}

    def add(self, pk: int, digest: Any, seq: int) -> None:
        kind, raw = _ODD, _ZERO
        if digest is None:
            kind = _GONE
        elif type(digest) is str and len(digest) == 64:
            try:
                raw = bytes.fromhex(digest)
            except ValueError:
                raw = _ZERO
            else:
                if len(raw) == 32 and raw.hex() == digest:
                    kind = _GOOD
                else:
                    raw = _ZERO
        try:
            self.pks.append(pk)
        except OverflowError:
            old = self.far.get(pk)
            key = old[0] if old else (len(self.pks), -1, len(self.far))
            self.far[pk] = (key, kind, seq)
            return
        self.seqs.append(seq)
        self.kinds.append(kind)
        self.digests += raw


def _events(session: Session) -> Iterator[Any]:
    """The events in chain order, as plain rows (no ORM objects)."""
    e = AuditEvent
    yield from session.execute(
        select(
            e.seq, e.at, e.actor, e.action, e.procedure_id, e.payload, e.rows, e.prev_hash, e.hash
        )
        .order_by(e.seq)
        .execution_options(yield_per=256)
    )


def verify(session: Session, *, head_hash: str | None = None) -> VerifyResult:
    """Check the chain and every audited row; name the first broken event."""
    prev, count, last_seq = GENESIS, 0, 0
    first_bad: tuple[int, str] | None = None
    names = audited_tables()
    entries = {name: _Entries() for name in names}
    seen_head = head_hash is None
    problems: list[str] = []

    def bad(seq: int, why: str) -> None:
        nonlocal first_bad
        problems.append(f"#{seq}: {why}")
        if first_bad is None or seq < first_bad[0]:
            first_bad = (seq, why)

    for seq, at, actor, action, procedure_id, payload, rows, prev_hash, hash_ in _events(session):
        count += 1
        if seq != last_seq + 1:
            bad(seq, f"event(s) missing before this one (expected #{last_seq + 1})")
        if prev_hash != prev:
            bad(seq, "previous-hash link does not match")
        expected = event_hash(prev_hash, seq, at, actor, action, procedure_id, payload, rows)
        if expected != hash_:
            bad(seq, "event content altered (hash does not match)")
        if head_hash is not None and hash_ == head_hash:
            seen_head = True
        try:
            for table, pk, digest in json.loads(rows):
                number = int(pk)
                found = entries.get(table)  # unhashable table: TypeError, as a dict key
                if found is not None:
                    found.add(number, digest, seq)
        except (ValueError, TypeError):
            bad(seq, "row list unreadable")
        prev, last_seq = hash_, seq

    server = _postgres(session)
    for name in names:
        _check_table(session, name, entries.pop(name), server, last_seq, bad)

    result = VerifyResult(ok=first_bad is None, events=count, head_hash=prev, problems=problems)
    if first_bad is not None:
        result.broken_seq, result.problem = first_bad
    if head_hash is not None:
        result.head_found = seen_head
    return result


def _check_table(
    session: Session,
    name: str,
    trail: _Entries,
    server: bool,
    last_seq: int,
    bad: Callable[[int, str], None],
) -> None:
    """Compare one table's rows with the last trail entry of each pk."""
    pks = np.frombuffer(trail.pks, dtype=np.int64) if trail.pks else np.zeros(0, np.int64)
    order = np.argsort(pks, kind="stable")
    ordered = pks[order]
    cut = np.flatnonzero(ordered[1:] != ordered[:-1])
    starts = np.concatenate(([0], cut + 1)) if len(ordered) else cut
    ends = np.concatenate((cut, [len(ordered) - 1])) if len(ordered) else cut
    known = ordered[starts]  # sorted unique pks
    first, last = order[starts], order[ends]
    del order, ordered, pks
    kinds = np.frombuffer(trail.kinds, dtype=np.uint8)[last] if len(last) else np.zeros(0, np.uint8)
    seqs = np.frombuffer(trail.seqs, dtype=np.int64)[last] if len(last) else np.zeros(0, np.int64)
    digests = (
        np.frombuffer(trail.digests, dtype=np.uint64).reshape(-1, 4)[last]
        if len(last)
        else np.zeros((0, 4), np.uint64)
    )
    trail.pks, trail.seqs, trail.kinds, trail.digests = (
        array("q"),
        array("q"),
        bytearray(),
        bytearray(),
    )
    matched = np.zeros(len(known), dtype=bool)
    for row_pks, row_digests in _stored_batches(session, name, server):
        stored = np.array(row_pks, dtype=np.int64)
        if len(known):
            at = np.minimum(np.searchsorted(known, stored), len(known) - 1)
            hit = known[at] == stored
            matched[at[hit]] = True
            same = np.frombuffer(row_digests, dtype=np.uint64).reshape(-1, 4)
            good = hit & (kinds[at] == _GOOD) & (digests[at] == same).all(axis=1)
        else:
            at = hit = good = np.zeros(len(stored), dtype=bool)
        for i in np.flatnonzero(~good).tolist():
            if hit[i]:
                bad(int(seqs[at[i]]), f"{name} #{row_pks[i]} was changed outside the app")
            else:
                bad(
                    last_seq + 1,
                    f"{name} #{row_pks[i]} is not in the trail (inserted outside the app)",
                )
    gone = np.flatnonzero(~matched & (kinds != _GONE))
    deleted: list[tuple[tuple[int, ...], int, int]] = [
        ((int(first[j]), 0, 0), int(known[j]), int(seqs[j])) for j in gone.tolist()
    ]
    deleted += [(key, pk, seq) for pk, (key, kind, seq) in trail.far.items() if kind != _GONE]
    deleted.sort(key=lambda d: d[0])
    for _key, pk, seq in deleted:
        bad(seq, f"{name} #{pk} was deleted outside the app")


def _stored_batches(session: Session, name: str, server: bool) -> Iterator[tuple[list[int], bytes]]:
    """The table's rows in the database's order, in batches: pks and raw SHA-256 digests."""
    if server and name in _SERVER_DIGESTED:
        found = session.execute(
            text("SELECT id, digest FROM public.bw_row_digests(:t, NULL)"),
            {"t": name},
            execution_options={"yield_per": _BATCH},
        )
        for part in found.partitions():
            yield [int(r[0]) for r in part], bytes.fromhex("".join(str(r[1]) for r in part))
        return
    t = Base.metadata.tables[name]
    result = session.execute(select(t).execution_options(yield_per=_BATCH))
    names = list(result.keys())
    id_at = names.index("id")
    sha = hashlib.sha256
    batch: Sequence[Any]
    for batch in result.partitions():
        yield (
            [int(r[id_at]) for r in batch],
            b"".join(
                [sha(_ENCODE(dict(zip(names, r, strict=True))).encode()).digest() for r in batch]
            ),
        )


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
