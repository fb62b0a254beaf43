"""The audit trail as a service: verify the chain, read a procedure's timeline."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from bewustwerven.core.procedure import Role
from bewustwerven.services import access
from bewustwerven.services.base import Service
from bewustwerven.store import audit, trail_keys
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


@dataclass(frozen=True, slots=True)
class SigningKeyInfo:
    key_id: str
    public_pem: str


class AuditService(Service):
    def verify(
        self, head_hash: str | None = None, public_keys: list[bytes] | None = None
    ) -> VerifyResult:
        """Chain, signatures and rows. ``public_keys`` (an auditor's copy) beats the
        installation's own public key; a key stored in the database is never trusted."""
        self.require(Role.HR, Role.ADMIN)
        with self.read() as session:
            if public_keys is None:
                src = trail_keys.source(session)
                # None when this process has no key (a trail that never started signing):
                # checked for consistency only, and the result says it is not trusted.
                public_keys = (src.public_keys(session) if src else []) or None
            return audit.verify(session, head_hash=head_hash, public_keys=public_keys)

    def signing_key(self) -> SigningKeyInfo | None:
        """The installation's current signing key: fingerprint and public key (PEM)."""
        with self.read() as session:
            src = trail_keys.source(session)
            key = src.signing_key(session) if src else None
        if key is None:
            return None
        return SigningKeyInfo(key.key_id, key.public_pem().decode("ascii"))

    def rotate_key(self) -> tuple[str, str]:
        """A new signing key, brought in by an event the old key signs. Returns the old and
        the new key's fingerprint. The new key replaces the old one where it was kept."""
        self.require(Role.ADMIN)
        src: trail_keys.KeySource | None = None
        old = None
        try:
            with self.write() as session:
                src = trail_keys.source(session)
                old, new = trail_keys.rotate(session, self.actor.login)
        except BaseException:
            if src is not None and old is not None:
                trail_keys.restore(src, old)
            raise
        return old.key_id, new.key_id

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
