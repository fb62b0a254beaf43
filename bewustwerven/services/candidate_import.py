"""Importing a file of applications: check everything first, write at the end in bulk.

Parsing, duplicate checks, redaction of letters and sealing of personal fields happen before
the writing transaction, so the database's write lock is held only for the inserts (a few
executemany statements) and the audit event. All or nothing: any row error stores nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
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
from bewustwerven.core.pseudonym import new_pseudonym
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


def prepare(cipher: FieldCipher, applicants: Sequence[Applicant]) -> list[Prepared]:
    from bewustwerven.core.redact import apply_redactions, extract_text, suggest_spans

    seal = cipher.seal
    out = []
    for a in applicants:
        document = None
        if a.letter:
            data = a.letter.encode()
            doc = extract_text(data, "brief.txt")
            document = {
                "filename_enc": seal("brief.txt", "documents.filename"),
                "original_enc": seal(data, "documents.original"),
                "redacted_text": apply_redactions(doc.text, suggest_spans(doc.text)),
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
            code = new_pseudonym(length)
            if code not in taken:
                taken.add(code)
                codes.append(code)
                break
        else:
            length += 1  # short codes are running out: longer ones
    return codes


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
    ids = list(
        session.execute(
            insert(Candidate).returning(Candidate.id, sort_by_parameter_order=True), values
        ).scalars()
    )
    audit.touch(session, "candidates", ids)
    docs = [{"candidate_id": i, **r.document} for i, r in zip(ids, rows, strict=True) if r.document]
    if docs:
        doc_ids = session.execute(
            insert(Document).returning(Document.id, sort_by_parameter_order=True), docs
        ).scalars()
        audit.touch(session, "documents", list(doc_ids))
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
        sid = session.execute(
            insert(SelfIdentification).returning(
                SelfIdentification.id, sort_by_parameter_order=True
            ),
            selfids,
        ).scalars()
        audit.touch(session, "self_identifications", list(sid))
    return codes
