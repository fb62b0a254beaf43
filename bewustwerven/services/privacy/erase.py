"""Deleting a candidate's personal data through the ORM (so the audit trail records the new
row digests), and wiping what SQLite keeps of deleted data afterwards."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bewustwerven.core.retention import Part
from bewustwerven.store.db import Database, sqlite_path
from bewustwerven.store.models import Candidate, Document, SelfIdentification

BACKUP_MARK = ".voor-upgrade-"  # store/db.py names its pre-upgrade copies so


def held_parts(session: Session, cand: Candidate) -> tuple[Part, ...]:
    parts = []
    if any(v is not None for v in (cand.name_enc, cand.email_enc, cand.phone_enc)):
        parts.append(Part.IDENTITY)
    doc = session.execute(
        select(Document.id).where(
            Document.candidate_id == cand.id,
            or_(
                Document.original_enc.is_not(None),
                Document.filename_enc.is_not(None),
                Document.redacted_text != "",
            ),
        )
    ).first()
    if doc is not None:
        parts.append(Part.DOCUMENTS)
    sid = session.execute(
        select(SelfIdentification.id).where(SelfIdentification.candidate_id == cand.id)
    ).first()
    if sid is not None:
        parts.append(Part.SELF_IDENTIFICATION)
    return tuple(parts)


def erase(session: Session, cand: Candidate, parts: Iterable[Part], now: datetime) -> None:
    """Delete these parts of one candidate's data. The caller records the audit event."""
    parts = set(parts)
    if Part.IDENTITY in parts:
        cand.name_enc = cand.email_enc = cand.phone_enc = None
        cand.identity_deleted_at = now
    if Part.DOCUMENTS in parts:
        for doc in session.execute(
            select(Document).where(Document.candidate_id == cand.id)
        ).scalars():
            doc.original_enc = doc.filename_enc = None
            doc.redacted_text = ""
    if Part.SELF_IDENTIFICATION in parts:
        row = session.execute(
            select(SelfIdentification).where(SelfIdentification.candidate_id == cand.id)
        ).scalar_one_or_none()
        if row is not None:
            session.delete(row)
    session.flush()


def scrub(db: Database) -> bool:
    """SQLite: rebuild the file (VACUUM) and empty the write-ahead log, so deleted values are
    no longer anywhere in the file or its -wal. Runs outside any transaction. Returns False
    when another connection kept the log from being emptied (it is then emptied later)."""
    if db.dialect != "sqlite":
        return False  # PostgreSQL: autovacuum reclaims; see docs/privacy.md
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cur.execute("VACUUM")
        busy, _log, _done = cur.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        cur.close()
        return not busy
    finally:
        raw.close()


def upgrade_backups(db: Database) -> dict[str, datetime]:
    """The copies store/db.py made before an upgrade, with when they were made."""
    path = sqlite_path(db.url)
    if path is None or not path.parent.exists():
        return {}
    found = {}
    for f in path.parent.glob(f"{path.stem}{BACKUP_MARK}*{path.suffix}"):
        found[f.name] = datetime.fromtimestamp(f.stat().st_mtime).replace(microsecond=0)
    return found


def remove_backups(db: Database, names: Iterable[str]) -> list[str]:
    path = sqlite_path(db.url)
    removed: list[str] = []
    if path is None:
        return removed
    for name in names:
        target = path.parent / Path(name).name
        if BACKUP_MARK in target.name and target.exists():
            target.unlink()
            removed.append(target.name)
    return removed
