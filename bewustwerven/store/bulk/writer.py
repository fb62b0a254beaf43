"""Writing generated rows in bulk, and recording them in the audit trail.

Rows go in with SQLAlchemy Core ``insert(table)`` and a list of dicts (one executemany per
table and batch). Then every row is read back by ``audit.digests`` (the reading
``audit.record`` does for a service) and its digest goes into one event per procedure, built
by ``audit.event_values`` like any other event and appended to the hash chain. ``audit
verify`` therefore checks these rows like any other.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, insert, text, update
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
        """The next event's columns, as ``audit.record`` builds them (``audit.event_values``)."""
        values = audit.event_values(
            self.hash, self.seq + 1, at.replace(microsecond=0), actor, action, procedure_id,
            audit.canonical(payload), audit.canonical(rows), self.key,
        )
        self.seq, self.hash = values["seq"], values["hash"]
        return values


#: Sheet statuses PostgreSQL's seal trigger (bw_score_guard) closes to new scores.
_SEALED_LATER = ("superseded", "archived")


def insert_rows(session: Session, groups: Sequence[Rows]) -> None:
    tables = Base.metadata.tables
    pg = session.get_bind().dialect.name == "postgresql"
    rows = {name: [r for g in groups for r in g.get(name, ())] for name in ORDER}
    if pg and rows["score_sheets"]:
        # PostgreSQL takes scores only on a draft or on a sheet submitted in this very
        # transaction, and one current sheet per member, candidate, stage and round: the
        # superseded and archived sheets go in first as submitted, get their scores, move on
        # to their status, and only then do the current sheets and their scores go in.
        early = {r["id"]: r["status"] for r in rows["score_sheets"] if r["status"] in _SEALED_LATER}
        if early:
            _insert_all(session, rows, upto="score_sheets")
            sheets = tables["score_sheets"]
            session.execute(insert(sheets), [dict(r, status="submitted") for r in
                                             rows["score_sheets"] if r["id"] in early])
            first = [r for r in rows["scores"] if r["sheet_id"] in early]
            if first:
                session.execute(insert(tables["scores"]), first)
            for status in _SEALED_LATER:  # superseded before archived: archived may follow it
                ids = [i for i, st in early.items() if st == status]
                for at in range(0, len(ids), READ_CHUNK):
                    chunk = ids[at : at + READ_CHUNK]
                    session.execute(
                        update(sheets).where(sheets.c.id.in_(chunk)).values(status=status)
                    )
            rest = dict(rows)
            rest["score_sheets"] = [r for r in rows["score_sheets"] if r["id"] not in early]
            rest["scores"] = [r for r in rows["scores"] if r["sheet_id"] not in early]
            _insert_all(session, rest, after="score_sheets")
            return
    _insert_all(session, rows)


def _insert_all(
    session: Session, rows: dict[str, list[Any]], *, upto: str | None = None,
    after: str | None = None,
) -> None:
    """Insert the tables in ``ORDER``: those before ``upto``, or from ``after`` on."""
    tables = Base.metadata.tables
    names = ORDER[: ORDER.index(upto)] if upto else ORDER
    if after:
        names = ORDER[ORDER.index(after):]
    for name in names:
        if rows.get(name):
            session.execute(insert(tables[name]), rows[name])


def stored_digests(session: Session, groups: Sequence[Rows]) -> dict[tuple[str, int], str]:
    """Digest of each written row as the database returns it, by ``audit.digests``: the same
    reading ``audit.record`` does for a service's transaction."""
    keys = [(name, r["id"]) for g in groups for name, rs in g.items() for r in rs]
    return {(t, pk): d for t, pk, d in audit.digests(session, keys)}


def trail_rows(rows: Rows, digests: dict[tuple[str, int], str]) -> list[list[Any]]:
    """An event's ``rows``: ``[table, pk, digest]`` sorted, as ``audit.record`` writes them."""
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
