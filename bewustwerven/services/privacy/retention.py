"""The retention run (rule RETAIN): at start-up and as ``bewustwerven retention run``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from bewustwerven.core.procedure import Role
from bewustwerven.core.retention import (
    COMPLAINT_KEEP_DAYS,
    CandidateState,
    Part,
    RetentionStep,
    RetentionTerms,
    plan,
    stale_backups,
)
from bewustwerven.services import facts as F
from bewustwerven.services.privacy import erase as E
from bewustwerven.services.privacy.common import PrivacyBase
from bewustwerven.store.models import (
    Candidate,
    Complaint,
    Document,
    Objection,
    Procedure,
    SelfIdentification,
)

#: Candidates per retention transaction: short enough that people's own writes get in between.
BATCH = 200


@dataclass(frozen=True, slots=True)
class RetentionReport:
    now: datetime
    dry_run: bool
    steps: tuple[RetentionStep, ...]  # per candidate: what was (or would be) deleted
    complaints: tuple[int, ...]  # complaints whose text was (or would be) deleted
    backups: tuple[str, ...]  # pre-upgrade copies of the database removed (or to remove)
    scrubbed: bool = False

    @property
    def candidates(self) -> int:
        return len(self.steps)


class RetentionActions(PrivacyBase):
    def run_retention(
        self, *, now: datetime | None = None, dry_run: bool = False
    ) -> RetentionReport:
        """Delete what is due (an administrator's command; ``dry_run`` only lists it)."""
        self.require(Role.ADMIN)
        return self._retention(now or self.clock(), dry_run, "command")

    def _retention(
        self,
        now: datetime,
        dry_run: bool,
        trigger: str,
        *,
        batch: int = BATCH,
        stop: Callable[[], bool] = lambda: False,
    ) -> RetentionReport:
        """Delete what is due, ``batch`` candidates per transaction, so other people's writes
        get in between (a backlog of 50,000 candidates takes over a minute). ``stop`` is
        asked between batches: what is left is done at the next run."""
        with self.read() as session:
            steps, complaints = _due(session, now)
        backups = stale_backups(E.upgrade_backups(self.db), now)
        if dry_run:
            return RetentionReport(now, True, tuple(steps), tuple(complaints), tuple(backups))
        done: list[RetentionStep] = []
        for start in range(0, len(steps), batch):
            with self.write() as session:
                for step in steps[start : start + batch]:
                    if self._erase(session, step, now, trigger):
                        done.append(step)
            if stop() and start + batch < len(steps):
                return RetentionReport(now, False, tuple(done), (), ())
        with self.write() as session:
            for cid in complaints:
                row = session.get(Complaint, cid)
                assert row is not None
                row.summary_enc = row.outcome_enc = None
                row.content_deleted_at = now
                self.event(
                    session,
                    "complaint.content_deleted",
                    procedure_id=row.procedure_id,
                    complaint=cid,
                    trigger=trigger,
                )
            if backups:
                self.event(session, "retention.backups_removed", files=backups, trigger=trigger)
        removed = E.remove_backups(self.db, backups)
        scrubbed = E.scrub(self.db) if (done or complaints or removed) else False
        return RetentionReport(
            now, False, tuple(done), tuple(complaints), tuple(removed), scrubbed
        )

    def _erase(self, session: Session, step: RetentionStep, now: datetime, trigger: str) -> bool:
        """Erase one planned step; False when someone else did it since it was planned
        (another client's retention run, or a deletion on request)."""
        cand = session.get(Candidate, step.candidate_id)
        assert cand is not None
        if Part.IDENTITY in step.parts and cand.identity_deleted_at is not None:
            return False
        E.erase(session, cand, step.parts, now)
        self.event(
            session,
            "retention.erased",
            procedure_id=step.procedure_id,
            candidate=step.pseudonym,
            parts=[p.value for p in step.parts],
            due=step.due,
            trigger=trigger,
        )
        return True


def _due(session: Session, now: datetime) -> tuple[list[RetentionStep], list[int]]:
    terms: dict[int, RetentionTerms] = {}
    by_profile: dict[int, RetentionTerms] = {}
    shortest = None
    procs = (
        session.execute(select(Procedure).where(Procedure.closed_at.is_not(None))).scalars().all()
    )
    for proc in procs:
        if proc.profile_id not in by_profile:
            values = F.profile_of(session, proc).rule("RETAIN").values
            by_profile[proc.profile_id] = RetentionTerms.from_values(values)
        terms[proc.id] = by_profile[proc.profile_id]
        days = terms[proc.id].days
        shortest = days if shortest is None else min(shortest, days)
    if shortest is None:
        return [], _due_complaints(session, now)
    cutoff = now - timedelta(days=shortest)
    has_doc = exists().where(
        Document.candidate_id == Candidate.id,
        or_(
            Document.original_enc.is_not(None),
            Document.filename_enc.is_not(None),
            Document.redacted_text != "",
        ),
    )
    has_sid = exists().where(SelfIdentification.candidate_id == Candidate.id)
    has_identity = or_(
        Candidate.name_enc.is_not(None),
        Candidate.email_enc.is_not(None),
        Candidate.phone_enc.is_not(None),
    )
    rows = session.execute(
        select(
            Candidate.id,
            Candidate.pseudonym,
            Candidate.procedure_id,
            Procedure.closed_at,
            has_identity,
            has_doc,
            has_sid,
        )
        .join(Procedure, Procedure.id == Candidate.procedure_id)
        .where(Procedure.closed_at <= cutoff, or_(has_identity, has_doc, has_sid))
    ).all()
    ids = [r[0] for r in rows]
    consent: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        consent |= set(
            session.execute(
                select(SelfIdentification.candidate_id).where(
                    SelfIdentification.candidate_id.in_(chunk),
                    SelfIdentification.retention_consent.is_(True),
                )
            ).scalars()
        )
        consent |= set(
            session.execute(
                select(Objection.candidate_id).where(
                    Objection.candidate_id.in_(chunk), Objection.retention_consent.is_(True)
                )
            ).scalars()
        )
    states = [
        CandidateState(cid, code, pid, closed, cid in consent, bool(i), bool(d), bool(s))
        for cid, code, pid, closed, i, d, s in rows
    ]
    return plan(states, now, terms), _due_complaints(session, now)


def _due_complaints(session: Session, now: datetime) -> list[int]:
    limit = now.date() - timedelta(days=COMPLAINT_KEEP_DAYS)
    return list(
        session.execute(
            select(Complaint.id)
            .where(
                Complaint.status == "handled",
                Complaint.handled_on <= limit,
                Complaint.content_deleted_at.is_(None),
            )
            .order_by(Complaint.id)
        ).scalars()
    )
