"""The domain words as enums, with their labels in Dutch and English in one place.

Every enum is a ``StrEnum``: its value is the string stored in the database and compared
in code, so ``Funnel.OFFERED == "offered"`` holds and stored rows need no migration.
:func:`label` gives the word a user reads; the UI, the reports and the CLI all use it.
The glossary in ``docs/method.md`` lists the same words.
"""

from __future__ import annotations

from enum import StrEnum

from bewustwerven.core.facts import CommitteeRole
from bewustwerven.core.procedure import DeviationStatus, DeviationType, Role, Stage


class Funnel(StrEnum):
    """The furthest step a candidate reached. Rejection keeps the step it happened in."""

    APPLIED = "applied"
    INVITED = "invited"
    INTERVIEWED = "interviewed"
    OFFERED = "offered"
    HIRED = "hired"

    @property
    def rank(self) -> int:
        """0 applied, 1 invited, 2 interviewed, 3 offered or hired (one step in reports)."""
        return min(list(Funnel).index(self), 3)


# The funnel steps a candidate is invited to interview at, or past.
INVITED_OR_LATER = frozenset({Funnel.INVITED, Funnel.INTERVIEWED, Funnel.OFFERED, Funnel.HIRED})


class SheetState(StrEnum):
    """A score sheet: filled in, sealed, replaced by a new version, or put away by a restart."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    SUPERSEDED = "superseded"
    ARCHIVED = "archived"


# The sheets that count: the current draft or the sealed one.
CURRENT_SHEETS = (SheetState.DRAFT, SheetState.SUBMITTED)

SeatRole = CommitteeRole

_LABELS: dict[StrEnum, tuple[str, str]] = {
    Stage.CONCEPT: ("Concept", "Draft"),
    Stage.OPEN: ("Open", "Open"),
    Stage.SCREENING: ("Selectie op brief en cv", "Screening"),
    Stage.INTERVIEWS: ("Gesprekken", "Interviews"),
    Stage.DECISION: ("Besluit", "Decision"),
    Stage.CLOSED: ("Afgesloten", "Closed"),
    Funnel.APPLIED: ("gesolliciteerd", "applied"),
    Funnel.INVITED: ("uitgenodigd", "invited"),
    Funnel.INTERVIEWED: ("gesprek gehad", "interviewed"),
    Funnel.OFFERED: ("aanbod gedaan", "offered"),
    Funnel.HIRED: ("aangenomen", "hired"),
    SheetState.DRAFT: ("concept", "draft"),
    SheetState.SUBMITTED: ("ingediend", "submitted"),
    SheetState.SUPERSEDED: ("vervangen", "superseded"),
    SheetState.ARCHIVED: ("gearchiveerd", "archived"),
    CommitteeRole.CHAIR: ("voorzitter", "chair"),
    CommitteeRole.MEMBER: ("commissielid", "committee member"),
    CommitteeRole.HR: ("W&S-adviseur", "HR adviser"),
    Role.RECRUITER: ("W&S-adviseur", "Recruiter"),
    Role.MEMBER: ("Commissielid", "Committee member"),
    Role.CHAIR: ("Voorzitter", "Chair"),
    Role.HR: ("P&O-auditor", "HR auditor"),
    Role.ADMIN: ("Functioneel beheerder", "Administrator"),
    DeviationStatus.PENDING: ("aangevraagd", "pending"),
    DeviationStatus.APPROVED: ("goedgekeurd", "approved"),
    DeviationStatus.REJECTED: ("afgewezen", "rejected"),
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
    DeviationType.TEXT_DISCRIMINATION_ACCEPTED: (
        "Leeftijdsgrens of moedertaaleis in de vacaturetekst toegestaan",
        "Age limit or mother-tongue requirement in the vacancy text allowed",
    ),
    DeviationType.IDENTITY_REVEALED_EARLY: (
        "Identiteit te vroeg getoond",
        "Identity revealed early",
    ),
    DeviationType.OTHER: ("Andere afwijking", "Other deviation"),
}


def label(word: StrEnum, lang: str = "nl") -> str:
    """The word a reader sees, in ``lang`` ("nl" or "en")."""
    nl, en = _LABELS[word]
    return en if lang == "en" else nl


def labelled(enum: type[StrEnum]) -> bool:
    """Whether every member of ``enum`` has a label (a test checks all domain enums)."""
    return all(m in _LABELS for m in enum)


DOMAIN_ENUMS: tuple[type[StrEnum], ...] = (
    Stage,
    Funnel,
    SheetState,
    CommitteeRole,
    Role,
    DeviationStatus,
    DeviationType,
)


# The domain's nouns: the name in code, the Dutch word in the UI, the English word in the
# UI. They are not enums (they name tables and dataclasses), but keep one name everywhere;
# ``docs/method.md`` prints this table (``scripts/method_tables.py``).
NOUNS: tuple[tuple[str, str, str], ...] = (
    ("Vacancy", "vacature", "vacancy"),
    ("Procedure", "selectieprocedure", "procedure"),
    ("Stage", "fase", "stage"),
    ("Gate", "poort", "gate"),
    ("Criterion", "criterium", "criterion"),
    ("Question", "vraag", "question"),
    ("Question.anchors", "beoordelingsschaal", "rubric"),
    ("CommitteeSeat", "plaats in de selectiecommissie", "committee seat"),
    ("Channel", "wervingskanaal", "recruitment channel"),
    ("Candidate", "kandidaat", "candidate"),
    ("Candidate.pseudonym", "kandidaatcode", "candidate code"),
    ("Conflict", "belangenconflict", "conflict of interest"),
    ("ScoreSheet", "scoreformulier", "score sheet"),
    ("Consensus", "gezamenlijk oordeel", "consensus"),
    ("Decision", "besluit", "decision"),
    ("DeviationRow", "afwijking", "deviation"),
    ("Finding", "bevinding", "finding"),
    ("PolicyProfile", "beleidsprofiel", "policy profile"),
    ("AuditEvent", "auditgebeurtenis (in het auditspoor)", "audit event (in the audit trail)"),
    ("SelfIdentification", "zelfidentificatie", "self-identification"),
    ("TargetGroup", "doelgroep", "target group"),
    ("restart", "herstart", "restart"),
)
