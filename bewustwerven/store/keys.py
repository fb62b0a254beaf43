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
import stat
from pathlib import Path

import keyring
import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from bewustwerven.core.messages import BilingualError
from bewustwerven.store.signing import BadKey, SigningKey

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


def wrap_key(key: bytes, passphrase: str, purpose: bytes = b"bewustwerven data key") -> str:
    """The data key sealed under a passphrase, as a JSON text safe to store or export."""
    if len(passphrase) < 8:
        raise KeyUnavailable(
            "De wachtwoordzin is te kort: gebruik minstens 8 tekens.",
            "The passphrase is too short: use at least 8 characters."
        )
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_kek(passphrase, salt)).encrypt(nonce, key, purpose)
    return json.dumps(
        {"kdf": "scrypt-n15-r8-p1", "salt": _b64(salt), "nonce": _b64(nonce), "key": _b64(sealed)}
    )


def unwrap_key(wrapped: str, passphrase: str, purpose: bytes = b"bewustwerven data key") -> bytes:
    try:
        data = json.loads(wrapped)
        salt, nonce, sealed = _unb64(data["salt"]), _unb64(data["nonce"]), _unb64(data["key"])
    except (ValueError, KeyError, TypeError) as exc:
        raise KeyUnavailable(
            "De sleutelback-up is beschadigd.", "The key backup is damaged."
        ) from exc
    try:
        return AESGCM(_kek(passphrase, salt)).decrypt(nonce, sealed, purpose)
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


# -- the audit trail's signing key (Ed25519; store/signing.py) ----------------------------
#
# Kept apart from the database: a key file only the service account can read (a server:
# ``BEWUSTWERVEN_SIGNING_KEY`` or ``signing_key_from_file``), else the OS keyring, else
# (headless laptop) wrapped under the passphrase like the data key.

ENV_SIGNING_KEY = "BEWUSTWERVEN_SIGNING_KEY"
SIGNING_PURPOSE = b"bewustwerven audit signing key"
SIGNING_WRAPPED = "signing_key_wrapped"  # the meta key of the passphrase-wrapped copy


def signing_keyring_name(db_id: str) -> str:
    return f"signing-key:{db_id}"


def signing_key_from_file(path: str | os.PathLike[str]) -> SigningKey:
    """Read the signing key from a PEM file (PKCS#8, Ed25519) that only its owner can read.

    Refused, with a bilingual message, when the file is missing, is not an Ed25519 key, or
    can be read by the group or by others (POSIX)."""
    p = Path(path)
    try:
        st = p.stat()
        data = p.read_bytes()
    except OSError as exc:
        raise KeyUnavailable(
            f"Het ondertekeningssleutelbestand {p} is niet te lezen ({exc.strerror}). / "
            f"The signing key file {p} cannot be read ({exc.strerror})."
        ) from exc
    if os.name == "posix" and st.st_mode & 0o077:
        raise KeyUnavailable(
            f"Het ondertekeningssleutelbestand {p} is leesbaar voor anderen (modus "
            f"{stat.filemode(st.st_mode)}); maak het alleen leesbaar voor het serviceaccount "
            f"(chmod 600). / The signing key file {p} can be read by others (mode "
            f"{stat.filemode(st.st_mode)}); make it readable by the service account only "
            "(chmod 600)."
        )
    try:
        return SigningKey.from_pem(data)
    except BadKey as exc:
        raise KeyUnavailable(
            f"{p} is geen Ed25519-ondertekeningssleutel. / {p} is not an Ed25519 signing key."
        ) from exc


def write_signing_key_file(path: str | os.PathLike[str], key: SigningKey) -> None:
    """Write the key as PEM, mode 600, atomically (a new file next to it, then renamed)."""
    p = Path(path)
    tmp = p.with_name(p.name + ".new")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key.private_pem())
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, p)


def signing_key_path(path: str | os.PathLike[str] | None = None) -> Path | None:
    value = path or os.environ.get(ENV_SIGNING_KEY) or None
    return Path(value) if value else None


def load_signing_key(
    db_id: str,
    *,
    path: str | os.PathLike[str] | None = None,
    passphrase: str | None = None,
    wrapped: str | None = None,
) -> SigningKey | None:
    """The installation's signing key, or None when none is kept here.

    Looks, in this order, at the key file (``path`` or ``BEWUSTWERVEN_SIGNING_KEY``; an
    unreadable or open file is an error, never skipped), the keyring, and the
    passphrase-wrapped copy (``wrapped``, from the database's meta table)."""
    file = signing_key_path(path)
    if file is not None:
        return signing_key_from_file(file)
    try:
        value = keyring.get_password(SERVICE, signing_keyring_name(db_id))
    except keyring.errors.KeyringError:
        value = None
    if value:
        try:
            return SigningKey.from_raw(_unb64(value))
        except (ValueError, BadKey) as exc:
            raise KeyUnavailable(
                "De ondertekeningssleutel in de sleutelbos is beschadigd.", "The signing key in "
                "the keyring is damaged."
            ) from exc
    if wrapped and passphrase:
        return SigningKey.from_raw(unwrap_key(wrapped, passphrase, SIGNING_PURPOSE))
    return None


def store_signing_key(
    db_id: str,
    key: SigningKey,
    *,
    path: str | os.PathLike[str] | None = None,
    passphrase: str | None = None,
) -> str | None:
    """Keep a (new) signing key where ``load_signing_key`` looks first.

    Returns the passphrase-wrapped text the caller must put in the meta table: when neither
    a key file nor the keyring could take it, and also next to the keyring when a passphrase
    is given (as the data key is kept), so the database opens for writing with the
    passphrase on another machine. Raises KeyUnavailable when nothing can take it."""
    file = signing_key_path(path)
    if file is not None:
        write_signing_key_file(file, key)
        return None
    try:
        keyring.set_password(SERVICE, signing_keyring_name(db_id), _b64(key.raw_private()))
    except keyring.errors.KeyringError:
        pass
    else:
        return wrap_key(key.raw_private(), passphrase, SIGNING_PURPOSE) if passphrase else None
    if passphrase:
        return wrap_key(key.raw_private(), passphrase, SIGNING_PURPOSE)
    raise KeyUnavailable(*NO_KEYRING)
