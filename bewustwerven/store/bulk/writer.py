"""Writing generated rows in bulk, and recording them in the audit trail.

Rows go in with SQLAlchemy Core ``insert(table)`` and a list of dicts (one executemany per
table and batch). Then, exactly like ``audit._digests``, every row is read back with a
SELECT and its digest (``audit.row_digest`` of the row as stored) goes into one event per
procedure, appended to the hash chain (``audit.event_hash`` from the current head, or
GENESIS). ``audit verify`` therefore checks these rows like any other.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, insert, select, text, update
from sqlalchemy.orm import Session

from bewustwerven.store import audit, trail_keys
from bewustwerven.store.bulk.context import Rows
from bewustwerven.store.models import AuditEvent, Base

# Parents before children: SQLite checks foreign keys at once.
ORDER = [
    "units",
    "users",
    "vacancies",
    "procedures",
    "stage_changes",
    "criteria",
    "questions",
    "committee_seats",
    "channels",
    "candidates",
    "documents",
    "self_identifications",
    "identity_access",
    "deviations",
    "score_sheets",
    "scores",
    "conflicts",
    "consensus",
    "decisions",
]
READ_CHUNK = 20_000


class Chain:
    """The head of the hash chain, kept in memory while one writer appends."""

    def __init__(self, session: Session) -> None:
        audit._lock_chain(session)
        tip = audit.tip(session)
        self.key = audit._key_for_append(session, trail_keys.source(session), tip)
        self.seq, self.hash = (tip.seq, tip.hash) if tip else (0, audit.GENESIS)

    def event(
        self,
        actor: str,
        action: str,
        procedure_id: int | None,
        payload: dict[str, Any],
        rows: list[list[Any]],
        at: datetime,
    ) -> dict[str, Any]:
        seq, prev = self.seq + 1, self.hash
        when = at.replace(microsecond=0)
        payload_text, rows_text = audit.canonical(payload), audit.canonical(rows)
        digest = audit.event_hash(
            prev, seq, when, actor, action, procedure_id, payload_text, rows_text
        )
        self.seq, self.hash = seq, digest
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
            "key_id": self.key.key_id if self.key else None,
            "signature": self.key.sign_event(digest) if self.key else None,
        }


#: Sheet statuses PostgreSQL's seal trigger (bw_score_guard) closes to new scores.
_SEALED_LATER = ("superseded", "archived")


def insert_rows(session: Session, groups: Sequence[Rows]) -> None:
    tables = Base.metadata.tables
    pg = session.get_bind().dialect.name == "postgresql"
    later: dict[str, list[int]] = {}
    for name in ORDER:
        batch = [r for g in groups for r in g.get(name, ())]
        if not batch:
            continue
        if pg and name == "score_sheets":
            # PostgreSQL takes scores only on a draft or on a sheet submitted in this very
            # transaction: superseded and archived sheets go in as submitted and move on to
            # their status after their scores (the transitions the seal trigger allows).
            for r in batch:
                if r["status"] in _SEALED_LATER:
                    later.setdefault(r["status"], []).append(r["id"])
            batch = [dict(r, status="submitted") if r["status"] in _SEALED_LATER else r
                     for r in batch]
        session.execute(insert(tables[name]), batch)
    sheets = tables["score_sheets"]
    for status in _SEALED_LATER:  # superseded before archived: archived may follow it
        ids = later.get(status, [])
        for start in range(0, len(ids), READ_CHUNK):
            chunk = ids[start : start + READ_CHUNK]
            session.execute(update(sheets).where(sheets.c.id.in_(chunk)).values(status=status))


def stored_digests(session: Session, groups: Sequence[Rows]) -> dict[tuple[str, int], str]:
    """Digest of each written row as the database returns it (as ``audit._digests``)."""
    tables = Base.metadata.tables
    found: dict[tuple[str, int], str] = {}
    for name in ORDER:
        ids = sorted(r["id"] for g in groups for r in g.get(name, ()))
        if not ids:
            continue
        t: Table = tables[name]
        wanted = set(ids)
        for start in range(0, len(ids), READ_CHUNK):
            lo, hi = ids[start], ids[min(start + READ_CHUNK, len(ids)) - 1]
            q = select(t).where(t.c.id >= lo, t.c.id <= hi)
            for row in session.execute(q).mappings():
                if row["id"] in wanted:
                    found[(name, row["id"])] = audit.row_digest(dict(row))
    return found


def trail_rows(rows: Rows, digests: dict[tuple[str, int], str]) -> list[list[Any]]:
    keys = sorted((name, r["id"]) for name, rs in rows.items() for r in rs)
    return [[name, pk, digests[(name, pk)]] for name, pk in keys]


def write_events(session: Session, events: list[dict[str, Any]]) -> None:
    if events:
        session.execute(insert(cast(Table, AuditEvent.__table__)), events)


def fix_sequences(session: Session) -> None:
    """PostgreSQL: move each id sequence past the ids this generator chose itself."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for name in ORDER:
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)"
            )
        )
