"""The rule registry: one table per gate; what blocks, whether it can be waived, by which type.

The expected table is written out here, not read from the code under test: a row added,
dropped or made waivable in ``core/registry.py`` fails this test until the method says so.
Each row then gets a snapshot on which that rule speaks.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from bewustwerven.core import registry
from bewustwerven.core.facts import (
    ChannelFacts,
    CommitteeFacts,
    CommitteeRole,
    CriterionFacts,
    Gender,
    MemberFacts,
    QuestionFacts,
)
from bewustwerven.core.findings import Finding, Severity
from bewustwerven.core.policy import PolicyProfile, RuleSettings, load_default_profile
from bewustwerven.core.procedure import DeviationStatus, DeviationType, Gate, Stage
from bewustwerven.core.snapshot import (
    CandidateSnap,
    ConsensusSnap,
    DecisionSnap,
    DeviationSnap,
    ProcedureSnapshot,
    SeatSnap,
    SheetSnap,
)
from bewustwerven.core.words import Funnel, SheetState

PROFILE = load_default_profile()
D = DeviationType

EXPECTED: list[tuple[Gate, str, DeviationType | None]] = [
    (Gate.G1, "CRIT-MAX", D.OTHER),
    (Gate.G1, "CRIT-Q", None),
    (Gate.G1, "COM-SIZE", D.COMMITTEE_NOT_COMPLIANT),
    (Gate.G1, "COM-HR", D.COMMITTEE_NOT_COMPLIANT),
    (Gate.G1, "COM-TRAIN", D.COMMITTEE_NOT_COMPLIANT),
    (Gate.G1, "COM-GENDER", D.COMMITTEE_NOT_COMPLIANT),
    (Gate.G1, "COM-AGE", D.COMMITTEE_NOT_COMPLIANT),
    (Gate.G1, "COM-OUTSIDE", D.COMMITTEE_NOT_COMPLIANT),
    (Gate.G1, "COM-DIVERSE", D.COMMITTEE_NOT_COMPLIANT),
    (Gate.G1, "CHAN", D.OTHER),
    (Gate.G1, "TEXT-PREF-STATEMENT", D.TEXT_WARNINGS_IGNORED),
    (Gate.G1, "TEXT-AGE-LIMIT", D.TEXT_DISCRIMINATION_ACCEPTED),
    (Gate.G1, "TEXT-NATIVE", D.TEXT_DISCRIMINATION_ACCEPTED),
    (Gate.G1, "TEXT-*", D.TEXT_WARNINGS_IGNORED),
    (Gate.OPEN_CLOSE, "GATE-CLOSING", None),
    (Gate.OPEN_CLOSE, "GATE-EMPTY", None),
    (Gate.G2, "SCORE-COMPLETE", D.CONSENSUS_BEFORE_ALL_SHEETS),
    (Gate.G2, "COI", D.OTHER),
    (Gate.G2, "SCORE-LOCK", D.SHEET_CHANGED_AFTER_SUBMISSION),
    (Gate.G2, "GATE-CONSENSUS", None),
    (Gate.G2, "ROONEY", D.ROONEY_NOT_MET),
    (Gate.G3, "SCORE-COMPLETE", D.CONSENSUS_BEFORE_ALL_SHEETS),
    (Gate.G3, "COI", D.OTHER),
    (Gate.G3, "SCORE-LOCK", D.SHEET_CHANGED_AFTER_SUBMISSION),
    (Gate.G3, "GATE-CONSENSUS", None),
    (Gate.G4, "GATE-DECISION", None),
    (Gate.G4, "GATE-MOTIVATION", None),
    (Gate.G4, "PREF", D.PREFERENCE_NOT_APPLIED),
    (Gate.G4, "PREF-AGE", None),
]
EXPECTED_ACTIONS = {
    "CRIT-LOCK": D.CRITERIA_CHANGED_AFTER_LOCK,
    "COM-CHANGE": D.COMMITTEE_NOT_COMPLIANT,
    "REVEAL": D.IDENTITY_REVEALED_EARLY,
    "SCORE-INDEP": None,
}

ANCHORS = {1: "geen", 3: "enig", 5: "sterk"}
TEXT_OK = (
    "Beleidsadviseur\n\nWat ga je doen? Je schrijft plannen.\nWat vragen wij? Hbo-niveau.\n"
    "Salarisschaal {scale}. 36 uur per week. Werkplek in Amsterdam.\n{pref}"
    "Hoe solliciteer je? Via werkenbij.amsterdam.nl. Reageer uiterlijk op 1 maart.\n"
)
PREF_TEXT = (
    "Wij voeren voorkeursbeleid. Bij gelijke geschiktheid gaat de voorkeur uit naar een "
    "kandidaat met een niet-Europese migratieachtergrond. Dat doen we omdat deze groep in "
    "hogere functies nog te weinig vertegenwoordigd is.\n"
)


def with_rule(profile: PolicyProfile, code: str, **values: Any) -> PolicyProfile:
    rules = dict(profile.rules)
    rules[code] = RuleSettings(code, {**profile.rules[code].values, **values})
    return dataclasses.replace(profile, rules=rules)


def crit(key: str, knockout: bool = False, questions: int = 1) -> CriterionFacts:
    qs = tuple(QuestionFacts(f"{key}{i}", "Vertel eens.", dict(ANCHORS)) for i in range(questions))
    return CriterionFacts(key, key.title(), knockout, 1.0, qs)


def committee(scale: int = 12) -> CommitteeFacts:
    return CommitteeFacts(
        (
            MemberFacts("chair", CommitteeRole.CHAIR, True, "WPI", Gender.WOMAN, 1970, False),
            MemberFacts("hr", CommitteeRole.HR, True, "PO", Gender.MAN, 1990, True),
            MemberFacts("lid", CommitteeRole.MEMBER, True, "ICT", Gender.WOMAN, 1985, False),
        ),
        "WPI",
        scale,
    )


SEATS = (SeatSnap(1, "chair", CommitteeRole.CHAIR), SeatSnap(2, "lid", CommitteeRole.MEMBER))
CANDS = (
    CandidateSnap(10, "K-AAAA", Funnel.APPLIED, in_target_group=True),
    CandidateSnap(11, "K-BBBB", Funnel.APPLIED, in_target_group=False),
)


def sheets(stage: Stage) -> tuple[SheetSnap, ...]:
    n = iter(range(100, 200))
    return tuple(
        SheetSnap(next(n), s.user_id, c.id, stage, SheetState.SUBMITTED)
        for s in SEATS
        for c in CANDS
    )


def cons(stage: Stage, outcome: str, cid: int, score: float = 4.0) -> ConsensusSnap:
    return ConsensusSnap(cid, stage, outcome, {"analyse": score, "samen": score}, score)


def base(stage: Stage, scale: int = 15) -> ProcedureSnapshot:
    """A procedure in ``stage`` on which its gate says nothing that blocks."""
    screening = (cons(Stage.SCREENING, "invite", 10), cons(Stage.SCREENING, "invite", 11))
    snap = ProcedureSnapshot(
        procedure_id=1,
        stage=stage,
        round=1,
        scale=scale,
        today=date(2026, 3, 2),
        closing_date=date(2026, 3, 1),
        vacancy_text=TEXT_OK.format(scale=scale, pref=PREF_TEXT),
        criteria=(crit("analyse", knockout=True), crit("samen")),
        committee=committee(scale),
        seats=SEATS,
        channels=(ChannelFacts("werkenbij"), ChannelFacts("Netwerk Divers", True)),
        candidates=CANDS,
    )
    interviews = (cons(Stage.INTERVIEWS, "suitable", 10), cons(Stage.INTERVIEWS, "suitable", 11))
    if stage is Stage.SCREENING:
        return dataclasses.replace(snap, sheets=sheets(stage), consensus=screening)
    if stage is Stage.INTERVIEWS:
        return dataclasses.replace(
            snap,
            sheets=sheets(stage),
            consensus=(*screening, *interviews),
        )
    if stage is Stage.DECISION:
        return dataclasses.replace(
            snap,
            consensus=(*screening, *interviews),
            decision=DecisionSnap(10, "Sterkste analyse.", {"analyse": "ja", "samen": "ja"}),
        )
    return snap


STAGE = {
    Gate.G1: Stage.CONCEPT,
    Gate.OPEN_CLOSE: Stage.OPEN,
    Gate.G2: Stage.SCREENING,
    Gate.G3: Stage.INTERVIEWS,
    Gate.G4: Stage.DECISION,
}


def members(snap: ProcedureSnapshot, **change: Any) -> ProcedureSnapshot:
    ms = tuple(dataclasses.replace(m, **change) for m in snap.committee.members)
    return dataclasses.replace(snap, committee=dataclasses.replace(snap.committee, members=ms))


def broken(gate: Gate, code: str) -> tuple[ProcedureSnapshot, PolicyProfile]:
    """A snapshot on which rule ``code`` of ``gate`` speaks."""
    s = base(STAGE[gate])
    p = PROFILE
    r = dataclasses.replace
    if code == "CRIT-MAX":
        return r(s, criteria=tuple(crit(f"c{i}") for i in range(6))), p
    if code == "CRIT-Q":
        return r(s, criteria=(crit("analyse", questions=0),)), p
    if code == "COM-SIZE":
        return r(s, committee=r(s.committee, members=s.committee.members[:2])), p
    if code == "COM-HR":
        return r(s, committee=r(s.committee, members=(s.committee.members[0],) * 3)), p
    if code == "COM-TRAIN":
        return members(s, trained=False), p
    if code == "COM-GENDER":
        return members(s, gender=Gender.MAN), p
    if code == "COM-AGE":
        return members(s, birth_year=1980), with_rule(p, "COM-AGE", enabled=True)
    if code == "COM-OUTSIDE":
        return members(s, unit="WPI"), p
    if code == "COM-DIVERSE":
        return members(s, outside_european_background=False), p
    if code == "CHAN":
        return r(s, channels=()), p
    if code == "TEXT-PREF-STATEMENT":
        return r(s, vacancy_text=TEXT_OK.format(scale=15, pref="")), p
    if code == "TEXT-AGE-LIMIT":
        return r(s, vacancy_text=s.vacancy_text + "Je bent maximaal 35 jaar oud.\n"), p
    if code == "TEXT-NATIVE":
        return r(s, vacancy_text=s.vacancy_text + "Je bent native speaker Nederlands.\n"), p
    if code == "TEXT-*":
        return r(s, vacancy_text=s.vacancy_text + "Wij zoeken een dominante, stoere leider.\n"), p
    if code == "GATE-CLOSING":
        return r(s, today=date(2026, 2, 1)), p
    if code == "GATE-EMPTY":
        return r(s, candidates=()), p
    if code == "SCORE-COMPLETE":
        return r(s, sheets=s.sheets[1:]), p
    if code == "COI":
        return r(s, conflicts=frozenset({(2, 10)})), p
    if code == "SCORE-LOCK":
        first = r(s.sheets[0], version=2, deviation_id=7, deviation_status=DeviationStatus.PENDING)
        return r(s, sheets=(first, *s.sheets[1:])), p
    if code == "GATE-CONSENSUS":
        return r(s, consensus=tuple(c for c in s.consensus if c.candidate_id != 11 or
                                    c.stage is not s.stage)), p
    if code == "ROONEY":
        return r(s, consensus=(cons(Stage.SCREENING, "reject", 10),
                               cons(Stage.SCREENING, "invite", 11))), p
    if code == "GATE-DECISION":
        return r(s, decision=None), p
    if code == "GATE-MOTIVATION":
        assert s.decision is not None
        return r(s, decision=r(s.decision, motivation=" ")), p
    if code == "PREF":
        assert s.decision is not None
        return r(s, decision=r(s.decision, chosen_id=11)), p
    if code == "PREF-AGE":
        assert s.decision is not None
        return r(s, decision=r(s.decision, tie_breaker="De jongste kandidaat.")), p
    raise AssertionError(code)


def codes(found: list[Finding]) -> set[str]:
    return {f.code for f in found}


def matches(code: str, found: list[Finding]) -> list[Finding]:
    row = registry.lookup(code)
    assert isinstance(row, registry.Rule)
    return [f for f in found if row.covers(f.code) and registry.lookup(f.code) is row]


def test_the_tables_are_the_method() -> None:
    got = [(g, r.code, r.deviation_type) for g, rows in registry.GATES.items() for r in rows]
    assert got == EXPECTED
    assert {a.code: a.deviation_type for a in registry.ACTIONS} == EXPECTED_ACTIONS


@pytest.mark.parametrize("gate", list(STAGE))
def test_a_gate_in_good_order_has_no_block(gate: Gate) -> None:
    found = registry.run(gate, base(STAGE[gate]), PROFILE)
    assert [f.code for f in found if f.blocks] == []


@pytest.mark.parametrize(
    ("gate", "code", "dtype"), EXPECTED, ids=[f"{g}-{c}" for g, c, _ in EXPECTED]
)
def test_each_row_speaks_and_is_waived_only_by_its_type(
    gate: Gate, code: str, dtype: DeviationType | None
) -> None:
    snap, profile = broken(gate, code)
    found = matches(code, registry.run(gate, snap, profile))
    assert found, f"{code} said nothing"
    for f in found:
        assert f.message_nl.strip() and f.message_en.strip()
        assert registry.deviation_type_for(f.code) is dtype
        blocking = dataclasses.replace(f, severity=Severity.BLOCK)
        others = [DeviationSnap(1, t, f.code) for t in DeviationType if t is not dtype]
        assert registry.waiver(blocking, tuple(others)) is None  # a wrong type never waives
        own = (DeviationSnap(2, dtype, f.code),) if dtype else ()
        assert registry.waiver(blocking, own) == (2 if dtype else None)
    if dtype is None:
        assert registry.refusal(code) is not None
    else:
        assert registry.refusal(code) is None


@pytest.mark.parametrize("code", ["GATE-CLOSING", "GATE-EMPTY", "SCORE-INDEP", "NO-SUCH-RULE", ""])
def test_never_waivable_and_unknown_codes_are_refused(code: str) -> None:
    msg = registry.refusal(code)
    assert msg is not None and msg.nl and msg.en and msg.nl != msg.en
    assert registry.deviation_type_for(code) is None


def test_enabled_false_silences_a_rule_in_the_registry() -> None:
    snap, profile = broken(Gate.G1, "COM-AGE")
    assert "COM-AGE" in codes(registry.run(Gate.G1, snap, profile))
    off = with_rule(profile, "COM-AGE", enabled=False)
    assert "COM-AGE" not in codes(registry.run(Gate.G1, snap, off))
    assert "COM-AGE" not in codes(registry.committee_findings(snap.committee, off))


def test_text_check_reads_the_profile() -> None:
    snap, profile = broken(Gate.G1, "TEXT-PREF-STATEMENT")
    [f] = matches("TEXT-PREF-STATEMENT", registry.run(Gate.G1, snap, profile))
    assert f.severity is Severity.BLOCK
    warn = with_rule(profile, "TEXT", preference_statement_severity="warn")
    [f] = matches("TEXT-PREF-STATEMENT", registry.run(Gate.G1, snap, warn))
    assert f.severity is Severity.WARN
    later = with_rule(profile, "PREF", from_scale=16)  # the statement is needed from PREF's scale
    assert matches("TEXT-PREF-STATEMENT", registry.run(Gate.G1, snap, later)) == []


def test_rooney_counts_and_never_names() -> None:
    snap, profile = broken(Gate.G2, "ROONEY")
    [f] = registry.run(Gate.G2, snap, profile)
    assert f.code == "ROONEY" and f.subject == ""
    assert all(c.pseudonym not in f.message_nl + f.message_en for c in snap.candidates)


def test_the_profile_switches_off_exactly_the_rules_the_registry_has() -> None:
    from bewustwerven.core.policy import SWITCHABLE

    keys = {r.profile_key for rows in registry.GATES.values() for r in rows} - {None}
    assert keys == SWITCHABLE
