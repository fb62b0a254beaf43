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
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session, object_mapper

from bewustwerven.store.models import AuditEvent, Base, audited_tables

if TYPE_CHECKING:  # numpy loads with verify only (50 ms of every start-up otherwise)
    import numpy as np

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
    """One table's trail entries in walk order: pk, event seq, digest kind, raw digest.

    pks and seqs start as 32-bit arrays and widen to 64 bits when a value needs it."""

    __slots__ = ("digests", "far", "kinds", "pks", "seqs")

    def __init__(self) -> None:
        self.pks = array("i")
        self.seqs = array("i")
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
            if self.pks.typecode == "i" and -(2**63) <= pk < 2**63:
                self.pks = array("q", self.pks)
                self.pks.append(pk)
            else:
                old = self.far.get(pk)
                key = old[0] if old else (len(self.pks), -1, len(self.far))
                self.far[pk] = (key, kind, seq)
                return
        try:
            self.seqs.append(seq)
        except OverflowError:
            self.seqs = array("q", self.seqs)
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
    import numpy as np

    _NONE = np.zeros(0, dtype=np.int64)
    pks = np.frombuffer(trail.pks, dtype=f"i{trail.pks.itemsize}") if trail.pks else _NONE
    seqs = np.frombuffer(trail.seqs, dtype=f"i{trail.seqs.itemsize}") if trail.seqs else _NONE
    kinds = np.frombuffer(trail.kinds, dtype=np.uint8) if trail.kinds else _NONE
    digests = np.frombuffer(trail.digests, dtype=np.uint64).reshape(-1, 4) if pks.size else _NONE
    index = _LastEntry(pks)
    for row_pks, row_digests in _stored_batches(session, name, server):
        hit, pos = index.find(np.array(row_pks, dtype=np.int64))
        same = np.frombuffer(row_digests, dtype=np.uint64).reshape(-1, 4)
        good = hit & (kinds[pos] == _GOOD) & (digests[pos] == same).all(axis=1) if pks.size else hit
        for i in np.flatnonzero(~good).tolist():
            pk = row_pks[i]
            if hit[i]:
                bad(int(seqs[pos[i]]), f"{name} #{pk} was changed outside the app")
            else:
                bad(last_seq + 1, f"{name} #{pk} is not in the trail (inserted outside the app)")
    gone_pks, gone_pos = index.unmatched()
    keep = kinds[gone_pos] != _GONE if gone_pos.size else np.zeros(0, dtype=bool)
    gone_pks, gone_pos = gone_pks[keep], gone_pos[keep]
    deleted: list[tuple[tuple[int, ...], int, int]] = []
    if gone_pks.size:  # in the order the trail first named them, as a dict would keep them
        named = np.flatnonzero(np.isin(pks, gone_pks))
        _unique, first = np.unique(pks[named], return_index=True)
        firsts = dict(zip(_unique.tolist(), named[first].tolist(), strict=True))
        deleted = [
            ((firsts[pk], 0, 0), pk, int(seqs[at]))
            for pk, at in zip(gone_pks.tolist(), gone_pos.tolist(), strict=True)
        ]
    deleted += [(key, pk, seq) for pk, (key, kind, seq) in trail.far.items() if kind != _GONE]
    deleted.sort(key=lambda d: d[0])
    for _key, pk, seq in deleted:
        bad(seq, f"{name} #{pk} was deleted outside the app")


_CHUNK = 1 << 20


class _LastEntry:
    """pk -> position of its last trail entry. Ids are dense, so a table indexed by
    pk - min (~5 bytes an id); sparse pks (a tampered trail) fall back to a sorted search."""

    def __init__(self, pks: np.ndarray[Any, Any]) -> None:
        import numpy as np

        n = pks.size
        self.lo = int(pks.min()) if n else 0
        span = int(pks.max()) - self.lo + 1 if n else 0
        self.dense = span <= 2 * n + 1024
        wide = np.int64 if n >= 2**31 else np.int32
        self.last: np.ndarray[Any, np.dtype[np.signedinteger[Any]]]
        if self.dense:
            self.last = np.full(span, -1, dtype=wide)
            for s in range(0, n, _CHUNK):
                part = pks[s : s + _CHUNK].astype(np.int64) - self.lo
                np.maximum.at(self.last, part, np.arange(s, s + part.size, dtype=wide))
            self.known = np.zeros(0, dtype=np.int64)
        else:
            order = np.argsort(pks, kind="stable")
            ordered = pks[order]
            ends = np.flatnonzero(np.append(ordered[1:] != ordered[:-1], True))
            self.known, self.last = ordered[ends].astype(np.int64), order[ends]
        self.matched = np.zeros(self.last.size, dtype=bool)

    def find(self, stored: np.ndarray[Any, Any]) -> tuple[np.ndarray[Any, Any], Any]:
        """For each stored pk: whether the trail names it, and its last entry's position."""
        import numpy as np

        size = self.last.size
        if not size:
            return np.zeros(stored.size, dtype=bool), np.zeros(stored.size, dtype=np.int64)
        if self.dense:
            slot = np.clip(stored - self.lo, 0, size - 1)
            pos = self.last[slot]
            hit = (stored - self.lo == slot) & (pos >= 0)
        else:
            slot = np.minimum(np.searchsorted(self.known, stored), size - 1)
            pos = self.last[slot]
            hit = self.known[slot] == stored
        self.matched[slot[hit]] = True
        return hit, np.where(hit, pos, 0)

    def unmatched(self) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """The pks the trail names that no stored row had, and their last entries."""
        import numpy as np

        if self.dense:
            slots = np.flatnonzero(~self.matched & (self.last >= 0))
            return slots + self.lo, self.last[slots]
        slots = np.flatnonzero(~self.matched)
        return self.known[slots], self.last[slots]


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


def touch(session: Session, table: str, pks: list[int]) -> None:
    """Rows written with Core (bulk) statements: record them for the next event like ORM rows."""
    pending: dict[tuple[str, int], bool] = session.info.setdefault(_PENDING, {})
    for pk in pks:
        pending[(table, int(pk))] = True
