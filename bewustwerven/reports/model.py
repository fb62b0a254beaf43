"""Plain data the report builders read: no ORM rows, no sessions, no services.

The reporting service (``bewustwerven.services.reporting``) fills these; the builders in
this package turn them into PDF, CSV and XLSX. Everything here is already safe to print
for the person who asked: small counts are hidden (None) and identities are left out
when that person may not see them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

#: A figure in a table. None means "not shown": hidden to protect privacy, or not
#: computable (nobody to count). Reports print one mark for both.
Cell = str | int | float | None


@dataclass(frozen=True, slots=True)
class AuditHead:
    """The head of the audit trail when the report's data was read."""

    seq: int
    hash: str
    taken_at: datetime
    key_id: str | None = None  # fingerprint of the key that signs the trail (None: unsigned)


@dataclass(frozen=True, slots=True)
class ReportHeader:
    """What every page says about the report."""

    organisation: str
    profile: str  # policy profile label, e.g. "amsterdam v1"
    period_from: date | None
    period_to: date | None
    generated_at: datetime
    generated_by: str
    audit: AuditHead | None
    min_count: int


# -- procedure dossier ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Seat:
    login: str
    display_name: str
    role: str
    trained: bool


@dataclass(frozen=True, slots=True)
class CheckFinding:
    """A rule's finding as printed: code, severity and the message in both languages."""

    code: str
    severity: str
    message_nl: str
    message_en: str
    waived_by: int | None = None

    def message(self, lang: str) -> str:
        return self.message_en if lang == "en" else self.message_nl


@dataclass(frozen=True, slots=True)
class Question:
    key: str
    text: str
    anchors: Mapping[int, str]


@dataclass(frozen=True, slots=True)
class Criterion:
    key: str
    name: str
    description: str
    knockout: bool
    weight: float
    questions: tuple[Question, ...]


@dataclass(frozen=True, slots=True)
class StageSpan:
    """One stage the procedure went through: from when, until when (None: still in it)."""

    stage: str
    entered_at: datetime
    left_at: datetime | None
    by: str


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    at: datetime
    actor: str
    action: str
    detail: str


@dataclass(frozen=True, slots=True)
class SheetEntry:
    """One submitted (or amended) score sheet: who scored which pseudonym, and when."""

    stage: str
    member: str
    pseudonym: str
    version: int
    status: str
    submitted_at: datetime | None
    amend_reason: str


@dataclass(frozen=True, slots=True)
class ConsensusEntry:
    stage: str
    pseudonym: str
    outcome: str
    total: float | None
    scores: Mapping[str, float]
    motivations: Mapping[str, str]
    decided_by: str
    decided_at: datetime


@dataclass(frozen=True, slots=True)
class DecisionEntry:
    chosen: str | None
    chosen_name: str | None  # identity: only in dossiers for HR, admin and the recruiter
    motivation: str
    motivations: Mapping[str, str]
    preference_motivation: str
    tie_breaker: str
    ranked_equal: tuple[str, ...]
    decided_by: str
    decided_at: datetime


@dataclass(frozen=True, slots=True)
class RuleCheck:
    """The Rooney or preference check: whether it applied and what came of it.

    ``outcome``: "not_applicable", "passed", "waived", "blocked" or "pending".
    ``facts`` holds counts (empty in a committee member's dossier).
    """

    code: str
    applies: bool
    outcome: str
    findings: tuple[CheckFinding, ...]
    facts: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class DeviationEntry:
    id: int
    type: str
    rule_code: str
    stage: str
    justification: str
    status: str
    requested_by: str
    requested_at: datetime
    decided_by: str | None
    decided_at: datetime | None
    comment: str
    used: bool


@dataclass(frozen=True, slots=True)
class Leniency:
    rater: str
    mean_difference: float | None
    shared_units: int


@dataclass(frozen=True, slots=True)
class StageReliability:
    """Krippendorff's alpha (ordinal) of one stage's ratings, and each rater's leniency."""

    stage: str
    alpha: float | None
    flagged: bool
    raters: int
    pairable_units: int
    no_alpha_reason: str | None
    leniency: tuple[Leniency, ...]


@dataclass(frozen=True, slots=True)
class DossierData:
    header: ReportHeader
    procedure_id: int
    title: str
    unit_code: str
    unit_name: str
    scale: int
    stage: str
    round: int
    owner: str
    created_at: datetime
    closing_date: date | None
    locked_at: datetime | None
    closed_at: datetime | None
    candidates: int
    committee: tuple[Seat, ...]
    committee_findings: tuple[CheckFinding, ...]
    criteria: tuple[Criterion, ...]
    stages: tuple[StageSpan, ...]
    timeline: tuple[TimelineEntry, ...]
    sheets: tuple[SheetEntry, ...]
    consensus: tuple[ConsensusEntry, ...]
    decision: DecisionEntry | None
    checks: tuple[RuleCheck, ...]
    deviations: tuple[DeviationEntry, ...]
    reliability: tuple[StageReliability, ...]
    with_identities: bool


# -- organisation report --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UnitCompliance:
    """Compliance with the method in one unit (counts of procedures, not of people)."""

    unit: str
    unit_name: str
    procedures: int
    without_unapproved_deviation: int
    rooney_applicable: int
    rooney_compliant: int
    texts_checked: int
    texts_without_block: int
    median_days: Mapping[str, float | None]  # stage -> median days spent in it
    deviations_by_type: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class FunnelStep:
    """One group at one step of the funnel, after suppression (None = not shown)."""

    group: str
    considered: int | None
    selected: int | None
    rate: float | None
    impact_ratio: float | None
    adverse_impact: bool | None
    fisher_p: float | None
    shortfall: float | None


@dataclass(frozen=True, slots=True)
class FunnelTransition:
    from_stage: str
    to_stage: str
    considered: int | None
    selected: int | None
    overall_rate: float | None
    reference_group: str | None
    groups: tuple[FunnelStep, ...]


@dataclass(frozen=True, slots=True)
class CountTable:
    """A suppressed count table: rows × columns with totals; None = hidden."""

    key: str
    row_dim: str
    col_dim: str
    row_labels: tuple[str, ...]
    col_labels: tuple[str, ...]
    cells: tuple[tuple[int | None, ...], ...]
    row_totals: tuple[int | None, ...]
    col_totals: tuple[int | None, ...]
    grand_total: int | None
    cumulative: bool = False


@dataclass(frozen=True, slots=True)
class TargetLine:
    """One target figure for one unit (``unit`` "" = whole organisation), suppressed."""

    unit: str
    measure: str  # "origin" or "under_35"
    hires: int | None
    known: int | None
    in_group: int | None
    share: float | None
    target: float
    meets_target: bool | None


@dataclass(frozen=True, slots=True)
class ReliabilitySummary:
    """Rater reliability over many committees of one unit (no figure about one rater)."""

    unit: str
    stage: str
    assessed: int  # procedure stages with an alpha
    raters: int  # distinct raters behind these figures
    median_alpha: float | None
    flagged: int | None
    shown: bool  # False: fewer raters than the threshold, figures hidden


@dataclass(frozen=True, slots=True)
class OrgReportData:
    header: ReportHeader
    units: tuple[tuple[str, str], ...]  # (code, name) in scope
    procedures: int
    compliance: tuple[UnitCompliance, ...]
    stages: tuple[str, ...]  # funnel stages, in order
    group_funnel: CountTable
    unit_funnel: CountTable
    transitions: tuple[FunnelTransition, ...]
    channels: CountTable
    channel_selected: CountTable
    targets: tuple[TargetLine, ...]
    target_tables: tuple[CountTable, ...]
    reliability: tuple[ReliabilitySummary, ...]
    score_spread: Mapping[str, tuple[int | None, ...]]  # stage -> count per score value
    score_values: tuple[int, ...]
    target_scale: int = 12
    notes: tuple[str, ...] = field(default_factory=tuple)
    complaints: CountTable | None = None  # per unit: answered in time or not (issue 7)
