"""A written objection, and deletion on request: both act at once and are logged."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from bewustwerven.core.retention import Part
from bewustwerven.services.privacy import erase as E
from bewustwerven.services.privacy.common import PrivacyBase, require_reason
from bewustwerven.store.models import Objection, SelfIdentification


@dataclass(frozen=True, slots=True)
class ErasureResult:
    pseudonym: str
    at: datetime
    parts: tuple[Part, ...]  # what was deleted
    backups_removed: tuple[str, ...]  # pre-upgrade copies of the database file removed
    scrubbed: bool  # SQLite file rebuilt and its log emptied


class ObjectionActions(PrivacyBase):
    def record_objection(self, pseudonym: str, *, received_on: date | None = None) -> ErasureResult:
        """The candidate objected in writing: their self-identification is deleted at once.
        Recorded is only that an objection came in (and when), never what the data said.
        From then on the Rooney and preference checks treat the candidate as unknown."""
        now = self.clock()
        with self.write() as session:
            cand, proc = self._candidate(session, pseudonym)
            self._require_steward(proc)
            row = session.execute(
                select(SelfIdentification).where(SelfIdentification.candidate_id == cand.id)
            ).scalar_one_or_none()
            consent = bool(row and row.retention_consent)
            E.erase(session, cand, [Part.SELF_IDENTIFICATION], now)
            session.add(
                Objection(
                    procedure_id=proc.id,
                    candidate_id=cand.id,
                    received_on=received_on or now.date(),
                    recorded_at=now,
                    recorded_by=self.actor.user_id,
                    had_data=row is not None,
                    retention_consent=consent,
                )
            )
            backups = tuple(E.upgrade_backups(self.db))
            self.event(
                session,
                "selfid.objection",
                procedure_id=proc.id,
                candidate=cand.pseudonym,
                had_data=row is not None,
                backups_removed=list(backups),
            )
            parts = (Part.SELF_IDENTIFICATION,) if row is not None else ()
        return self._finish(cand.pseudonym, now, parts, backups)

    def delete_on_request(self, pseudonym: str, reason: str) -> ErasureResult:
        """Delete a candidate's identity, documents and self-identification before the
        retention date, at their request. Pseudonymous scores and decisions stay."""
        reason = require_reason(reason)
        now = self.clock()
        with self.write() as session:
            cand, proc = self._candidate(session, pseudonym)
            self._require_steward(proc)
            parts = E.held_parts(session, cand)
            E.erase(session, cand, parts, now)
            if cand.identity_deleted_at is None:
                cand.identity_deleted_at = now  # nothing was left, but the request is noted
            backups = tuple(E.upgrade_backups(self.db))
            self.event(
                session,
                "candidate.erased_on_request",
                procedure_id=proc.id,
                candidate=cand.pseudonym,
                parts=[p.value for p in parts],
                reason=reason,
                backups_removed=list(backups),
            )
        return self._finish(cand.pseudonym, now, parts, backups)

    def _finish(
        self, pseudonym: str, now: datetime, parts: tuple[Part, ...], backups: tuple[str, ...]
    ) -> ErasureResult:
        removed = E.remove_backups(self.db, backups)
        return ErasureResult(pseudonym, now, parts, tuple(removed), E.scrub(self.db))
