"""Passwords (argon2id hashes only), server sessions and the failed sign-in counter.

A session token is 32 random bytes (URL-safe text) that only the client holds; the
database keeps its SHA-256. A session ends after ``IDLE`` without a request or ``ABSOLUTE``
after sign-in, whichever comes first, and at once when the person's roles or password
change or the account is disabled (``revoke_sessions``). After ``FREE_FAILURES`` wrong
passwords for one login the next try waits, doubling up to ``MAX_LOCK``; the counter is a
table, so it holds across several server instances.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bewustwerven.services.base import Actor
from bewustwerven.services.errors import InvalidInput, SessionInvalid, SignInFailed, SignInLocked
from bewustwerven.store import audit
from bewustwerven.store.db import Database
from bewustwerven.store.models import Credential, LoginSession, LoginThrottle, User

IDLE = timedelta(minutes=30)
ABSOLUTE = timedelta(hours=12)
FREE_FAILURES = 5
FIRST_LOCK = timedelta(seconds=30)
MAX_LOCK = timedelta(minutes=15)
MIN_PASSWORD = 12
#: last_seen_at is written at most this often per session (one write a minute, not per call).
TOUCH_EVERY = timedelta(seconds=60)

_HASHER = PasswordHasher()  # argon2id, the library's current defaults (RFC 9106 low-memory)
_DUMMY = _HASHER.hash("no such user: the same work as a real check")

SIGN_IN_FAILED = SignInFailed(
    "Inloggen is mislukt: onbekende inlognaam, verkeerd wachtwoord of een uitgeschakeld "
    "account.",
    "Sign-in failed: unknown login, wrong password or a disabled account.",
)


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(
            f"Een wachtwoord heeft minstens {MIN_PASSWORD} tekens.",
            f"A password has at least {MIN_PASSWORD} characters.",
        )
    return _HASHER.hash(password)


def password_matches(stored: str | None, password: str) -> bool:
    try:
        return _HASHER.verify(stored or _DUMMY, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def set_credential(session: Session, user_id: int, password: str) -> None:
    """The new hash in the caller's (audited) transaction; every session of the user ends."""
    hashed = hash_password(password)
    cred = session.execute(
        select(Credential).where(Credential.user_id == user_id)
    ).scalar_one_or_none()
    if cred is None:
        session.add(Credential(user_id=user_id, password_hash=hashed, changed_at=_now()))
    else:
        cred.password_hash = hashed
        cred.changed_at = _now()
    revoke_sessions(session, user_id)


def has_password(session: Session, user_id: int) -> bool:
    found = session.execute(select(Credential.id).where(Credential.user_id == user_id))
    return found.first() is not None


def revoke_sessions(session: Session, user_id: int) -> None:
    session.execute(
        update(LoginSession)
        .where(LoginSession.user_id == user_id, LoginSession.revoked_at.is_(None))
        .values(revoked_at=_now())
    )


@dataclass(frozen=True, slots=True)
class Issued:
    token: str
    actor: Actor
    expires_at: datetime


def _actor(user: User) -> Actor:
    from bewustwerven.services.users import parse_roles

    return Actor(user.id, user.login, user.display_name, parse_roles(user.roles))


def check_password(db: Database, login: str, password: str) -> Actor:
    """The actor when ``password`` is right; counts a failure (and may lock) otherwise."""
    login = login.strip()[:64]
    now = _now()
    with db.read() as session:
        throttle = session.get(LoginThrottle, login)
        if throttle and throttle.locked_until and throttle.locked_until > now:
            raise _locked(throttle.locked_until - now)
        row = session.execute(
            select(User, Credential.password_hash)
            .join(Credential, Credential.user_id == User.id)
            .where(User.login == login)
        ).first()
    stored = row[1] if row else None
    if not password_matches(stored, password) or row is None or not row[0].active:
        _count_failure(db, login)
        raise SIGN_IN_FAILED
    with db.write() as session:
        throttle = session.get(LoginThrottle, login)
        if throttle is not None:
            session.delete(throttle)
    return _actor(row[0])


def _locked(wait: timedelta) -> SignInLocked:
    secs = max(1, int(wait.total_seconds()))
    return SignInLocked(
        f"Te vaak een verkeerd wachtwoord. Probeer het over {secs} seconden opnieuw.",
        f"Too many wrong passwords. Try again in {secs} seconds.",
    )


def _count_failure(db: Database, login: str) -> None:
    now = _now()
    with db.write() as session:
        throttle = session.get(LoginThrottle, login, with_for_update=True)
        if throttle is None:
            throttle = LoginThrottle(login=login, failures=0)
            session.add(throttle)
        throttle.failures = (throttle.failures or 0) + 1
        throttle.last_failure_at = now
        over = throttle.failures - FREE_FAILURES
        if over >= 0:
            throttle.locked_until = now + min(MAX_LOCK, FIRST_LOCK * (2**over))


def open_session(db: Database, actor: Actor, *, via: str = "password") -> Issued:
    token = secrets.token_urlsafe(32)
    now = _now()
    with db.write() as session:
        session.add(
            LoginSession(
                token_hash=token_hash(token),
                user_id=actor.user_id,
                created_at=now,
                last_seen_at=now,
                expires_at=now + ABSOLUTE,
            )
        )
        audit.record(session, actor.login, "session.opened", payload={"via": via})
    return Issued(token, actor, now + ABSOLUTE)


SESSION_INVALID = SessionInvalid(
    "Uw sessie is verlopen of beëindigd. Log opnieuw in.",
    "Your session has expired or was ended. Please sign in again.",
)


def resolve(db: Database, token: str) -> Actor:
    """The actor of a live session (and note it was used); SessionInvalid otherwise."""
    now = _now()
    with db.read() as session:
        found = session.execute(
            select(LoginSession, User)
            .join(User, User.id == LoginSession.user_id)
            .where(LoginSession.token_hash == token_hash(token))
        ).first()
    if found is None:
        raise SESSION_INVALID
    sess, user = found
    if (
        sess.revoked_at is not None
        or now >= sess.expires_at
        or now - sess.last_seen_at >= IDLE
        or not user.active
    ):
        raise SESSION_INVALID
    if now - sess.last_seen_at >= TOUCH_EVERY:
        with db.write() as session:
            session.execute(
                update(LoginSession).where(LoginSession.id == sess.id).values(last_seen_at=now)
            )
    return _actor(user)


def close_session(db: Database, token: str) -> None:
    with db.write() as session:
        session.execute(
            update(LoginSession)
            .where(LoginSession.token_hash == token_hash(token), LoginSession.revoked_at.is_(None))
            .values(revoked_at=_now())
        )
