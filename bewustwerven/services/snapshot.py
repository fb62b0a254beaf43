"""The one batch loader of :class:`~bewustwerven.core.snapshot.ProcedureSnapshot`.

Runs inside a service's transaction. A fixed number of queries whatever the number of
candidates. Sealed data is opened only where the stage's gate needs it: the committee's
self-declared profiles at Concept, the candidates' self-identification at Screening and
Decision (a plain member may not read it; the chair's role grants it).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from bewustwerven.core.facts import CommitteeFacts, CommitteeRole
from bewustwerven.core.policy import PolicyProfile
from bewustwerven.core.procedure import SCORED_STAGES, DeviationStatus, DeviationType, Stage
from bewustwerven.core.snapshot import (
    CandidateSnap,
    ConsensusSnap,
    DecisionSnap,
    DeviationSnap,
    ProcedureSnapshot,
    SeatSnap,
    SheetSnap,
)
from bewustwerven.core.words import CURRENT_SHEETS, Funnel, SheetState
from bewustwerven.services import facts as F
from bewustwerven.store.crypto import FieldCipher
from bewustwerven.store.models import (
    Candidate,
    CommitteeSeat,
    Conflict,
    Consensus,
    Decision,
    DeviationRow,
    Procedure,
    ScoreSheet,
    User,
)

# The stages whose gate counts target-group membership (ROONEY, PREF).
_NEEDS_GROUPS = (Stage.SCREENING, Stage.DECISION)


def load(
    session: Session,
    proc: Procedure,
    cipher: FieldCipher,
    profile: PolicyProfile,
    today: date,
    *,
    with_groups: bool | None = None,
) -> ProcedureSnapshot:
    """Read one procedure for the rules. ``with_groups`` forces (or skips) reading the
    candidates' self-identification; by default it is read where the gate needs it."""
    stage = Stage(proc.stage)
    v = proc.vacancy
    groups_needed = stage in _NEEDS_GROUPS if with_groups is None else with_groups
    groups = F.target_membership(session, proc, cipher, profile) if groups_needed else {}
    cands = tuple(
        CandidateSnap(cid, code, Funnel(funnel), revealed is not None, groups.get(cid))
        for cid, code, funnel, revealed in session.execute(
            select(Candidate.id, Candidate.pseudonym, Candidate.funnel, Candidate.revealed_at)
            .where(Candidate.procedure_id == proc.id)
            .order_by(Candidate.pseudonym)
        ).all()
    )
    seats = tuple(
        SeatSnap(uid, login, CommitteeRole(role))
        for uid, login, role in session.execute(
            select(User.id, User.login, CommitteeSeat.role)
            .join(CommitteeSeat, CommitteeSeat.user_id == User.id)
            .where(CommitteeSeat.procedure_id == proc.id)
            .order_by(CommitteeSeat.id)
        ).all()
    )
    committee = (
        F.committee_facts(session, proc, cipher)
        if stage is Stage.CONCEPT
        else CommitteeFacts((), "", v.scale)
    )
    consensus = tuple(
        ConsensusSnap(c.candidate_id, Stage(c.stage), c.outcome, dict(c.scores), c.total)
        for c in session.execute(
            select(Consensus).where(
                Consensus.procedure_id == proc.id,
                Consensus.round == proc.round,
                Consensus.archived.is_(False),
            )
        ).scalars()
    )
    sheets = tuple(
        SheetSnap(
            s.id,
            s.member_id,
            s.candidate_id,
            Stage(s.stage),
            SheetState(s.status),
            s.version,
            s.deviation_id,
            DeviationStatus(dstatus) if dstatus else None,
        )
        for s, dstatus in session.execute(
            select(ScoreSheet, DeviationRow.status)
            .outerjoin(DeviationRow, ScoreSheet.deviation_id == DeviationRow.id)
            .where(
                ScoreSheet.procedure_id == proc.id,
                ScoreSheet.round == proc.round,
                ScoreSheet.stage.in_([s.value for s in SCORED_STAGES]),
                ScoreSheet.status.in_([s.value for s in CURRENT_SHEETS]),
            )
        ).all()
    )
    conflicts = frozenset(
        (m, c)
        for m, c in session.execute(
            select(Conflict.member_id, Conflict.candidate_id).where(
                Conflict.procedure_id == proc.id
            )
        ).all()
    )
    d = session.execute(
        select(Decision).where(Decision.procedure_id == proc.id)
    ).scalar_one_or_none()
    decision = (
        DecisionSnap(
            d.chosen_candidate_id,
            d.motivation,
            dict(d.motivations),
            d.preference_motivation,
            d.tie_breaker,
            tuple(d.ranked_equal),
        )
        if d is not None
        else None
    )
    deviations = tuple(
        DeviationSnap(dev.id, DeviationType(dev.type), dev.rule_code.upper())
        for dev in session.execute(
            select(DeviationRow)
            .where(
                DeviationRow.procedure_id == proc.id,
                DeviationRow.round == proc.round,
                DeviationRow.stage == proc.stage,
                DeviationRow.status == DeviationStatus.APPROVED.value,
                DeviationRow.used_at.is_(None),
            )
            .order_by(DeviationRow.id)
        ).scalars()
    )
    return ProcedureSnapshot(
        procedure_id=proc.id,
        stage=stage,
        round=proc.round,
        scale=v.scale,
        today=today,
        closing_date=v.closing_date,
        hours=v.hours,
        location=v.location,
        vacancy_text=v.text or "",
        scale_range=(profile.scale_min, profile.scale_max),
        criteria=tuple(F.criteria_facts(session, proc)),
        committee=committee,
        seats=seats,
        channels=tuple(F.channel_facts(session, proc)),
        candidates=cands,
        consensus=consensus,
        sheets=sheets,
        conflicts=conflicts,
        decision=decision,
        deviations=deviations,
    )
