"""Retention (rule RETAIN): when a candidate's personal data must go, and what exactly.

Pure: dates in, a plan out. Closing a procedure starts the clock; after ``days`` (28 by
default) the identity, the documents and the self-identification of its candidates are
deleted, after ``days_with_consent`` (365) for a candidate who consented to a longer
term. Pseudonymous scores, decisions, findings, deviations and events are never part of
a plan: they are what keeps a procedure auditable.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

DEFAULT_DAYS = 28
DEFAULT_DAYS_WITH_CONSENT = 365
COMPLAINT_DAYS = 28  # a complaint is handled within 4 weeks
COMPLAINT_KEEP_DAYS = 365  # a handled complaint's text is kept one year, then deleted
BACKUP_KEEP_DAYS = DEFAULT_DAYS  # a pre-upgrade copy of the database file


class Part(StrEnum):
    """A part of a candidate's personal data that retention deletes."""

    IDENTITY = "identity"  # name, e-mail, phone
    DOCUMENTS = "documents"  # originals, file names and redacted texts
    SELF_IDENTIFICATION = "self_identification"


@dataclass(frozen=True, slots=True)
class RetentionTerms:
    days: int = DEFAULT_DAYS
    days_with_consent: int = DEFAULT_DAYS_WITH_CONSENT

    def __post_init__(self) -> None:
        if self.days < 0 or self.days_with_consent < self.days:
            raise ValueError("retention: 0 <= days <= days_with_consent")

    @classmethod
    def from_values(cls, values: Mapping[str, object]) -> RetentionTerms:
        """From the profile's ``[rules.RETAIN]`` settings."""
        days = int(str(values.get("days", DEFAULT_DAYS)))
        consent = int(str(values.get("days_with_consent", DEFAULT_DAYS_WITH_CONSENT)))
        return cls(days, max(days, consent))


def due_at(closed_at: datetime | None, consent: bool, terms: RetentionTerms) -> datetime | None:
    """When the data must be gone; None while the procedure is not closed."""
    if closed_at is None:
        return None
    return closed_at + timedelta(days=terms.days_with_consent if consent else terms.days)


@dataclass(frozen=True, slots=True)
class CandidateState:
    """What is still held about one candidate, as retention needs to know it."""

    candidate_id: int
    pseudonym: str
    procedure_id: int
    closed_at: datetime | None
    consent: bool
    identity: bool
    documents: bool
    self_identification: bool

    def parts(self) -> tuple[Part, ...]:
        held = (
            (Part.IDENTITY, self.identity),
            (Part.DOCUMENTS, self.documents),
            (Part.SELF_IDENTIFICATION, self.self_identification),
        )
        return tuple(p for p, present in held if present)


@dataclass(frozen=True, slots=True)
class RetentionStep:
    """Delete ``parts`` of one candidate; it was due at ``due``."""

    candidate_id: int
    pseudonym: str
    procedure_id: int
    due: datetime
    parts: tuple[Part, ...]


def plan(
    states: Iterable[CandidateState],
    now: datetime,
    terms: Mapping[int, RetentionTerms] | RetentionTerms = RetentionTerms(),
) -> list[RetentionStep]:
    """The deletions due at ``now``; ``terms`` per procedure id, or one for all."""
    steps = []
    for s in states:
        t = terms if isinstance(terms, RetentionTerms) else terms.get(s.procedure_id)
        due = due_at(s.closed_at, s.consent, t or RetentionTerms())
        parts = s.parts()
        if due is not None and due <= now and parts:
            steps.append(RetentionStep(s.candidate_id, s.pseudonym, s.procedure_id, due, parts))
    return sorted(steps, key=lambda st: (st.due, st.procedure_id, st.pseudonym))


def complaint_due(received_on: date) -> date:
    """A complaint must be answered within 4 weeks of receipt."""
    return received_on + timedelta(days=COMPLAINT_DAYS)


def complaint_content_due(handled_on: date | None) -> date | None:
    """When a handled complaint's text and outcome are deleted (counts and dates stay)."""
    return None if handled_on is None else handled_on + timedelta(days=COMPLAINT_KEEP_DAYS)


def stale_backups(
    made: Mapping[str, datetime], now: datetime, days: int = BACKUP_KEEP_DAYS
) -> list[str]:
    """The pre-upgrade database copies older than ``days``: they hold deleted data."""
    return sorted(name for name, at in made.items() if at + timedelta(days=days) <= now)


def parse_moment(text: str) -> datetime:
    """``--now``: a date (taken as the end of that day) or an ISO date and time."""
    text = text.strip()
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time(23, 59, 59))
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError as exc:
        raise ValueError(
            f"'{text}' is geen datum (JJJJ-MM-DD). / '{text}' is not a date (YYYY-MM-DD)."
        ) from exc
