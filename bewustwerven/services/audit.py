"""The audit trail as a service: verify the chain, read a procedure's timeline."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from bewustwerven.core.procedure import Role
from bewustwerven.services import access
from bewustwerven.services.base import Service
from bewustwerven.store import audit
from bewustwerven.store.audit import VerifyResult
from bewustwerven.store.models import AuditEvent


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    seq: int
    at: datetime
    actor: str
    action: str
    payload: dict[str, object]
    hash: str


class AuditService(Service):
    def verify(self, head_hash: str | None = None) -> VerifyResult:
        self.require(Role.HR, Role.ADMIN)
        with self.read() as session:
            return audit.verify(session, head_hash=head_hash)

    def head(self) -> tuple[int, str] | None:
        with self.read() as session:
            return audit.head(session)

    def timeline(self, pid: int) -> list[TimelineEvent]:
        with self.read() as session:
            proc = access.readable(session, pid, self.actor)
            if not (self.actor.has(Role.HR, Role.ADMIN) or access.is_owner(proc, self.actor)):
                from bewustwerven.services.errors import Forbidden

                raise Forbidden(
                    "Het auditspoor is voor P&O en de W&S-adviseur.",
                    "The audit trail is for HR and the recruiter.",
                )
            rows = session.execute(
                select(AuditEvent).where(AuditEvent.procedure_id == pid).order_by(AuditEvent.seq)
            ).scalars()
            return [
                TimelineEvent(e.seq, e.at, e.actor, e.action, json.loads(e.payload), e.hash)
                for e in rows
            ]
