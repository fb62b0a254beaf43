"""Candidate codes ("K-7F3A"): short, unambiguous to read aloud, meaningless."""

from __future__ import annotations

import secrets

# Crockford's base32: no I, L, O, U, so codes cannot be misread or spell words.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PREFIX = "K-"


def new_pseudonym(length: int = 4) -> str:
    return PREFIX + "".join(secrets.choice(ALPHABET) for _ in range(length))


def is_pseudonym(text: str) -> bool:
    body = text[len(PREFIX) :] if text.startswith(PREFIX) else ""
    return 4 <= len(body) <= 8 and all(c in ALPHABET for c in body)
