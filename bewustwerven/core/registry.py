"""The rule registry: what blocks each gate, whether it can be waived, and by which type.

Each gate is a table of :class:`Rule` rows. A row names the rule's code, the check that
reads a :class:`~bewustwerven.core.snapshot.ProcedureSnapshot` and the procedure's policy
profile, the severity it has when the profile does not set one, and the deviation type
that may waive its blocking findings -- or ``None``: then nothing waives it (the closing
date, an empty procedure, independent scoring, age as a tie-breaker).

A few deviations are not about a gate finding but about an action on a locked procedure
(changing criteria, revealing an identity early): those are the :data:`ACTIONS` rows.
:func:`lookup` answers for any code; ``DeviationService.request`` refuses a code it does
not find or that cannot be waived. ``enabled = false`` in a profile switches a row off
here, in :func:`run`, and nowhere else.

How to add a rule: ``docs/architecture.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from bewustwerven.core import rules
from bewustwerven.core import snapshot as S
from bewustwerven.core.facts import CommitteeFacts
from bewustwerven.core.findings import Finding, Severity
from bewustwerven.core.language import detect_language
from bewustwerven.core.messages import Msg
from bewustwerven.core.policy import PolicyProfile
from bewustwerven.core.procedure import DeviationStatus, DeviationType, Gate, Stage
from bewustwerven.core.rules import committee as com
from bewustwerven.core.snapshot import ProcedureSnapshot
from bewustwerven.core.words import SheetState

Check = Callable[[ProcedureSnapshot, PolicyProfile], list[Finding]]
# Where the structural GATE-* rules come from, in the words a reader sees (the other rules'
# sources are in the policy profile, ``source`` of each rule table).
SOURCES: dict[str, str] = {
    "GATE-CLOSING": "BewustWerven-werkwijze: iedereen kan solliciteren tot de sluitingsdatum",
    "GATE-EMPTY": "BewustWerven-werkwijze: selecteren kan pas als er sollicitaties zijn",
    "GATE-CONSENSUS": "BewustWerven-werkwijze: de commissie legt per kandidaat een "
    "gezamenlijk oordeel vast",
    "GATE-DECISION": "BewustWerven-werkwijze: het besluit wordt vastgelegd met een "
    "motivering per criterium",
    "GATE-MOTIVATION": "BewustWerven-werkwijze: het besluit wordt vastgelegd met een "
    "motivering per criterium",
    "CRIT-LOCK": "BewustWerven-werkwijze: vastgezette criteria en vragen veranderen alleen "
    "door een herstart of met een goedgekeurde afwijking",
    "COM-CHANGE": "BewustWerven-werkwijze: een vastgezette commissie verandert alleen met "
    "een goedgekeurde afwijking",
    "REVEAL": "BewustWerven-werkwijze: de commissie ziet alleen kandidaatcodes tot de "
    "uitnodigingen voor de gesprekken vaststaan",
}


@dataclass(frozen=True, slots=True)
class Rule:
    """One row of a gate's table.

    ``code`` is the finding code; a code ending in ``*`` is a family (``TEXT-*``) that
    covers every code with that prefix not named by a row of its own. ``profile_key``
    names the profile table that configures the rule (its ``severity`` and ``enabled``);
    ``None`` for the structural GATE-* checks, which are always on.
    """

    code: str
    check: Check
    severity: Severity
    deviation_type: DeviationType | None
    profile_key: str | None = None

    @property
    def waivable(self) -> bool:
        return self.deviation_type is not None

    def covers(self, code: str) -> bool:
        if self.code.endswith("*"):
            return code.startswith(self.code[:-1])
        return code == self.code


@dataclass(frozen=True, slots=True)
class Action:
    """A deviation for an action on a locked procedure, not for a gate finding."""

    code: str
    deviation_type: DeviationType | None
    what: Msg

    @property
    def waivable(self) -> bool:
        return self.deviation_type is not None


# -- checks ---------------------------------------------------------------------------------


def _block(code: str, msg: Msg, **facts: object) -> Finding:
    return Finding(code, Severity.BLOCK, msg.nl, msg.en, facts=facts, source=SOURCES[code])


def _committee(code: str) -> Check:
    fn = com.CHECKS[code]
    return lambda snap, profile: fn(snap.committee, profile)


def _criteria(code: str) -> Check:
    return lambda snap, profile: [
        f for f in rules.check_criteria(snap.criteria, profile) if f.code == code
    ]


def _channels(snap: ProcedureSnapshot, profile: PolicyProfile) -> list[Finding]:
    return rules.check_channels(snap.channels, snap.scale, profile)


def text_findings(snap: ProcedureSnapshot, profile: PolicyProfile) -> list[Finding]:
    """The vacancy-text check with the profile's settings (``rules.TEXT.settings``): the
    procedure's own fields (hours, place, scale, closing date) count as elements of the
    text; the preference statement is required from ``rules.PREF.from_scale`` on, with
    ``rules.TEXT.preference_statement_severity``."""
    from dataclasses import replace as _replace

    from bewustwerven.core.textcheck import check_text, form_elements, settings_from_profile
    from bewustwerven.core.textcheck.settings import default_settings

    text = snap.vacancy_text
    values = profile.rule("TEXT").values
    # A profile stored before the text check had settings uses the default profile's.
    base = settings_from_profile(values) if "settings" in values else default_settings()
    settings = _replace(
        base,
        preference_scale=profile.rule("PREF").int("from_scale"),
    )
    on_form = form_elements(
        hours=snap.hours, location=snap.location, scale=snap.scale,
        closing_date=snap.closing_date,
    )
    found = check_text(
        text, scale=snap.scale, lang=detect_language(text), settings=settings, on_form=on_form
    )
    sev = profile.rule("TEXT").sev("preference_statement_severity")
    return [replace(f, severity=sev) if f.code == "TEXT-PREF-STATEMENT" else f for f in found]


def _text(code: str) -> Check:
    def check(snap: ProcedureSnapshot, profile: PolicyProfile) -> list[Finding]:
        named = {r.code for r in TEXT_RULES if not r.code.endswith("*")}
        found = text_findings(snap, profile)
        if code.endswith("*"):
            return [f for f in found if f.code.startswith(code[:-1]) and f.code not in named]
        return [f for f in found if f.code == code]

    return check


def _closing(snap: ProcedureSnapshot, profile: PolicyProfile) -> list[Finding]:
    closing = snap.closing_date
    if closing is None or snap.today >= closing:
        return []
    return [
        _block(
            "GATE-CLOSING",
            Msg(
                f"De sluitingsdatum ({closing:%d-%m-%Y}) is nog niet bereikt. Wie nog "
                "wil solliciteren, moet die kans houden.",
                f"The closing date ({closing:%d-%m-%Y}) has not been reached. Anyone "
                "who still wants to apply must keep that chance.",
            ),
            closing_date=closing.isoformat(),
            today=snap.today.isoformat(),
        )
    ]


def _empty(snap: ProcedureSnapshot, profile: PolicyProfile) -> list[Finding]:
    if snap.candidates:
        return []
    return [
        _block(
            "GATE-EMPTY",
            Msg("Er zijn nog geen sollicitaties.", "There are no applications yet."),
            candidates=0,
        )
    ]


def _complete(snap: ProcedureSnapshot, profile: PolicyProfile) -> list[Finding]:
    return rules.check_complete(S.sheet_statuses(snap, snap.stage), snap.stage.value, profile)


def _conflicts(snap: ProcedureSnapshot, profile: PolicyProfile) -> list[Finding]:
    return rules.check_conflicts(S.conflict_facts(snap), profile)


def _amendments(snap: ProcedureSnapshot, profile: PolicyProfile) -> list[Finding]:
    """SCORE-LOCK: a sealed sheet changed; it counts once its deviation is approved."""
    rule = profile.rule("SCORE-LOCK")
    return [
        Finding(
            "SCORE-LOCK",
            rule.severity,
            f"Een ingediend scoreformulier is gewijzigd (versie {s.version}). "
            "Dat mag pas meetellen als P&O de afwijking heeft goedgekeurd.",
            f"A submitted score sheet was changed (version {s.version}). "
            "It counts only once HR has approved the deviation.",
            facts={
                "sheet": s.id,
                "version": s.version,
                "deviation": s.deviation_id,
                "deviation_status": str(s.deviation_status),
            },
            source=rule.source,
        )
        for s in snap.sheets
        if s.stage is snap.stage
        and s.status is SheetState.SUBMITTED
        and s.deviation_id is not None
        and s.deviation_status is not DeviationStatus.APPROVED
    ]


def _consensus(snap: ProcedureSnapshot, profile: PolicyProfile) -> list[Finding]:
    cons = snap.consensus_in(snap.stage)
    missing = [c.pseudonym for c in snap.pool(snap.stage) if c.id not in cons]
    if not missing:
        return []
    return [
        _block(
            "GATE-CONSENSUS",
            Msg(
                f"Voor {len(missing)} kandidaat/kandidaten is nog geen gezamenlijk oordeel "
                "vastgelegd.",
                f"No consensus has been recorded yet for {len(missing)} candidate(s).",
            ),
            missing=missing,
        )
    ]


def _rooney(snap: ProcedureSnapshot, profile: PolicyProfile) -> list[Finding]:
    return rules.check_rooney(snap.scale, S.shortlist(snap), profile)


def _decision(snap: ProcedureSnapshot, profile: PolicyProfile) -> list[Finding]:
    d = snap.decision
    if d is None or d.chosen_id is None:
        return [
            _block(
                "GATE-DECISION",
                Msg("Er is nog geen besluit vastgelegd.", "No decision has been recorded yet."),
            )
        ]
    if not d.motivation.strip() or any(not v.strip() for v in d.motivations.values()):
        return [
            _block(
                "GATE-MOTIVATION",
                Msg(
                    "Het besluit heeft een motivering nodig, ook per criterium.",
                    "The decision needs a motivation, also per criterion.",
                ),
            )
        ]
    return []


def _preference(snap: ProcedureSnapshot, profile: PolicyProfile) -> list[Finding]:
    found = rules.check_preference(S.decision_facts(snap), profile)
    # "nobody chosen" is GATE-DECISION's to say while there is no decision at all
    return found if snap.decision is not None else []


def _age(snap: ProcedureSnapshot, profile: PolicyProfile) -> list[Finding]:
    return rules.check_age_tiebreak(S.decision_facts(snap), profile)


# -- the tables -----------------------------------------------------------------------------

_B, _W = Severity.BLOCK, Severity.WARN
_COMMITTEE = DeviationType.COMMITTEE_NOT_COMPLIANT

# The text check's rows. Rows with their own code come before the family row, which
# covers every other TEXT-* finding.
TEXT_RULES: tuple[Rule, ...] = (
    Rule("TEXT-PREF-STATEMENT", _text("TEXT-PREF-STATEMENT"), _B,
         DeviationType.TEXT_WARNINGS_IGNORED, "TEXT"),
    # Direct discrimination under the WGBL/AWGB: an age limit or a mother-tongue requirement
    # blocks, waivable only by an approved deviation of its own type.
    Rule("TEXT-AGE-LIMIT", _text("TEXT-AGE-LIMIT"), _B,
         DeviationType.TEXT_DISCRIMINATION_ACCEPTED, "TEXT"),
    Rule("TEXT-NATIVE", _text("TEXT-NATIVE"), _B,
         DeviationType.TEXT_DISCRIMINATION_ACCEPTED, "TEXT"),
    Rule("TEXT-*", _text("TEXT-*"), _W, DeviationType.TEXT_WARNINGS_IGNORED, "TEXT"),
)

GATES: dict[Gate, tuple[Rule, ...]] = {
    Gate.G1: (
        Rule("CRIT-MAX", _criteria("CRIT-MAX"), _W, DeviationType.OTHER, "CRIT-MAX"),
        Rule("CRIT-Q", _criteria("CRIT-Q"), _B, None, "CRIT-Q"),
        *(Rule(code, _committee(code), _B, _COMMITTEE, code) for code in com.CHECKS),
        Rule("CHAN", _channels, _W, DeviationType.OTHER, "CHAN"),
        *TEXT_RULES,
    ),
    Gate.OPEN_CLOSE: (
        Rule("GATE-CLOSING", _closing, _B, None),
        Rule("GATE-EMPTY", _empty, _B, None),
    ),
    Gate.G2: (
        Rule("SCORE-COMPLETE", _complete, _B, DeviationType.CONSENSUS_BEFORE_ALL_SHEETS,
             "SCORE-COMPLETE"),
        Rule("COI", _conflicts, _B, DeviationType.OTHER, "COI"),
        Rule("SCORE-LOCK", _amendments, _B, DeviationType.SHEET_CHANGED_AFTER_SUBMISSION,
             "SCORE-LOCK"),
        Rule("GATE-CONSENSUS", _consensus, _B, None),
        Rule("ROONEY", _rooney, _B, DeviationType.ROONEY_NOT_MET, "ROONEY"),
    ),
    Gate.G3: (
        Rule("SCORE-COMPLETE", _complete, _B, DeviationType.CONSENSUS_BEFORE_ALL_SHEETS,
             "SCORE-COMPLETE"),
        Rule("COI", _conflicts, _B, DeviationType.OTHER, "COI"),
        Rule("SCORE-LOCK", _amendments, _B, DeviationType.SHEET_CHANGED_AFTER_SUBMISSION,
             "SCORE-LOCK"),
        Rule("GATE-CONSENSUS", _consensus, _B, None),
    ),
    Gate.G4: (
        Rule("GATE-DECISION", _decision, _B, None),
        Rule("GATE-MOTIVATION", _decision, _B, None),
        Rule("PREF", _preference, _B, DeviationType.PREFERENCE_NOT_APPLIED, "PREF"),
        Rule("PREF-AGE", _age, _B, None, "PREF-AGE"),
    ),
}

ACTIONS: tuple[Action, ...] = (
    Action("CRIT-LOCK", DeviationType.CRITERIA_CHANGED_AFTER_LOCK,
           Msg("criteria of vragen wijzigen na vastzetten",
               "changing criteria or questions after the lock")),
    Action("COM-CHANGE", _COMMITTEE,
           Msg("de commissie wijzigen na vastzetten", "changing the committee after the lock")),
    Action("REVEAL", DeviationType.IDENTITY_REVEALED_EARLY,
           Msg("een identiteit eerder vrijgeven", "revealing an identity early")),
    Action("SCORE-INDEP", None,
           Msg("scores van anderen zien vóór het eigen formulier",
               "seeing others' scores before one's own sheet")),
)


def _rows() -> list[Rule | Action]:
    out: list[Rule | Action] = []
    for table in GATES.values():
        out.extend(r for r in table if r.code not in {x.code for x in out})
    out.extend(ACTIONS)
    return out


def lookup(code: str) -> Rule | Action | None:
    """The row for a finding or action code: a row of its own first, then a family."""
    code = code.strip().upper()
    rows = _rows()
    exact = next((r for r in rows if r.code == code), None)
    if exact is not None:
        return exact
    return next((r for r in rows if isinstance(r, Rule) and r.covers(code)), None)


def deviation_type_for(code: str) -> DeviationType | None:
    """The deviation type that waives ``code``; ``None``: unknown or never waivable."""
    row = lookup(code)
    return row.deviation_type if row is not None else None


def refusal(code: str) -> Msg | None:
    """Why no deviation can be requested for ``code``; ``None`` when one can."""
    shown = code.strip().upper() or "(leeg)"
    row = lookup(code)
    if row is None:
        return Msg(
            f"'{shown}' is geen regel van de werkwijze. Vraag een afwijking aan voor een "
            "bevinding die de poort blokkeert.",
            f"'{shown}' is not a rule of the method. Request a deviation for a finding "
            "that blocks the gate.",
        )
    if row.deviation_type is None:
        return Msg(
            f"Regel {row.code} is nooit te omzeilen met een afwijking. Los de oorzaak op.",
            f"Rule {row.code} can never be waived by a deviation. Resolve the cause.",
        )
    return None


def source_of(row: Rule | Action, profile: PolicyProfile) -> str:
    """Where a rule comes from, in plain words: the profile's ``source`` of its table, or
    the method's own words for the structural GATE-* checks."""
    key = row.profile_key if isinstance(row, Rule) else row.code
    settings = profile.rules.get(key) if key is not None else None
    if settings is not None and settings.source:
        return settings.source
    return SOURCES.get(row.code, "")


def is_enabled(rule: Rule, profile: PolicyProfile) -> bool:
    """The one place ``enabled`` is read: a switched-off rule says nothing."""
    return rule.profile_key is None or profile.rule(rule.profile_key).enabled


def run(
    gate: Gate, snap: ProcedureSnapshot, profile: PolicyProfile, *, prefix: str = ""
) -> list[Finding]:
    """All findings of ``gate`` (rows whose code starts with ``prefix`` when given)."""
    out: list[Finding] = []
    seen: set[Check] = set()
    for rule in GATES[gate]:
        if not rule.code.startswith(prefix) or not is_enabled(rule, profile):
            continue
        if rule.check in seen:  # GATE-DECISION and GATE-MOTIVATION share one check
            continue
        seen.add(rule.check)
        out.extend(rule.check(snap, profile))
    return out


def committee_findings(committee: CommitteeFacts, profile: PolicyProfile) -> list[Finding]:
    """The COM-* rows of gate G1 for a committee alone (the live check while it is edited)."""
    snap = ProcedureSnapshot(0, Stage.CONCEPT, 1, committee.scale, date.min, committee=committee)
    return run(Gate.G1, snap, profile, prefix="COM-")


def waiver(finding: Finding, deviations: tuple[S.DeviationSnap, ...]) -> int | None:
    """The approved deviation that waives a blocking ``finding``, if the registry allows one:
    same rule code and the rule's own deviation type."""
    if not finding.blocks:
        return None
    dtype = deviation_type_for(finding.code)
    if dtype is None:
        return None
    code = finding.code.upper()
    return next((d.id for d in deviations if d.rule_code == code and d.type is dtype), None)


def gate_of_stage(stage: Stage) -> Gate | None:
    from bewustwerven.core.procedure import gate_for

    return None if stage is Stage.CLOSED else gate_for(stage)
