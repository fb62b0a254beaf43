"""Gate evaluation: the findings that guard leaving each stage (DESIGN.md §3).

A blocking finding is *waived* by an approved, unused deviation of the same rule in the
same stage and round. Structural checks that are not in the profile (closing date,
consensus recorded, decision motivated) use codes starting with ``GATE-``.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from bewustwerven.core import rules
from bewustwerven.core.findings import Finding, Severity
from bewustwerven.core.language import detect_language
from bewustwerven.core.policy import PolicyProfile
from bewustwerven.core.procedure import DeviationStatus, Gate, Stage, gate_for, next_stage
from bewustwerven.services import facts as F
from bewustwerven.services.dto import GateReport, Waiver
from bewustwerven.store.crypto import FieldCipher
from bewustwerven.store.models import Candidate, Decision, DeviationRow, Procedure, ScoreSheet

_SRC = "BewustWerven, werkwijze (DESIGN §3)"


def _block(code: str, nl: str, en: str, **facts: object) -> Finding:
    return Finding(code, Severity.BLOCK, nl, en, facts=facts, source=_SRC)


def text_findings(proc: Procedure, profile: PolicyProfile | None = None) -> list[Finding]:
    """The text check of gate 1. Blocks (TEXT-AGE-LIMIT, TEXT-NATIVE, TEXT-PREF-STATEMENT)
    keep the vacancy from opening; the procedure's own fields count as elements of the text."""
    from bewustwerven.core.textcheck import check_text, form_elements, settings_from_profile

    vacancy = proc.vacancy
    text = vacancy.text or ""
    values = profile.rule("TEXT").values if profile else {}
    # A profile stored before the text check had settings uses the default profile's.
    settings = settings_from_profile(values) if "settings" in values else None
    on_form = form_elements(
        hours=vacancy.hours, location=vacancy.location, scale=vacancy.scale,
        closing_date=vacancy.closing_date,
    )
    return check_text(
        text, scale=vacancy.scale, lang=detect_language(text), settings=settings, on_form=on_form
    )


def concept_findings(
    session: Session, proc: Procedure, cipher: FieldCipher, profile: PolicyProfile
) -> list[Finding]:
    out = rules.check_criteria(F.criteria_facts(session, proc), profile)
    out += rules.check_committee(F.committee_facts(session, proc, cipher), profile)
    out += rules.check_channels(F.channel_facts(session, proc), proc.vacancy.scale, profile)
    out += text_findings(proc, profile)
    return out


def _amendments(session: Session, proc: Procedure, stage: Stage) -> list[Finding]:
    """SCORE-LOCK: a sealed sheet changed; passes only when its deviation is approved."""
    out = []
    rows = session.execute(
        select(ScoreSheet, DeviationRow.status)
        .join(DeviationRow, ScoreSheet.deviation_id == DeviationRow.id)
        .where(
            ScoreSheet.procedure_id == proc.id,
            ScoreSheet.stage == stage.value,
            ScoreSheet.round == proc.round,
            ScoreSheet.status == "submitted",
        )
    ).all()
    for sheet, status in rows:
        if status != DeviationStatus.APPROVED.value:
            out.append(
                Finding(
                    "SCORE-LOCK",
                    Severity.BLOCK,
                    f"Een ingediend scoreformulier is gewijzigd (versie {sheet.version}). "
                    "Dat mag pas meetellen als P&O de afwijking heeft goedgekeurd.",
                    f"A submitted score sheet was changed (version {sheet.version}). "
                    "It counts only once HR has approved the deviation.",
                    facts={
                        "sheet": sheet.id,
                        "version": sheet.version,
                        "deviation": sheet.deviation_id,
                        "deviation_status": status,
                    },
                    source="Navolgbaarheid: formulier verzegeld na indienen",
                )
            )
    return out


def _consensus_missing(session: Session, proc: Procedure, stage: Stage) -> list[Finding]:
    cons = F.consensus_rows(session, proc, stage)
    missing = [c.pseudonym for c in F.pool(session, proc, stage) if c.id not in cons]
    if not missing:
        return []
    return [
        _block(
            "GATE-CONSENSUS",
            f"Voor {len(missing)} kandidaat/kandidaten is nog geen gezamenlijk oordeel vastgelegd.",
            f"No consensus has been recorded yet for {len(missing)} candidate(s).",
            missing=missing,
        )
    ]


def scored_stage_findings(
    session: Session, proc: Procedure, stage: Stage, cipher: FieldCipher, profile: PolicyProfile
) -> list[Finding]:
    out = rules.check_complete(F.sheet_statuses(session, proc, stage), stage.value, profile)
    out += rules.check_conflicts(F.conflict_facts(session, proc), profile)
    out += _amendments(session, proc, stage)
    out += _consensus_missing(session, proc, stage)
    if stage is Stage.SCREENING:
        out += rules.check_rooney(
            proc.vacancy.scale, F.shortlist_facts(session, proc, cipher, profile), profile
        )
    return out


def open_findings(session: Session, proc: Procedure, today: date) -> list[Finding]:
    out = []
    closing = proc.vacancy.closing_date
    if closing is not None and today < closing:
        out.append(
            _block(
                "GATE-CLOSING",
                f"De sluitingsdatum ({closing:%d-%m-%Y}) is nog niet bereikt. Wie nog "
                "wil solliciteren, moet die kans houden.",
                f"The closing date ({closing:%d-%m-%Y}) has not been reached. Anyone "
                "who still wants to apply must keep that chance.",
                closing_date=closing.isoformat(),
                today=today.isoformat(),
            )
        )
    count = len(
        session.execute(select(Candidate.id).where(Candidate.procedure_id == proc.id)).all()
    )
    if count == 0:
        out.append(
            _block(
                "GATE-EMPTY",
                "Er zijn nog geen sollicitaties.",
                "There are no applications yet.",
                candidates=0,
            )
        )
    return out


def decision_findings(
    session: Session, proc: Procedure, cipher: FieldCipher, profile: PolicyProfile
) -> list[Finding]:
    decision = session.execute(
        select(Decision).where(Decision.procedure_id == proc.id)
    ).scalar_one_or_none()
    out = []
    if decision is None or decision.chosen_candidate_id is None:
        out.append(
            _block(
                "GATE-DECISION",
                "Er is nog geen besluit vastgelegd.",
                "No decision has been recorded yet.",
            )
        )
    elif not decision.motivation.strip() or any(
        not v.strip() for v in decision.motivations.values()
    ):
        out.append(
            _block(
                "GATE-MOTIVATION",
                "Het besluit heeft een motivering nodig, ook per criterium.",
                "The decision needs a motivation, also per criterion.",
            )
        )
    facts = F.decision_facts(session, proc, cipher, profile)
    out += [
        f
        for f in rules.check_preference(facts, profile)
        if not (decision is None and f.code == "PREF")
    ]
    out += rules.check_age_tiebreak(facts, profile)
    return out


def findings_for(
    session: Session, proc: Procedure, cipher: FieldCipher, profile: PolicyProfile, today: date
) -> list[Finding]:
    stage = Stage(proc.stage)
    if stage is Stage.CONCEPT:
        return concept_findings(session, proc, cipher, profile)
    if stage is Stage.OPEN:
        return open_findings(session, proc, today)
    if stage in (Stage.SCREENING, Stage.INTERVIEWS):
        return scored_stage_findings(session, proc, stage, cipher, profile)
    if stage is Stage.DECISION:
        return decision_findings(session, proc, cipher, profile)
    return []


def usable_deviations(session: Session, proc: Procedure) -> list[DeviationRow]:
    return list(
        session.execute(
            select(DeviationRow).where(
                DeviationRow.procedure_id == proc.id,
                DeviationRow.round == proc.round,
                DeviationRow.stage == proc.stage,
                DeviationRow.status == DeviationStatus.APPROVED.value,
                DeviationRow.used_at.is_(None),
            )
        ).scalars()
    )


def evaluate(
    session: Session, proc: Procedure, cipher: FieldCipher, profile: PolicyProfile, today: date
) -> GateReport:
    stage = Stage(proc.stage)
    if stage is Stage.CLOSED:
        return GateReport(proc.id, None, stage, None, ())
    found = findings_for(session, proc, cipher, profile, today)
    approved = {d.rule_code: d.id for d in usable_deviations(session, proc)}
    kept: list[Finding] = []
    waived: list[Waiver] = []
    for f in found:
        if f.blocks and f.code in approved and f.code != "SCORE-INDEP":
            waived.append(Waiver(f, approved[f.code]))
        else:
            kept.append(f)
    gate: Gate = gate_for(stage)
    return GateReport(proc.id, gate, stage, next_stage(stage), tuple(kept), tuple(waived))
