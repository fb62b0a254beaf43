"""Audit reports as a service: the procedure dossier and the organisation report.

Who may export what (checked here, never only in a screen):

* HR and administrators: every dossier (with the chosen candidate's name once revealed)
  and the organisation report.
* A recruiter: the dossiers of their own procedures, as HR sees them.
* A committee member (also chair or HR seat): the dossier of their procedure without any
  identity, counts or check messages that could hint at a candidate's origin.
* Nobody else; committee members never get the organisation report.

Each report is read in one transaction, which also takes the audit trail's head; the
export writes the file and then one ``report.exported`` event with the file's digest.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from bewustwerven.core import clock
from bewustwerven.core.findings import Severity
from bewustwerven.core.policy import PolicyProfile, parse_stored_profile
from bewustwerven.core.procedure import Role
from bewustwerven.reports import model as M
from bewustwerven.services import access
from bewustwerven.services import facts as F
from bewustwerven.services.base import Service
from bewustwerven.services.candidates import note_identity_access
from bewustwerven.services.errors import Forbidden, InvalidInput
from bewustwerven.services.reporting import figures
from bewustwerven.services.reporting.complaints import complaint_table
from bewustwerven.services.reporting.dossier import gather_dossier
from bewustwerven.services.reporting.organisation import FUNNEL_STAGES, gather_raw
from bewustwerven.services.reporting.own_sheets import pending_everywhere
from bewustwerven.services.reporting.scope import Scope
from bewustwerven.store import audit, trail_keys
from bewustwerven.store.models import Candidate, Decision, PolicyProfileRow, Procedure

FORMATS = ("pdf", "csv", "xlsx")


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    format: str
    sha256: str
    head_hash: str | None


@dataclass(frozen=True, slots=True)
class RenderedReport:
    """A report made on the server and sent to the desktop: the file's bytes, its name and
    what the trail recorded of it (the same as an export written to a path)."""

    name: str
    format: str
    data: bytes
    sha256: str
    head_hash: str | None


def _now() -> datetime:
    return clock.now()


def format_of(path: Path) -> str:
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise InvalidInput(
            f"Kies een bestand dat eindigt op .pdf, .csv of .xlsx (niet {path.name}).",
            f"Choose a file ending in .pdf, .csv or .xlsx (not {path.name}).",
        )
    return fmt


class ReportingService(Service):
    def _header(
        self, session: object, profile: PolicyProfile, start: date | None, end: date | None
    ) -> M.ReportHeader:
        now = _now()
        head = audit.head(session)  # type: ignore[arg-type]
        key_id = trail_keys.current_key_id(session)  # type: ignore[arg-type]
        return M.ReportHeader(
            organisation=profile.organisation,
            profile=profile.label,
            period_from=start,
            period_to=end,
            generated_at=now,
            generated_by=self.actor.login,
            audit=M.AuditHead(head[0], head[1], now, key_id) if head else None,
            min_count=profile.rule("SUPPRESS").int("min_count"),
        )

    # -- procedure dossier ------------------------------------------------------------
    def dossier(self, pid: int) -> M.DossierData:
        """One procedure's dossier, as far as this user may see it."""
        with self.write() as session:
            proc = access.load(session, pid)
            full = self._dossier_access(session, proc)
            # a full dossier prints the chosen candidate's name: its reader has seen identities
            noted = full and _names_chosen(session, proc)
            if noted and note_identity_access(session, proc, self.actor.user_id):
                self.event(session, "identity.viewed", procedure_id=pid, via="dossier")
        with self.read() as session:
            proc = access.load(session, pid)
            full = self._dossier_access(session, proc)
            profile = F.profile_of(session, proc)
            header = self._header(session, profile, proc.created_at.date(), _now().date())
            data = gather_dossier(
                session,
                proc,
                self.db.cipher,
                header,
                with_identities=full,
                viewer_id=self.actor.user_id,
            )
        return data

    def _dossier_access(self, session: Session, proc: Procedure) -> bool:
        """May this user make the dossier? True: the full one (with names), False: a
        committee member's."""
        full = self.actor.has(Role.HR, Role.ADMIN) or access.is_owner(proc, self.actor)
        if not full and access.seat_role(session, proc, self.actor) is None:
            raise Forbidden(
                f"U mag het dossier van procedure {proc.id} niet maken: dat mogen P&O, de "
                "W&S-adviseur van de procedure en de leden van de commissie.",
                f"You may not make the dossier of procedure {proc.id}: HR, the procedure's "
                "recruiter and its committee members may.",
            )
        return full

    def export_dossier(self, pid: int, path: str | Path, *, lang: str = "nl") -> ExportResult:
        from bewustwerven.reports import write_dossier

        target = Path(path)
        fmt = format_of(target)
        data = self.dossier(pid)
        write_dossier(data, target, lang=lang)
        return self._exported(target, fmt, "dossier", data.header, procedure_id=pid)

    def render_dossier(self, pid: int, fmt: str = "pdf", *, lang: str = "nl") -> RenderedReport:
        """The dossier as a file's bytes (for a desktop working through the server)."""
        return _rendered(lambda p: self.export_dossier(pid, p, lang=lang), f"dossier-{pid}", fmt)

    # -- organisation report ----------------------------------------------------------
    def organisation(
        self,
        start: date,
        end: date,
        units: Sequence[str] = (),
        *,
        progress: Callable[[str], None] = lambda _m: None,
    ) -> M.OrgReportData:
        """Figures for procedures created from ``start`` to ``end`` (inclusive) in ``units``."""
        self.require(Role.HR, Role.ADMIN)
        if end < start:
            raise InvalidInput(
                "De einddatum ligt voor de begindatum.", "The end date is before the start date."
            )
        scope = Scope(start, end, tuple(units))
        with self.read() as session:
            profile = self._current_profile(session)
            header = self._header(session, profile, start, end)
            progress("sql")
            hidden = pending_everywhere(session, self.actor.user_id)
            raw = gather_raw(
                session, self.db.cipher, profile, scope, self.db.dialect, hidden=hidden
            )
            complaints = complaint_table(
                session, scope, self.db.dialect, _now().date(), header.min_count
            )
        n = header.min_count
        progress("text")
        blocks = _concept_text_blocks(raw.concept_texts)
        progress("suppress")
        if not raw.candidates:
            return replace(
                _empty_org(header, raw, figures.compliance(raw, blocks)), complaints=complaints
            )
        tables, per = figures.build_tables(raw, n)
        by_name = {t.name: t for t in tables}
        goal_origin = float(profile.targets.get("outside_europe_share", 0.30))
        goal_age = float(profile.targets.get("under_35_share", 0.20))
        progress("figures")
        return M.OrgReportData(
            header=header,
            units=tuple(raw.units),
            procedures=sum(raw.procedures.values()),
            compliance=figures.compliance(raw, blocks),
            stages=FUNNEL_STAGES,
            group_funnel=figures._count_table(by_name["group_funnel"], "group_funnel"),
            unit_funnel=figures._count_table(by_name["unit_funnel"], "unit_funnel"),
            transitions=figures.transitions(per["origin"], by_name["group_funnel"]),
            channels=figures._count_table(by_name["channels"], "channels"),
            channel_selected=figures._count_table(by_name["channel_funnel"], "channel_funnel"),
            targets=tuple(
                figures.target_lines(
                    by_name["target_origin"], "origin", goal_origin, ("in_group", "not_in_group")
                )
                + figures.target_lines(
                    by_name["target_age"], "under_35", goal_age, ("under_35", "35_plus")
                )
            ),
            target_tables=(
                figures._count_table(by_name["target_origin"], "target_origin"),
                figures._count_table(by_name["target_age"], "target_age"),
            ),
            reliability=figures.reliability(raw, n),
            score_spread=figures.score_spread(
                raw, n, range(profile.scale_min, profile.scale_max + 1)
            ),
            score_values=tuple(range(profile.scale_min, profile.scale_max + 1)),
            target_scale=int(profile.targets.get("from_scale", 12)),
            complaints=complaints,
        )

    def export_organisation(
        self,
        start: date,
        end: date,
        path: str | Path,
        *,
        units: Sequence[str] = (),
        lang: str = "nl",
        progress: Callable[[str], None] = lambda _m: None,
    ) -> ExportResult:
        from bewustwerven.reports import write_organisation

        target = Path(path)
        fmt = format_of(target)
        data = self.organisation(start, end, units, progress=progress)
        progress("render")
        write_organisation(data, target, lang=lang)
        return self._exported(
            target,
            fmt,
            "organisation",
            data.header,
            period=[start.isoformat(), end.isoformat()],
            units=list(units),
        )

    def render_organisation(
        self,
        start: date,
        end: date,
        fmt: str = "pdf",
        *,
        units: Sequence[str] = (),
        lang: str = "nl",
    ) -> RenderedReport:
        """The organisation report as a file's bytes (for a desktop through the server)."""
        return _rendered(
            lambda p: self.export_organisation(start, end, p, units=units, lang=lang),
            f"organisatierapportage-{start.isoformat()}-{end.isoformat()}",
            fmt,
        )

    # -- shared -----------------------------------------------------------------------
    def _current_profile(self, session: object) -> PolicyProfile:
        row = session.execute(  # type: ignore[attr-defined]
            select(PolicyProfileRow)
            .order_by(PolicyProfileRow.imported_at.desc(), PolicyProfileRow.id.desc())
            .limit(1)
        ).scalar_one()
        return parse_stored_profile(row.toml)

    def _exported(
        self,
        path: Path,
        fmt: str,
        kind: str,
        header: M.ReportHeader,
        procedure_id: int | None = None,
        **payload: object,
    ) -> ExportResult:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        printed = header.audit.hash if header.audit else None
        with self.write() as session:
            self.event(
                session,
                "report.exported",
                procedure_id=procedure_id,
                kind=kind,
                format=fmt,
                sha256=digest,
                printed_head=printed,
                **payload,
            )
        return ExportResult(path, fmt, digest, printed)


def _rendered(export: Callable[[Path], ExportResult], stem: str, fmt: str) -> RenderedReport:
    if fmt not in FORMATS:
        raise InvalidInput(
            f"Kies pdf, csv of xlsx, niet {fmt!r}.", f"Choose pdf, csv or xlsx, not {fmt!r}."
        )
    import tempfile

    with tempfile.TemporaryDirectory(prefix="bw-report-") as folder:
        done = export(Path(folder) / f"{stem}.{fmt}")
        return RenderedReport(
            done.path.name, done.format, done.path.read_bytes(), done.sha256, done.head_hash
        )


def _names_chosen(session: Session, proc: Procedure) -> bool:
    """Whether a full dossier prints a name (``gather_dossier``: the revealed chosen one)."""
    row = session.execute(
        select(Candidate.revealed_at)
        .join(Decision, Decision.chosen_candidate_id == Candidate.id)
        .where(Decision.procedure_id == proc.id)
    ).first()
    return row is not None and row[0] is not None


def _concept_text_blocks(texts: list[tuple[str, str, int]]) -> list[bool | None]:
    """Run the text check on vacancies still in Concept (locked ones: their G1 findings)."""
    if not texts:
        return []
    from bewustwerven.core.textcheck import check_text

    return [
        any(f.severity is Severity.BLOCK for f in check_text(body, scale=scale)) if body else None
        for _unit, body, scale in texts
    ]


def _empty_org(
    header: M.ReportHeader, raw: object, compliance: tuple[M.UnitCompliance, ...]
) -> M.OrgReportData:
    empty = M.CountTable("empty", "", "", (), (), (), (), (), 0)
    return M.OrgReportData(
        header=header,
        units=tuple(getattr(raw, "units", ())),
        procedures=sum(getattr(raw, "procedures", {}).values()),
        compliance=compliance,
        stages=FUNNEL_STAGES,
        group_funnel=empty,
        unit_funnel=empty,
        transitions=(),
        channels=empty,
        channel_selected=empty,
        targets=(),
        target_tables=(),
        reliability=(),
        score_spread={},
        score_values=(),
    )


__all__ = ["FORMATS", "ExportResult", "ReportingService", "format_of"]
