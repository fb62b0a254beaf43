"""Backing up and restoring the data key and the trail's signing key. Key loss is data loss:
without the data key no name, e-mail, document or self-identification can be read again, and
without the signing key nothing more can be written to a signed trail."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import SQLAlchemyError

from bewustwerven.core.messages import BilingualError
from bewustwerven.core.procedure import Role
from bewustwerven.services.errors import InvalidInput, KeyMissing
from bewustwerven.services.privacy.common import PrivacyBase
from bewustwerven.store import keys, trail_keys
from bewustwerven.store.db import make_engine, resolve_url
from bewustwerven.store.models import Meta
from bewustwerven.store.signing import BadKey, SigningKey

FORMAT = "bewustwerven-key-backup"


def _split(exc: Exception) -> tuple[str, str]:
    if isinstance(exc, BilingualError):
        return exc.msg.nl, exc.msg.en
    return str(exc), str(exc)


class KeyBackupActions(PrivacyBase):
    def export_key(self, passphrase: str) -> str:
        """The data key wrapped under ``passphrase`` (scrypt + AES-GCM), as JSON text for a
        file the administrator keeps apart from the database. Logged."""
        self.require(Role.ADMIN)
        with self.write() as session:
            meta = {m.key: m.value for m in session.execute(select(Meta)).scalars()}
            key = keys.load_from_keyring(self.db.db_id)
            try:
                if key is not None and keys.key_matches(key, meta["key_check"]):
                    wrapped = keys.wrap_key(key, passphrase)
                elif "key_wrapped" in meta:
                    # Passphrase mode: the key is only held wrapped under the database's
                    # passphrase; the backup is that wrapping, checked with the passphrase.
                    inner = keys.unwrap_key(meta["key_wrapped"], passphrase)
                    if not keys.key_matches(inner, meta["key_check"]):
                        raise keys.KeyUnavailable("De sleutel past niet.", "The key does not fit.")
                    wrapped = meta["key_wrapped"]
                else:
                    raise KeyMissing(
                        "De sleutel staat niet in de sleutelbos van deze computer.",
                        "The key is not in this computer's keyring.",
                    )
            except keys.KeyUnavailable as exc:
                raise InvalidInput(*_split(exc)) from exc
            src = trail_keys.source(session)
            signer = src.signing_key(session) if src is not None else None
            self.event(session, "key.exported", signing_key=signer.key_id if signer else None)
            extra = (
                {
                    "signing_key_id": signer.key_id,
                    "signing_wrapped": keys.wrap_key(
                        signer.raw_private(), passphrase, keys.SIGNING_PURPOSE
                    ),
                }
                if signer is not None
                else {}
            )
            return json.dumps(
                {
                    **extra,
                    "format": FORMAT,
                    "version": 1,
                    "db_id": self.db.db_id,
                    "key_check": meta["key_check"],
                    "made_at": datetime.now().replace(microsecond=0).isoformat(),
                    "wrapped": wrapped,
                },
                indent=2,
            )

    def note_key_restored(self) -> None:
        """Put the restore (done before the app could open) in the audit trail."""
        with self.write() as session:
            self.event(session, "key.restored", in_keyring=self.db.key_in_keyring)


def restore_key(db: str | None, backup: str, passphrase: str) -> str:
    """Put the key from a backup back, for a database that cannot be opened without it.
    Into the keyring where there is one; else the database keeps it wrapped under the
    passphrase (open it with that passphrase). Returns the database id."""
    try:
        data = json.loads(backup)
        if data.get("format") != FORMAT:
            raise ValueError
        db_id, check, wrapped = data["db_id"], data["key_check"], data["wrapped"]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InvalidInput(
            "Dit is geen sleutelback-up van BewustWerven.", "This is not a BewustWerven key backup."
        ) from exc
    engine = make_engine(resolve_url(db))
    try:
        with engine.connect() as conn:
            try:
                meta = {k: v for k, v in conn.execute(select(Meta.key, Meta.value))}
            except SQLAlchemyError as exc:
                raise InvalidInput(
                    "Deze database is leeg of onleesbaar.", "This database is empty or unreadable."
                ) from exc
            if meta.get("db_id") != db_id:
                raise InvalidInput(
                    "Deze back-up hoort bij een andere database.",
                    "This backup belongs to another database.",
                )
            try:
                key = keys.unwrap_key(wrapped, passphrase)
            except keys.KeyUnavailable as exc:
                raise KeyMissing(*_split(exc)) from exc
            if not keys.key_matches(key, meta.get("key_check", check)):
                raise KeyMissing(
                    "De sleutel in de back-up past niet bij deze database.",
                    "The key in the backup does not fit this database.",
                )
            signing_wrapped = _restore_signing_key(db_id, data, passphrase)
            if signing_wrapped is not None:
                conn.execute(delete(Meta).where(Meta.key == keys.SIGNING_WRAPPED))
                conn.execute(insert(Meta).values(key=keys.SIGNING_WRAPPED, value=signing_wrapped))
                conn.commit()
            if keys.store_in_keyring(db_id, key):
                return str(db_id)
            conn.execute(delete(Meta).where(Meta.key == "key_wrapped"))
            conn.execute(insert(Meta).values(key="key_wrapped", value=wrapped))
            conn.commit()
            return str(db_id)
    finally:
        engine.dispose()


def _restore_signing_key(db_id: str, data: dict[str, object], passphrase: str) -> str | None:
    """Put the backup's signing key back where the installation keeps it (key file or
    keyring); returns the passphrase-wrapped copy for the meta table. A backup made before
    the trail was signed has none: nothing to do."""
    wrapped = data.get("signing_wrapped")
    if not isinstance(wrapped, str):
        return None
    try:
        signer = SigningKey.from_raw(keys.unwrap_key(wrapped, passphrase, keys.SIGNING_PURPOSE))
    except (keys.KeyUnavailable, BadKey) as exc:
        raise KeyMissing(*_split(exc)) from exc
    return keys.store_signing_key(db_id, signer, passphrase=passphrase)
