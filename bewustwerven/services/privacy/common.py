"""What the privacy services share: the clock, who may act, finding a candidate by code."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bewustwerven.core import clock
from bewustwerven.core.procedure import Role
from bewustwerven.services import access
from bewustwerven.services.base import Service
from bewustwerven.services.errors import Forbidden, InvalidInput, NotFound
from bewustwerven.store.models import Candidate, Procedure

Clock = Callable[[], datetime]
MIN_REASON = 10


def _now() -> datetime:  # the privacy services' clock; tests replace it
    return clock.now()


class PrivacyBase(Service):
    clock: Clock = staticmethod(_now)

    def _candidate(self, session: Session, pseudonym: str) -> tuple[Candidate, Procedure]:
        cand = session.execute(
            select(Candidate).where(Candidate.pseudonym == pseudonym.strip().upper())
        ).scalar_one_or_none()
        if cand is None:
            raise NotFound(
                f"Kandidaat {pseudonym} bestaat niet.", f"Candidate {pseudonym} does not exist."
            )
        return cand, access.load(session, cand.procedure_id)

    def _require_steward(self, proc: Procedure, *, admin: bool = False) -> None:
        """The procedure's own recruiter or an HR auditor (and, where asked, an admin)."""
        if access.is_owner(proc, self.actor) or self.actor.has(Role.HR):
            return
        if admin and self.actor.has(Role.ADMIN):
            return
        raise Forbidden(
            f"Dit mag alleen de W&S-adviseur van procedure {proc.id} of een P&O-auditor"
            + (" of functioneel beheerder." if admin else "."),
            f"Only the recruiter of procedure {proc.id} or an HR auditor"
            + (" or administrator may do this." if admin else " may do this."),
        )


def require_reason(reason: str) -> str:
    reason = reason.strip()
    if len(reason) < MIN_REASON:
        raise InvalidInput(
            f"Geef een reden van minstens {MIN_REASON} tekens.",
            f"Give a reason of at least {MIN_REASON} characters.",
        )
    return reason
