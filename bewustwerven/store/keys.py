"""The data key: random, kept in the operating system's keyring, never in plain text.

Where no keyring backend exists (a headless server, some Linux desktops), the app says so
plainly and uses a passphrase instead: the data key is then stored in the database only
wrapped (AES-GCM) under a key derived from the passphrase with scrypt. The same wrapping
is the admin's backup of the key (``export_wrapped_key``).
"""

from __future__ import annotations

import base64
import json
import os

import keyring
import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from bewustwerven.core.messages import BilingualError

SERVICE = "BewustWerven"
_CHECK = b"bewustwerven key check"


class KeyUnavailable(BilingualError):
    """No data key can be had: the user must act (keyring, passphrase, backup)."""


def keyring_name(db_id: str) -> str:
    return f"data-key:{db_id}"


def keyring_available() -> bool:
    try:
        backend = keyring.get_keyring()
    except keyring.errors.KeyringError:
        return False
    return backend.priority > 0 if hasattr(backend, "priority") else True


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _kek(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(passphrase.encode("utf-8"))


def wrap_key(key: bytes, passphrase: str) -> str:
    """The data key sealed under a passphrase, as a JSON text safe to store or export."""
    if len(passphrase) < 8:
        raise KeyUnavailable(
            "De wachtwoordzin is te kort: gebruik minstens 8 tekens.",
            "The passphrase is too short: use at least 8 characters."
        )
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_kek(passphrase, salt)).encrypt(nonce, key, b"bewustwerven data key")
    return json.dumps(
        {"kdf": "scrypt-n15-r8-p1", "salt": _b64(salt), "nonce": _b64(nonce), "key": _b64(sealed)}
    )


def unwrap_key(wrapped: str, passphrase: str) -> bytes:
    try:
        data = json.loads(wrapped)
        salt, nonce, sealed = _unb64(data["salt"]), _unb64(data["nonce"]), _unb64(data["key"])
    except (ValueError, KeyError, TypeError) as exc:
        raise KeyUnavailable(
            "De sleutelback-up is beschadigd.", "The key backup is damaged."
        ) from exc
    try:
        return AESGCM(_kek(passphrase, salt)).decrypt(nonce, sealed, b"bewustwerven data key")
    except InvalidTag as exc:
        raise KeyUnavailable(
            "De wachtwoordzin klopt niet.", "The passphrase is not correct."
        ) from exc


def key_check(key: bytes) -> str:
    nonce = os.urandom(12)
    return _b64(nonce + AESGCM(key).encrypt(nonce, _CHECK, b"check"))


def key_matches(key: bytes, check: str) -> bool:
    raw = _unb64(check)
    try:
        return AESGCM(key).decrypt(raw[:12], raw[12:], b"check") == _CHECK
    except InvalidTag:
        return False


NO_KEYRING: tuple[str, str] = (
    "Er is geen sleutelbos (keyring) op deze computer, dus BewustWerven kan de sleutel van de "
    "database niet veilig bewaren. Geef een wachtwoordzin op (omgevingsvariabele "
    "BEWUSTWERVEN_PASSPHRASE of --passphrase-stdin). De sleutel wordt nooit als leesbare tekst "
    "opgeslagen.",
    "No keyring backend is available on this computer, so BewustWerven cannot "
    "keep the database key safely. Give a passphrase (BEWUSTWERVEN_PASSPHRASE or "
    "--passphrase-stdin). The key is never stored in plain text."
)


def store_in_keyring(db_id: str, key: bytes) -> bool:
    """Put the key in the keyring; False when there is no usable backend."""
    try:
        keyring.set_password(SERVICE, keyring_name(db_id), _b64(key))
    except keyring.errors.KeyringError:
        return False
    return True


def load_from_keyring(db_id: str) -> bytes | None:
    try:
        value = keyring.get_password(SERVICE, keyring_name(db_id))
    except keyring.errors.KeyringError:
        return None
    return _unb64(value) if value else None


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)
