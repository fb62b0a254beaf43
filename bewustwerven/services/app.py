"""Opening the application's services on a database, as one user."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from bewustwerven.core.policy import (
    PolicyProfile,
    load_default_profile,
    parse_profile,
    parse_stored_profile,
)
from bewustwerven.core.procedure import Role
from bewustwerven.services import users
from bewustwerven.services.audit import AuditService
from bewustwerven.services.base import Actor, Service
from bewustwerven.services.candidates import CandidateService
from bewustwerven.services.consensus import ConsensusService
from bewustwerven.services.deviations import DeviationService
from bewustwerven.services.errors import (
    DatabaseTooNewError,
    DatabaseUnreachable,
    InvalidInput,
    KeyMissing,
)
from bewustwerven.services.privacy import PrivacyService
from bewustwerven.services.procedures import ProcedureService
from bewustwerven.services.ranking import RankingService
from bewustwerven.services.scoring import ScoringService
from bewustwerven.services.setup import SetupService
from bewustwerven.store import audit
from bewustwerven.store.db import Database, DatabaseUnavailable, open_database
from bewustwerven.store.keys import KeyUnavailable
from bewustwerven.store.migrate import DatabaseTooNew
from bewustwerven.store.models import PolicyProfileRow

if TYPE_CHECKING:  # reporting loads reportlab: only when a report is made
    from bewustwerven.services.reporting import ReportingService


def ensure_default_profile(db: Database, actor_login: str = "systeem") -> None:
    """Load the shipped profile into the database once (a newer shipped version is added)."""
    profile = load_default_profile()
    with db.write() as session:
        known = session.execute(
            select(PolicyProfileRow.id).where(
                PolicyProfileRow.name == profile.name, PolicyProfileRow.version == profile.version
            )
        ).first()
        if known is None:
            session.add(
                PolicyProfileRow(
                    name=profile.name,
                    version=profile.version,
                    toml=profile.raw_toml,
                    imported_at=datetime.now().replace(microsecond=0),
                )
            )
            audit.record(session, actor_login, "profile.loaded", payload={"profile": profile.label})


class ProfileService(Service):
    def current(self, name: str = "amsterdam") -> PolicyProfile:
        with self.read() as session:
            row = session.execute(
                select(PolicyProfileRow)
                .where(PolicyProfileRow.name == name)
                .order_by(PolicyProfileRow.version.desc())
                .limit(1)
            ).scalar_one()
            return parse_stored_profile(row.toml)

    def import_profile(self, toml_text: str) -> PolicyProfile:
        """A new version of a profile; procedures keep the version they ran under."""
        self.require(Role.ADMIN)
        profile = parse_profile(toml_text)
        with self.write() as session:
            newest = session.execute(
                select(PolicyProfileRow.version)
                .where(PolicyProfileRow.name == profile.name)
                .order_by(PolicyProfileRow.version.desc())
                .limit(1)
            ).scalar_one_or_none()
            if newest is not None and profile.version <= newest:
                raise InvalidInput(
                    f"Versie {profile.version} is niet nieuwer dan de geladen versie {newest}.",
                    f"Version {profile.version} is not newer than loaded version {newest}.",
                )
            session.add(
                PolicyProfileRow(
                    name=profile.name,
                    version=profile.version,
                    toml=toml_text,
                    imported_at=datetime.now().replace(microsecond=0),
                )
            )
            self.event(session, "profile.imported", profile=profile.label)
        return profile


@dataclass
class App:
    """Everything a front end needs: the database and the services, as one actor."""

    db: Database
    actor: Actor

    @cached_property
    def procedures(self) -> ProcedureService:
        return ProcedureService(self.db, self.actor)

    @cached_property
    def setup(self) -> SetupService:
        return SetupService(self.db, self.actor)

    @cached_property
    def candidates(self) -> CandidateService:
        return CandidateService(self.db, self.actor)

    @cached_property
    def scoring(self) -> ScoringService:
        return ScoringService(self.db, self.actor)

    @cached_property
    def consensus(self) -> ConsensusService:
        return ConsensusService(self.db, self.actor)

    @cached_property
    def privacy(self) -> PrivacyService:
        return PrivacyService(self.db, self.actor)

    @cached_property
    def ranking(self) -> RankingService:
        return RankingService(self.db, self.actor)

    @cached_property
    def deviations(self) -> DeviationService:
        return DeviationService(self.db, self.actor)

    @cached_property
    def audit(self) -> AuditService:
        return AuditService(self.db, self.actor)

    @cached_property
    def users(self) -> users.UserService:
        return users.UserService(self.db, self.actor)

    @cached_property
    def profiles(self) -> ProfileService:
        return ProfileService(self.db, self.actor)

    @cached_property
    def reporting(self) -> ReportingService:
        from bewustwerven.services.reporting import ReportingService

        return ReportingService(self.db, self.actor)

    @cached_property
    def is_demo(self) -> bool:
        """A database made by ``demo`` (the window title says so; anyone may be anyone)."""
        with self.db.read() as session:
            return users.is_demo(session)

    def describe(self) -> str:
        """Where the data is, to show (a password in a URL becomes ***)."""
        return self.db.shown_url

    def as_user(self, login: str) -> App:
        return App(self.db, users.bootstrap(self.db, login))

    def close(self) -> None:
        self.db.close()


def open_app(
    db: str | None = None,
    *,
    user: str | None = None,
    passphrase: str | None = None,
    upgrade: bool = True,
    key_file: Path | None = None,
    password: str | None = None,
) -> App:
    """The services on ``db`` as ``user`` (default: the OS login). Acting as someone else
    who has a password needs ``password`` (``users.PasswordRequired`` without it)."""
    try:
        database = open_database(db, passphrase=passphrase, upgrade=upgrade, key_file=key_file)
    except KeyUnavailable as exc:
        raise KeyMissing(exc.msg.nl, exc.msg.en) from exc
    except DatabaseUnavailable as exc:
        raise DatabaseUnreachable(exc.msg.nl, exc.msg.en) from exc
    except DatabaseTooNew as exc:
        raise DatabaseTooNewError(exc.msg.nl, exc.msg.en) from exc
    try:
        actor = users.sign_in_local(database, user, password)
        ensure_default_profile(database, actor.login)
    except BaseException:
        database.close()
        raise
    return App(database, actor)
