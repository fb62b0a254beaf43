"""Consensus per candidate and stage, and the decision: the chair's work."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from statistics import mean

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bewustwerven.core import clock
from bewustwerven.core.method import weighted_total
from bewustwerven.core.procedure import (
    SCORED_STAGES,
    InterviewOutcome,
    ScreeningOutcome,
    Stage,
)
from bewustwerven.core.rules import check_complete
from bewustwerven.core.snapshot import sheet_statuses
from bewustwerven.core.words import Funnel
from bewustwerven.services import access, snapshot
from bewustwerven.services import facts as F
from bewustwerven.services.base import Service
from bewustwerven.services.candidates import candidate_by_code
from bewustwerven.services.errors import ChangedMeanwhile, Forbidden, InvalidInput, StateError
from bewustwerven.store.db import Database
from bewustwerven.store.models import Candidate, Consensus, Decision, Procedure, Score, User

DISAGREEMENT = 2  # a spread of this many points or more between members is highlighted


@dataclass(frozen=True, slots=True)
class CriterionSpread:
    criterion_key: str
    criterion: str
    scores: dict[str, float]  # member login -> mean score on this criterion
    low: float | None
    high: float | None

    @property
    def disagreement(self) -> bool:
        return (
            self.low is not None and self.high is not None and self.high - self.low >= DISAGREEMENT
        )


@dataclass(frozen=True, slots=True)
class CandidateSpread:
    pseudonym: str
    criteria: tuple[CriterionSpread, ...]
    outcome: str | None
    total: float | None


@dataclass(frozen=True, slots=True)
class ConsensusView:
    procedure_id: int
    stage: Stage
    complete: bool
    candidates: tuple[CandidateSpread, ...]
    criteria: tuple[tuple[str, str, bool, float], ...]  # key, name, knockout, weight


@dataclass(frozen=True, slots=True)
class RecordedDecision:
    chosen: str | None
    motivation: str
    motivations: dict[str, str]
    preference_motivation: str
    tie_breaker: str
    ranked_equal: tuple[str, ...]
    decided_at: datetime


def _now() -> datetime:
    return clock.now()


class ConsensusService(Service):
    def _chair(self, session: Session, pid: int) -> Procedure:
        proc = access.load(session, pid)
        if access.seat_role(session, proc, self.actor) != "chair":
            raise Forbidden(
                "Alleen de voorzitter van de commissie legt het gezamenlijk oordeel vast.",
                "Only the committee's chair records the consensus.",
            )
        return proc

    def view(self, pid: int) -> ConsensusView:
        """The spread of scores per candidate and criterion, once all sheets are in."""
        with self.read() as session:
            proc = self._chair(session, pid)
            stage = Stage(proc.stage)
            if stage not in SCORED_STAGES:
                raise StateError(
                    "Er is nu geen gezamenlijk oordeel te geven.",
                    "There is no consensus to give now.",
                )
            profile = F.profile_of(session, proc)
            snap = snapshot.load(
                session, proc, self.db.cipher, profile, clock.today(), with_groups=False
            )
            statuses = sheet_statuses(snap, stage)
            complete = not check_complete(statuses, stage.value, profile)
            mine = [s for s in statuses if s.member == self.actor.login]
            if any(not s.submitted for s in mine):
                raise Forbidden(
                    "Dien eerst uw eigen formulieren in; daarna ziet u de scores van de anderen.",
                    "Submit your own sheets first; then you see the others' scores.",
                )
            crits = F.criteria_rows(session, proc)
            sheets = [
                s
                for s in F.current_sheets(session, proc, stage).values()
                if s.status == "submitted"
            ]
            logins = dict(session.execute(select(User.id, User.login)).all())
            by_sheet: dict[int, list[Score]] = {}
            if sheets:
                for sc in session.execute(
                    select(Score).where(Score.sheet_id.in_([s.id for s in sheets]))
                ).scalars():
                    by_sheet.setdefault(sc.sheet_id, []).append(sc)
            cons = F.consensus_rows(session, proc, stage)
            out = []
            for cand in F.pool(session, proc, stage):
                mine_sheets = [s for s in sheets if s.candidate_id == cand.id]
                spreads = []
                for c in crits:
                    per_member = {}
                    for s in mine_sheets:
                        vals = [
                            x.value
                            for x in by_sheet.get(s.id, [])
                            if x.criterion_key == c.key and x.value is not None
                        ]
                        if vals:
                            per_member[logins.get(s.member_id, "?")] = round(mean(vals), 2)
                    values = list(per_member.values())
                    spreads.append(
                        CriterionSpread(
                            c.key,
                            c.name,
                            per_member,
                            min(values) if values else None,
                            max(values) if values else None,
                        )
                    )
                existing = cons.get(cand.id)
                out.append(
                    CandidateSpread(
                        cand.pseudonym,
                        tuple(spreads),
                        existing.outcome if existing else None,
                        existing.total if existing else None,
                    )
                )
            return ConsensusView(
                pid,
                stage,
                complete,
                tuple(out),
                tuple((c.key, c.name, c.knockout, c.weight) for c in crits),
            )

    def record(
        self,
        pid: int,
        pseudonym: str,
        outcome: str,
        scores: Mapping[str, float],
        motivations: Mapping[str, str],
    ) -> bool:
        """Record (or change) the committee's judgement on one candidate. False when the
        same judgement was already recorded: nothing is written and no event is added."""
        with self.write() as session:
            proc = self._chair(session, pid)
            stage = Stage(proc.stage)
            if stage not in SCORED_STAGES:
                raise StateError(
                    "Er is nu geen gezamenlijk oordeel te geven.",
                    "There is no consensus to give now.",
                )
            allowed = {
                s.value
                for s in (ScreeningOutcome if stage is Stage.SCREENING else InterviewOutcome)
            }
            if outcome not in allowed:
                raise InvalidInput(
                    f"Kies een uitkomst uit: {', '.join(sorted(allowed))}.",
                    f"Choose an outcome from: {', '.join(sorted(allowed))}.",
                )
            cand = candidate_by_code(session, proc, pseudonym)
            if cand.id not in {c.id for c in F.pool(session, proc, stage)}:
                raise InvalidInput(
                    f"{pseudonym} doet niet mee in deze fase.", f"{pseudonym} is not in this stage."
                )
            crits = F.criteria_rows(session, proc)
            prof = F.profile_of(session, proc)
            missing = [
                c.name
                for c in crits
                if c.key not in scores or not (motivations.get(c.key) or "").strip()
            ]
            if missing:
                raise InvalidInput(
                    "Geef per criterium een score en een motivering. Ontbreekt: "
                    + ", ".join(missing),
                    "Give a score and a motivation per criterion. Missing: " + ", ".join(missing),
                )
            for c in crits:
                if not prof.scale_min <= scores[c.key] <= prof.scale_max:
                    raise InvalidInput(
                        f"Score voor '{c.name}' valt buiten de schaal.",
                        f"Score for '{c.name}' is outside the scale.",
                    )
            total = weighted_total({c.key: float(scores[c.key]) for c in crits}, crits)
            row = F.consensus_rows(session, proc, stage).get(cand.id)
            new_scores = {c.key: float(scores[c.key]) for c in crits}
            new_motivations = {c.key: motivations[c.key].strip() for c in crits}
            if (
                row is not None
                and row.outcome == outcome
                and row.scores == new_scores
                and row.motivations == new_motivations
            ):
                return False  # saved again unchanged: no second record in the trail
            if row is None:
                row = Consensus(
                    procedure_id=pid,
                    candidate_id=cand.id,
                    stage=stage.value,
                    round=proc.round,
                    decided_by=self.actor.user_id,
                    decided_at=_now(),
                    outcome=outcome,
                    total=total,
                    scores=new_scores,
                    motivations=new_motivations,
                )
                _insert_or_changed(self.db, session, row, pseudonym)
            row.outcome, row.total, row.decided_at = outcome, total, _now()
            row.scores = new_scores
            row.motivations = new_motivations
            self.event(
                session,
                "consensus.recorded",
                procedure_id=pid,
                candidate=pseudonym,
                stage=stage.value,
                outcome=outcome,
                total=total,
            )
        return True

    def decision(self, pid: int) -> RecordedDecision | None:
        """The decision as recorded so far (the chair's form shows it again)."""
        with self.read() as session:
            proc = access.readable(session, pid, self.actor)
            row = session.execute(
                select(Decision).where(Decision.procedure_id == proc.id)
            ).scalar_one_or_none()
            if row is None:
                return None
            chosen = (
                session.get(Candidate, row.chosen_candidate_id) if row.chosen_candidate_id else None
            )
            return RecordedDecision(
                chosen.pseudonym if chosen else None,
                row.motivation,
                dict(row.motivations),
                row.preference_motivation,
                row.tie_breaker,
                tuple(row.ranked_equal),
                row.decided_at,
            )

    def decide(
        self,
        pid: int,
        chosen: str,
        *,
        motivation: str,
        motivations: Mapping[str, str],
        preference_motivation: str = "",
        tie_breaker: str = "",
        ranked_equal: Sequence[str] = (),
    ) -> None:
        with self.write() as session:
            proc = self._chair(session, pid)
            if Stage(proc.stage) is not Stage.DECISION:
                raise StateError(
                    "Het besluit volgt na de gesprekken.",
                    "The decision comes after the interviews.",
                )
            cand = candidate_by_code(session, proc, chosen)
            interviewed = {c.pseudonym for c in F.pool(session, proc, Stage.INTERVIEWS)}
            if chosen not in interviewed:
                raise InvalidInput(
                    f"{chosen} heeft geen gesprek gehad.", f"{chosen} was not interviewed."
                )
            bad = [p for p in ranked_equal if p not in interviewed]
            if bad:
                raise InvalidInput(
                    f"Niet gesproken: {', '.join(bad)}.", f"Not interviewed: {', '.join(bad)}."
                )
            row = session.execute(
                select(Decision).where(Decision.procedure_id == pid)
            ).scalar_one_or_none()
            if row is None:
                row = Decision(procedure_id=pid, decided_by=self.actor.user_id, decided_at=_now())
                session.add(row)
            row.chosen_candidate_id, row.motivation = cand.id, motivation.strip()
            row.motivations = {k: v.strip() for k, v in motivations.items()}
            row.preference_motivation = preference_motivation.strip()
            row.tie_breaker, row.ranked_equal = tie_breaker.strip(), list(ranked_equal)
            row.decided_by, row.decided_at = self.actor.user_id, _now()
            cand.funnel = Funnel.OFFERED.value
            self.event(
                session,
                "decision.recorded",
                procedure_id=pid,
                chosen=chosen,
                ranked_equal=list(ranked_equal),
                preference_motivation=bool(preference_motivation.strip()),
            )


__all__ = ["CandidateSpread", "ConsensusService", "ConsensusView", "CriterionSpread"]


def _insert_or_changed(db: Database, session: Session, row: Consensus, pseudonym: str) -> None:
    """Insert the first consensus for a candidate, stage and round. When another
    transaction inserted one meanwhile (the unique constraint of 0001), say who; nothing of
    this call is saved (the failed insert rolls the whole transaction back)."""
    session.add(row)
    try:
        session.flush()
    except IntegrityError:
        with db.read() as other:  # a connection of its own: this transaction is spoilt
            by = other.execute(
                select(User.login)
                .join(Consensus, Consensus.decided_by == User.id)
                .where(
                    Consensus.candidate_id == row.candidate_id,
                    Consensus.stage == row.stage,
                    Consensus.round == row.round,
                )
            ).scalar_one_or_none()
        raise ChangedMeanwhile(
            f"{by or 'Iemand anders'} heeft intussen een gezamenlijk oordeel over {pseudonym} "
            "vastgelegd. Er is niets opgeslagen. Laad het opnieuw en bekijk het voordat u het "
            "wijzigt.",
            f"{by or 'Someone else'} recorded a consensus on {pseudonym} meanwhile. Nothing "
            "was saved. Reload it and look at it before you change it.",
        ) from None
