"""Reading the facts the core rules need out of the store (inside a service's transaction)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bewustwerven.core.facts import (
    ChannelFacts,
    CommitteeFacts,
    CommitteeRole,
    ConflictFacts,
    CriterionFacts,
    DecisionCandidate,
    DecisionFacts,
    Gender,
    MemberFacts,
    QuestionFacts,
    SheetStatus,
    ShortlistCandidate,
)
from bewustwerven.core.origin import TargetGroup, classify
from bewustwerven.core.policy import PolicyProfile, parse_profile
from bewustwerven.core.procedure import InterviewOutcome, ScreeningOutcome, Stage
from bewustwerven.store.crypto import FieldCipher
from bewustwerven.store.models import (
    Candidate,
    Channel,
    CommitteeSeat,
    Conflict,
    Consensus,
    Criterion,
    Decision,
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
    return parse_profile(toml)


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


def scoring_seats(session: Session, proc: Procedure) -> list[tuple[int, str]]:
    return [
        (uid, login)
        for uid, login in session.execute(
            select(User.id, User.login)
            .join(CommitteeSeat, CommitteeSeat.user_id == User.id)
            .where(CommitteeSeat.procedure_id == proc.id, CommitteeSeat.role.in_(SCORING_ROLES))
            .order_by(User.login)
        ).all()
    ]


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
    """The candidates scored in a stage: everyone at screening, the invited at interviews."""
    cands = list(
        session.execute(
            select(Candidate).where(Candidate.procedure_id == proc.id).order_by(Candidate.pseudonym)
        ).scalars()
    )
    if stage is Stage.SCREENING:
        return cands
    invited = {
        cid
        for cid, c in consensus_rows(session, proc, Stage.SCREENING).items()
        if c.outcome == ScreeningOutcome.INVITE.value
    }
    return [c for c in cands if c.id in invited]


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


def sheet_statuses(session: Session, proc: Procedure, stage: Stage) -> list[SheetStatus]:
    seats = scoring_seats(session, proc)
    cands = pool(session, proc, stage)
    coi = conflicts(session, proc)
    sheets = current_sheets(session, proc, stage)
    out = []
    for uid, login in seats:
        for cand in cands:
            if (uid, cand.id) in coi:
                continue
            sheet = sheets.get((uid, cand.id))
            out.append(
                SheetStatus(
                    login, cand.pseudonym, sheet is not None and sheet.status == "submitted"
                )
            )
    return out


def conflict_facts(session: Session, proc: Procedure) -> list[ConflictFacts]:
    rows = session.execute(
        select(Conflict, User.login, Candidate.pseudonym)
        .join(User, Conflict.member_id == User.id)
        .join(Candidate, Conflict.candidate_id == Candidate.id)
        .where(Conflict.procedure_id == proc.id)
    ).all()
    submitted = {
        (s.member_id, s.candidate_id)
        for stage in (Stage.SCREENING, Stage.INTERVIEWS)
        for s in current_sheets(session, proc, stage).values()
        if s.status == "submitted"
    }
    return [
        ConflictFacts(login, pseudo, (c.member_id, c.candidate_id) in submitted)
        for c, login, pseudo in rows
    ]


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


def knockout_pass_mark(profile: PolicyProfile) -> float:
    return (profile.scale_min + profile.scale_max) / 2


def meets_knockouts(
    cons: Consensus | None, crits: Sequence[Criterion], profile: PolicyProfile
) -> bool:
    if cons is None:
        return False
    mark = knockout_pass_mark(profile)
    return all((cons.scores.get(c.key) or 0) >= mark for c in crits if c.knockout)


def shortlist_facts(
    session: Session, proc: Procedure, cipher: FieldCipher, profile: PolicyProfile
) -> list[ShortlistCandidate]:
    crits = criteria_rows(session, proc)
    cons = consensus_rows(session, proc, Stage.SCREENING)
    groups = target_membership(session, proc, cipher, profile)
    return [
        ShortlistCandidate(
            c.pseudonym,
            meets_knockouts(cons.get(c.id), crits, profile),
            groups.get(c.id),
            cons.get(c.id) is not None and cons[c.id].outcome == ScreeningOutcome.INVITE.value,
        )
        for c in pool(session, proc, Stage.SCREENING)
    ]


def decision_facts(
    session: Session, proc: Procedure, cipher: FieldCipher, profile: PolicyProfile
) -> DecisionFacts:
    crits = criteria_rows(session, proc)
    cons = consensus_rows(session, proc, Stage.INTERVIEWS)
    groups = target_membership(session, proc, cipher, profile)
    decision = session.execute(
        select(Decision).where(Decision.procedure_id == proc.id)
    ).scalar_one_or_none()
    chosen = decision.chosen_candidate_id if decision else None
    equal = tuple(decision.ranked_equal) if decision else ()
    cands = []
    for cand in pool(session, proc, Stage.INTERVIEWS):
        c = cons.get(cand.id)
        suitable = (
            c is not None
            and c.outcome != InterviewOutcome.NOT_SUITABLE.value
            and meets_knockouts(c, crits, profile)
        )
        cands.append(
            DecisionCandidate(
                cand.pseudonym,
                suitable,
                c.total if c else None,
                groups.get(cand.id),
                cand.id == chosen,
                tuple(p for p in equal if p != cand.pseudonym) if cand.pseudonym in equal else (),
            )
        )
    return DecisionFacts(
        proc.vacancy.scale,
        tuple(cands),
        motivation=decision.motivation if decision else "",
        preference_motivation=decision.preference_motivation if decision else "",
        tie_breaker=decision.tie_breaker if decision else "",
    )
