"""Plain data the services take and return: never ORM rows, never a Session."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from bewustwerven.core.findings import Finding
from bewustwerven.core.procedure import Gate, Stage


@dataclass(frozen=True, slots=True)
class QuestionInput:
    text: str
    anchors: dict[int, str] = field(default_factory=dict)
    key: str = ""


@dataclass(frozen=True, slots=True)
class CriterionInput:
    name: str
    questions: tuple[QuestionInput, ...] = ()
    knockout: bool = False
    weight: float = 1.0
    description: str = ""
    key: str = ""


@dataclass(frozen=True, slots=True)
class VacancyInput:
    title: str
    unit_code: str
    scale: int
    hours: int = 36
    location: str = "Amsterdam"
    text: str = ""
    closing_date: date | None = None


@dataclass(frozen=True, slots=True)
class SeatInput:
    login: str
    role: str  # CommitteeRole value


@dataclass(frozen=True, slots=True)
class ChannelInput:
    name: str
    diverse: bool = False


@dataclass(frozen=True, slots=True)
class Question:
    key: str
    text: str
    anchors: dict[int, str]
    position: int


@dataclass(frozen=True, slots=True)
class Criterion:
    key: str
    name: str
    description: str
    knockout: bool
    weight: float
    questions: tuple[Question, ...]


@dataclass(frozen=True, slots=True)
class Seat:
    login: str
    display_name: str
    role: str
    trained: bool


@dataclass(frozen=True, slots=True)
class ProcedureSummary:
    id: int
    title: str
    unit: str
    scale: int
    stage: Stage
    candidates: int
    blocks: int | None  # None: not evaluated (see ProcedureService.list)
    warnings: int | None
    pending_deviations: int


@dataclass(frozen=True, slots=True)
class ProcedureDetail:
    id: int
    title: str
    unit_code: str
    unit_name: str
    scale: int
    hours: int
    location: str
    text: str
    closing_date: date | None
    stage: Stage
    round: int
    profile: str
    owner: str
    locked: bool
    criteria: tuple[Criterion, ...]
    committee: tuple[Seat, ...]
    channels: tuple[ChannelInput, ...]
    candidates: int
    version: int


@dataclass(frozen=True, slots=True)
class Waiver:
    finding: Finding
    deviation_id: int


@dataclass(frozen=True, slots=True)
class GateReport:
    procedure_id: int
    gate: Gate | None
    stage: Stage
    next_stage: Stage | None
    findings: tuple[Finding, ...]
    waived: tuple[Waiver, ...] = ()

    @property
    def blocks(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.blocks)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "warn")

    @property
    def passable(self) -> bool:
        return self.gate is not None and not self.blocks


@dataclass(frozen=True, slots=True)
class AdvanceResult:
    advanced: bool
    stage: Stage
    report: GateReport
    message_nl: str = ""
    message_en: str = ""


@dataclass(frozen=True, slots=True)
class Deviation:
    id: int
    procedure_id: int
    procedure_title: str
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
class UserInfo:
    login: str
    display_name: str
    roles: tuple[str, ...]
    unit: str | None
    trained: bool
    active: bool
