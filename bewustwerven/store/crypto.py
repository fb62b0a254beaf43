"""Field encryption at rest: AES-256-GCM with the database's data key.

Each value is sealed with a fresh 96-bit nonce and bound to its place (table.column) as
associated data, so a ciphertext copied into another column does not decrypt.
"""

from __future__ import annotations

import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_VERSION = b"\x01"


class DecryptionError(ValueError):
    """Ciphertext that does not open with this key (wrong key, or altered data)."""


class FieldCipher:
    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("data key must be 32 bytes")
        self._aead = AESGCM(key)

    def seal(self, value: str | bytes | None, place: str) -> bytes | None:
        if value is None:
            return None
        raw = value.encode("utf-8") if isinstance(value, str) else value
        nonce = os.urandom(12)
        return _VERSION + nonce + self._aead.encrypt(nonce, raw, place.encode())

    def open_bytes(self, blob: bytes | None, place: str) -> bytes | None:
        if blob is None:
            return None
        if blob[:1] != _VERSION or len(blob) < 29:
            raise DecryptionError(f"{place}: not a sealed value")
        try:
            return self._aead.decrypt(blob[1:13], blob[13:], place.encode())
        except InvalidTag as exc:
            raise DecryptionError(f"{place}: wrong key or altered data") from exc

    def open(self, blob: bytes | None, place: str) -> str | None:
        raw = self.open_bytes(blob, place)
        return None if raw is None else raw.decode("utf-8")

    def seal_json(self, value: Any, place: str) -> bytes:
        sealed = self.seal(json.dumps(value, sort_keys=True, ensure_ascii=False), place)
        assert sealed is not None
        return sealed

    def open_json(self, blob: bytes | None, place: str) -> Any:
        text = self.open(blob, place)
        return None if text is None else json.loads(text)
