"""What every service shares: who is asking, one transaction per call, the audit event."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, object_mapper
from sqlalchemy.orm.exc import StaleDataError

from bewustwerven.core.procedure import Role
from bewustwerven.services.errors import (
    ChangedMeanwhile,
    ConnectionLost,
    DatabaseBusy,
    Forbidden,
    KeyMissing,
    NotFound,
)
from bewustwerven.store import audit
from bewustwerven.store.db import Database
from bewustwerven.store.trail_keys import SigningKeyMissing


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is asking: the logged-in user with their application roles."""

    user_id: int
    login: str
    display_name: str
    roles: frozenset[Role]

    def has(self, *roles: Role) -> bool:
        return any(r in self.roles for r in roles)


ROLE_NAMES_NL = {r: r.label("nl") for r in Role}


CONNECTION_LOST = ConnectionLost(
    "De verbinding met de database is verbroken. Uw wijziging is niet opgeslagen. "
    "Probeer het opnieuw; het programma maakt zelf een nieuwe verbinding.",
    "The connection to the database was lost. Your change was not saved. Try again; the "
    "program makes a new connection by itself.",
)


DATABASE_BUSY = DatabaseBusy(
    "De database is nu bezet door een ander programma of een andere gebruiker. Uw wijziging "
    "is niet opgeslagen. Probeer het over een minuut opnieuw.",
    "The database is busy with another program or user right now. Your change was not "
    "saved. Try again in a minute.",
)


def _busy(exc: DBAPIError) -> bool:
    """SQLite's "database is locked" after its busy timeout."""
    return "database is locked" in str(getattr(exc, "orig", "") or "")


def _connection_lost(exc: DBAPIError) -> bool:
    if exc.connection_invalidated:
        return True
    sqlstate = getattr(getattr(exc, "orig", None), "sqlstate", None) or ""
    return sqlstate.startswith("08") or sqlstate in ("57P01", "57P02", "57P03")


def _versioned_rows(session: Session) -> list[tuple[str, int]]:
    rows = []
    for obj in list(session.dirty) + list(session.deleted):
        mapper = object_mapper(obj)
        if mapper.version_id_col is None:
            continue
        pk = mapper.primary_key_from_instance(obj)[0]
        if pk is not None:
            rows.append((mapper.local_table.name, int(pk)))  # type: ignore[attr-defined]
    return rows


def _changed_meanwhile(by: str | None) -> ChangedMeanwhile:
    if by:
        return ChangedMeanwhile(
            f"{by} heeft dit intussen gewijzigd. Laad het opnieuw en probeer het nog eens; er "
            "is niets opgeslagen.",
            f"{by} changed this meanwhile. Reload and try again; nothing was saved.",
        )
    return ChangedMeanwhile(
        "Iemand anders heeft dit intussen gewijzigd. Laad het opnieuw en probeer het nog "
        "eens; er is niets opgeslagen.",
        "Someone else changed this meanwhile. Reload and try again; nothing was saved.",
    )


class Service:
    """Base of the service classes. One public method is one transaction."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def require(self, *roles: Role) -> None:
        if not self.actor.has(*roles):
            wanted = " of ".join(r.label("nl") for r in roles)
            wanted_en = " or ".join(r.label("en") for r in roles)
            raise Forbidden(
                f"Dit mag alleen een {wanted}. U bent ingelogd als {self.actor.login}.",
                f"Only a {wanted_en} may do this. You are logged in as {self.actor.login}.",
            )

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction; a lost update becomes "changed meanwhile by ...", a broken
        connection a plain message (the transaction is rolled back either way)."""
        stale: list[tuple[str, int]] = []

        def note(session: Session, *_: object) -> None:
            stale[:] = _versioned_rows(session)  # what this flush may find changed meanwhile

        try:
            with self.db.write() as session:
                event.listen(session, "before_flush", note)
                try:
                    yield session
                    session.flush()
                finally:
                    event.remove(session, "before_flush", note)
        except StaleDataError as exc:
            raise _changed_meanwhile(self._last_writer(stale)) from exc
        except SigningKeyMissing as exc:  # the trail is signed; this process has no key
            nl, _, en = str(exc).partition(" / ")
            raise KeyMissing(nl, en or nl) from exc
        except DBAPIError as exc:
            if _connection_lost(exc):
                raise CONNECTION_LOST from exc
            if _busy(exc):
                raise DATABASE_BUSY from exc
            raise

    def _last_writer(self, rows: list[tuple[str, int]]) -> str | None:
        try:
            with self.db.read() as session:
                for table, pk in rows:
                    who = audit.last_actor(session, table, pk)
                    if who and who != self.actor.login:
                        return who
        except DBAPIError:
            return None
        return None

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self.db.read() as session:
                yield session
        except DBAPIError as exc:
            if _connection_lost(exc):
                raise CONNECTION_LOST from exc
            raise

    def event(
        self, session: Session, action: str, *, procedure_id: int | None = None, **payload: Any
    ) -> None:
        audit.record(session, self.actor.login, action, procedure_id=procedure_id, payload=payload)


def get_or_404(session: Session, model: type[Any], ident: int, what_nl: str, what_en: str) -> Any:
    obj = session.get(model, ident)
    if obj is None:
        raise NotFound(f"{what_nl} {ident} bestaat niet.", f"{what_en} {ident} does not exist.")
    return obj
