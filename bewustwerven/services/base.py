"""What every service shares: who is asking, one transaction per call, the audit event."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from bewustwerven.core.procedure import Role
from bewustwerven.services.errors import ChangedMeanwhile, Forbidden, NotFound
from bewustwerven.store import audit
from bewustwerven.store.db import Database


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
        try:
            with self.db.write() as session:
                yield session
        except StaleDataError as exc:
            raise ChangedMeanwhile(
                "Iemand anders heeft dit intussen gewijzigd. Laad het opnieuw en probeer het nog "
                "eens; er is niets opgeslagen.",
                "Someone else changed this meanwhile. Reload and try again; nothing was saved.",
            ) from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.db.read() as session:
            yield session

    def event(
        self, session: Session, action: str, *, procedure_id: int | None = None, **payload: Any
    ) -> None:
        audit.record(session, self.actor.login, action, procedure_id=procedure_id, payload=payload)


def get_or_404(session: Session, model: type[Any], ident: int, what_nl: str, what_en: str) -> Any:
    obj = session.get(model, ident)
    if obj is None:
        raise NotFound(f"{what_nl} {ident} bestaat niet.", f"{what_en} {ident} does not exist.")
    return obj
