"""Who may see or change which procedure. Every service asks here; the UI never decides."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bewustwerven.core.procedure import Role
from bewustwerven.services.base import Actor
from bewustwerven.services.errors import Forbidden, NotFound
from bewustwerven.store.models import CommitteeSeat, Procedure


def load(session: Session, pid: int) -> Procedure:
    proc = session.get(Procedure, pid)
    if proc is None:
        raise NotFound(f"Procedure {pid} bestaat niet.", f"Procedure {pid} does not exist.")
    return proc


def seat_role(session: Session, proc: Procedure, actor: Actor) -> str | None:
    return session.execute(
        select(CommitteeSeat.role).where(
            CommitteeSeat.procedure_id == proc.id, CommitteeSeat.user_id == actor.user_id
        )
    ).scalar_one_or_none()


def is_owner(proc: Procedure, actor: Actor) -> bool:
    return proc.created_by == actor.user_id and actor.has(Role.RECRUITER)


def can_read(session: Session, proc: Procedure, actor: Actor) -> bool:
    return (
        actor.has(Role.HR, Role.ADMIN)
        or is_owner(proc, actor)
        or seat_role(session, proc, actor) is not None
    )


def readable(session: Session, pid: int, actor: Actor) -> Procedure:
    proc = load(session, pid)
    if not can_read(session, proc, actor):
        raise Forbidden(
            f"U heeft geen toegang tot procedure {pid}: u zit niet in de commissie en u bent niet "
            "de W&S-adviseur ervan.",
            f"You have no access to procedure {pid}: you are not on its committee and not its "
            "recruiter.",
        )
    return proc


def owned(session: Session, pid: int, actor: Actor) -> Procedure:
    proc = load(session, pid)
    if not is_owner(proc, actor):
        raise Forbidden(
            f"Alleen de W&S-adviseur die procedure {pid} heeft aangemaakt, kan dit wijzigen.",
            f"Only the recruiter who created procedure {pid} can change this.",
        )
    return proc


def steerable(session: Session, pid: int, actor: Actor) -> Procedure:
    """Owner recruiter or the committee's chair: may move the procedure on."""
    proc = load(session, pid)
    if is_owner(proc, actor) or seat_role(session, proc, actor) == "chair":
        return proc
    raise Forbidden(
        f"Alleen de W&S-adviseur of de voorzitter van procedure {pid} kan de procedure verder "
        "zetten.",
        f"Only the recruiter or the chair of procedure {pid} can move the procedure on.",
    )
