"""Reading one procedure's dossier out of the store (inside the reporting transaction)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from bewustwerven.core import clock
from bewustwerven.core.findings import Finding
from bewustwerven.core.procedure import SCORED_STAGES, Stage
from bewustwerven.core.registry import committee_findings as check_committee
from bewustwerven.core.rules import check_preference, check_rooney
from bewustwerven.core.snapshot import decision_facts, shortlist
from bewustwerven.core.stats import krippendorff_alpha, rater_leniency
from bewustwerven.reports import model as M
from bewustwerven.services import facts as F
from bewustwerven.services import snapshot
from bewustwerven.services.reporting.own_sheets import pending_stages
from bewustwerven.store.crypto import FieldCipher
from bewustwerven.store.models import (
    AuditEvent,
    Candidate,
    CommitteeSeat,
    Consensus,
    Decision,
    DeviationRow,
    Procedure,
    Score,
    ScoreSheet,
    StageChange,
    Unit,
    User,
)

_LONG_LIST = 4


def _detail(payload: Mapping[str, Any]) -> str:
    """A short, plain rendering of an event's payload (long lists become a count)."""
    parts = []
    for key, value in sorted(payload.items()):
        if isinstance(value, list) and len(value) > _LONG_LIST:
            value = f"({len(value)})"
        elif isinstance(value, list | dict):
            value = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        text = str(value)
        if len(text) > 90:
            text = text[:87] + "..."
        parts.append(f"{key}={text}")
    return "; ".join(parts)


def _check_finding(data: Mapping[str, Any] | Finding) -> M.CheckFinding:
    if isinstance(data, Finding):
        return M.CheckFinding(data.code, str(data.severity), data.message_nl, data.message_en)
    return M.CheckFinding(
        str(data.get("code", "")),
        str(data.get("severity", "")),
        str(data.get("message_nl", "")),
        str(data.get("message_en", "")),
        data.get("waived_by"),
    )


def _logins(session: Session) -> dict[int, str]:
    return {uid: login for uid, login in session.execute(select(User.id, User.login)).all()}


def _stages(session: Session, proc: Procedure, logins: Mapping[int, str]) -> list[M.StageSpan]:
    changes = session.execute(
        select(StageChange).where(StageChange.procedure_id == proc.id).order_by(StageChange.id)
    ).scalars()
    spans = [M.StageSpan(Stage.CONCEPT.value, proc.created_at, None, logins[proc.created_by])]
    for ch in changes:
        last = spans[-1]
        spans[-1] = M.StageSpan(last.stage, last.entered_at, ch.at, last.by)
        spans.append(M.StageSpan(ch.to_stage, ch.at, None, logins.get(ch.by_user, "?")))
    return spans


def _gate_check(
    session: Session,
    proc: Procedure,
    code: str,
    from_stage: Stage,
    now_findings: list[Finding],
    applies: bool,
    members_only: bool,
) -> M.RuleCheck:
    if not applies:
        return M.RuleCheck(code, False, "not_applicable", (), {})
    passed = session.execute(
        select(StageChange.findings)
        .where(StageChange.procedure_id == proc.id, StageChange.from_stage == from_stage.value)
        .order_by(StageChange.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    if passed is not None:
        found = [_check_finding(f) for f in passed if f.get("code") == code]
        outcome = "waived" if any(f.waived_by for f in found) else "passed"
        facts = {
            k: int(v)
            for f in passed
            if f.get("code") == code
            for k, v in cast(dict[str, object], f.get("facts") or {}).items()
            if isinstance(v, int | bool)
        }
    else:
        found = [_check_finding(f) for f in now_findings]
        outcome = "blocked" if any(f.blocks for f in now_findings) else "pending"
        facts = {
            k: int(v) for f in now_findings for k, v in f.facts.items() if isinstance(v, int | bool)
        }
    if members_only:  # counts and messages could hint at a candidate's origin
        return M.RuleCheck(code, True, outcome, (), {})
    return M.RuleCheck(code, True, outcome, tuple(found), facts)


def _sheets(session: Session, proc: Procedure, logins: Mapping[int, str]) -> list[M.SheetEntry]:
    rows = session.execute(
        select(ScoreSheet, Candidate.pseudonym)
        .join(Candidate, Candidate.id == ScoreSheet.candidate_id)
        .where(ScoreSheet.procedure_id == proc.id, ScoreSheet.status != "draft")
        .order_by(ScoreSheet.round, ScoreSheet.stage, ScoreSheet.submitted_at, ScoreSheet.id)
    ).all()
    return [
        M.SheetEntry(
            f"{s.stage}" + (f" (r{s.round})" if s.round != proc.round else ""),
            logins.get(s.member_id, "?"),
            pseudo,
            s.version,
            s.status,
            s.submitted_at,
            s.amend_reason,
        )
        for s, pseudo in rows
    ]


def _reliability(
    session: Session, proc: Procedure, logins: Mapping[int, str], hidden: set[str]
) -> list[M.StageReliability]:
    """Alpha and leniency per scored stage; stages in ``hidden`` (the viewer still owes
    sheets there, see ``own_sheets``) are left out entirely."""
    out = []
    for stage in SCORED_STAGES:
        if stage.value in hidden:
            continue
        rows = session.execute(
            select(ScoreSheet.member_id, ScoreSheet.candidate_id, Score.item_key, Score.value)
            .join(Score, Score.sheet_id == ScoreSheet.id)
            .where(
                ScoreSheet.procedure_id == proc.id,
                ScoreSheet.stage == stage.value,
                ScoreSheet.round == proc.round,
                ScoreSheet.status == "submitted",
                Score.value.is_not(None),
            )
        ).all()
        if not rows:
            continue
        ratings = [(logins.get(m, "?"), f"{c}/{item}", float(v or 0)) for m, c, item, v in rows]
        alpha = krippendorff_alpha(ratings)
        out.append(
            M.StageReliability(
                stage.value,
                alpha.alpha,
                alpha.flagged,
                alpha.raters,
                alpha.pairable_units,
                None if alpha.reason is None else alpha.reason.value,
                tuple(
                    M.Leniency(r.rater, r.mean_difference, r.shared_units)
                    for r in rater_leniency(ratings)
                ),
            )
        )
    return out


def gather_dossier(
    session: Session,
    proc: Procedure,
    cipher: FieldCipher,
    header: M.ReportHeader,
    *,
    with_identities: bool,
    viewer_id: int,
) -> M.DossierData:
    """Everything the dossier prints. ``with_identities`` False: for a committee member.
    ``viewer_id``: whose own sheets decide which stages' reliability figures are shown."""
    logins = _logins(session)
    profile = F.profile_of(session, proc)
    v = proc.vacancy
    unit = session.get(Unit, v.unit_id)
    crits = F.criteria_rows(session, proc)
    qs = F.questions_by_criterion(session, [c.id for c in crits])
    seats = session.execute(
        select(User.login, User.display_name, User.trained, CommitteeSeat.role)
        .join(CommitteeSeat, CommitteeSeat.user_id == User.id)
        .where(CommitteeSeat.procedure_id == proc.id)
        .order_by(CommitteeSeat.id)
    ).all()
    committee_check = check_committee(F.committee_facts(session, proc, cipher), profile)
    events = session.execute(
        select(AuditEvent.at, AuditEvent.actor, AuditEvent.action, AuditEvent.payload)
        .where(AuditEvent.procedure_id == proc.id)
        .order_by(AuditEvent.seq)
    ).all()
    cons = session.execute(
        select(Consensus, Candidate.pseudonym)
        .join(Candidate, Candidate.id == Consensus.candidate_id)
        .where(Consensus.procedure_id == proc.id, Consensus.archived.is_(False))
        .order_by(Consensus.stage.desc(), Candidate.pseudonym)
    ).all()
    decision = session.execute(
        select(Decision).where(Decision.procedure_id == proc.id)
    ).scalar_one_or_none()
    dec_entry = None
    if decision is not None:
        chosen = (
            session.get(Candidate, decision.chosen_candidate_id)
            if decision.chosen_candidate_id
            else None
        )
        name = None
        if with_identities and chosen is not None and chosen.revealed_at is not None:
            name = cipher.open(chosen.name_enc, "candidates.name")
        dec_entry = M.DecisionEntry(
            chosen.pseudonym if chosen else None,
            name,
            decision.motivation,
            dict(decision.motivations),
            decision.preference_motivation,
            decision.tie_breaker,
            tuple(decision.ranked_equal),
            logins.get(decision.decided_by, "?"),
            decision.decided_at,
        )
    stage = Stage(proc.stage)
    rooney_now: list[Finding] = []
    pref_now: list[Finding] = []
    # The open Rooney and preference checks run on self-identification, which a committee
    # member may not read (on PostgreSQL the server refuses it): their dossier shows what the
    # gate recorded when it was passed, and "pending" before that.
    if with_identities and stage in (Stage.SCREENING, Stage.DECISION):
        snap = snapshot.load(session, proc, cipher, profile, clock.today(), with_groups=True)
        if stage is Stage.SCREENING:
            rooney_now = check_rooney(v.scale, shortlist(snap), profile)
        else:
            pref_now = check_preference(decision_facts(snap), profile)
    scored = stage.order >= Stage.SCREENING.order
    requester, decider = aliased(User), aliased(User)
    devs = session.execute(
        select(DeviationRow, requester.login, decider.login)
        .join(requester, requester.id == DeviationRow.requested_by)
        .outerjoin(decider, decider.id == DeviationRow.decided_by)
        .where(DeviationRow.procedure_id == proc.id)
        .order_by(DeviationRow.id)
    ).all()
    count = session.execute(
        select(func.count(Candidate.id)).where(Candidate.procedure_id == proc.id)
    ).scalar_one()
    return M.DossierData(
        header=header,
        procedure_id=proc.id,
        title=v.title,
        unit_code=unit.code if unit else "",
        unit_name=unit.name if unit else "",
        scale=v.scale,
        stage=proc.stage,
        round=proc.round,
        owner=logins.get(proc.created_by, "?"),
        created_at=proc.created_at,
        closing_date=v.closing_date,
        locked_at=proc.locked_at,
        closed_at=proc.closed_at,
        candidates=count,
        committee=tuple(M.Seat(lg, dn, role, tr) for lg, dn, tr, role in seats),
        committee_findings=tuple(_check_finding(f) for f in committee_check),
        criteria=tuple(
            M.Criterion(
                c.key,
                c.name,
                c.description,
                c.knockout,
                c.weight,
                tuple(
                    M.Question(q.key, q.text, {int(k): a for k, a in q.anchors.items()})
                    for q in qs[c.id]
                ),
            )
            for c in crits
        ),
        stages=tuple(_stages(session, proc, logins)),
        timeline=tuple(
            M.TimelineEntry(at, actor, action, _detail(json.loads(payload)))
            for at, actor, action, payload in events
        ),
        sheets=tuple(_sheets(session, proc, logins)),
        consensus=tuple(
            M.ConsensusEntry(
                c.stage,
                pseudo,
                c.outcome,
                c.total,
                dict(c.scores),
                dict(c.motivations),
                logins.get(c.decided_by, "?"),
                c.decided_at,
            )
            for c, pseudo in cons
        ),
        decision=dec_entry,
        checks=(
            _gate_check(
                session,
                proc,
                "ROONEY",
                Stage.SCREENING,
                rooney_now,
                scored and v.scale >= profile.rule("ROONEY").int("from_scale"),
                not with_identities,
            ),
            _gate_check(
                session,
                proc,
                "PREF",
                Stage.DECISION,
                pref_now,
                stage.order >= Stage.DECISION.order
                and v.scale >= profile.rule("PREF").int("from_scale"),
                not with_identities,
            ),
        ),
        deviations=tuple(
            M.DeviationEntry(
                d.id,
                d.type,
                d.rule_code,
                d.stage,
                d.justification,
                d.status,
                req,
                d.requested_at,
                dec,
                d.decided_at,
                d.comment,
                d.used_at is not None,
            )
            for d, req, dec in devs
        ),
        reliability=tuple(
            _reliability(session, proc, logins, pending_stages(session, proc, viewer_id))
        ),
        with_identities=with_identities,
    )


__all__ = ["gather_dossier"]
