"""Candidates: import, pseudonyms, identity (encrypted), reveal, self-identification."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bewustwerven.core import clock
from bewustwerven.core.applicants import SELF_ID_FIELDS, ParsedFile, parse_applicants
from bewustwerven.core.consent import CURRENT_VERSION
from bewustwerven.core.method import reveal_without_deviation
from bewustwerven.core.procedure import DeviationType, Role, Stage
from bewustwerven.core.pseudonym import new_pseudonym
from bewustwerven.core.words import Funnel
from bewustwerven.services import access
from bewustwerven.services import candidate_import as I
from bewustwerven.services import facts as F
from bewustwerven.services.base import Service
from bewustwerven.services.candidate_import import ImportResult
from bewustwerven.services.deviations import consume
from bewustwerven.services.errors import Forbidden, InvalidInput, NotFound, StateError
from bewustwerven.store.models import (
    Candidate,
    Document,
    IdentityAccess,
    Objection,
    Procedure,
    SelfIdentification,
)

CONSENT_VERSION = CURRENT_VERSION  # the consent text shown with the form (core/consent.py)


@dataclass(frozen=True, slots=True)
class CandidateRow:
    id: int
    pseudonym: str
    channel: str
    applied_at: datetime
    funnel: Funnel
    revealed: bool
    name: str | None = None  # only for those allowed to see identities
    email: str | None = None
    phone: str | None = None
    # May be revealed now as a plain step (core.method.reveal_without_deviation)
    reveal_open: bool = False


def _now() -> datetime:
    return clock.now()


def _unique_pseudonym(session: Session, taken: set[str]) -> str:
    for length in (4, 4, 4, 4, 5, 5, 6, 6, 8):
        code = new_pseudonym(length)
        if (
            code not in taken
            and session.execute(select(Candidate.id).where(Candidate.pseudonym == code)).first()
            is None
        ):
            taken.add(code)
            return code
    raise RuntimeError("no free pseudonym")  # practically impossible at 32^8


class CandidateService(Service):
    def preview(self, data: bytes, mapping: Mapping[str, str] | None = None) -> ParsedFile:
        """Parse without storing anything: the import screen shows this first."""
        self.require(Role.RECRUITER)
        try:
            return parse_applicants(data, mapping)
        except ValueError as exc:
            raise InvalidInput(
                f"De kolomkeuze klopt niet: {exc}.", f"The column mapping is wrong: {exc}."
            ) from exc

    def preview_for(
        self, pid: int, data: bytes, mapping: Mapping[str, str] | None = None
    ) -> ImportResult:
        """What an import would do, without storing anything: row errors, columns that will
        not be imported, probable duplicates (in the file and in the procedure), and whether
        this very file went in before."""
        parsed = self.preview(data, mapping)
        with self.read() as session:
            access.owned(session, pid, self.actor)
            before = I.previous_import(session, pid, I.file_digest(data))
            dups = I.procedure_duplicates(session, self.db.cipher, pid, parsed.applicants)
        dups += [d for d in parsed.duplicates if d.line not in {x.line for x in dups}]
        dups.sort(key=lambda d: d.line)
        return ImportResult(0, (), parsed.errors, parsed, tuple(dups), (), before)

    def import_csv(
        self,
        pid: int,
        data: bytes,
        mapping: Mapping[str, str] | None = None,
        *,
        duplicates: str = I.SKIP,
    ) -> ImportResult:
        """All or nothing: with any row error, nothing is stored and every error is listed.

        Probable duplicates (same e-mail, or same name and phone, in the file or already in the
        procedure) are skipped unless ``duplicates="import"``; the same file twice adds
        nothing. Everything is checked, redacted and sealed before the short writing
        transaction."""
        if duplicates not in (I.SKIP, I.IMPORT):
            raise ValueError(f"duplicates must be {I.SKIP!r} or {I.IMPORT!r}")
        look = self.preview_for(pid, data, mapping)
        parsed = look.parsed
        if parsed.errors or look.already_imported_at is not None:
            return look
        skip = {d.line for d in look.duplicates} if duplicates == I.SKIP else set()
        chosen = [a for a in parsed.applicants if a.line not in skip]
        prepared = I.prepare(self.db.cipher, chosen)
        with self.write() as session:
            proc = access.owned(session, pid, self.actor)
            _require_open(proc)
            if I.previous_import(session, pid, I.file_digest(data)) is not None:
                raise StateError(
                    "Dit bestand is zojuist al geïmporteerd (door iemand anders); er is niets "
                    "toegevoegd.",
                    "This file was imported just now (by someone else); nothing was added.",
                )
            codes = I.write(session, proc.id, prepared, _now())
            note_identity_access(session, proc, self.actor.user_id)  # the file holds names
            self.event(
                session,
                "candidates.imported",
                procedure_id=pid,
                count=len(codes),
                pseudonyms=codes,
                encoding=parsed.encoding,
                sha256=I.file_digest(data),
                skipped_duplicates=sorted(skip),
            )
        return ImportResult(
            len(codes), tuple(codes), (), parsed, look.duplicates, tuple(sorted(skip)), None
        )

    def _store(self, session: Session, proc: Procedure, parsed: ParsedFile) -> list[str]:
        seal = self.db.cipher.seal
        taken: set[str] = set()
        codes = []
        now = _now()
        for a in parsed.applicants:
            code = _unique_pseudonym(session, taken)
            cand = Candidate(
                procedure_id=proc.id,
                pseudonym=code,
                applied_at=now,
                channel=a.channel,
                name_enc=seal(a.name, "candidates.name"),
                email_enc=seal(a.email or None, "candidates.email"),
                phone_enc=seal(a.phone or None, "candidates.phone"),
            )
            session.add(cand)
            session.flush()
            if a.letter:
                self._add_document(session, cand, "brief.txt", a.letter.encode())
            if any(a.self_identification.get(f) is not None for f in SELF_ID_FIELDS):
                self._set_selfid(session, cand, dict(a.self_identification), False)
            codes.append(code)
        try:
            session.flush()
        except IntegrityError as exc:  # a pseudonym raced another import
            raise InvalidInput(
                "De import botste met een andere import; probeer het opnieuw.",
                "The import clashed with another one; try again.",
            ) from exc
        return codes

    def _add_document(self, session: Session, cand: Candidate, filename: str, data: bytes) -> None:
        from bewustwerven.core.redact import apply_redactions, extract_text, suggest_spans

        doc = extract_text(data, filename)
        redacted = apply_redactions(doc.text, suggest_spans(doc.text))
        session.add(
            Document(
                candidate_id=cand.id,
                filename_enc=self.db.cipher.seal(filename, "documents.filename"),
                original_enc=self.db.cipher.seal(data, "documents.original"),
                redacted_text=redacted,
            )
        )

    def _set_selfid(
        self, session: Session, cand: Candidate, data: dict[str, object], retention_consent: bool
    ) -> None:
        blob = self.db.cipher.seal_json(data, F.SELFID_PLACE)
        row = session.execute(
            select(SelfIdentification).where(SelfIdentification.candidate_id == cand.id)
        ).scalar_one_or_none()
        if row is None:
            session.add(
                SelfIdentification(
                    candidate_id=cand.id,
                    data_enc=blob,
                    consent_version=CONSENT_VERSION,
                    retention_consent=retention_consent,
                )
            )
        else:
            row.data_enc, row.retention_consent = blob, retention_consent

    def set_self_identification(
        self,
        pid: int,
        pseudonym: str,
        data: Mapping[str, object],
        *,
        retention_consent: bool = False,
    ) -> None:
        with self.write() as session:
            proc = access.owned(session, pid, self.actor)
            cand = _candidate(session, proc, pseudonym)
            objected = session.execute(
                select(Objection.id).where(Objection.candidate_id == cand.id)
            ).first()
            if objected is not None:
                raise StateError(
                    f"{pseudonym} heeft bezwaar gemaakt tegen het gebruik van deze gegevens. Ze "
                    "worden niet meer vastgelegd.",
                    f"{pseudonym} objected to the use of this data. It is no longer recorded.",
                )
            unknown = set(data) - set(SELF_ID_FIELDS)
            if unknown:
                raise InvalidInput(
                    f"Onbekende velden: {sorted(unknown)}.", f"Unknown fields: {sorted(unknown)}."
                )
            self._set_selfid(session, cand, dict(data), retention_consent)
            self.event(session, "selfid.recorded", procedure_id=pid, candidate=pseudonym)

    def list(self, pid: int, *, with_identity: bool = False) -> list[CandidateRow]:
        """Pseudonyms for everyone on the procedure; identities only for the owner recruiter
        (which is logged: who saw identities never scores blind here) and, after the reveal,
        for the committee."""
        with self.write() as session:
            proc = access.readable(session, pid, self.actor)
            owner = access.is_owner(proc, self.actor)
            seat = access.seat_role(session, proc, self.actor)
            scorer = seat in F.SCORING_ROLES
            owner_view = owner and not scorer
            if with_identity and not (owner or seat is not None):
                raise Forbidden(
                    "Alleen de W&S-adviseur van deze procedure ziet identiteiten.",
                    "Only this procedure's recruiter sees identities.",
                )
            if with_identity and owner_view:
                note_identity_access(session, proc, self.actor.user_id)
                self.event(session, "identity.viewed", procedure_id=pid)
            rows = list(
                session.execute(
                    select(Candidate)
                    .where(Candidate.procedure_id == pid)
                    .order_by(Candidate.pseudonym)
                ).scalars()
            )
            stage = Stage(proc.stage)
            if (
                with_identity
                and not owner_view
                and stage.order < Stage.INTERVIEWS.order
                and any(c.revealed_at is not None for c in rows)
            ):
                # an early reveal (with a deviation) shows names while scoring is still blind:
                # whoever reads them no longer scores blind in this procedure
                note_identity_access(session, proc, self.actor.user_id)
                self.event(session, "identity.viewed", procedure_id=pid)
            out = []
            for c in rows:
                show = with_identity and (owner_view or c.revealed_at is not None)
                opened = self.db.cipher.open
                out.append(
                    CandidateRow(
                        c.id,
                        c.pseudonym,
                        c.channel,
                        c.applied_at,
                        Funnel(c.funnel),
                        c.revealed_at is not None,
                        opened(c.name_enc, "candidates.name") if show else None,
                        opened(c.email_enc, "candidates.email") if show else None,
                        opened(c.phone_enc, "candidates.phone") if show else None,
                        reveal_without_deviation(stage, c.funnel),
                    )
                )
            return out

    def confirm_redactions(self, pid: int, pseudonym: str) -> int:
        """The recruiter confirms the suggested redactions; only then members see the text."""
        with self.write() as session:
            proc = access.owned(session, pid, self.actor)
            cand = _candidate(session, proc, pseudonym)
            count = 0
            for d in session.execute(
                select(Document).where(Document.candidate_id == cand.id)
            ).scalars():
                if d.confirmed_at is None:
                    d.confirmed_at = _now()
                    count += 1
            self.event(
                session,
                "documents.confirmed",
                procedure_id=pid,
                candidate=pseudonym,
                documents=count,
            )
            return count

    def reveal(self, pid: int, pseudonym: str) -> None:
        """Reveal one candidate's identity to the committee: after the interview shortlist is
        fixed and only for invited candidates; earlier needs an approved deviation."""
        with self.write() as session:
            proc = access.steerable(session, pid, self.actor)
            cand = _candidate(session, proc, pseudonym)
            if cand.revealed_at is not None:
                return
            dev = None
            if not reveal_without_deviation(Stage(proc.stage), cand.funnel):
                dev = consume(
                    session, proc, DeviationType.IDENTITY_REVEALED_EARLY, "REVEAL", _now()
                )
            cand.revealed_at = _now()
            self.event(
                session, "identity.revealed", procedure_id=pid, candidate=pseudonym, deviation=dev
            )


def _candidate(session: Session, proc: Procedure, pseudonym: str) -> Candidate:
    cand = session.execute(
        select(Candidate).where(Candidate.procedure_id == proc.id, Candidate.pseudonym == pseudonym)
    ).scalar_one_or_none()
    if cand is None:
        raise NotFound(
            f"Kandidaat {pseudonym} hoort niet bij procedure {proc.id}.",
            f"Candidate {pseudonym} is not in procedure {proc.id}.",
        )
    return cand


def note_identity_access(session: Session, proc: Procedure, user_id: int) -> bool:
    """Record that ``user_id`` saw identity data in ``proc``: every path that shows a
    candidate's name, contact data or original files calls this (the candidate list, the
    subject-access export, a dossier with names). ``ScoringService`` reads it: such a
    person no longer scores blind in this procedure. True when it is noted just now."""
    exists = session.execute(
        select(IdentityAccess.id).where(
            IdentityAccess.procedure_id == proc.id, IdentityAccess.user_id == user_id
        )
    ).first()
    if exists is None:
        session.add(IdentityAccess(procedure_id=proc.id, user_id=user_id, first_at=_now()))
    return exists is None  # True: noted just now


def _require_open(proc: Procedure) -> None:
    if Stage(proc.stage) not in (Stage.CONCEPT, Stage.OPEN):
        raise StateError(
            "Sollicitaties kunnen alleen binnenkomen zolang de vacature open staat.",
            "Applications can only come in while the vacancy is open.",
        )


candidate_by_code = _candidate
__all__ = ["CandidateRow", "CandidateService", "ImportResult", "note_identity_access"]
