"""Reading the facts the core rules need out of the store (inside a service's transaction)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bewustwerven.core import method
from bewustwerven.core.facts import (
    ChannelFacts,
    CommitteeFacts,
    CommitteeRole,
    CriterionFacts,
    Gender,
    MemberFacts,
    QuestionFacts,
)
from bewustwerven.core.origin import TargetGroup, classify
from bewustwerven.core.policy import PolicyProfile, parse_stored_profile
from bewustwerven.core.procedure import Stage
from bewustwerven.store.crypto import FieldCipher
from bewustwerven.store.models import (
    Candidate,
    Channel,
    CommitteeSeat,
    Conflict,
    Consensus,
    Criterion,
    PolicyProfileRow,
    Procedure,
    Question,
    ScoreSheet,
    SelfIdentification,
    Unit,
    User,
)

SCORING_ROLES = (CommitteeRole.CHAIR.value, CommitteeRole.MEMBER.value)
SELFID_PLACE = "self_identifications.data_enc"


@lru_cache(maxsize=32)
def _parse(toml: str) -> PolicyProfile:
    return parse_stored_profile(toml)


def profile_of(session: Session, proc: Procedure) -> PolicyProfile:
    row = session.get(PolicyProfileRow, proc.profile_id)
    assert row is not None
    return _parse(row.toml)


def criteria_rows(session: Session, proc: Procedure) -> list[Criterion]:
    return list(
        session.execute(
            select(Criterion)
            .where(Criterion.procedure_id == proc.id, Criterion.round == proc.round)
            .order_by(Criterion.position)
        ).scalars()
    )


def questions_by_criterion(session: Session, crit_ids: Sequence[int]) -> dict[int, list[Question]]:
    out: dict[int, list[Question]] = {cid: [] for cid in crit_ids}
    if crit_ids:
        rows = session.execute(
            select(Question)
            .where(Question.criterion_id.in_(crit_ids))
            .order_by(Question.criterion_id, Question.position)
        ).scalars()
        for q in rows:
            out[q.criterion_id].append(q)
    return out


def criteria_facts(session: Session, proc: Procedure) -> list[CriterionFacts]:
    crits = criteria_rows(session, proc)
    qs = questions_by_criterion(session, [c.id for c in crits])
    return [
        CriterionFacts(
            c.key,
            c.name,
            c.knockout,
            c.weight,
            tuple(
                QuestionFacts(q.key, q.text, {int(k): v for k, v in q.anchors.items()})
                for q in qs[c.id]
            ),
        )
        for c in crits
    ]


def committee_profiles(session: Session, proc: Procedure) -> dict[int, bytes | None]:
    """user id -> sealed self-declared profile, for the procedure's committee."""
    rows = session.execute(
        select(User.id, User.profile_enc)
        .join(CommitteeSeat, CommitteeSeat.user_id == User.id)
        .where(CommitteeSeat.procedure_id == proc.id)
    ).all()
    return {uid: blob for uid, blob in rows}


def committee_facts(session: Session, proc: Procedure, cipher: FieldCipher) -> CommitteeFacts:
    rows = session.execute(
        select(CommitteeSeat, User, Unit.code)
        .join(User, CommitteeSeat.user_id == User.id)
        .outerjoin(Unit, User.unit_id == Unit.id)
        .where(CommitteeSeat.procedure_id == proc.id)
        .order_by(CommitteeSeat.id)
    ).all()
    hiring = session.get(Unit, proc.vacancy.unit_id)
    members = []
    profiles = committee_profiles(session, proc)
    for seat, user, unit_code in rows:
        prof: dict[str, Any] = cipher.open_json(profiles.get(user.id), "users.profile_enc") or {}
        members.append(
            MemberFacts(
                login=user.login,
                role=CommitteeRole(seat.role),
                trained=user.trained,
                unit=unit_code,
                gender=Gender(prof["gender"]) if prof.get("gender") else None,
                birth_year=prof.get("birth_year"),
                outside_european_background=prof.get("outside_european_background"),
            )
        )
    return CommitteeFacts(tuple(members), hiring.code if hiring else "", proc.vacancy.scale)


def channel_facts(session: Session, proc: Procedure) -> list[ChannelFacts]:
    rows = session.execute(
        select(Channel).where(Channel.procedure_id == proc.id).order_by(Channel.id)
    ).scalars()
    return [ChannelFacts(c.name, c.diverse) for c in rows]


def consensus_rows(session: Session, proc: Procedure, stage: Stage) -> dict[int, Consensus]:
    rows = session.execute(
        select(Consensus).where(
            Consensus.procedure_id == proc.id,
            Consensus.stage == stage.value,
            Consensus.round == proc.round,
            Consensus.archived.is_(False),
        )
    ).scalars()
    return {c.candidate_id: c for c in rows}


def pool(session: Session, proc: Procedure, stage: Stage) -> list[Candidate]:
    """The candidates scored in a stage (``core.method.pool``), as rows, by pseudonym."""
    cands = list(
        session.execute(
            select(Candidate).where(Candidate.procedure_id == proc.id).order_by(Candidate.pseudonym)
        ).scalars()
    )
    outcomes = (
        {}
        if stage is Stage.SCREENING
        else {cid: c.outcome for cid, c in consensus_rows(session, proc, Stage.SCREENING).items()}
    )
    ids = set(method.pool(stage, [c.id for c in cands], outcomes))
    return [c for c in cands if c.id in ids]


def conflicts(session: Session, proc: Procedure) -> set[tuple[int, int]]:
    return {
        (m, c)
        for m, c in session.execute(
            select(Conflict.member_id, Conflict.candidate_id).where(
                Conflict.procedure_id == proc.id
            )
        ).all()
    }


def current_sheets(
    session: Session, proc: Procedure, stage: Stage
) -> dict[tuple[int, int], ScoreSheet]:
    rows = session.execute(
        select(ScoreSheet).where(
            ScoreSheet.procedure_id == proc.id,
            ScoreSheet.stage == stage.value,
            ScoreSheet.round == proc.round,
            ScoreSheet.status.in_(("draft", "submitted")),
        )
    ).scalars()
    return {(s.member_id, s.candidate_id): s for s in rows}


def target_membership(
    session: Session, proc: Procedure, cipher: FieldCipher, profile: PolicyProfile
) -> dict[int, bool | None]:
    """Candidate id -> in the profile's target group (None: unknown). Never shown to members."""
    group = TargetGroup.from_mapping(profile.target_group)
    rows = session.execute(
        select(SelfIdentification.candidate_id, SelfIdentification.data_enc)
        .join(Candidate, Candidate.id == SelfIdentification.candidate_id)
        .where(Candidate.procedure_id == proc.id)
    ).all()
    out: dict[int, bool | None] = {}
    for cid, blob in rows:
        data = cipher.open_json(blob, SELFID_PLACE) or {}
        origin = classify(
            data.get("country_own"), data.get("country_mother"), data.get("country_father")
        )
        out[cid] = group.contains(origin)
    return out


