"""SQLAlchemy 2 typed models. Personal fields end in ``_enc`` and hold AES-GCM ciphertext.

Every table that people change through the services is *audited*: each change is
recorded, with a digest of the row, in the hash-chained audit trail (store/audit.py).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    __audited__ = True


class Meta(Base):
    """Key/value facts about this database: its id, key check, wrapped key, schema."""

    __tablename__ = "meta"
    __audited__ = False
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Unit(Base):
    __tablename__ = "units"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    roles: Mapped[str] = mapped_column(String(100))  # comma separated Role values
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    trained: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Voluntary, self-declared; used only for the committee composition check. Deferred: on
    # PostgreSQL a plain member may not select it (services/facts.py: committee_profiles).
    profile_enc: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    version_id: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version_id}


class PolicyProfileRow(Base):
    __tablename__ = "policy_profiles"
    __table_args__ = (UniqueConstraint("name", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    toml: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(DateTime)


class Vacancy(Base):
    __tablename__ = "vacancies"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    scale: Mapped[int] = mapped_column(Integer)
    hours: Mapped[int] = mapped_column(Integer, default=36)
    location: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    closing_date: Mapped[date | None] = mapped_column(Date)
    version_id: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version_id}


class Procedure(Base):
    __tablename__ = "procedures"
    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id"), unique=True)
    stage: Mapped[str] = mapped_column(String(16), index=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("policy_profiles.id"))
    round: Mapped[int] = mapped_column(Integer, default=1)  # +1 at every restart
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    stage_since: Mapped[datetime] = mapped_column(DateTime)
    locked_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    text_warnings_acknowledged: Mapped[bool] = mapped_column(Boolean, default=False)
    version_id: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version_id}

    vacancy: Mapped[Vacancy] = relationship(lazy="joined")


class StageChange(Base):
    __tablename__ = "stage_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id"), index=True)
    from_stage: Mapped[str] = mapped_column(String(16))
    to_stage: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(DateTime)
    by_user: Mapped[int] = mapped_column(ForeignKey("users.id"))
    findings: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)


class Criterion(Base):
    __tablename__ = "criteria"
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id"), index=True)
    round: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    knockout: Mapped[bool] = mapped_column(Boolean, default=False)
    weight: Mapped[float] = mapped_column(Float, default=1.0)


class Question(Base):
    __tablename__ = "questions"
    id: Mapped[int] = mapped_column(primary_key=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criteria.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    anchors: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # "1".."5" -> text


class CommitteeSeat(Base):
    __tablename__ = "committee_seats"
    __table_args__ = (UniqueConstraint("procedure_id", "user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))  # CommitteeRole


class Channel(Base):
    __tablename__ = "channels"
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    diverse: Mapped[bool] = mapped_column(Boolean, default=False)


class Candidate(Base):
    __tablename__ = "candidates"
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id"), index=True)
    pseudonym: Mapped[str] = mapped_column(String(12), unique=True)
    applied_at: Mapped[datetime] = mapped_column(DateTime)
    channel: Mapped[str] = mapped_column(String(200), default="")
    # Identity, encrypted; None after retention.
    name_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    email_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    phone_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    revealed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Furthest stage reached: applied / invited / interviewed / offered / hired; rejected keeps
    # the stage it was rejected in.
    funnel: Mapped[str] = mapped_column(String(16), default="applied")
    identity_deleted_at: Mapped[datetime | None] = mapped_column(DateTime)


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id"), index=True)
    filename_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    original_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    redacted_text: Mapped[str] = mapped_column(Text, default="")
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime)


class SelfIdentification(Base):
    __tablename__ = "self_identifications"
    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id"), unique=True)
    data_enc: Mapped[bytes] = mapped_column(LargeBinary)
    consent_version: Mapped[str] = mapped_column(String(32))
    retention_consent: Mapped[bool] = mapped_column(Boolean, default=False)


class IdentityAccess(Base):
    """Who saw identities in a procedure: such a person never scores blind in it."""

    __tablename__ = "identity_access"
    __table_args__ = (UniqueConstraint("procedure_id", "user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    first_at: Mapped[datetime] = mapped_column(DateTime)


CURRENT_SHEET = "status IN ('draft', 'submitted')"


class ScoreSheet(Base):
    __tablename__ = "score_sheets"
    __table_args__ = (
        Index("ix_sheet_lookup", "procedure_id", "stage", "round", "candidate_id", "member_id"),
        # One current sheet per member, candidate, stage and round (migration 0005).
        Index(
            "uq_score_sheets_current",
            "candidate_id",
            "member_id",
            "stage",
            "round",
            unique=True,
            sqlite_where=text(CURRENT_SHEET),
            postgresql_where=text(CURRENT_SHEET),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id"))
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    stage: Mapped[str] = mapped_column(String(16))
    round: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(16))  # draft/submitted/superseded/archived
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    amend_reason: Mapped[str] = mapped_column(Text, default="")
    deviation_id: Mapped[int | None] = mapped_column(ForeignKey("deviations.id"))
    version_id: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version_id}


class Score(Base):
    __tablename__ = "scores"
    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(ForeignKey("score_sheets.id"), index=True)
    item_key: Mapped[str] = mapped_column(String(32))  # criterion key (screening) or question key
    criterion_key: Mapped[str] = mapped_column(String(32))
    value: Mapped[int | None] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(Text, default="")


class Conflict(Base):
    __tablename__ = "conflicts"
    __table_args__ = (UniqueConstraint("candidate_id", "member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id"), index=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    declared_at: Mapped[datetime] = mapped_column(DateTime)


class Consensus(Base):
    __tablename__ = "consensus"
    __table_args__ = (UniqueConstraint("candidate_id", "stage", "round"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id"), index=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id"))
    stage: Mapped[str] = mapped_column(String(16))
    round: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(16))
    scores: Mapped[dict[str, float]] = mapped_column(JSON, default=dict)  # criterion -> score
    motivations: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # criterion -> text
    total: Mapped[float | None] = mapped_column(Float)
    decided_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime] = mapped_column(DateTime)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class Decision(Base):
    __tablename__ = "decisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id"), unique=True)
    chosen_candidate_id: Mapped[int | None] = mapped_column(ForeignKey("candidates.id"))
    motivations: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    motivation: Mapped[str] = mapped_column(Text, default="")
    preference_motivation: Mapped[str] = mapped_column(Text, default="")
    tie_breaker: Mapped[str] = mapped_column(Text, default="")
    ranked_equal: Mapped[list[str]] = mapped_column(JSON, default=list)
    decided_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime] = mapped_column(DateTime)


class DeviationRow(Base):
    __tablename__ = "deviations"
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id"), index=True)
    type: Mapped[str] = mapped_column(String(48))
    rule_code: Mapped[str] = mapped_column(String(32))
    stage: Mapped[str] = mapped_column(String(16))
    round: Mapped[int] = mapped_column(Integer)
    justification: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), index=True)
    requested_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    comment: Mapped[str] = mapped_column(Text, default="")
    used_at: Mapped[datetime | None] = mapped_column(DateTime)  # when it let a change through
    version_id: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version_id}


class AuditEvent(Base):
    """One link of the append-only, hash-chained trail (in the UI: auditgebeurtenis)."""

    __tablename__ = "audit_events"
    __audited__ = False
    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64), index=True)
    procedure_id: Mapped[int | None] = mapped_column(Integer, index=True)
    payload: Mapped[str] = mapped_column(Text)  # canonical JSON, hashed as is
    rows: Mapped[str] = mapped_column(Text)  # canonical JSON [[table, pk, digest|null], ...]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    # Ed25519 over the hash (store/signing.py); NULL only before signing started (0003).
    key_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    signature: Mapped[str | None] = mapped_column(String(128), nullable=True)


def audited_tables() -> list[str]:
    """Names of the tables whose rows the trail covers, sorted (the registry's order varies
    between processes, and a verification report must not)."""
    return sorted(
        m.class_.__tablename__
        for m in Base.registry.mappers
        if getattr(m.class_, "__audited__", True)
    )


# -- privacy lifecycle (issue 7; migration 0002) ------------------------------------------


class Objection(Base):
    """A written objection to the use of self-identification data: that it happened, never
    what the data said (the SelfIdentification row itself is deleted at once)."""

    __tablename__ = "objections"
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id"), index=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id"), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    had_data: Mapped[bool] = mapped_column(Boolean, default=False)
    # The candidate's separate consent to keep the application for a year survives the
    # objection: it is not self-identification data.
    retention_consent: Mapped[bool] = mapped_column(Boolean, default=False)


class Complaint(Base):
    """The complaints register: a complaint against a procedure, handled within 4 weeks."""

    __tablename__ = "complaints"
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id"), index=True)
    candidate_id: Mapped[int | None] = mapped_column(ForeignKey("candidates.id"))
    received_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)  # open / handled
    summary_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    outcome_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    handled_on: Mapped[date | None] = mapped_column(Date)
    handled_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    content_deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    version_id: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version_id}


# -- the server's sign-in (issue 11; migration 0004) ---------------------------------------


class Credential(Base):
    """A person's password for the server, as an argon2id hash only (services/accounts.py).

    A table of its own, not a column of ``users``: a new column would change the digest of
    every user row already in the audit trail. Audited: a password is set with an event.
    No row: this person cannot sign in to the server. ``users.active`` False: disabled."""

    __tablename__ = "credentials"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    changed_at: Mapped[datetime] = mapped_column(DateTime)


class LoginSession(Base):
    """One signed-in client of the server: only the SHA-256 of its random token is kept.

    Not audited: every request moves ``last_seen_at``; signing in and out is in the trail
    as events (``session.login``), revocation follows audited changes of the user."""

    __tablename__ = "login_sessions"
    __audited__ = False
    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)  # the absolute end
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)


class LoginThrottle(Base):
    """Failed sign-ins per login name (also names that do not exist, so the answer does
    not tell which logins exist). In the database, so it holds across server instances."""

    __tablename__ = "login_throttle"
    __audited__ = False
    login: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(DateTime)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
