"""An organisation-sized test database in bulk (``demo --scale year``), for an administrator.

The rows are written by ``store/bulk`` (Core inserts, the services' rules from core, one
audit event per procedure); this is the door to it: only an administrator may fill a
database that way, and only an empty one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from bewustwerven.core.procedure import Role
from bewustwerven.services.errors import Forbidden, InvalidInput, StateError
from bewustwerven.store.bulk import BulkReport, generate
from bewustwerven.store.models import Procedure

if TYPE_CHECKING:
    from bewustwerven.services.app import App


def generate_year(
    app: App,
    *,
    years: int = 1,
    per_year: int = 3000,
    seed: int = 2024,
    now: datetime | None = None,
    progress: Callable[[str], None] = lambda _m: None,
) -> BulkReport:
    """``years`` of ``per_year`` procedures into ``app``'s empty database."""
    if not app.actor.has(Role.ADMIN):
        raise Forbidden(
            "Alleen een functioneel beheerder mag een database in bulk vullen met "
            f"testgegevens. U bent ingelogd als {app.actor.login}.",
            "Only an administrator may fill a database with test data in bulk. You are "
            f"logged in as {app.actor.login}.",
        )
    if years < 1 or per_year < 1:
        raise InvalidInput(
            "--years moet 1 of meer zijn.", "--years must be 1 or more."
        )
    with app.db.read() as session:
        if session.execute(select(func.count(Procedure.id))).scalar_one():
            raise StateError(
                "Deze database heeft al procedures; gebruik --force voor een nieuw demobestand.",
                "This database already has procedures; use --force.",
            )
    return generate(
        app.db, actor=app.actor.login, years=years, per_year=per_year, seed=seed, now=now,
        progress=progress,
    )
