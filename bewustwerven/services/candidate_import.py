"""Importing a file of applications: check everything first, write at the end in bulk.

Parsing, duplicate checks, redaction of letters and sealing of personal fields happen before
the writing transaction, so the database's write lock is held only for the inserts (a few
executemany statements) and the audit event. All or nothing: any row error stores nothing.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from bewustwerven.core.applicants import (
    SELF_ID_FIELDS,
    Applicant,
    Duplicate,
    ParsedFile,
    RowError,
    person_keys,
)
from bewustwerven.core.consent import CURRENT_VERSION
from bewustwerven.core.pseudonym import ALPHABET, PREFIX
from bewustwerven.services import facts as F
from bewustwerven.store import audit
from bewustwerven.store.crypto import FieldCipher
from bewustwerven.store.models import AuditEvent, Candidate, Document, SelfIdentification

SKIP, IMPORT = "skip", "import"


@dataclass(frozen=True, slots=True)
class ImportResult:
    imported: int
    pseudonyms: tuple[str, ...]
    errors: tuple[RowError, ...]
    parsed: ParsedFile
    duplicates: tuple[Duplicate, ...] = ()  # in the file and against the procedure
    skipped: tuple[int, ...] = ()  # lines not imported because they were duplicates
    already_imported_at: str | None = None  # this very file went in before (ISO time)

    def message(self, lang: str = "nl") -> str:
        if self.already_imported_at is not None:
            return (
                f"Dit bestand is al geïmporteerd ({self.already_imported_at}); er is niets "
                "toegevoegd."
                if lang != "en"
                else f"This file was imported before ({self.already_imported_at}); nothing "
                "was added."
            )
        skipped = len(self.skipped)
        if lang == "en":
            noun = "application" if self.imported == 1 else "applications"
            text = f"{self.imported} {noun} imported."
            return text + (f" {skipped} probable duplicates skipped." if skipped else "")
        noun = "sollicitatie" if self.imported == 1 else "sollicitaties"
        text = f"{self.imported} {noun} geïmporteerd."
        return text + (f" {skipped} waarschijnlijke dubbelen overgeslagen." if skipped else "")


@dataclass(frozen=True, slots=True)
class Prepared:
    """One applicant, ready to insert: personal fields sealed, letter redacted."""

    channel: str
    name_enc: bytes | None
    email_enc: bytes | None
    phone_enc: bytes | None
    document: dict[str, Any] | None
    selfid: bytes | None = field(default=None, repr=False)


def file_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def previous_import(session: Session, pid: int, digest: str) -> str | None:
    """When this exact file was imported into the procedure before, or None."""
    rows = session.execute(
        select(AuditEvent.at, AuditEvent.payload).where(
            AuditEvent.action == "candidates.imported", AuditEvent.procedure_id == pid
        )
    ).all()
    for at, payload in rows:
        if digest in payload and json.loads(payload).get("sha256") == digest:
            return at.isoformat(sep=" ")
    return None


def procedure_duplicates(
    session: Session, cipher: FieldCipher, pid: int, applicants: Sequence[Applicant]
) -> list[Duplicate]:
    """Applicants who are probably already in the procedure (same e-mail, or name + phone)."""
    known: dict[tuple[str, str], str] = {}
    for c in session.execute(select(Candidate).where(Candidate.procedure_id == pid)).scalars():
        if c.name_enc is None:
            continue
        name = cipher.open(c.name_enc, "candidates.name") or ""
        email = cipher.open(c.email_enc, "candidates.email") or ""
        phone = cipher.open(c.phone_enc, "candidates.phone") or ""
        for key in person_keys(name, email, phone):
            known.setdefault(key, c.pseudonym)
    out = []
    for a in applicants:
        for key in person_keys(a.name, a.email, a.phone):
            if key in known:
                out.append(Duplicate(a.line, known[key], key[0], False))
                break
    return out


#: Above this many letters an import redacts with the rule-based detectors only (names,
#: contact data, personal details): deduce's lookup tables take
#: about a gigabyte and several milliseconds a letter, too much for a file of 50,000. Every
#: letter's redactions are suggestions the recruiter confirms either way.
BULK_LETTERS = 500


def redact_letter(letter: str, use_deduce: bool = True) -> str:
    from bewustwerven.core.redact import apply_redactions, extract_text, suggest_spans

    doc = extract_text(letter.encode(), "brief.txt")
    return apply_redactions(doc.text, suggest_spans(doc.text, use_deduce=use_deduce))


def redact_all(letters: Sequence[str]) -> list[str]:
    """Each letter with its suggested redactions applied (see ``BULK_LETTERS``)."""
    use_deduce = len(letters) <= BULK_LETTERS
    return [redact_letter(x, use_deduce=use_deduce) for x in letters]


def prepare(cipher: FieldCipher, applicants: Sequence[Applicant]) -> list[Prepared]:
    seal = cipher.seal
    with_letter = [a for a in applicants if a.letter]
    redacted = dict(
        zip((a.line for a in with_letter), redact_all([a.letter for a in with_letter]), strict=True)
    )
    out = []
    for a in applicants:
        document = None
        if a.letter:
            document = {
                "filename_enc": seal("brief.txt", "documents.filename"),
                "original_enc": seal(a.letter.encode(), "documents.original"),
                "redacted_text": redacted[a.line],
            }
        selfid = None
        if any(a.self_identification.get(f) is not None for f in SELF_ID_FIELDS):
            selfid = cipher.seal_json(dict(a.self_identification), F.SELFID_PLACE)
        out.append(
            Prepared(
                a.channel,
                seal(a.name, "candidates.name"),
                seal(a.email or None, "candidates.email"),
                seal(a.phone or None, "candidates.phone"),
                document,
                selfid,
            )
        )
    return out


def _pseudonyms(session: Session, count: int) -> list[str]:
    taken = set(session.execute(select(Candidate.pseudonym)).scalars())
    codes: list[str] = []
    length = 4
    while len(codes) < count:
        for _ in range(8):
            code = _code(length)
            if code not in taken:
                taken.add(code)
                codes.append(code)
                break
        else:
            length += 1  # short codes are running out: longer ones
    return codes


def _code(length: int) -> str:
    """``core.pseudonym.new_pseudonym``, with one call to the OS's random source per code
    instead of one per character (32 letters: 5 bits each, no bias)."""
    n = secrets.randbits(5 * length)
    return PREFIX + "".join(ALPHABET[(n >> (5 * i)) & 31] for i in range(length))


def write(session: Session, pid: int, rows: Sequence[Prepared], now: datetime) -> list[str]:
    """Insert the prepared applicants in bulk; the rows are noted for the audit event."""
    if not rows:
        return []
    codes = _pseudonyms(session, len(rows))
    values = [
        {
            "procedure_id": pid,
            "pseudonym": code,
            "applied_at": now,
            "channel": r.channel,
            "name_enc": r.name_enc,
            "email_enc": r.email_enc,
            "phone_enc": r.phone_enc,
            "funnel": "applied",
        }
        for code, r in zip(codes, rows, strict=True)
    ]
    # Core executemany on the session's connection (the ORM's bulk path, and RETURNING with
    # ordered ids, cost several times more), then the ids by pseudonym, which is unique
    conn = session.connection()
    conn.execute(insert(_table(Candidate)), values)
    found = session.execute(
        select(Candidate.pseudonym, Candidate.id).where(Candidate.procedure_id == pid)
    ).all()
    by_code = {code: i for code, i in found}
    ids = [by_code[c] for c in codes]
    audit.touch(session, "candidates", ids)
    docs = [{"candidate_id": i, **r.document} for i, r in zip(ids, rows, strict=True) if r.document]
    if docs:
        conn.execute(insert(_table(Document)), docs)
        audit.touch(session, "documents", _ids_of(session, Document, pid, ids))
    selfids = [
        {
            "candidate_id": i,
            "data_enc": r.selfid,
            "consent_version": CURRENT_VERSION,
            "retention_consent": False,
        }
        for i, r in zip(ids, rows, strict=True)
        if r.selfid is not None
    ]
    if selfids:
        conn.execute(insert(_table(SelfIdentification)), selfids)
        audit.touch(session, "self_identifications", _ids_of(session, SelfIdentification, pid, ids))
    return codes


def _table(model: type[Candidate] | type[Document] | type[SelfIdentification]) -> Table:
    return cast(Table, model.__table__)


def _ids_of(
    session: Session, model: type[Document] | type[SelfIdentification], pid: int, cands: list[int]
) -> list[int]:
    """The ids of ``model`` rows that belong to the candidates just inserted."""
    wanted = set(cands)
    rows = session.execute(
        select(model.id, model.candidate_id)
        .join(Candidate, Candidate.id == model.candidate_id)
        .where(Candidate.procedure_id == pid)
    ).all()
    return sorted(i for i, c in rows if c in wanted)
