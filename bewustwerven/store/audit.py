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
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, select, text
from sqlalchemy.orm import Session, object_mapper

from bewustwerven.core import clock
from bewustwerven.store.models import AuditEvent, Base
from bewustwerven.store.signing import ROTATED, STARTED, SigningKey

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


def _id_runs(pks: list[int]) -> list[tuple[int | None, int | None, list[int]]]:
    """Sorted ids in chunks to read: a dense run of many ids (a bulk write) as one range
    ``(lo, hi, ids)``, anything else as ``(None, None, ids)`` of at most 500 for ``IN``."""
    out: list[tuple[int | None, int | None, list[int]]] = []
    start = 0
    while start < len(pks):
        chunk = pks[start : start + 20_000]
        if len(chunk) > 500 and chunk[-1] - chunk[0] < 2 * len(chunk):
            out.append((chunk[0], chunk[-1], chunk))
            start += len(chunk)
            continue
        out.append((None, None, pks[start : start + 500]))
        start += 500
    return out


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
        for lo, hi, chunk in _id_runs(sorted(pks)):
            where = t.c.id.in_(chunk) if lo is None else t.c.id.between(lo, hi)
            wanted = set(chunk)
            for row in session.execute(select(t).where(where)).mappings():
                if row["id"] in wanted:
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
    _starting: bool = False,
) -> AuditEvent:
    """Append one event for everything this transaction changed so far, signed with the
    installation's key (store/trail_keys.py) once signing has started."""
    from bewustwerven.store import trail_keys

    src = trail_keys.source(session)
    if src is not None and not _starting:
        trail_keys.ensure_started(session, actor)
    session.flush()
    touched: dict[tuple[str, int], bool] = session.info.pop(_PENDING, {})
    rows_text = canonical(_digests(session, touched))  # before the lock: keep it short
    payload_text = canonical(payload or {})
    _lock_chain(session)
    current = tip(session)  # the one read under the lock: seq, hash and the current key
    key = _key_for_append(session, src, current)
    seq, prev = (current.seq + 1, current.hash) if current else (1, GENESIS)
    when = at or clock.now()
    ev = AuditEvent(
        **event_values(prev, seq, when, actor, action, procedure_id, payload_text, rows_text, key)
    )
    session.add(ev)
    session.flush()
    session.info.pop(_PENDING, None)
    return ev


def event_values(
    prev: str,
    seq: int,
    when: datetime,
    actor: str,
    action: str,
    procedure_id: int | None,
    payload_text: str,
    rows_text: str,
    key: SigningKey | None,
) -> dict[str, Any]:
    """The columns of the event after ``prev``: its hash, and its signature once signing has
    started. ``record`` and the bulk generator (store/bulk/writer.py) both build events here."""
    digest = event_hash(prev, seq, when, actor, action, procedure_id, payload_text, rows_text)
    return {
        "seq": seq,
        "at": when,
        "actor": actor,
        "action": action,
        "procedure_id": procedure_id,
        "payload": payload_text,
        "rows": rows_text,
        "prev_hash": prev,
        "hash": digest,
        "key_id": key.key_id if key else None,
        "signature": key.sign_event(digest) if key else None,
    }


def digests(session: Session, keys: list[tuple[str, int]]) -> list[list[Any]]:
    """``[table, pk, digest]`` of each row as stored, sorted: what an event's ``rows`` holds
    for rows that were written (on PostgreSQL the server digests the masked tables)."""
    return _digests(session, dict.fromkeys(keys, True))


@dataclass(frozen=True, slots=True)
class Tip:
    """The last event of the chain: where the next one goes, and which key signs now."""

    seq: int
    hash: str
    key_id: str | None  # the trail's current signing key (None: signing not started)


def tip(session: Session) -> Tip | None:
    """The chain's head in one indexed read. The current key follows from the head alone:
    a start or rotation event names it in its payload, any later event is signed by it."""
    row = session.execute(
        select(AuditEvent.seq, AuditEvent.hash, AuditEvent.key_id, AuditEvent.action,
               AuditEvent.payload)
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    seq, digest, key_id, action, payload = row
    if action in (STARTED, ROTATED):
        try:
            named = json.loads(payload)["key" if action == STARTED else "new_key"]
            key_id = str(named)
        except (ValueError, KeyError, TypeError):
            key_id = "?"
    return Tip(int(seq), str(digest), str(key_id) if key_id else None)


def _key_for_append(session: Session, src: Any, current: Tip | None) -> SigningKey | None:
    """The key to sign the next event with, checked against the trail's current key (so a
    process that missed a rotation elsewhere reloads, and never signs with a retired key).
    ``current`` is the head read under the chain lock (``tip``)."""
    from bewustwerven.store import trail_keys

    if src is None:
        return None
    wanted = current.key_id if current else None
    key: SigningKey | None = src.signing_key(session)
    if key is None:
        # an unsigned head after a start this process saw is a broken trail: no more of it
        if wanted is not None or src.seen_started:
            raise trail_keys.SigningKeyMissing(trail_keys.MISSING)
        return None
    if wanted is not None and wanted != key.key_id:
        src.reload()
        key = src.signing_key(session)
        if key is None or key.key_id != wanted:
            raise trail_keys.SigningKeyMissing(
                f"De ondertekeningssleutel hier ({key.key_id if key else '-'}) is niet de "
                f"huidige sleutel van het spoor ({wanted}). / The signing key here is not the "
                "trail's current key."
            )
    return key


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


def touch(session: Session, table: str, pks: list[int]) -> None:
    """Rows written with Core (bulk) statements: record them for the next event like ORM rows."""
    pending: dict[tuple[str, int], bool] = session.info.setdefault(_PENDING, {})
    for pk in pks:
        pending[(table, int(pk))] = True


# Verification lives in store/audit_verify.py; kept importable from here.
from bewustwerven.store.audit_verify import VerifyResult, verify  # noqa: E402

__all__ = ["GENESIS", "VerifyResult", "canonical", "event_hash", "head", "record", "verify"]
