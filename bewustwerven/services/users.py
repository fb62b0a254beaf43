"""Users, roles and units; who is the current user."""

from __future__ import annotations

import builtins
import getpass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bewustwerven.core.facts import Gender
from bewustwerven.core.procedure import Role
from bewustwerven.services import accounts
from bewustwerven.services.base import Actor, Service
from bewustwerven.services.dto import UserInfo
from bewustwerven.services.errors import Forbidden, InvalidInput, NotFound, SignInFailed
from bewustwerven.store import audit
from bewustwerven.store.db import Database
from bewustwerven.store.models import AuditEvent, Credential, Unit, User

PROFILE_PLACE = "users.profile_enc"


def os_login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry in some containers
        return "gebruiker"


def parse_roles(values: list[str] | tuple[str, ...] | str) -> frozenset[Role]:
    items = values.split(",") if isinstance(values, str) else list(values)
    roles = set()
    for item in (v.strip().lower() for v in items):
        if not item:
            continue
        try:
            roles.add(Role(item))
        except ValueError:
            names = ", ".join(r.value for r in Role)
            raise InvalidInput(
                f"Onbekende rol '{item}'. Kies uit: {names}.",
                f"Unknown role '{item}'. Choose from: {names}.",
            ) from None
    return frozenset(roles)


def _actor(user: User) -> Actor:
    return Actor(user.id, user.login, user.display_name, parse_roles(user.roles))


DEMO_EVENT = "demo.built"  # in the trail of a database that ``demo`` filled


class PasswordRequired(SignInFailed):
    """Acting as another person who has a password: give that password."""


def is_demo(session: Session) -> bool:
    """A database made by ``demo``: there, anyone may act as anyone (to try the tool)."""
    found = session.execute(select(AuditEvent.id).where(AuditEvent.action == DEMO_EVENT))
    return found.first() is not None


def mark_demo(session: Session, login: str) -> None:
    audit.record(session, login, DEMO_EVENT, payload={"login": login})


def bootstrap(db: Database, login: str | None = None) -> Actor:
    """The actor for ``login`` (default: the OS login), without a password (the in-process
    door: tests, the demo builder, ``sign_in_local`` after its checks).

    On a database without users, the login that opens it becomes its first administrator
    (still with every role: tests and the desktop's first run rely on it; see issue 17).
    """
    login = (login or os_login()).strip()
    with db.write() as session:
        user = session.execute(select(User).where(User.login == login)).scalar_one_or_none()
        if user is None:
            if session.execute(select(func.count(User.id))).scalar_one() == 0:
                user = User(
                    login=login,
                    display_name=login,
                    roles=",".join(r.value for r in Role),
                    trained=True,
                    active=True,
                )
                session.add(user)
                audit.record(session, login, "user.first_admin", payload={"login": login})
            else:
                raise NotFound(
                    f"Gebruiker '{login}' bestaat niet in deze database. Vraag de functioneel "
                    "beheerder om u toe te voegen.",
                    f"User '{login}' does not exist in this database. Ask the administrator to "
                    "add you.",
                )
        if not user.active:
            raise Forbidden(
                f"Gebruiker '{login}' is uitgeschakeld.", f"User '{login}' is disabled."
            )
        return _actor(user)


def sign_in_local(db: Database, login: str | None, password: str | None = None) -> Actor:
    """Who opens an embedded database. One's own OS login needs no password; acting as
    another person (``--user``) needs that person's password once they have one (argon2id,
    checked and throttled as on the server), except in a database made by ``demo``."""
    own = os_login()
    login = (login or own).strip()
    if login != own:
        with db.read() as session:
            user = session.execute(select(User).where(User.login == login)).scalar_one_or_none()
            guarded = (
                user is not None
                and accounts.has_password(session, user.id)
                and not is_demo(session)
            )
        if guarded:
            if not password:
                raise PasswordRequired(
                    f"Om als '{login}' te werken is het wachtwoord van '{login}' nodig.",
                    f"To act as '{login}', the password of '{login}' is needed.",
                )
            accounts.check_password(db, login, password)
    return bootstrap(db, login)


def _info(user: User, units: dict[int, str]) -> UserInfo:
    return UserInfo(
        user.login,
        user.display_name,
        tuple(sorted(parse_roles(user.roles))),
        units.get(user.unit_id) if user.unit_id else None,
        user.trained,
        user.active,
    )


class UserService(Service):
    def list(self) -> list[UserInfo]:
        with self.read() as session:
            units = {u.id: u.code for u in session.execute(select(Unit)).scalars()}
            users = session.execute(select(User).order_by(User.login)).scalars()
            return [_info(u, units) for u in users]

    def add(
        self,
        login: str,
        *,
        roles: builtins.list[str] | tuple[str, ...],
        display_name: str = "",
        unit_code: str | None = None,
        trained: bool = False,
        gender: str | None = None,
        birth_year: int | None = None,
        outside_european_background: bool | None = None,
        password: str | None = None,
    ) -> UserInfo:
        """Add a user; with ``password`` they can sign in to the server (argon2id hash)."""
        self.require(Role.ADMIN)
        login = login.strip()
        if not login or any(c.isspace() for c in login):
            raise InvalidInput(
                "Een inlognaam mag niet leeg zijn en geen spaties bevatten.",
                "A login must not be empty or contain spaces.",
            )
        role_set = parse_roles(roles)
        if not role_set:
            raise InvalidInput("Geef minstens één rol.", "Give at least one role.")
        with self.write() as session:
            if session.execute(select(User.id).where(User.login == login)).first():
                raise InvalidInput(f"Gebruiker '{login}' bestaat al.", f"User '{login}' exists.")
            unit = _unit(session, unit_code) if unit_code else None
            user = User(
                login=login,
                display_name=display_name or login,
                roles=",".join(sorted(role_set)),
                unit_id=unit.id if unit else None,
                trained=trained,
                active=True,
            )
            user.profile_enc = self._seal_profile(gender, birth_year, outside_european_background)
            session.add(user)
            if password:
                session.flush()
                accounts.set_credential(session, user.id, password)
            self.event(session, "user.added", login=login, roles=sorted(role_set))
            return _info(user, {unit.id: unit.code} if unit else {})

    def set_roles(self, login: str, roles: builtins.list[str]) -> None:
        self.require(Role.ADMIN)
        role_set = parse_roles(roles)
        with self.write() as session:
            user = _user(session, login)
            if user.id == self.actor.user_id and Role.ADMIN not in role_set:
                raise InvalidInput(
                    "U kunt uw eigen beheerrol niet weghalen.",
                    "You cannot remove your own administrator role.",
                )
            user.roles = ",".join(sorted(role_set))
            accounts.revoke_sessions(session, user.id)  # a session carries the old roles
            self.event(session, "user.roles", login=login, roles=sorted(role_set))

    def set_password(self, login: str, password: str) -> None:
        """An administrator sets someone's password; their sessions end. Anyone may set
        their own first password (a later one needs the old: ``change_password``)."""
        with self.write() as session:
            user = _user(session, login)
            own_first = user.id == self.actor.user_id and not accounts.has_password(
                session, user.id
            )
            if not own_first:
                self.require(Role.ADMIN)
            accounts.set_credential(session, user.id, password)
            self.event(session, "user.password", login=login)

    def change_password(self, old_password: str, new_password: str) -> None:
        """One's own password, with the old one; every session ends (also this one)."""
        with self.write() as session:
            cred = session.execute(
                select(Credential).where(Credential.user_id == self.actor.user_id)
            ).scalar_one_or_none()
            if cred is None or not accounts.password_matches(cred.password_hash, old_password):
                raise Forbidden(
                    "Het huidige wachtwoord klopt niet.", "The current password is wrong."
                )
            accounts.set_credential(session, self.actor.user_id, new_password)
            self.event(session, "user.password", login=self.actor.login)

    def set_active(self, login: str, active: bool) -> None:
        """Disable (or enable again) an account; a disabled one's sessions end at once."""
        self.require(Role.ADMIN)
        with self.write() as session:
            user = _user(session, login)
            if user.id == self.actor.user_id and not active:
                raise InvalidInput(
                    "U kunt uw eigen account niet uitschakelen.",
                    "You cannot disable your own account.",
                )
            user.active = active
            if not active:
                accounts.revoke_sessions(session, user.id)
            self.event(session, "user.active", login=login, active=active)

    def set_trained(self, login: str, trained: bool) -> None:
        self.require(Role.ADMIN, Role.RECRUITER)
        with self.write() as session:
            _user(session, login).trained = trained
            self.event(session, "user.trained", login=login, trained=trained)

    def add_unit(self, code: str, name: str) -> None:
        self.require(Role.ADMIN)
        with self.write() as session:
            if session.execute(select(Unit.id).where(Unit.code == code)).first():
                raise InvalidInput(f"Afdeling '{code}' bestaat al.", f"Unit '{code}' exists.")
            session.add(Unit(code=code, name=name))
            self.event(session, "unit.added", code=code, name=name)

    def units(self) -> builtins.list[tuple[str, str]]:
        with self.read() as session:
            return [
                (u.code, u.name)
                for u in session.execute(select(Unit).order_by(Unit.code)).scalars()
            ]

    def _seal_profile(
        self, gender: str | None, birth_year: int | None, outside_eu: bool | None
    ) -> bytes | None:
        if gender is None and birth_year is None and outside_eu is None:
            return None
        if gender is not None:
            try:
                Gender(gender)
            except ValueError:
                raise InvalidInput(
                    f"Onbekend gender '{gender}'.", f"Unknown gender '{gender}'."
                ) from None
        data: dict[str, Any] = {
            "gender": gender,
            "birth_year": birth_year,
            "outside_european_background": outside_eu,
        }
        return self.db.cipher.seal_json(data, PROFILE_PLACE)


def _user(session: Session, login: str) -> User:
    user = session.execute(select(User).where(User.login == login)).scalar_one_or_none()
    if user is None:
        raise NotFound(f"Gebruiker '{login}' bestaat niet.", f"User '{login}' does not exist.")
    return user


def _unit(session: Session, code: str) -> Unit:
    unit = session.execute(select(Unit).where(Unit.code == code)).scalar_one_or_none()
    if unit is None:
        raise NotFound(f"Afdeling '{code}' bestaat niet.", f"Unit '{code}' does not exist.")
    return unit


user_by_login = _user
unit_by_code = _unit
