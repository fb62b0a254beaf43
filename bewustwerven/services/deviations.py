"""Deviations: requested with a reason, approved or rejected by another HR user (four eyes)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bewustwerven.core import clock, registry
from bewustwerven.core.procedure import DeviationStatus, DeviationType, Role
from bewustwerven.services import access
from bewustwerven.services.base import Service
from bewustwerven.services.dto import Deviation
from bewustwerven.services.errors import Forbidden, InvalidInput, NotFound, StateError
from bewustwerven.store.models import DeviationRow, Procedure, User, Vacancy

MIN_JUSTIFICATION = 20


def consume(
    session: Session, proc: Procedure, dtype: DeviationType, rule_code: str, now: datetime
) -> int:
    """Use an approved, unused deviation of ``dtype`` for this stage and round, or refuse."""
    dev = session.execute(
        select(DeviationRow)
        .where(
            DeviationRow.procedure_id == proc.id,
            DeviationRow.round == proc.round,
            DeviationRow.stage == proc.stage,
            DeviationRow.type == dtype.value,
            DeviationRow.status == DeviationStatus.APPROVED.value,
            DeviationRow.used_at.is_(None),
        )
        .order_by(DeviationRow.id)
        .limit(1)
    ).scalar_one_or_none()
    if dev is None:
        raise StateError(
            "De procedure is vastgezet. Dit wijzigen is een afwijking: vraag die eerst aan "
            f"({dtype.label('nl')}) en laat P&O haar goedkeuren. Of herstart de procedure.",
            f"The procedure is locked. This change is a deviation: request it first "
            f"({dtype.label('en')}) and have HR approve it. Or restart the procedure.",
        )
    dev.used_at = now
    return dev.id


def create_request(
    session: Session,
    proc: Procedure,
    requester_id: int,
    dtype: DeviationType,
    rule_code: str,
    justification: str,
    now: datetime,
) -> DeviationRow:
    dev = DeviationRow(
        procedure_id=proc.id,
        type=dtype.value,
        rule_code=rule_code,
        stage=proc.stage,
        round=proc.round,
        justification=justification.strip(),
        status=DeviationStatus.PENDING.value,
        requested_by=requester_id,
        requested_at=now,
        comment="",
    )
    session.add(dev)
    session.flush()
    return dev


class DeviationService(Service):
    def request(
        self, pid: int, rule_code: str, justification: str, dtype: DeviationType | str | None = None
    ) -> int:
        refused = registry.refusal(rule_code)
        if refused is not None:
            raise Forbidden(refused.nl, refused.en)
        if len(justification.strip()) < MIN_JUSTIFICATION:
            raise InvalidInput(
                f"Leg uit waarom u afwijkt, in minstens {MIN_JUSTIFICATION} tekens. P&O leest "
                "dit en het blijft in het dossier.",
                f"Explain why you deviate, in at least {MIN_JUSTIFICATION} characters. HR reads "
                "this and it stays in the file.",
            )
        kind = registry.deviation_type_for(rule_code)
        assert kind is not None  # refusal() said it is waivable
        if dtype and str(dtype) != kind.value:
            raise InvalidInput(
                f"Regel {rule_code.strip().upper()} wordt alleen omzeild met het type "
                f"'{kind.label('nl')}'.",
                f"Rule {rule_code.strip().upper()} is waived only with the type "
                f"'{kind.label('en')}'.",
            )
        with self.write() as session:
            proc = access.readable(session, pid, self.actor)
            if not (
                access.is_owner(proc, self.actor)
                or access.seat_role(session, proc, self.actor) is not None
            ):
                raise Forbidden(
                    "Alleen de W&S-adviseur of de commissie kan een afwijking aanvragen.",
                    "Only the recruiter or the committee can request a deviation.",
                )
            dev = create_request(
                session,
                proc,
                self.actor.user_id,
                kind,
                rule_code.strip().upper(),
                justification,
                _now(),
            )
            self.event(
                session,
                "deviation.requested",
                procedure_id=pid,
                deviation=dev.id,
                type=kind.value,
                rule=dev.rule_code,
                stage=proc.stage,
                justification=dev.justification,
            )
            return dev.id

    def decide(self, deviation_id: int, approve: bool, comment: str = "") -> None:
        self.require(Role.HR)
        with self.write() as session:
            dev = session.get(DeviationRow, deviation_id)
            if dev is None:
                raise NotFound(
                    f"Afwijking {deviation_id} bestaat niet.",
                    f"Deviation {deviation_id} does not exist.",
                )
            if dev.requested_by == self.actor.user_id:
                raise Forbidden(
                    "U kunt niet over uw eigen afwijking beslissen: een andere "
                    "P&O-collega moet dat doen (vier ogen).",
                    "You cannot decide on your own deviation: another HR colleague "
                    "must (four eyes).",
                )
            if dev.status != DeviationStatus.PENDING.value:
                raise StateError(
                    f"Over afwijking {deviation_id} is al beslist.",
                    f"Deviation {deviation_id} was already decided.",
                )
            if not approve and not comment.strip():
                raise InvalidInput("Leg uit waarom u afwijst.", "Explain why you reject.")
            dev.status = (DeviationStatus.APPROVED if approve else DeviationStatus.REJECTED).value
            dev.decided_by, dev.decided_at, dev.comment = self.actor.user_id, _now(), comment
            self.event(
                session,
                "deviation.approved" if approve else "deviation.rejected",
                procedure_id=dev.procedure_id,
                deviation=dev.id,
                comment=comment,
            )

    def list(
        self, *, status: str | None = None, procedure_id: int | None = None
    ) -> list[Deviation]:
        with self.read() as session:
            q = (
                select(DeviationRow, Vacancy.title)
                .join(Procedure, DeviationRow.procedure_id == Procedure.id)
                .join(Vacancy, Procedure.vacancy_id == Vacancy.id)
                .order_by(DeviationRow.id)
            )
            if status:
                q = q.where(DeviationRow.status == status)
            if procedure_id is not None:
                access.readable(session, procedure_id, self.actor)
                q = q.where(DeviationRow.procedure_id == procedure_id)
            elif not self.actor.has(Role.HR, Role.ADMIN):
                raise Forbidden(
                    "Het overzicht van alle afwijkingen is voor P&O.",
                    "The list of all deviations is for HR.",
                )
            rows = session.execute(q).all()
            logins = dict(session.execute(select(User.id, User.login)).all())
            return [
                Deviation(
                    d.id,
                    d.procedure_id,
                    title,
                    d.type,
                    d.rule_code,
                    d.stage,
                    d.justification,
                    d.status,
                    logins.get(d.requested_by, "?"),
                    d.requested_at,
                    logins.get(d.decided_by) if d.decided_by else None,
                    d.decided_at,
                    d.comment,
                    d.used_at is not None,
                )
                for d, title in rows
            ]


def _now() -> datetime:
    return clock.now()


__all__ = ["DeviationService", "consume", "create_request"]
