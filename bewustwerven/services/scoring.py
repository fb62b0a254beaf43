"""Blind scoring: each member alone, own sheet sealed before seeing anyone else's.

SCORE-INDEP is enforced here and never bypassable: no service returns another member's
scores for a candidate and stage to a member who has not submitted their own.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from bewustwerven.core import clock
from bewustwerven.core.procedure import (
    SCORED_STAGES,
    SCREENING_ANCHORS,
    DeviationType,
    ScreeningOutcome,
    Stage,
)
from bewustwerven.core.rules import check_independence
from bewustwerven.services import access
from bewustwerven.services import facts as F
from bewustwerven.services.base import Service
from bewustwerven.services.candidates import candidate_by_code
from bewustwerven.services.deviations import create_request
from bewustwerven.services.errors import ChangedMeanwhile, Forbidden, InvalidInput, StateError
from bewustwerven.store.models import (
    CommitteeSeat,
    Conflict,
    Consensus,
    Document,
    IdentityAccess,
    Procedure,
    Score,
    ScoreSheet,
    User,
    Vacancy,
)


@dataclass(frozen=True, slots=True)
class SheetItem:
    key: str
    criterion_key: str
    criterion: str
    text: str
    anchors: dict[int, str]


@dataclass(frozen=True, slots=True)
class SheetForm:
    procedure_id: int
    title: str
    stage: Stage
    pseudonym: str
    items: tuple[SheetItem, ...]
    values: dict[str, tuple[int | None, str]]  # item key -> (score, evidence)
    status: str  # open / draft / submitted
    version: int
    documents: tuple[str, ...]
    scale: tuple[int, int]
    row_version: int | None = None  # send back as ``expected_version``; 0: no sheet yet

    @property
    def sealed(self) -> bool:
        return self.status == "submitted"


@dataclass(frozen=True, slots=True)
class SheetTask:
    procedure_id: int
    title: str
    stage: Stage
    pseudonym: str
    status: str


@dataclass(frozen=True, slots=True)
class OtherScores:
    member: str
    values: dict[str, int | None]


def _now() -> datetime:
    return clock.now()


def items_for(session: Session, proc: Procedure, stage: Stage, lang: str = "nl") -> list[SheetItem]:
    crits = F.criteria_rows(session, proc)
    if stage is Stage.SCREENING:
        return [
            SheetItem(c.key, c.key, c.name, c.description or c.name, SCREENING_ANCHORS[lang])
            for c in crits
        ]
    qs = F.questions_by_criterion(session, [c.id for c in crits])
    return [
        SheetItem(q.key, c.key, c.name, q.text, {int(k): v for k, v in q.anchors.items()})
        for c in crits
        for q in qs[c.id]
    ]


class ScoringService(Service):
    def _scorer_proc(self, session: Session, pid: int) -> tuple[Procedure, Stage]:
        proc = access.load(session, pid)
        me = self.actor.user_id
        seat, seen = session.execute(  # one round trip: my seat, and whether I saw identities
            select(
                select(CommitteeSeat.role)
                .where(CommitteeSeat.procedure_id == pid, CommitteeSeat.user_id == me)
                .scalar_subquery(),
                exists().where(IdentityAccess.procedure_id == pid, IdentityAccess.user_id == me),
            )
        ).one()
        if seat not in F.SCORING_ROLES:
            raise Forbidden(
                "U scoort niet in deze procedure.", "You do not score in this procedure."
            )
        stage = Stage(proc.stage)
        if stage not in SCORED_STAGES:
            raise StateError(
                "Er wordt nu niet gescoord in deze procedure.",
                "There is no scoring in this procedure now.",
            )
        if seen:
            raise Forbidden(
                "U heeft identiteiten van kandidaten gezien en kunt hier niet blind scoren.",
                "You have seen candidates' identities and cannot score blind here.",
            )
        return proc, stage

    def _expected(self, session: Session, proc: Procedure, stage: Stage) -> list[str]:
        coi = F.conflicts(session, proc)
        return [
            c.pseudonym
            for c in F.pool(session, proc, stage)
            if (self.actor.user_id, c.id) not in coi
        ]

    def _scores_candidate(
        self, session: Session, proc: Procedure, stage: Stage, cand_id: int
    ) -> bool:
        """Whether I score this one candidate in this stage (no conflict; invited at
        interviews), asked with two small queries instead of loading the whole pool."""
        conflict = session.execute(
            select(Conflict.id).where(
                Conflict.candidate_id == cand_id, Conflict.member_id == self.actor.user_id
            )
        ).first()
        if conflict is not None:
            return False
        if stage is Stage.SCREENING:
            return True
        invited = session.execute(
            select(Consensus.id).where(
                Consensus.candidate_id == cand_id,
                Consensus.stage == Stage.SCREENING.value,
                Consensus.round == proc.round,
                Consensus.archived.is_(False),
                Consensus.outcome == ScreeningOutcome.INVITE.value,
            )
        ).first()
        return invited is not None

    def _my_sheet(
        self, session: Session, proc: Procedure, stage: Stage, cand_id: int
    ) -> ScoreSheet | None:
        return session.execute(
            select(ScoreSheet).where(
                ScoreSheet.procedure_id == proc.id,
                ScoreSheet.stage == stage.value,
                ScoreSheet.round == proc.round,
                ScoreSheet.candidate_id == cand_id,
                ScoreSheet.member_id == self.actor.user_id,
                ScoreSheet.status.in_(("draft", "submitted")),
            )
        ).scalar_one_or_none()

    def my_tasks(self) -> list[SheetTask]:
        with self.read() as session:
            rows = session.execute(
                select(Procedure, Vacancy.title)
                .join(Vacancy, Procedure.vacancy_id == Vacancy.id)
                .where(Procedure.stage.in_([s.value for s in SCORED_STAGES]))
                .order_by(Procedure.id)
            ).all()
            tasks = []
            for proc, title in rows:
                if access.seat_role(session, proc, self.actor) not in F.SCORING_ROLES:
                    continue
                stage = Stage(proc.stage)
                sheets = F.current_sheets(session, proc, stage)
                by_code = {c.id: c.pseudonym for c in F.pool(session, proc, stage)}
                status = {
                    by_code.get(cid): s.status
                    for (uid, cid), s in sheets.items()
                    if uid == self.actor.user_id
                }
                for code in self._expected(session, proc, stage):
                    tasks.append(SheetTask(proc.id, title, stage, code, status.get(code, "open")))
            return tasks

    def form(self, pid: int, pseudonym: str, lang: str = "nl") -> SheetForm:
        with self.read() as session:
            proc, stage = self._scorer_proc(session, pid)
            cand = candidate_by_code(session, proc, pseudonym)
            if not self._scores_candidate(session, proc, stage, cand.id):
                raise Forbidden(
                    "Deze kandidaat staat niet op uw lijst (belangenconflict of niet uitgenodigd).",
                    "This candidate is not on your list (conflict of interest or not invited).",
                )
            sheet = self._my_sheet(session, proc, stage, cand.id)
            values: dict[str, tuple[int | None, str]] = {}
            if sheet is not None:
                for s in session.execute(select(Score).where(Score.sheet_id == sheet.id)).scalars():
                    values[s.item_key] = (s.value, s.evidence)
            docs = tuple(
                d.redacted_text
                for d in session.execute(
                    select(Document).where(Document.candidate_id == cand.id).order_by(Document.id)
                ).scalars()
                if d.confirmed_at is not None
            )
            prof = F.profile_of(session, proc)
            return SheetForm(
                pid,
                proc.vacancy.title,
                stage,
                pseudonym,
                tuple(items_for(session, proc, stage, lang)),
                values,
                sheet.status if sheet else "open",
                sheet.version if sheet else 0,
                docs,
                (prof.scale_min, prof.scale_max),
                _version_of(sheet),
            )

    def save(
        self,
        pid: int,
        pseudonym: str,
        values: Mapping[str, tuple[int | None, str]],
        *,
        submit: bool = False,
        expected_version: int | None = None,
    ) -> str:
        """Save my sheet as a draft, or submit it (then it is sealed). Returns the status."""
        with self.write() as session:
            proc, stage = self._scorer_proc(session, pid)
            cand = candidate_by_code(session, proc, pseudonym)
            if not self._scores_candidate(session, proc, stage, cand.id):
                raise Forbidden("U scoort deze kandidaat niet.", "You do not score this candidate.")
            items = items_for(session, proc, stage)
            prof = F.profile_of(session, proc)
            _validate(values, items, (prof.scale_min, prof.scale_max), complete=submit)
            sheet = self._my_sheet(session, proc, stage, cand.id)
            if sheet is not None and sheet.status == "submitted":
                raise StateError(
                    "Dit formulier is ingediend en verzegeld. Wijzigen kan alleen "
                    "met een reden, als afwijking.",
                    "This sheet is submitted and sealed. A change needs a reason, as a deviation.",
                )
            if expected_version is not None and _version_of(sheet) != expected_version:
                raise SHEET_CHANGED
            fresh = sheet is None
            if sheet is None:
                sheet = ScoreSheet(
                    procedure_id=pid,
                    candidate_id=cand.id,
                    member_id=self.actor.user_id,
                    stage=stage.value,
                    round=proc.round,
                    version=1,
                    status="draft",
                )
                session.add(sheet)
                try:  # another window may be creating this very sheet (one current: 0005)
                    session.flush()
                except IntegrityError:
                    raise SHEET_CHANGED from None
            if _write_scores(session, sheet, values, items) and not (fresh or submit):
                flag_modified(sheet, "status")  # new scores move the draft's version (issue 17)
            if submit:
                sheet.status, sheet.submitted_at = "submitted", _now()
            try:
                session.flush()  # a window that read the same version loses here, not later
            except StaleDataError:
                raise SHEET_CHANGED from None
            self.event(
                session,
                "sheet.submitted" if submit else "sheet.saved",
                procedure_id=pid,
                candidate=pseudonym,
                stage=stage.value,
                sheet=sheet.id,
                items=len([v for v in values.values() if v[0] is not None]),
            )
            return sheet.status

    def amend(
        self, pid: int, pseudonym: str, values: Mapping[str, tuple[int | None, str]], reason: str
    ) -> int:
        """Change a sealed sheet: a new version plus a deviation for HR. Returns the deviation."""
        if len(reason.strip()) < 10:
            raise InvalidInput(
                "Geef een reden voor de wijziging (minstens 10 tekens).",
                "Give a reason for the change (at least 10 characters).",
            )
        with self.write() as session:
            proc, stage = self._scorer_proc(session, pid)
            cand = candidate_by_code(session, proc, pseudonym)
            old = self._my_sheet(session, proc, stage, cand.id)
            if old is None or old.status != "submitted":
                raise StateError(
                    "Er is geen ingediend formulier om te wijzigen.",
                    "There is no submitted sheet to change.",
                )
            items = items_for(session, proc, stage)
            prof = F.profile_of(session, proc)
            _validate(values, items, (prof.scale_min, prof.scale_max), complete=True)
            dev = create_request(
                session,
                proc,
                self.actor.user_id,
                DeviationType.SHEET_CHANGED_AFTER_SUBMISSION,
                "SCORE-LOCK",
                f"{pseudonym}: {reason.strip()}",
                _now(),
            )
            old.status = "superseded"
            session.flush()
            new = ScoreSheet(
                procedure_id=pid,
                candidate_id=cand.id,
                member_id=self.actor.user_id,
                stage=stage.value,
                round=proc.round,
                version=old.version + 1,
                status="submitted",
                submitted_at=_now(),
                amend_reason=reason.strip(),
                deviation_id=dev.id,
            )
            session.add(new)
            session.flush()
            _write_scores(session, new, values, items)
            self.event(
                session,
                "sheet.amended",
                procedure_id=pid,
                candidate=pseudonym,
                stage=stage.value,
                sheet=new.id,
                replaces=old.id,
                deviation=dev.id,
                reason=reason.strip(),
            )
            return dev.id

    def declare_conflict(self, pid: int, pseudonym: str) -> None:
        """A conflict of interest: I do not score this candidate (drafts are removed)."""
        with self.write() as session:
            proc = access.load(session, pid)
            if access.seat_role(session, proc, self.actor) is None:
                raise Forbidden("U zit niet in deze commissie.", "You are not on this committee.")
            cand = candidate_by_code(session, proc, pseudonym)
            if (
                session.execute(
                    select(Conflict.id).where(
                        Conflict.candidate_id == cand.id, Conflict.member_id == self.actor.user_id
                    )
                ).first()
                is None
            ):
                session.add(
                    Conflict(
                        procedure_id=pid,
                        candidate_id=cand.id,
                        member_id=self.actor.user_id,
                        declared_at=_now(),
                    )
                )
            for sheet in session.execute(
                select(ScoreSheet).where(
                    ScoreSheet.candidate_id == cand.id,
                    ScoreSheet.member_id == self.actor.user_id,
                    ScoreSheet.status == "draft",
                )
            ).scalars():
                session.execute(delete(Score).where(Score.sheet_id == sheet.id))
                session.delete(sheet)
            self.event(session, "conflict.declared", procedure_id=pid, candidate=pseudonym)

    def others(self, pid: int, pseudonym: str, stage: Stage | None = None) -> list[OtherScores]:
        """Other members' submitted scores: only after my own is submitted (SCORE-INDEP);
        people outside the committee (HR) only after the stage's consensus."""
        with self.read() as session:
            proc = access.readable(session, pid, self.actor)
            stage = stage or Stage(proc.stage)
            cand = candidate_by_code(session, proc, pseudonym)
            seat = access.seat_role(session, proc, self.actor)
            sheets = F.current_sheets(session, proc, stage)
            mine = sheets.get((self.actor.user_id, cand.id))
            consensus = (
                session.execute(
                    select(Consensus.id).where(
                        Consensus.candidate_id == cand.id,
                        Consensus.stage == stage.value,
                        Consensus.round == proc.round,
                    )
                ).first()
                is not None
            )
            own_submitted = mine is not None and mine.status == "submitted"
            if seat == "hr":  # the adviser does not score: like HR, sees scores after consensus
                own_submitted = False
            finding = check_independence(
                self.actor.login,
                pseudonym,
                stage.value,
                own_submitted,
                viewer_is_on_committee=seat in F.SCORING_ROLES,
                consensus_reached=consensus,
            )
            if finding is not None:
                raise Forbidden(finding.message_nl, finding.message_en)
            logins = dict(session.execute(select(User.id, User.login)).all())
            out = []
            for (uid, cid), sheet in sorted(sheets.items()):
                if cid != cand.id or sheet.status != "submitted":
                    continue
                vals = {
                    s.item_key: s.value
                    for s in session.execute(
                        select(Score).where(Score.sheet_id == sheet.id)
                    ).scalars()
                }
                out.append(OtherScores(logins.get(uid, "?"), vals))
            return out

    def question_order(self, pid: int, item_key: str) -> list[str]:
        """For scoring one question across all candidates: my own shuffled order (stable for me,
        different for each member), as Applied does for its sift."""
        with self.read() as session:
            proc, stage = self._scorer_proc(session, pid)
            codes = sorted(self._expected(session, proc, stage))
            seed = hashlib.sha256(
                f"{pid}:{proc.round}:{stage}:{self.actor.user_id}:{item_key}".encode()
            ).digest()
            random.Random(seed).shuffle(codes)
            return codes


SHEET_CHANGED = ChangedMeanwhile(
    "Dit formulier is intussen gewijzigd, in een ander venster of op een ander apparaat. "
    "Er is niets opgeslagen. Laad het formulier opnieuw en vul uw wijziging nog eens in.",
    "This sheet was changed meanwhile, in another window or on another device. Nothing was "
    "saved. Reload the sheet and enter your change again.",
)


def _version_of(sheet: ScoreSheet | None) -> int:
    """The row version a client sees in ``SheetForm.row_version``: 0 for no sheet yet."""
    return sheet.version_id if sheet is not None else 0


def _validate(
    values: Mapping[str, tuple[int | None, str]],
    items: list[SheetItem],
    scale: tuple[int, int],
    *,
    complete: bool,
) -> None:
    keys = {i.key for i in items}
    unknown = set(values) - keys
    if unknown:
        raise InvalidInput(
            f"Onbekende vragen: {sorted(unknown)}.", f"Unknown questions: {sorted(unknown)}."
        )
    problems = []
    for i, item in enumerate(items, start=1):
        score, evidence = values.get(item.key, (None, ""))
        if score is not None and not scale[0] <= score <= scale[1]:
            problems.append(f"{i}: score {score} valt buiten {scale[0]}–{scale[1]}")
        if complete and score is None:
            problems.append(f"{i}: score ontbreekt / score missing")
        if complete and not (evidence or "").strip():
            problems.append(f"{i}: onderbouwing ontbreekt / evidence missing")
    if problems:
        raise InvalidInput(
            "Het formulier is nog niet compleet: elke vraag heeft een score en een "
            "onderbouwing nodig.",
            "The sheet is not complete yet: every question needs a score and evidence.",
            details=problems,
        )


def _write_scores(
    session: Session,
    sheet: ScoreSheet,
    values: Mapping[str, tuple[int | None, str]],
    items: list[SheetItem],
) -> bool:
    """Write the given items' scores; True when any score or evidence changed."""
    changed = False
    existing = {
        s.item_key: s
        for s in session.execute(select(Score).where(Score.sheet_id == sheet.id)).scalars()
    }
    for item in items:
        if item.key not in values:
            continue
        score, evidence = values[item.key]
        row = existing.get(item.key)
        evidence = evidence or ""
        if row is None:
            changed = True
            session.add(
                Score(
                    sheet_id=sheet.id,
                    item_key=item.key,
                    criterion_key=item.criterion_key,
                    value=score,
                    evidence=evidence,
                )
            )
        elif (row.value, row.evidence) != (score, evidence):
            changed = True
            row.value, row.evidence = score, evidence
    return changed
