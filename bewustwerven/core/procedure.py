"""The procedure as a state machine with gates (docs/method.md).

Concept → Open → Screening → Interviews → Decision → Closed. Leaving a stage passes its
gate: the registry (``core/registry.py``) lists the gate's rules; a ``block`` finding can
only be passed with an approved deviation of the type the registry names for that rule.
Restart is possible before Decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Stage(StrEnum):
    CONCEPT = "concept"
    OPEN = "open"
    SCREENING = "screening"
    INTERVIEWS = "interviews"
    DECISION = "decision"
    CLOSED = "closed"

    @property
    def order(self) -> int:
        return _ORDER.index(self)

    def label(self, lang: str = "nl") -> str:
        from bewustwerven.core.words import label

        return label(self, lang)


_ORDER = [
    Stage.CONCEPT,
    Stage.OPEN,
    Stage.SCREENING,
    Stage.INTERVIEWS,
    Stage.DECISION,
    Stage.CLOSED,
]
# The stages in which committee members fill in score sheets.
SCORED_STAGES = (Stage.SCREENING, Stage.INTERVIEWS)


class Gate(StrEnum):
    """The gate that guards leaving a stage."""

    G1 = "G1"  # Concept -> Open: text, committee, criteria and rubric; locks them
    OPEN_CLOSE = "G-open"  # Open -> Screening: closing date reached, candidates present
    G2 = "G2"  # Screening -> Interviews: sheets complete, consensus, Rooney rule
    G3 = "G3"  # Interviews -> Decision: sheets complete, consensus
    G4 = "G4"  # Decision -> Closed: decision motivated, preference check


_GATE_OF = {
    Stage.CONCEPT: Gate.G1,
    Stage.OPEN: Gate.OPEN_CLOSE,
    Stage.SCREENING: Gate.G2,
    Stage.INTERVIEWS: Gate.G3,
    Stage.DECISION: Gate.G4,
}


class TransitionError(ValueError):
    """A move the state machine does not allow (a bug or a stale screen, not a policy finding)."""


def next_stage(stage: Stage) -> Stage:
    if stage is Stage.CLOSED:
        raise TransitionError("Een afgesloten procedure heeft geen volgende fase.")
    return _ORDER[stage.order + 1]


def gate_for(stage: Stage) -> Gate:
    """The gate to pass to leave ``stage``."""
    try:
        return _GATE_OF[stage]
    except KeyError:
        raise TransitionError("Een afgesloten procedure heeft geen poort meer.") from None


def can_restart(stage: Stage) -> bool:
    """Restart is the honest alternative to dropping a criterion: allowed before Decision."""
    return stage.order < Stage.DECISION.order and stage is not Stage.CONCEPT


def is_locked(stage: Stage) -> bool:
    """Criteria, questions and rubric are locked once the procedure has left Concept."""
    return stage is not Stage.CONCEPT


class DeviationType(StrEnum):
    COMMITTEE_NOT_COMPLIANT = "committee_not_compliant"
    CRITERIA_CHANGED_AFTER_LOCK = "criteria_changed_after_lock"
    QUESTION_SKIPPED = "question_skipped"
    SHEET_CHANGED_AFTER_SUBMISSION = "sheet_changed_after_submission"
    CONSENSUS_BEFORE_ALL_SHEETS = "consensus_before_all_sheets"
    ROONEY_NOT_MET = "rooney_not_met"
    PREFERENCE_NOT_APPLIED = "preference_not_applied"
    TEXT_WARNINGS_IGNORED = "text_warnings_ignored"
    TEXT_DISCRIMINATION_ACCEPTED = "text_discrimination_accepted"
    IDENTITY_REVEALED_EARLY = "identity_revealed_early"
    OTHER = "other"

    def label(self, lang: str = "nl") -> str:
        from bewustwerven.core.words import label

        return label(self, lang)


class DeviationStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class Role(StrEnum):
    """Application roles (a person can hold several)."""

    RECRUITER = "recruiter"
    MEMBER = "member"
    CHAIR = "chair"
    HR = "hr"
    ADMIN = "admin"

    def label(self, lang: str = "nl") -> str:
        from bewustwerven.core.words import label

        return label(self, lang)


class ScreeningOutcome(StrEnum):
    INVITE = "invite"
    RESERVE = "reserve"
    REJECT = "reject"


class InterviewOutcome(StrEnum):
    SUITABLE = "suitable"
    RESERVE = "reserve"
    NOT_SUITABLE = "not_suitable"


@dataclass(frozen=True, slots=True)
class StageProgress:
    """What the board shows: where a procedure is and what its next gate is."""

    stage: Stage
    gate: Gate | None
    next: Stage | None


def progress(stage: Stage) -> StageProgress:
    if stage is Stage.CLOSED:
        return StageProgress(stage, None, None)
    return StageProgress(stage, gate_for(stage), next_stage(stage))


# At screening, members score each criterion on the letter and CV with these anchors.
SCREENING_ANCHORS: dict[str, dict[int, str]] = {
    "nl": {
        1: "Geen aanwijzing in brief of cv",
        2: "Zwakke aanwijzing",
        3: "Enige aanwijzing, niet concreet",
        4: "Duidelijke aanwijzing",
        5: "Sterke, concrete aanwijzing met voorbeelden",
    },
    "en": {
        1: "No evidence in letter or CV",
        2: "Weak evidence",
        3: "Some evidence, not concrete",
        4: "Clear evidence",
        5: "Strong, concrete evidence with examples",
    },
}
