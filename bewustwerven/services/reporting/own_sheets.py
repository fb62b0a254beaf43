"""Reliability figures wait for the viewer's own scores (SCORE-INDEP for figures).

Krippendorff's alpha and per-rater leniency are computed from the committee's submitted
scores. A member who sees them before submitting their own sheets learns how the others
scored ("everyone is mild here"). So for a person with a scoring seat in a procedure, a
stage's figures stay hidden until every sheet that person owes in that stage (the stage's
pool minus their declared conflicts, this round) is submitted. People without a scoring
seat (HR, the recruiter, the HR adviser seat) are not affected.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bewustwerven.core.procedure import SCORED_STAGES, Stage
from bewustwerven.services import facts as F
from bewustwerven.store.models import CommitteeSeat, Procedure, ScoreSheet


def pending_stages(session: Session, proc: Procedure, user_id: int) -> set[str]:
    """The scored stages whose figures ``user_id`` may not see yet in ``proc``."""
    role = session.execute(
        select(CommitteeSeat.role).where(
            CommitteeSeat.procedure_id == proc.id, CommitteeSeat.user_id == user_id
        )
    ).scalar_one_or_none()
    if role not in F.SCORING_ROLES:
        return set()
    current = Stage(proc.stage)
    coi = {c for m, c in F.conflicts(session, proc) if m == user_id}
    out: set[str] = set()
    for stage in SCORED_STAGES:
        if current.order < stage.order:
            out.add(stage.value)  # nothing scored yet; nothing owed can be checked
            continue
        owed = {c.id for c in F.pool(session, proc, stage)} - coi
        done = set(
            session.execute(
                select(ScoreSheet.candidate_id).where(
                    ScoreSheet.procedure_id == proc.id,
                    ScoreSheet.stage == stage.value,
                    ScoreSheet.round == proc.round,
                    ScoreSheet.member_id == user_id,
                    ScoreSheet.status == "submitted",
                )
            ).scalars()
        )
        if owed - done:
            out.add(stage.value)
    return out


def pending_everywhere(session: Session, user_id: int) -> set[tuple[int, str]]:
    """(procedure id, stage) pairs whose figures ``user_id`` may not see yet, over all
    procedures where they hold a scoring seat (for the organisation report)."""
    procs = session.execute(
        select(Procedure)
        .join(CommitteeSeat, CommitteeSeat.procedure_id == Procedure.id)
        .where(CommitteeSeat.user_id == user_id, CommitteeSeat.role.in_(F.SCORING_ROLES))
    ).scalars()
    return {(p.id, st) for p in procs for st in pending_stages(session, p, user_id)}


__all__ = ["pending_everywhere", "pending_stages"]
