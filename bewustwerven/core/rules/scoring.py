"""SCORE-INDEP, SCORE-COMPLETE and SCORE-LOCK: independent, complete and sealed scoring."""

from __future__ import annotations

from collections.abc import Sequence

from bewustwerven.core.facts import SheetStatus
from bewustwerven.core.findings import Finding, Severity
from bewustwerven.core.policy import PolicyProfile
from bewustwerven.core.procedure import DeviationType, Stage
from bewustwerven.core.rules._common import finding, is_blank

SHEET_CHANGED = DeviationType.SHEET_CHANGED_AFTER_SUBMISSION.value
_INDEP_SOURCE = "Onafhankelijk oordeel vóór de bespreking (Greenhouse-standaard)"


def may_see_other_scores(
    viewer_submitted_own: bool,
    viewer_is_on_committee: bool,
    *,
    consensus_reached: bool = False,
) -> bool:
    """Whether a person may see the other members' scores for one candidate in one stage.

    A committee member sees them only after submitting their own sheet for that candidate
    and stage. Someone not on the committee (an HR auditor) sees them only once the
    committee has reached consensus on that candidate in that stage (``consensus_reached``).
    """
    if viewer_is_on_committee:
        return viewer_submitted_own
    return consensus_reached


def check_independence(
    viewer: str,
    candidate: str,
    stage: str,
    viewer_submitted_own: bool,
    *,
    viewer_is_on_committee: bool = True,
    consensus_reached: bool = False,
    profile: PolicyProfile | None = None,
) -> Finding | None:
    """SCORE-INDEP: ``None`` when ``viewer`` may see the other scores, else a block finding.

    This rule is never bypassable: its severity is always ``block`` whatever the profile
    says, and no deviation opens it. ``profile`` only supplies the source text.
    """
    if may_see_other_scores(
        viewer_submitted_own, viewer_is_on_committee, consensus_reached=consensus_reached
    ):
        return None
    source = profile.rule("SCORE-INDEP").source if profile is not None else _INDEP_SOURCE
    stage_nl, stage_en = _stage_labels(stage)
    if viewer_is_on_committee:
        nl = (f"Je ziet de scores van anderen voor {candidate} ({stage_nl}) pas als je je eigen "
              "scoreformulier hebt ingediend. Vul eerst je eigen formulier in.")
        en = (f"You can see the others' scores for {candidate} ({stage_en}) only after you have "
              "submitted your own score sheet. Fill in your own sheet first.")
    else:
        nl = (f"De scores voor {candidate} ({stage_nl}) zijn pas te zien als de commissie een "
              "gezamenlijk oordeel heeft. Wacht tot dat er is.")
        en = (f"The scores for {candidate} ({stage_en}) can be seen only once the committee "
              "has reached consensus. Wait until then.")
    return Finding(
        code="SCORE-INDEP",
        severity=Severity.BLOCK,
        message_nl=nl,
        message_en=en,
        facts={"viewer": viewer, "candidate": candidate, "stage": stage,
               "viewer_submitted_own": viewer_submitted_own,
               "viewer_is_on_committee": viewer_is_on_committee,
               "consensus_reached": consensus_reached, "bypassable": False},
        source=source,
        subject=f"{viewer}→{candidate}",
    )


def check_complete(
    sheets: Sequence[SheetStatus], stage: str, profile: PolicyProfile
) -> list[Finding]:
    """SCORE-COMPLETE: consensus only when every expected sheet of the stage is submitted.

    One finding summarises all missing sheets; a stage with no expected sheets at all is a
    finding too (nothing has been scored). The same member/candidate pair listed more than
    once counts once, and as submitted if any entry says so.
    """
    rule = profile.rule("SCORE-COMPLETE")
    stage_nl, stage_en = _stage_labels(stage)
    status: dict[tuple[str, str], bool] = {}
    for s in sheets:
        key = (s.member, s.candidate)
        status[key] = status.get(key, False) or s.submitted
    deviation = DeviationType.CONSENSUS_BEFORE_ALL_SHEETS.value
    if not status:
        return [finding(
            rule, rule.severity,
            f"Er zijn nog geen scoreformulieren voor {stage_nl}. Er is dus nog niets gescoord. "
            "Zorg dat de commissie de kandidaten eerst scoort.",
            f"There are no score sheets for {stage_en} yet, so nothing has been scored. "
            "Have the committee score the candidates first.",
            {"stage": stage, "expected": 0, "submitted": 0, "missing": 0, "missing_sheets": [],
             "deviation_type": deviation},
        )]
    missing = sorted(k for k, done in status.items() if not done)
    if not missing:
        return []
    members = sorted({m for m, _ in missing})
    who = ", ".join(members)
    expected = len(status)
    return [finding(
        rule, rule.severity,
        f"{len(missing)} van de {expected} scoreformulieren voor {stage_nl} zijn nog niet "
        f"ingediend. Nog niet klaar: {who}. Het gezamenlijk oordeel kan pas als alle "
        "formulieren binnen zijn.",
        f"{len(missing)} of the {expected} score sheets for {stage_en} have not been "
        f"submitted yet. Not done yet: {who}. Consensus can start only when all sheets are in.",
        {"stage": stage, "expected": expected, "submitted": expected - len(missing),
         "missing": len(missing), "missing_sheets": [[m, c] for m, c in missing],
         "members_missing": members, "deviation_type": deviation},
    )]


def check_amendment(
    sheet_sealed: bool,
    reason: str,
    profile: PolicyProfile,
    *,
    member: str = "",
    candidate: str = "",
) -> list[Finding]:
    """SCORE-LOCK: changing a submitted (sealed) sheet is a deviation, and needs a reason.

    A sheet that is not yet submitted may be changed freely: no finding. ``member`` and
    ``candidate`` only name the sheet in the subject when given.
    """
    if not sheet_sealed:
        return []
    rule = profile.rule("SCORE-LOCK")
    subject = f"{member}→{candidate}" if member or candidate else ""
    has_reason = not is_blank(reason)
    found = [finding(
        rule, rule.severity,
        "Dit scoreformulier is al ingediend en dus verzegeld. Een wijziging wordt een nieuwe "
        "versie en is een afwijking: P&O moet die goedkeuren.",
        "This score sheet has been submitted and is sealed. A change becomes a new version "
        "and is a deviation: HR must approve it.",
        {"deviation_type": SHEET_CHANGED, "sheet_sealed": True, "reason_given": has_reason},
        subject=subject,
    )]
    if not has_reason:
        found.append(finding(
            rule, rule.severity,
            "Je hebt geen reden gegeven voor de wijziging. Schrijf op waarom het formulier "
            "moet veranderen.",
            "You gave no reason for the change. Write down why the sheet must change.",
            {"deviation_type": SHEET_CHANGED, "sheet_sealed": True, "reason_given": False},
            subject=subject,
        ))
    return found


def _stage_labels(stage: str) -> tuple[str, str]:
    try:
        known = Stage(stage)
    except ValueError:
        return stage, stage
    return known.label("nl").lower(), known.label("en").lower()
