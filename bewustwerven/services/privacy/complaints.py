"""The complaints register: a complaint against a procedure, answered within 4 weeks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from bewustwerven.core.procedure import Role
from bewustwerven.core.retention import complaint_due
from bewustwerven.services import access
from bewustwerven.services.base import get_or_404
from bewustwerven.services.errors import InvalidInput, StateError
from bewustwerven.services.privacy.common import PrivacyBase, require_reason
from bewustwerven.store.models import Candidate, Complaint, Procedure, Unit, Vacancy

OPEN, HANDLED = "open", "handled"


@dataclass(frozen=True, slots=True)
class ComplaintRow:
    id: int
    procedure_id: int
    procedure_title: str
    candidate: str | None  # pseudonym, when a candidate complained
    received_on: date
    due_on: date
    status: str
    handled_on: date | None
    summary: str | None  # None after its retention
    outcome: str | None

    def overdue(self, today: date) -> bool:
        return self.status == OPEN and self.due_on < today


@dataclass(frozen=True, slots=True)
class ComplaintCounts:
    """For the organisation report: complaints received in a period."""

    received: int
    handled: int
    handled_in_time: int
    open: int
    open_overdue: int


class ComplaintActions(PrivacyBase):
    def add_complaint(
        self,
        pid: int,
        summary: str,
        *,
        received_on: date | None = None,
        pseudonym: str | None = None,
    ) -> int:
        """Record a complaint against procedure ``pid``; the deadline is 4 weeks later."""
        summary = require_reason(summary)
        today = self.clock().date()
        received = received_on or today
        if received > today:
            raise InvalidInput(
                "De datum van ontvangst ligt in de toekomst.", "The date received is in the future."
            )
        with self.write() as session:
            proc = access.load(session, pid)
            if not (access.is_owner(proc, self.actor) or self.actor.has(Role.HR)):
                self.require(Role.HR)
            cand_id = None
            if pseudonym:
                cand, cproc = self._candidate(session, pseudonym)
                if cproc.id != pid:
                    raise InvalidInput(
                        f"Kandidaat {pseudonym} hoort niet bij procedure {pid}.",
                        f"Candidate {pseudonym} is not in procedure {pid}.",
                    )
                cand_id = cand.id
            row = Complaint(
                procedure_id=pid,
                candidate_id=cand_id,
                received_on=received,
                due_on=complaint_due(received),
                status=OPEN,
                summary_enc=self.db.cipher.seal(summary, "complaints.summary"),
                recorded_by=self.actor.user_id,
                recorded_at=self.clock(),
            )
            session.add(row)
            session.flush()
            self.event(
                session,
                "complaint.recorded",
                procedure_id=pid,
                complaint=row.id,
                due_on=row.due_on,
            )
            return row.id

    def handle_complaint(self, complaint_id: int, outcome: str) -> None:
        """HR records the answer; the complaint is then handled."""
        self.require(Role.HR)
        outcome = require_reason(outcome)
        with self.write() as session:
            row = get_or_404(session, Complaint, complaint_id, "Klacht", "Complaint")
            if row.status != OPEN:
                raise StateError("Deze klacht is al afgehandeld.", "This complaint was handled.")
            row.status, row.handled_on = HANDLED, self.clock().date()
            row.handled_by = self.actor.user_id
            row.outcome_enc = self.db.cipher.seal(outcome, "complaints.outcome")
            self.event(
                session,
                "complaint.handled",
                procedure_id=row.procedure_id,
                complaint=row.id,
                in_time=row.handled_on <= row.due_on,
            )

    def complaints(self, *, pid: int | None = None, open_only: bool = False) -> list[ComplaintRow]:
        self.require(Role.HR, Role.ADMIN)
        with self.read() as session:
            q = select(Complaint).order_by(Complaint.due_on, Complaint.id)
            if pid is not None:
                q = q.where(Complaint.procedure_id == pid)
            if open_only:
                q = q.where(Complaint.status == OPEN)
            return [self._row(session, c) for c in session.execute(q).scalars()]

    def complaints_due(
        self, within_days: int = 7, *, today: date | None = None
    ) -> list[ComplaintRow]:
        """The reminder for the HR view: open complaints due within ``within_days`` (and
        those already overdue), soonest first."""
        limit = (today or self.clock().date()) + timedelta(days=within_days)
        return [r for r in self.complaints(open_only=True) if r.due_on <= limit]

    def complaint_counts(
        self, start: date, end: date, *, unit_code: str | None = None, today: date | None = None
    ) -> ComplaintCounts:
        """Complaints received from ``start`` to ``end`` (inclusive), for the organisation
        report. The report applies SUPPRESS to these counts like to any other figure."""
        self.require(Role.HR, Role.ADMIN)
        today = today or self.clock().date()
        with self.read() as session:
            q = (
                select(Complaint)
                .join(Procedure, Procedure.id == Complaint.procedure_id)
                .join(Vacancy, Vacancy.id == Procedure.vacancy_id)
                .where(Complaint.received_on >= start, Complaint.received_on <= end)
            )
            if unit_code is not None:
                q = q.join(Unit, Unit.id == Vacancy.unit_id).where(Unit.code == unit_code)
            rows = session.execute(q).scalars().all()
        handled = [r for r in rows if r.status == HANDLED]
        still_open = [r for r in rows if r.status == OPEN]
        return ComplaintCounts(
            received=len(rows),
            handled=len(handled),
            handled_in_time=sum(1 for r in handled if r.handled_on and r.handled_on <= r.due_on),
            open=len(still_open),
            open_overdue=sum(1 for r in still_open if r.due_on < today),
        )

    def _row(self, session, c: Complaint) -> ComplaintRow:  # type: ignore[no-untyped-def]
        proc = session.get(Procedure, c.procedure_id)
        cand = session.get(Candidate, c.candidate_id) if c.candidate_id else None
        open_ = self.db.cipher.open
        return ComplaintRow(
            c.id,
            c.procedure_id,
            proc.vacancy.title if proc else "",
            cand.pseudonym if cand else None,
            c.received_on,
            c.due_on,
            c.status,
            c.handled_on,
            open_(c.summary_enc, "complaints.summary"),
            open_(c.outcome_enc, "complaints.outcome"),
        )
