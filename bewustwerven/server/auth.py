"""Who is signing in: the seam for an organisation's own identity provider.

The server asks an ``Authenticator`` for the actor behind a sign-in request and then
issues its own session token (services/accounts.py), whatever proved the identity. The
password one is built in; an OpenID Connect or Kerberos one plugs in the same way
(docs/server-admin.md, "Identity provider"): check the proof, map it to a ``users.login``
and return that user's actor, or raise ``SignInFailed``.
"""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel, ConfigDict, Field

from bewustwerven.services import accounts
from bewustwerven.services.base import Actor
from bewustwerven.store.db import Database


class SignIn(BaseModel):
    """What a client sends to ``POST /api/v1/login``."""

    model_config = ConfigDict(extra="forbid")
    login: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1024)


class Authenticator(Protocol):
    #: goes into the audit event of the new session (``session.opened``, ``via``)
    name: str

    def authenticate(self, db: Database, request: SignIn) -> Actor:
        """The actor, or raise SignInFailed / SignInLocked."""
        ...


class PasswordAuthenticator:
    """argon2id hashes in the ``credentials`` table, with the failed sign-in counter."""

    name = "password"

    def authenticate(self, db: Database, request: SignIn) -> Actor:
        return accounts.check_password(db, request.login, request.password)
