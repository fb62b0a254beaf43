"""Ed25519 signatures on the audit trail: keys, fingerprints and what is signed.

Every event's hash (which covers its content and, through ``prev_hash``, everything before
it) is signed with the installation's signing key. Verifying needs only public keys, so an
auditor checks a copy of the trail without any secret. A key is named by its fingerprint:
the first 32 hex digits of the SHA-256 of its raw 32-byte public key.

Key rotation: the event that introduces a new key is signed by the old key and carries
the new public key plus a statement signed by the *new* key ("this key follows that one").
So the keys form a chain in which each link is vouched for from both sides, and trusting
any one key of it (the auditor's copy of the public key) authenticates the whole chain.
Nothing here trusts a public key just because the database holds it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

STARTED = "audit.signing_started"
ROTATED = "audit.key_rotated"
_EVENT = b"bewustwerven audit event v1\x00"
_ROTATE = b"bewustwerven audit key follows v1\x00"


class BadKey(ValueError):
    """A key file or key text that cannot be read as an Ed25519 key."""


def fingerprint_raw(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:32]


def raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(key: Ed25519PublicKey) -> str:
    return fingerprint_raw(raw_public(key))


def shown(key_id: str) -> str:
    """A fingerprint as people read it aloud: groups of four."""
    return " ".join(key_id[i : i + 4] for i in range(0, len(key_id), 4))


def event_message(key_id: str, event_hash: str) -> bytes:
    tail = key_id.encode("ascii", "replace") + b"\x00" + event_hash.encode("ascii", "replace")
    return _EVENT + tail


def rotation_message(old_raw: bytes, new_raw: bytes) -> bytes:
    return _ROTATE + old_raw + new_raw


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    """Strict base64; ValueError on anything else."""
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise ValueError("not base64") from exc


@dataclass(frozen=True, slots=True)
class SigningKey:
    """The private key that signs new events, with its public half and fingerprint."""

    private: Ed25519PrivateKey
    public_raw: bytes
    key_id: str

    @classmethod
    def of(cls, private: Ed25519PrivateKey) -> SigningKey:
        raw = raw_public(private.public_key())
        return cls(private, raw, fingerprint_raw(raw))

    @classmethod
    def generate(cls) -> SigningKey:
        return cls.of(Ed25519PrivateKey.generate())

    def sign_event(self, event_hash: str) -> str:
        return b64(self.private.sign(event_message(self.key_id, event_hash)))

    def vouch_follows(self, old_raw: bytes) -> str:
        """The new key's statement that it follows ``old_raw`` (for the rotation event)."""
        return b64(self.private.sign(rotation_message(old_raw, self.public_raw)))

    def private_pem(self) -> bytes:
        return self.private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )

    def public_pem(self) -> bytes:
        return public_pem(self.public_raw)

    def raw_private(self) -> bytes:
        return self.private.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )

    @classmethod
    def from_raw(cls, raw: bytes) -> SigningKey:
        try:
            return cls.of(Ed25519PrivateKey.from_private_bytes(raw))
        except ValueError as exc:
            raise BadKey("not an Ed25519 private key") from exc

    @classmethod
    def from_pem(cls, pem: bytes) -> SigningKey:
        try:
            key = serialization.load_pem_private_key(pem, password=None)
        except (ValueError, TypeError) as exc:
            raise BadKey("not a PEM private key without password") from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise BadKey("the private key is not an Ed25519 key")
        return cls.of(key)


def public_pem(raw: bytes) -> bytes:
    key = Ed25519PublicKey.from_public_bytes(raw)
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def public_from_pem(data: bytes) -> bytes:
    """The raw public key in a PEM file (``audit public-key`` writes one)."""
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError) as exc:
        raise BadKey("not a PEM public key") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise BadKey("the public key is not an Ed25519 key")
    return raw_public(key)


class Verifier:
    """Checks signatures with public keys it was given, caching the parsed keys."""

    def __init__(self) -> None:
        self._keys: dict[bytes, Ed25519PublicKey | None] = {}

    def _key(self, raw: bytes) -> Ed25519PublicKey | None:
        if raw not in self._keys:
            try:
                self._keys[raw] = Ed25519PublicKey.from_public_bytes(raw)
            except ValueError:
                self._keys[raw] = None
        return self._keys[raw]

    def valid(self, raw: bytes, signature: str, message: bytes) -> bool:
        key = self._key(raw)
        if key is None:
            return False
        try:
            sig = unb64(signature)
            key.verify(sig, message)
        except (ValueError, InvalidSignature):
            return False
        return True


def _object(text: str) -> dict[str, object]:
    try:
        found = json.loads(text)
    except (ValueError, RecursionError):
        return {}
    return found if isinstance(found, dict) else {}


def _raw_key(info: dict[str, object], name: str) -> bytes | None:
    value = info.get(name)
    if not isinstance(value, str):
        return None
    try:
        raw = unb64(value)
    except ValueError:
        return None
    return raw if len(raw) == 32 else None


Report = Callable[[int, str], None]


class TrailSignatures:
    """Walks the events in chain order and checks every signature.

    Events before the signed "audit.signing_started" event are counted as unsigned (from
    before signing existed; the start event's hash covers them all, so they cannot be
    changed afterwards either). From that event on every event must carry a valid
    signature by the trail's current key; a rotation event moves to the next key only when
    both keys vouch for it. Finally, one key of that chain must be one the caller trusts."""

    def __init__(self, trusted: list[bytes] | None) -> None:
        self.trusted = trusted
        self.verifier = Verifier()
        self.started_at: int | None = None
        self.current: bytes | None = None
        self.current_id = ""
        self.chain: list[tuple[int, bytes]] = []
        self.unsigned_before = 0
        self.signed = 0
        self.version = ""
        self.trusted_ok = False

    def unreadable(self, seq: int) -> None:
        if self.started_at is None:
            self.unsigned_before += 1

    def key_ids(self) -> list[str]:
        return [fingerprint_raw(raw) for _seq, raw in self.chain]

    def event(
        self,
        seq: int,
        action: str,
        payload: str,
        key_id: str | None,
        signature: str | None,
        event_hash: str,
        bad: Report,
    ) -> None:
        if self.started_at is None:
            if action != STARTED:
                self.unsigned_before += 1
                return
            self.started_at = seq
            info = _object(payload)
            raw = _raw_key(info, "public_key")
            if raw is None or info.get("key") != fingerprint_raw(raw):
                bad(seq, "signing-start event: its public key is unreadable or not its key id")
                return
            self.current, self.current_id = raw, fingerprint_raw(raw)
            self.chain.append((seq, raw))
            self.version = str(info.get("version", ""))
            self._check(seq, key_id, signature, event_hash, bad)
            return
        if action == STARTED:
            bad(seq, "signing started a second time (a trail has one start; a new key comes "
                "only by a rotation signed by the old key)")
        ok = self._check(seq, key_id, signature, event_hash, bad)
        if action == ROTATED and ok and self.current is not None:
            info = _object(payload)
            new = _raw_key(info, "new_public_key")
            follows = info.get("follows")
            if (
                new is None
                or info.get("new_key") != fingerprint_raw(new)
                or not isinstance(follows, str)
                or not self.verifier.valid(new, follows, rotation_message(self.current, new))
            ):
                bad(seq, "key rotation not confirmed by the new key")
                return
            self.current, self.current_id = new, fingerprint_raw(new)
            self.chain.append((seq, new))

    def _check(
        self, seq: int, key_id: str | None, signature: str | None, event_hash: str, bad: Report
    ) -> bool:
        if self.current is None:
            bad(seq, "signature cannot be checked: the trail's key is unreadable")
            return False
        if key_id is None or signature is None:
            bad(seq, "event is not signed (after signing started, every event must be)")
            return False
        if key_id != self.current_id:
            bad(seq, f"signed with key {key_id}, but the trail's key here is {self.current_id}")
            return False
        if not self.verifier.valid(self.current, signature, event_message(key_id, event_hash)):
            bad(seq, "signature does not match: the event was altered or re-chained, or "
                "signed by another key")
            return False
        self.signed += 1
        return True

    def finish(self, count: int, bad: Report) -> None:
        if self.trusted is None:
            return
        if self.started_at is None:
            if count:
                bad(1, "no event of the trail is signed: signing never started here, or the "
                    "trail was rewritten without signatures")
            return
        if not self.trusted:
            bad(self.started_at, "no public key to check the signatures with")
            return
        if any(raw in self.trusted for _seq, raw in self.chain):
            self.trusted_ok = True
            return
        ids = ", ".join(self.key_ids()) or "-"
        given = ", ".join(fingerprint_raw(raw) for raw in self.trusted)
        bad(self.started_at, f"the trail is signed with key {ids}, not with the public key "
            f"given ({given}): a copy from another installation, or the key was swapped")
