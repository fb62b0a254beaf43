"""Which signing key this process signs the trail with, and the events that manage it.

``KeySource`` is put in every session's ``info`` by ``open_database``; ``audit.record``
asks it for the key (loaded on first use: a passphrase-wrapped key costs an scrypt).
``ensure_started`` appends the signed "audit.signing_started" event the first time a
database is opened with a key (a new database, or one from before signing existed);
``rotate`` appends the rotation event, signed by the old key, that brings in a new one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from bewustwerven import __version__
from bewustwerven.store import keys, signing
from bewustwerven.store.models import AuditEvent, Meta

INFO = "bw_key_source"


class SigningKeyMissing(RuntimeError):
    """The trail is signed, but this process has no signing key: writing is refused."""


MISSING = (
    "Het auditspoor van deze database wordt ondertekend, maar de ondertekeningssleutel is hier "
    "niet beschikbaar (sleutelbos, sleutelbestand via BEWUSTWERVEN_SIGNING_KEY, of "
    "wachtwoordzin). Er is niets opgeslagen. / The audit trail of this database is signed, but "
    "the signing key is not available here (keyring, key file via BEWUSTWERVEN_SIGNING_KEY, or "
    "passphrase). Nothing was saved."
)


@dataclass
class KeySource:
    db_id: str
    passphrase: str | None = field(default=None, repr=False)
    path: Path | None = None
    create: bool = True  # may make a new key when none is found (not on PostgreSQL w/o file)
    _key: signing.SigningKey | None = field(default=None, repr=False)
    _loaded: bool = False
    _started: bool = False

    def signing_key(self, session: Session) -> signing.SigningKey | None:
        if not self._loaded:
            self._key = keys.load_signing_key(
                self.db_id, path=self.path, passphrase=self.passphrase, wrapped=_wrapped(session)
            )
            self._loaded = True
        return self._key

    def reload(self) -> None:
        self._loaded, self._key = False, None

    def use(self, key: signing.SigningKey) -> None:
        self._key, self._loaded = key, True

    @property
    def seen_started(self) -> bool:
        """Whether this process has seen signing started (without asking the database)."""
        return self._started

    def started(self, session: Session) -> bool:
        if not self._started:
            self._started = current_key_id(session) is not None
        return self._started

    def public_keys(self, session: Session) -> list[bytes]:
        """The installation's own public key (from its private key, never from the trail)."""
        key = self.signing_key(session)
        return [key.public_raw] if key else []


def source(session: Session) -> KeySource | None:
    found = session.info.get(INFO)
    return found if isinstance(found, KeySource) else None


def _wrapped(session: Session) -> str | None:
    return session.execute(
        select(Meta.value).where(Meta.key == keys.SIGNING_WRAPPED)
    ).scalar_one_or_none()


def current_key_id(session: Session) -> str | None:
    """The key the trail says signs now: from its last start or rotation event (None when
    signing never started, or when this login may not read those events)."""
    found = session.execute(
        select(AuditEvent.action, AuditEvent.payload)
        .where(AuditEvent.action.in_((signing.STARTED, signing.ROTATED)))
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    ).first()
    if found is None:
        return None
    try:
        payload = json.loads(found[1])
        return str(payload["key" if found[0] == signing.STARTED else "new_key"])
    except (ValueError, KeyError, TypeError):
        return "?"


def ensure_started(session: Session, actor: str) -> bool:
    """Append "audit.signing_started" when this trail is not signed yet and a key can be had
    (or made). Returns True when it appended it."""
    from bewustwerven.store import audit

    src = source(session)
    if src is None:
        return False
    key = src.signing_key(session)  # loaded once per process
    if key is None and not src.create:
        return False  # nothing to start with; the append itself checks the trail's key
    if src.started(session):
        return False
    if key is None:
        key = signing.SigningKey.generate()
        wrapped = keys.store_signing_key(
            src.db_id, key, path=src.path, passphrase=src.passphrase
        )
        if wrapped is not None:
            session.merge(Meta(key=keys.SIGNING_WRAPPED, value=wrapped))
        src.use(key)
    session.flush()
    saved = session.info.pop(audit._PENDING, None)  # the caller's rows stay the caller's
    before = audit.head(session)
    audit.record(
        session,
        actor,
        signing.STARTED,
        payload={
            "key": key.key_id,
            "public_key": signing.b64(key.public_raw),
            "version": __version__,
            "unsigned_before": before[0] if before else 0,
        },
        _starting=True,
    )
    if saved:
        session.info[audit._PENDING] = saved
    src._started = True
    return True


def rotate(session: Session, actor: str) -> tuple[signing.SigningKey, signing.SigningKey]:
    """Bring in a new signing key: the rotation event is signed by the old key and holds the
    new key's statement that it follows the old one. The new key is stored where the old
    one was (file, keyring or wrapped in meta) before the transaction commits; the caller
    restores the old one (``restore``) when the transaction fails."""
    from bewustwerven.store import audit

    src = source(session)
    old = src.signing_key(session) if src else None
    if src is None or old is None:
        raise SigningKeyMissing(MISSING)
    ensure_started(session, actor)
    new = signing.SigningKey.generate()
    audit.record(
        session,
        actor,
        signing.ROTATED,
        payload={
            "old_key": old.key_id,
            "new_key": new.key_id,
            "new_public_key": signing.b64(new.public_raw),
            "follows": new.vouch_follows(old.public_raw),
        },
    )
    keep(session, src, new)
    return old, new


def keep(session: Session, src: KeySource, key: signing.SigningKey) -> None:
    wrapped = keys.store_signing_key(src.db_id, key, path=src.path, passphrase=src.passphrase)
    if wrapped is not None:
        session.merge(Meta(key=keys.SIGNING_WRAPPED, value=wrapped))
    src.use(key)


def restore(src: KeySource, old: signing.SigningKey) -> None:
    """Put the old key back after a failed rotation (the wrapped copy rolls back itself)."""
    keys.store_signing_key(src.db_id, old, path=src.path, passphrase=src.passphrase)
    src.use(old)


def trusted_from_files(paths: list[str]) -> list[bytes]:
    out: list[bytes] = []
    for p in paths:
        try:
            out.append(signing.public_from_pem(Path(p).read_bytes()))
        except OSError as exc:
            raise keys.KeyUnavailable(
                f"{p} is niet te lezen ({exc.strerror}). / {p} cannot be read ({exc.strerror})."
            ) from exc
        except signing.BadKey as exc:
            raise keys.KeyUnavailable(
                f"{p} is geen openbare Ed25519-sleutel (PEM). / {p} is not an Ed25519 public "
                "key (PEM)."
            ) from exc
    return out
