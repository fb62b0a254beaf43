"""Subject access: everything held about one candidate, as plain data plus the original
files; ``write_subject_access`` puts it in a folder as JSON, a readable PDF and the files."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bewustwerven.core import consent as C
from bewustwerven.core.files import DIR_MODE, private_dir, private_open
from bewustwerven.core.origin import UnknownCountry, country
from bewustwerven.core.retention import RetentionTerms, due_at
from bewustwerven.services import facts as F
from bewustwerven.services.candidates import note_identity_access
from bewustwerven.services.privacy.common import PrivacyBase
from bewustwerven.store.models import (
    AuditEvent,
    Candidate,
    Complaint,
    Conflict,
    Consensus,
    Decision,
    Document,
    Objection,
    Procedure,
    Score,
    ScoreSheet,
    SelfIdentification,
    Unit,
)

FORMAT = "bewustwerven-subject-access"


@dataclass(frozen=True, slots=True)
class SubjectAccess:
    pseudonym: str
    data: dict[str, Any]  # JSON-ready
    files: tuple[tuple[str, bytes], ...]  # (relative path, original bytes)


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _country_name(code: object, lang: str) -> str | None:
    if not isinstance(code, str):
        return None
    try:
        return country(code).name(lang)
    except UnknownCountry:
        return code


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", Path(name).name)[:80] or "document"


class SubjectAccessActions(PrivacyBase):
    def subject_access(self, pseudonym: str) -> SubjectAccess:
        """All data held about one candidate (logged: identity leaves the application)."""
        now = self.clock()
        with self.write() as session:
            cand, proc = self._candidate(session, pseudonym)
            self._require_steward(proc, admin=True)
            out = _Collector(self, session, cand, proc).collect()
            note_identity_access(session, proc, self.actor.user_id)
            out.data.update(made_at=now.isoformat(), made_by=self.actor.login)
            self.event(
                session, "subject_access.exported", procedure_id=proc.id, candidate=cand.pseudonym
            )
            return out


class _Collector:
    def __init__(
        self, svc: PrivacyBase, session: Session, cand: Candidate, proc: Procedure
    ) -> None:
        self.svc, self.s, self.cand, self.proc = svc, session, cand, proc
        self.cipher = svc.db.cipher

    def collect(self) -> SubjectAccess:
        c, p = self.cand, self.proc
        unit = self.s.get(Unit, p.vacancy.unit_id)
        docs, files = self.documents()
        selfid = self.self_identification()
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": 1,
            "candidate": {
                "pseudonym": c.pseudonym,
                "applied_at": _iso(c.applied_at),
                "channel": c.channel,
                "funnel": c.funnel,
                "revealed_at": _iso(c.revealed_at),
                "identity_deleted_at": _iso(c.identity_deleted_at),
            },
            "procedure": {
                "id": p.id,
                "title": p.vacancy.title,
                "unit": unit.name if unit else "",
                "scale": p.vacancy.scale,
                "stage": p.stage,
                "closed_at": _iso(p.closed_at),
            },
            "identity": {
                "name": self.cipher.open(c.name_enc, "candidates.name"),
                "email": self.cipher.open(c.email_enc, "candidates.email"),
                "phone": self.cipher.open(c.phone_enc, "candidates.phone"),
            },
            "documents": docs,
            "self_identification": selfid,
            "objections": [
                {"received_on": _iso(o.received_on), "recorded_at": _iso(o.recorded_at)}
                for o in self.s.execute(
                    select(Objection).where(Objection.candidate_id == c.id).order_by(Objection.id)
                ).scalars()
            ],
            "assessments": self.assessments(),
            "consensus": self.consensus(),
            "decision": self.decision(),
            "conflicts_declared": len(
                self.s.execute(select(Conflict.id).where(Conflict.candidate_id == c.id)).all()
            ),
            "retention": self.retention(selfid),
            "complaints": self.complaints(),
            "events": self.events(),
        }
        return SubjectAccess(c.pseudonym, data, tuple(files))

    def documents(self) -> tuple[list[dict[str, Any]], list[tuple[str, bytes]]]:
        docs, files = [], []
        rows = self.s.execute(
            select(Document).where(Document.candidate_id == self.cand.id).order_by(Document.id)
        ).scalars()
        for i, d in enumerate(rows, start=1):
            name = self.cipher.open(d.filename_enc, "documents.filename")
            original = self.cipher.open_bytes(d.original_enc, "documents.original")
            path = None
            if original is not None:
                path = f"documenten/{i}-{_safe(name or 'document')}"
                files.append((path, original))
            docs.append(
                {
                    "filename": name,
                    "file": path,
                    "size": None if original is None else len(original),
                    "redacted_text": d.redacted_text,
                    "confirmed_at": _iso(d.confirmed_at),
                }
            )
        return docs, files

    def self_identification(self) -> dict[str, Any] | None:
        row = self.s.execute(
            select(SelfIdentification).where(SelfIdentification.candidate_id == self.cand.id)
        ).scalar_one_or_none()
        if row is None:
            return None
        raw = self.cipher.open_json(row.data_enc, F.SELFID_PLACE) or {}
        answers = {}
        for field in C.FIELD_LABELS:
            value = raw.get(field)
            entry: dict[str, Any] = {"value": value}
            if field.startswith("country_"):
                entry["name_nl"] = _country_name(value, "nl")
                entry["name_en"] = _country_name(value, "en")
            answers[field] = entry
        try:
            text = C.by_version(row.consent_version)
            texts = {"nl": text.selfid_nl, "en": text.selfid_en}
        except C.UnknownConsentVersion:
            texts = {}
        return {
            "answers": answers,
            "consent_version": row.consent_version,
            "consent_text": texts,
            "retention_consent": row.retention_consent,
        }

    def assessments(self) -> list[dict[str, Any]]:
        sheets = (
            self.s.execute(
                select(ScoreSheet)
                .where(ScoreSheet.candidate_id == self.cand.id)
                .order_by(
                    ScoreSheet.stage, ScoreSheet.round, ScoreSheet.member_id, ScoreSheet.version
                )
            )
            .scalars()
            .all()
        )
        members = {m: i for i, m in enumerate(sorted({s.member_id for s in sheets}), start=1)}
        out = []
        for sh in sheets:
            scores = self.s.execute(
                select(Score).where(Score.sheet_id == sh.id).order_by(Score.id)
            ).scalars()
            out.append(
                {
                    "stage": sh.stage,
                    "round": sh.round,
                    "member": members[sh.member_id],  # numbered: staff names are not theirs
                    "version": sh.version,
                    "status": sh.status,
                    "submitted_at": _iso(sh.submitted_at),
                    "scores": [
                        {
                            "item": sc.item_key,
                            "criterion": sc.criterion_key,
                            "value": sc.value,
                            "evidence": sc.evidence,
                        }
                        for sc in scores
                    ],
                }
            )
        return out

    def consensus(self) -> list[dict[str, Any]]:
        rows = self.s.execute(
            select(Consensus)
            .where(Consensus.candidate_id == self.cand.id)
            .order_by(Consensus.stage, Consensus.round)
        ).scalars()
        return [
            {
                "stage": r.stage,
                "round": r.round,
                "outcome": r.outcome,
                "scores": r.scores,
                "motivations": r.motivations,
                "total": r.total,
                "decided_at": _iso(r.decided_at),
                "archived": r.archived,
            }
            for r in rows
        ]

    def decision(self) -> dict[str, Any] | None:
        d = self.s.execute(
            select(Decision).where(Decision.procedure_id == self.proc.id)
        ).scalar_one_or_none()
        if d is None:
            return None
        chosen = d.chosen_candidate_id == self.cand.id
        return {
            "decided_at": _iso(d.decided_at),
            "chosen": chosen,
            "motivation": d.motivation if chosen else None,
            "motivations": d.motivations if chosen else None,
        }

    def retention(self, selfid: dict[str, Any] | None) -> dict[str, Any]:
        objected = self.s.execute(
            select(Objection.id).where(
                Objection.candidate_id == self.cand.id, Objection.retention_consent.is_(True)
            )
        ).first()
        consent = bool(selfid and selfid["retention_consent"]) or objected is not None
        values = F.profile_of(self.s, self.proc).rule("RETAIN").values
        due = due_at(self.proc.closed_at, consent, RetentionTerms.from_values(values))
        return {"consent": consent, "due_at": _iso(due)}

    def complaints(self) -> list[dict[str, Any]]:
        rows = self.s.execute(
            select(Complaint).where(Complaint.candidate_id == self.cand.id).order_by(Complaint.id)
        ).scalars()
        return [
            {
                "received_on": _iso(r.received_on),
                "due_on": _iso(r.due_on),
                "status": r.status,
                "summary": self.cipher.open(r.summary_enc, "complaints.summary"),
                "outcome": self.cipher.open(r.outcome_enc, "complaints.outcome"),
                "handled_on": _iso(r.handled_on),
            }
            for r in rows
        ]

    def events(self) -> list[dict[str, Any]]:
        needle = f'%"{self.cand.pseudonym}"%'
        rows = self.s.execute(
            select(AuditEvent.at, AuditEvent.action)
            .where(AuditEvent.procedure_id == self.proc.id, AuditEvent.payload.like(needle))
            .order_by(AuditEvent.seq)
        ).all()
        return [{"at": _iso(at), "action": action} for at, action in rows]


def write_subject_access(export: SubjectAccess, out_dir: str | Path, lang: str = "nl") -> Path:
    """Write ``<code>.json``, ``<code>.pdf`` and the original documents into ``out_dir``."""
    from bewustwerven.reports.subject_access import build_pdf

    folder = private_dir(Path(out_dir) / f"inzage-{export.pseudonym}")
    os.chmod(folder, DIR_MODE)  # also when it was there already: it holds one person's data
    with private_open(folder / f"{export.pseudonym}.json", "w", encoding="utf-8") as fh:
        fh.write(json.dumps(export.data, ensure_ascii=False, indent=2, sort_keys=True))
    with private_open(folder / f"{export.pseudonym}.pdf", "wb") as fh:
        fh.write(build_pdf(export.data, lang))
    for rel, blob in export.files:
        target = folder / rel
        private_dir(target.parent)
        with private_open(target, "wb") as fh:
            fh.write(blob)
    return folder
