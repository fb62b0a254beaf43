"""Vacancies and procedures: set-up, gates, advancing, restart."""

from __future__ import annotations

import builtins
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bewustwerven.core import clock
from bewustwerven.core.procedure import (
    Role,
    Stage,
    can_restart,
    is_locked,
)
from bewustwerven.core.words import Funnel
from bewustwerven.services import access, gates
from bewustwerven.services import facts as F
from bewustwerven.services.base import Service
from bewustwerven.services.dto import (
    AdvanceResult,
    ChannelInput,
    CriterionInput,
    GateReport,
    ProcedureDetail,
    ProcedureSummary,
    QuestionInput,
    Seat,
    VacancyInput,
)
from bewustwerven.services.dto import (
    Criterion as CriterionDTO,
)
from bewustwerven.services.dto import (
    Question as QuestionDTO,
)
from bewustwerven.services.errors import InvalidInput, StateError
from bewustwerven.services.users import unit_by_code
from bewustwerven.store.models import (
    Candidate,
    Channel,
    CommitteeSeat,
    Consensus,
    Criterion,
    Decision,
    DeviationRow,
    PolicyProfileRow,
    Procedure,
    Question,
    ScoreSheet,
    StageChange,
    Unit,
    User,
    Vacancy,
)

Clock = Callable[[], datetime]


def _now() -> datetime:  # the services' clock; tests replace it
    return clock.now()


def _slug(text: str, taken: set[str], prefix: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:24] or prefix
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    taken.add(key)
    return key


class ProcedureService(Service):
    clock: Clock = staticmethod(_now)

    # -- creating and editing ---------------------------------------------------------
    def create(self, vacancy: VacancyInput, *, profile: str = "amsterdam") -> int:
        self.require(Role.RECRUITER)
        _validate_vacancy(vacancy)
        with self.write() as session:
            unit = unit_by_code(session, vacancy.unit_code)
            prof = session.execute(
                select(PolicyProfileRow)
                .where(PolicyProfileRow.name == profile)
                .order_by(PolicyProfileRow.version.desc())
                .limit(1)
            ).scalar_one_or_none()
            if prof is None:
                raise InvalidInput(
                    f"Beleidsprofiel '{profile}' is niet geladen.",
                    f"Policy profile '{profile}' is not loaded.",
                )
            v = Vacancy(
                title=vacancy.title.strip(),
                unit_id=unit.id,
                scale=vacancy.scale,
                hours=vacancy.hours,
                location=vacancy.location,
                text=vacancy.text,
                closing_date=vacancy.closing_date,
            )
            session.add(v)
            session.flush()
            now = self.clock()
            proc = Procedure(
                vacancy_id=v.id,
                stage=Stage.CONCEPT.value,
                profile_id=prof.id,
                round=1,
                created_by=self.actor.user_id,
                created_at=now,
                stage_since=now,
            )
            session.add(proc)
            session.flush()
            self.event(
                session,
                "procedure.created",
                procedure_id=proc.id,
                title=v.title,
                scale=v.scale,
                unit=unit.code,
                profile=f"{prof.name} v{prof.version}",
            )
            return proc.id

    # -- reading ----------------------------------------------------------------------
    def list(self, *, with_findings: bool = True) -> list[ProcedureSummary]:
        """The procedures this user may see. Without ``with_findings`` it is one quick query
        (blocks and warnings are None): a long list paints at once and fills those two columns
        later from :meth:`open_findings`."""
        with self.read() as session:
            q = (
                select(Procedure.id, Vacancy.title, Unit.code, Vacancy.scale, Procedure.stage)
                .join(Vacancy, Procedure.vacancy_id == Vacancy.id)
                .join(Unit, Vacancy.unit_id == Unit.id)
                .order_by(Procedure.id)
            )
            if not self.actor.has(Role.HR, Role.ADMIN):
                mine = select(CommitteeSeat.procedure_id).where(
                    CommitteeSeat.user_id == self.actor.user_id
                )
                q = q.where((Procedure.created_by == self.actor.user_id) | Procedure.id.in_(mine))
            rows = session.execute(q).all()
            counts = dict(
                session.execute(
                    select(Candidate.procedure_id, func.count(Candidate.id)).group_by(
                        Candidate.procedure_id
                    )
                ).all()
            )
            pending = dict(
                session.execute(
                    select(DeviationRow.procedure_id, func.count(DeviationRow.id))
                    .where(DeviationRow.status == "pending")
                    .group_by(DeviationRow.procedure_id)
                ).all()
            )
            found = self._open_findings(session, [r[0] for r in rows]) if with_findings else {}
            return [
                ProcedureSummary(
                    pid,
                    title,
                    code,
                    scale,
                    Stage(stage),
                    counts.get(pid, 0),
                    *_counts(found, pid, with_findings),
                    pending.get(pid, 0),
                )
                for pid, title, code, scale, stage in rows
            ]

    def open_findings(self, pids: Sequence[int]) -> dict[int, tuple[int, int]]:
        """Blocks and warnings at each procedure's next gate (closed ones have none)."""
        with self.read() as session:
            for pid in pids:
                access.readable(session, pid, self.actor)
            return self._open_findings(session, list(pids))

    def _open_findings(
        self, session: Session, pids: builtins.list[int]
    ) -> dict[int, tuple[int, int]]:
        """Blocks and warnings of each procedure's next gate, evaluated now."""
        today = self.clock().date()
        out: dict[int, tuple[int, int]] = {}
        for proc in session.execute(select(Procedure).where(Procedure.id.in_(pids))).scalars():
            if proc.stage == Stage.CLOSED.value:
                continue
            report = gates.evaluate(
                session, proc, self.db.cipher, F.profile_of(session, proc), today
            )
            out[proc.id] = (len(report.blocks), len(report.warnings))
        return out

    def show(self, pid: int) -> ProcedureDetail:
        with self.read() as session:
            proc = access.readable(session, pid, self.actor)
            return _detail(session, proc)

    def gate(self, pid: int, *, today: date | None = None) -> GateReport:
        with self.read() as session:
            proc = access.readable(session, pid, self.actor)
            return gates.evaluate(
                session,
                proc,
                self.db.cipher,
                F.profile_of(session, proc),
                today or self.clock().date(),
            )

    # -- moving on --------------------------------------------------------------------
    def advance(
        self, pid: int, *, acknowledge_warnings: bool = False, expected_version: int | None = None
    ) -> AdvanceResult:
        now = self.clock()
        with self.write() as session:
            proc = access.steerable(session, pid, self.actor)
            if expected_version is not None and proc.version_id != expected_version:
                from bewustwerven.services.errors import ChangedMeanwhile

                raise ChangedMeanwhile(
                    "De procedure is intussen gewijzigd. Bekijk de poort opnieuw.",
                    "The procedure changed meanwhile. Review the gate again.",
                )
            report = gates.evaluate(
                session, proc, self.db.cipher, F.profile_of(session, proc), now.date()
            )
            stage = Stage(proc.stage)
            if report.gate is None or report.next_stage is None:
                raise StateError("Deze procedure is al afgesloten.", "This procedure is closed.")
            if report.blocks:
                return AdvanceResult(
                    False,
                    stage,
                    report,
                    "De poort is dicht: los de blokkerende bevindingen op of "
                    "vraag een afwijking aan.",
                    "The gate is closed: resolve the blocking findings or request a deviation.",
                )
            if report.warnings and not acknowledge_warnings:
                return AdvanceResult(
                    False,
                    stage,
                    report,
                    "Er zijn waarschuwingen. Lees ze en bevestig dat u verder wilt.",
                    "There are warnings. Read them and confirm that you want to go on.",
                )
            for w in report.waived:
                dev = session.get(DeviationRow, w.deviation_id)
                if dev is not None and dev.used_at is None:
                    dev.used_at = now
            target = report.next_stage
            if stage is Stage.CONCEPT:
                proc.locked_at = now
                proc.text_warnings_acknowledged = bool(report.warnings)
            if target is Stage.CLOSED:
                proc.closed_at = now
            _move_funnel(session, proc, target)
            proc.stage, proc.stage_since = target.value, now
            session.add(
                StageChange(
                    procedure_id=pid,
                    from_stage=stage.value,
                    to_stage=target.value,
                    at=now,
                    by_user=self.actor.user_id,
                    findings=[f.to_dict() for f in report.findings]
                    + [dict(w.finding.to_dict(), waived_by=w.deviation_id) for w in report.waived],
                )
            )
            self.event(
                session,
                "procedure.advanced",
                procedure_id=pid,
                gate=report.gate.value,
                **{"from": stage.value, "to": target.value},
                warnings=[f.code for f in report.warnings],
                waived=[[w.finding.code, w.deviation_id] for w in report.waived],
            )
            return AdvanceResult(True, target, report)

    def restart(self, pid: int, reason: str) -> int:
        """Archive all sheets and consensus, open a new version of criteria and questions,
        and send the procedure back to Concept. Returns the new round."""
        if not reason.strip():
            raise InvalidInput("Geef een reden voor de herstart.", "Give a reason for the restart.")
        now = self.clock()
        with self.write() as session:
            proc = access.steerable(session, pid, self.actor)
            stage = Stage(proc.stage)
            if not can_restart(stage):
                raise StateError(
                    f"Herstarten kan alleen vóór het besluit en na de conceptfase (nu: "
                    f"{stage.label('nl')}).",
                    f"Restart is only possible before the decision and after the draft stage "
                    f"(now: {stage.label('en')}).",
                )
            archived = 0
            for sheet in session.execute(
                select(ScoreSheet).where(
                    ScoreSheet.procedure_id == pid,
                    ScoreSheet.round == proc.round,
                    ScoreSheet.status.in_(("draft", "submitted")),
                )
            ).scalars():
                sheet.status = "archived"
                archived += 1
            for cons in session.execute(
                select(Consensus).where(
                    Consensus.procedure_id == pid, Consensus.round == proc.round
                )
            ).scalars():
                cons.archived = True
            old = [
                CriterionInput(
                    c.name,
                    tuple(
                        QuestionInput(q.text, {int(k): v for k, v in q.anchors.items()}, q.key)
                        for q in F.questions_by_criterion(session, [c.id])[c.id]
                    ),
                    c.knockout,
                    c.weight,
                    c.description,
                    c.key,
                )
                for c in F.criteria_rows(session, proc)
            ]
            proc.round += 1
            _add_criteria(session, proc, old)
            for cand in session.execute(
                select(Candidate).where(Candidate.procedure_id == pid)
            ).scalars():
                cand.funnel = Funnel.APPLIED.value
            proc.stage, proc.stage_since, proc.locked_at = Stage.CONCEPT.value, now, None
            session.add(
                StageChange(
                    procedure_id=pid,
                    from_stage=stage.value,
                    to_stage=Stage.CONCEPT.value,
                    at=now,
                    by_user=self.actor.user_id,
                    findings=[],
                )
            )
            self.event(
                session,
                "procedure.restarted",
                procedure_id=pid,
                reason=reason,
                from_stage=stage.value,
                round=proc.round,
                sheets_archived=archived,
            )
            return proc.round


def _validate_vacancy(v: VacancyInput) -> None:
    if not v.title.strip():
        raise InvalidInput("Geef de vacature een titel.", "Give the vacancy a title.")
    if not 1 <= v.scale <= 18:
        raise InvalidInput(
            f"Schaal {v.scale} bestaat niet: kies 1 tot en met 18.",
            f"Scale {v.scale} does not exist: choose 1 to 18.",
        )
    if not 1 <= v.hours <= 40:
        raise InvalidInput(
            "Het aantal uren per week ligt tussen 1 en 40.",
            "Hours per week must be between 1 and 40.",
        )


def _require_concept(proc: Procedure) -> None:
    if is_locked(Stage(proc.stage)):
        raise StateError(
            "De procedure is vastgezet; wijzigen kan alleen via een herstart of een "
            "goedgekeurde afwijking.",
            "The procedure is locked; changes need a restart or an approved deviation.",
        )


def _add_criteria(session: Session, proc: Procedure, criteria: Sequence[CriterionInput]) -> None:
    taken: set[str] = set()
    for pos, c in enumerate(criteria, start=1):
        if not c.name.strip():
            raise InvalidInput(f"Criterium {pos} heeft geen naam.", f"Criterion {pos} has no name.")
        if c.weight <= 0:
            raise InvalidInput(
                f"Het gewicht van '{c.name}' moet groter zijn dan 0.",
                f"The weight of '{c.name}' must be above 0.",
            )
        key = c.key if c.key and c.key not in taken else _slug(c.name, taken, f"c{pos}")
        taken.add(key)
        crit = Criterion(
            procedure_id=proc.id,
            round=proc.round,
            position=pos,
            key=key,
            name=c.name.strip(),
            description=c.description,
            knockout=c.knockout,
            weight=c.weight,
        )
        session.add(crit)
        session.flush()
        for qpos, q in enumerate(c.questions, start=1):
            session.add(
                Question(
                    criterion_id=crit.id,
                    position=qpos,
                    key=q.key or f"{key}-q{qpos}",
                    text=q.text.strip(),
                    anchors={str(k): v for k, v in sorted(q.anchors.items())},
                )
            )


def _counts(
    found: dict[int, tuple[int, int]], pid: int, evaluated: bool
) -> tuple[int | None, int | None]:
    """Blocks and warnings of one procedure: (None, None) when not evaluated."""
    return found.get(pid, (0, 0)) if evaluated else (None, None)


def _move_funnel(session: Session, proc: Procedure, target: Stage) -> None:
    """Candidates' furthest step: invited, interviewed, hired (the decision marks 'offered')."""
    if target is Stage.INTERVIEWS:
        for cand in F.pool(session, proc, Stage.INTERVIEWS):
            cand.funnel = Funnel.INVITED.value
    elif target is Stage.DECISION:
        for cand in F.pool(session, proc, Stage.INTERVIEWS):
            cand.funnel = Funnel.INTERVIEWED.value
    elif target is Stage.CLOSED:
        decision = session.execute(
            select(Decision).where(Decision.procedure_id == proc.id)
        ).scalar_one_or_none()
        if decision is not None and decision.chosen_candidate_id is not None:
            chosen = session.get(Candidate, decision.chosen_candidate_id)
            if chosen is not None:
                chosen.funnel = Funnel.HIRED.value


def _detail(session: Session, proc: Procedure) -> ProcedureDetail:
    v = proc.vacancy
    unit = session.get(Unit, v.unit_id)
    owner = session.get(User, proc.created_by)
    crits = F.criteria_rows(session, proc)
    qs = F.questions_by_criterion(session, [c.id for c in crits])
    seats = session.execute(
        select(CommitteeSeat, User)
        .join(User, CommitteeSeat.user_id == User.id)
        .where(CommitteeSeat.procedure_id == proc.id)
        .order_by(CommitteeSeat.id)
    ).all()
    prof = session.get(PolicyProfileRow, proc.profile_id)
    count = session.execute(
        select(func.count(Candidate.id)).where(Candidate.procedure_id == proc.id)
    ).scalar_one()
    return ProcedureDetail(
        id=proc.id,
        title=v.title,
        unit_code=unit.code if unit else "",
        unit_name=unit.name if unit else "",
        scale=v.scale,
        hours=v.hours,
        location=v.location,
        text=v.text,
        closing_date=v.closing_date,
        stage=Stage(proc.stage),
        round=proc.round,
        profile=f"{prof.name} v{prof.version}" if prof else "?",
        owner=owner.login if owner else "?",
        locked=is_locked(Stage(proc.stage)),
        criteria=tuple(
            CriterionDTO(
                c.key,
                c.name,
                c.description,
                c.knockout,
                c.weight,
                tuple(
                    QuestionDTO(
                        q.key, q.text, {int(k): a for k, a in q.anchors.items()}, q.position
                    )
                    for q in qs[c.id]
                ),
            )
            for c in crits
        ),
        committee=tuple(Seat(u.login, u.display_name, s.role, u.trained) for s, u in seats),
        channels=tuple(
            ChannelInput(c.name, c.diverse)
            for c in session.execute(
                select(Channel).where(Channel.procedure_id == proc.id).order_by(Channel.id)
            ).scalars()
        ),
        candidates=count,
        version=proc.version_id,
    )
