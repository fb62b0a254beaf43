"""One procedure as the rules see it: a frozen snapshot, read once by the services.

``services/snapshot.py`` fills it in one batch inside a transaction; the gate tables in
:mod:`bewustwerven.core.registry` read only this. The functions below derive the plain
facts the rule modules take (sheets expected, the shortlist, the decision) so that no
service computes them its own way.

Target-group membership is held per candidate but used only as a count: rules that the
chair sees (ROONEY) say how many, never who.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from bewustwerven.core import method
from bewustwerven.core.facts import (
    ChannelFacts,
    CommitteeFacts,
    CommitteeRole,
    ConflictFacts,
    CriterionFacts,
    DecisionCandidate,
    DecisionFacts,
    SheetStatus,
    ShortlistCandidate,
)
from bewustwerven.core.procedure import DeviationStatus, DeviationType, ScreeningOutcome, Stage
from bewustwerven.core.words import Funnel, SheetState

SCORING_ROLES = (CommitteeRole.CHAIR, CommitteeRole.MEMBER)


@dataclass(frozen=True, slots=True)
class CandidateSnap:
    id: int
    pseudonym: str
    funnel: Funnel
    revealed: bool = False
    in_target_group: bool | None = None  # None: unknown; a count-safe fact, never shown


@dataclass(frozen=True, slots=True)
class SeatSnap:
    user_id: int
    login: str
    role: CommitteeRole


@dataclass(frozen=True, slots=True)
class ConsensusSnap:
    candidate_id: int
    stage: Stage
    outcome: str
    scores: Mapping[str, float | None] = field(default_factory=dict)
    total: float | None = None


@dataclass(frozen=True, slots=True)
class SheetSnap:
    """A current (draft or submitted) sheet of this round."""

    id: int
    member_id: int
    candidate_id: int
    stage: Stage
    status: SheetState
    version: int = 1
    deviation_id: int | None = None
    deviation_status: DeviationStatus | None = None


@dataclass(frozen=True, slots=True)
class DecisionSnap:
    chosen_id: int | None
    motivation: str = ""
    motivations: Mapping[str, str] = field(default_factory=dict)
    preference_motivation: str = ""
    tie_breaker: str = ""
    ranked_equal: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DeviationSnap:
    """An approved deviation not used yet, of this stage and round."""

    id: int
    type: DeviationType
    rule_code: str


@dataclass(frozen=True, slots=True)
class ProcedureSnapshot:
    procedure_id: int
    stage: Stage
    round: int
    scale: int
    today: date
    closing_date: date | None = None
    vacancy_text: str = ""
    hours: int | None = None  # the form's fields, elements of the text check
    location: str | None = None
    scale_range: tuple[int, int] = (1, 5)  # the scoring scale of the profile
    criteria: tuple[CriterionFacts, ...] = ()
    committee: CommitteeFacts = field(default_factory=lambda: CommitteeFacts((), "", 0))
    seats: tuple[SeatSnap, ...] = ()
    channels: tuple[ChannelFacts, ...] = ()
    candidates: tuple[CandidateSnap, ...] = ()
    consensus: tuple[ConsensusSnap, ...] = ()
    sheets: tuple[SheetSnap, ...] = ()
    conflicts: frozenset[tuple[int, int]] = frozenset()  # (member id, candidate id)
    decision: DecisionSnap | None = None
    deviations: tuple[DeviationSnap, ...] = ()

    def consensus_in(self, stage: Stage) -> dict[int, ConsensusSnap]:
        return {c.candidate_id: c for c in self.consensus if c.stage is stage}

    def pool(self, stage: Stage) -> list[CandidateSnap]:
        """The candidates scored in ``stage`` (see :func:`method.pool`), by pseudonym."""
        cands = sorted(self.candidates, key=lambda c: c.pseudonym)
        outcomes = {c.candidate_id: c.outcome for c in self.consensus_in(Stage.SCREENING).values()}
        ids = set(method.pool(stage, [c.id for c in cands], outcomes))
        return [c for c in cands if c.id in ids]


def sheet_statuses(snap: ProcedureSnapshot, stage: Stage) -> list[SheetStatus]:
    """Every sheet expected in ``stage``: scoring seat x pooled candidate, minus conflicts."""
    submitted = {
        (s.member_id, s.candidate_id)
        for s in snap.sheets
        if s.stage is stage and s.status is SheetState.SUBMITTED
    }
    seats = sorted((s for s in snap.seats if s.role in SCORING_ROLES), key=lambda s: s.login)
    return [
        SheetStatus(seat.login, cand.pseudonym, (seat.user_id, cand.id) in submitted)
        for seat in seats
        for cand in snap.pool(stage)
        if (seat.user_id, cand.id) not in snap.conflicts
    ]


def conflict_facts(snap: ProcedureSnapshot) -> list[ConflictFacts]:
    logins = {s.user_id: s.login for s in snap.seats}
    codes = {c.id: c.pseudonym for c in snap.candidates}
    submitted = {
        (s.member_id, s.candidate_id) for s in snap.sheets if s.status is SheetState.SUBMITTED
    }
    return [
        ConflictFacts(logins.get(m, str(m)), codes.get(c, str(c)), (m, c) in submitted)
        for m, c in sorted(snap.conflicts)
    ]


def scale_of(snap: ProcedureSnapshot) -> tuple[int, int]:
    return snap.scale_range


def shortlist(snap: ProcedureSnapshot) -> list[ShortlistCandidate]:
    cons = snap.consensus_in(Stage.SCREENING)
    out = []
    for c in snap.pool(Stage.SCREENING):
        row = cons.get(c.id)
        out.append(
            ShortlistCandidate(
                c.pseudonym,
                method.meets_knockouts(
                    row.scores if row else None, snap.criteria, snap.scale_range
                ),
                c.in_target_group,
                row is not None and row.outcome == ScreeningOutcome.INVITE.value,
            )
        )
    return out


def decision_facts(snap: ProcedureSnapshot) -> DecisionFacts:
    cons = snap.consensus_in(Stage.INTERVIEWS)
    d = snap.decision
    equal = d.ranked_equal if d else ()
    cands = []
    for cand in snap.pool(Stage.INTERVIEWS):
        c = cons.get(cand.id)
        cands.append(
            DecisionCandidate(
                cand.pseudonym,
                method.suitable(
                    c.outcome if c else None,
                    c.scores if c else None,
                    snap.criteria,
                    snap.scale_range,
                ),
                c.total if c else None,
                cand.in_target_group,
                d is not None and cand.id == d.chosen_id,
                tuple(p for p in equal if p != cand.pseudonym) if cand.pseudonym in equal else (),
            )
        )
    return DecisionFacts(
        snap.scale,
        tuple(cands),
        motivation=d.motivation if d else "",
        preference_motivation=d.preference_motivation if d else "",
        tie_breaker=d.tie_breaker if d else "",
    )
