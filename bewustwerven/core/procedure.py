"""The procedure as a state machine with gates (DESIGN.md §3).

Concept → Open → Screening → Interviews → Decision → Closed. Leaving a stage passes its
gate: the services collect the gate's findings; a ``block`` finding can only be passed
with an approved deviation for that rule. Restart is possible before Decision.
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
        return _LABELS[self][1 if lang == "en" else 0]


_ORDER = [
    Stage.CONCEPT,
    Stage.OPEN,
    Stage.SCREENING,
    Stage.INTERVIEWS,
    Stage.DECISION,
    Stage.CLOSED,
]
_LABELS = {
    Stage.CONCEPT: ("Concept", "Draft"),
    Stage.OPEN: ("Open", "Open"),
    Stage.SCREENING: ("Selectie op brief en cv", "Screening"),
    Stage.INTERVIEWS: ("Gesprekken", "Interviews"),
    Stage.DECISION: ("Besluit", "Decision"),
    Stage.CLOSED: ("Afgesloten", "Closed"),
}

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
    IDENTITY_REVEALED_EARLY = "identity_revealed_early"
    OTHER = "other"

    def label(self, lang: str = "nl") -> str:
        return _DEV_LABELS[self][1 if lang == "en" else 0]


_DEV_LABELS = {
    DeviationType.COMMITTEE_NOT_COMPLIANT: ("Commissie voldoet niet", "Committee not compliant"),
    DeviationType.CRITERIA_CHANGED_AFTER_LOCK: (
        "Criteria of vragen gewijzigd na vastzetten",
        "Criteria or questions changed after lock",
    ),
    DeviationType.QUESTION_SKIPPED: ("Vraag overgeslagen", "Question skipped"),
    DeviationType.SHEET_CHANGED_AFTER_SUBMISSION: (
        "Scoreformulier gewijzigd na indienen",
        "Score sheet changed after submission",
    ),
    DeviationType.CONSENSUS_BEFORE_ALL_SHEETS: (
        "Gezamenlijk oordeel voordat alle formulieren binnen waren",
        "Consensus before all sheets were in",
    ),
    DeviationType.ROONEY_NOT_MET: ("Rooney-regel niet gehaald", "Rooney rule not met"),
    DeviationType.PREFERENCE_NOT_APPLIED: (
        "Voorkeursbeleid niet toegepast",
        "Preference policy not applied",
    ),
    DeviationType.TEXT_WARNINGS_IGNORED: (
        "Waarschuwingen bij de vacaturetekst genegeerd",
        "Vacancy text warnings ignored",
    ),
    DeviationType.IDENTITY_REVEALED_EARLY: (
        "Identiteit te vroeg getoond",
        "Identity revealed early",
    ),
    DeviationType.OTHER: ("Andere afwijking", "Other deviation"),
}

# The deviation type that passes a blocking finding of a rule, by rule code prefix.
DEVIATION_FOR_RULE: dict[str, DeviationType] = {
    "COM-": DeviationType.COMMITTEE_NOT_COMPLIANT,
    "CRIT-": DeviationType.CRITERIA_CHANGED_AFTER_LOCK,
    "SCORE-COMPLETE": DeviationType.CONSENSUS_BEFORE_ALL_SHEETS,
    "SCORE-LOCK": DeviationType.SHEET_CHANGED_AFTER_SUBMISSION,
    "ROONEY": DeviationType.ROONEY_NOT_MET,
    "PREF": DeviationType.PREFERENCE_NOT_APPLIED,
    "TEXT-": DeviationType.TEXT_WARNINGS_IGNORED,
}


def deviation_type_for(rule_code: str) -> DeviationType:
    for prefix, dtype in DEVIATION_FOR_RULE.items():
        if rule_code.startswith(prefix):
            return dtype
    return DeviationType.OTHER


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
        return _ROLE_LABELS[self][1 if lang == "en" else 0]


_ROLE_LABELS = {
    Role.RECRUITER: ("W&S-adviseur", "Recruiter"),
    Role.MEMBER: ("Commissielid", "Committee member"),
    Role.CHAIR: ("Voorzitter", "Chair"),
    Role.HR: ("P&O-auditor", "HR auditor"),
    Role.ADMIN: ("Functioneel beheerder", "Administrator"),
}


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
