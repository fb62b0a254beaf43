"""Setting up a procedure in Concept: vacancy details, criteria and questions, committee,
recruitment channels. After the lock, criteria and committee change only through an
approved deviation (or a restart)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from bewustwerven.core.facts import CommitteeFacts, CommitteeRole, Gender, MemberFacts
from bewustwerven.core.findings import Finding
from bewustwerven.core.procedure import DeviationType, Role, Stage, is_locked
from bewustwerven.core.registry import committee_findings as check_committee
from bewustwerven.services import access
from bewustwerven.services import facts as F
from bewustwerven.services.base import Service
from bewustwerven.services.deviations import consume
from bewustwerven.services.dto import ChannelInput, CriterionInput, SeatInput, VacancyInput
from bewustwerven.services.errors import InvalidInput, StateError
from bewustwerven.services.procedures import (
    _add_criteria,
    _now,
    _require_concept,
    _validate_vacancy,
)
from bewustwerven.services.users import parse_roles, unit_by_code, user_by_login
from bewustwerven.store.crypto import FieldCipher
from bewustwerven.store.models import Channel, CommitteeSeat, IdentityAccess, Unit


class SetupService(Service):
    """What the vacancy and procedure editor calls."""

    clock = staticmethod(_now)

    def update_vacancy(self, pid: int, vacancy: VacancyInput) -> None:
        _validate_vacancy(vacancy)
        with self.write() as session:
            proc = access.owned(session, pid, self.actor)
            _require_concept(proc)
            v = proc.vacancy
            v.title, v.scale, v.hours = vacancy.title.strip(), vacancy.scale, vacancy.hours
            v.location, v.text, v.closing_date = (
                vacancy.location,
                vacancy.text,
                vacancy.closing_date,
            )
            v.unit_id = unit_by_code(session, vacancy.unit_code).id
            proc.text_warnings_acknowledged = False
            self.event(session, "vacancy.updated", procedure_id=pid, title=v.title, scale=v.scale)

    def set_criteria(self, pid: int, criteria: Sequence[CriterionInput]) -> None:
        with self.write() as session:
            proc = access.owned(session, pid, self.actor)
            dev = None
            if is_locked(Stage(proc.stage)):
                dev = consume(
                    session,
                    proc,
                    DeviationType.CRITERIA_CHANGED_AFTER_LOCK,
                    "CRIT-LOCK",
                    self.clock(),
                )
            old = F.criteria_rows(session, proc)
            for questions in F.questions_by_criterion(session, [c.id for c in old]).values():
                for q in questions:
                    session.delete(q)
            session.flush()  # questions first: they point at their criterion
            for crit in old:
                session.delete(crit)
            session.flush()
            _add_criteria(session, proc, criteria)
            self.event(
                session,
                "criteria.set",
                procedure_id=pid,
                round=proc.round,
                criteria=[c.name for c in criteria],
                questions=sum(len(c.questions) for c in criteria),
                deviation=dev,
            )

    def set_committee(self, pid: int, seats: Sequence[SeatInput]) -> list[Finding]:
        with self.write() as session:
            proc = access.owned(session, pid, self.actor)
            dev = None
            if is_locked(Stage(proc.stage)):
                dev = consume(
                    session, proc, DeviationType.COMMITTEE_NOT_COMPLIANT, "COM-CHANGE", self.clock()
                )
            logins = [s.login for s in seats]
            if len(set(logins)) != len(logins):
                raise InvalidInput(
                    "Iemand staat twee keer in de commissie.", "Someone is in the committee twice."
                )
            if sum(s.role == CommitteeRole.CHAIR for s in seats) != 1:
                raise InvalidInput(
                    "De commissie heeft precies één voorzitter nodig.",
                    "The committee needs exactly one chair.",
                )
            seen_identities = {
                uid
                for (uid,) in session.execute(
                    select(IdentityAccess.user_id).where(IdentityAccess.procedure_id == pid)
                ).all()
            }
            for old in session.execute(
                select(CommitteeSeat).where(CommitteeSeat.procedure_id == pid)
            ).scalars():
                session.delete(old)
            session.flush()
            for s in seats:
                user = user_by_login(session, s.login)
                role = CommitteeRole(s.role)
                if role is CommitteeRole.CHAIR and Role.CHAIR not in parse_roles(user.roles):
                    # the chair's gates read self-identification, which the chair role grants
                    raise InvalidInput(
                        f"{s.login} heeft de rol voorzitter niet. Vraag de beheerder om die "
                        "rol, of kies een andere voorzitter.",
                        f"{s.login} does not have the chair role. Ask the administrator for "
                        "it, or choose another chair.",
                    )
                if role is not CommitteeRole.HR and user.id in seen_identities:
                    raise InvalidInput(
                        f"{s.login} heeft de identiteit van kandidaten gezien en kan daarom niet "
                        "blind scoren in deze procedure. Geef deze persoon de rol P&O-adviseur.",
                        f"{s.login} has seen candidates' identities and so cannot score blind "
                        "in this procedure. Give this person the HR adviser role.",
                    )
                session.add(CommitteeSeat(procedure_id=pid, user_id=user.id, role=role.value))
            session.flush()
            findings = check_committee(
                F.committee_facts(session, proc, self.db.cipher), F.profile_of(session, proc)
            )
            self.event(
                session,
                "committee.set",
                procedure_id=pid,
                seats=[[s.login, s.role] for s in seats],
                deviation=dev,
                findings=[f.code for f in findings],
            )
            return findings

    def preview_committee(self, pid: int, seats: Sequence[SeatInput]) -> list[Finding]:
        """The composition findings for a committee that is not saved yet (live in the editor)."""
        with self.read() as session:
            proc = access.readable(session, pid, self.actor)
            current = F.committee_facts(session, proc, self.db.cipher)
            known = {m.login: m for m in current.members}
            members = []
            for s in seats:
                m = known.get(s.login) or _member_facts(session, s.login, self.db.cipher)
                members.append(
                    MemberFacts(
                        m.login,
                        CommitteeRole(s.role),
                        m.trained,
                        m.unit,
                        m.gender,
                        m.birth_year,
                        m.outside_european_background,
                    )
                )
            facts = CommitteeFacts(tuple(members), current.hiring_unit, current.scale)
            return check_committee(facts, F.profile_of(session, proc))

    def committee_findings(self, pid: int) -> list[Finding]:
        """The committee check as it stands (shown on the board in every stage)."""
        with self.read() as session:
            proc = access.readable(session, pid, self.actor)
            return check_committee(
                F.committee_facts(session, proc, self.db.cipher), F.profile_of(session, proc)
            )

    def set_channels(self, pid: int, channels: Sequence[ChannelInput]) -> None:
        with self.write() as session:
            proc = access.owned(session, pid, self.actor)
            if Stage(proc.stage).order > Stage.OPEN.order:
                raise StateError(
                    "Kanalen kunnen alleen worden gewijzigd zolang de vacature open staat.",
                    "Channels can only change while the vacancy is open.",
                )
            for old in session.execute(
                select(Channel).where(Channel.procedure_id == pid)
            ).scalars():
                session.delete(old)
            for c in channels:
                if c.name.strip():
                    session.add(Channel(procedure_id=pid, name=c.name.strip(), diverse=c.diverse))
            self.event(
                session,
                "channels.set",
                procedure_id=pid,
                channels=[[c.name, c.diverse] for c in channels],
            )


def _member_facts(session: Session, login: str, cipher: FieldCipher) -> MemberFacts:
    user = user_by_login(session, login)
    unit = session.get(Unit, user.unit_id) if user.unit_id else None
    prof = cipher.open_json(user.profile_enc, "users.profile_enc") or {}
    return MemberFacts(
        login,
        CommitteeRole.MEMBER,
        user.trained,
        unit.code if unit else None,
        Gender(prof["gender"]) if prof.get("gender") else None,
        prof.get("birth_year"),
        prof.get("outside_european_background"),
    )
