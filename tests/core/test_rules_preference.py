"""PREF and PREF-AGE."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bewustwerven.core.facts import DecisionCandidate, DecisionFacts
from bewustwerven.core.findings import Severity
from bewustwerven.core.policy import PolicyProfile, RuleSettings, load_default_profile
from bewustwerven.core.rules import check_age_tiebreak, check_preference

PROFILE = load_default_profile()


def with_rule(profile: PolicyProfile, code: str, **values: Any) -> PolicyProfile:
    rules = dict(profile.rules)
    rules[code] = RuleSettings(code, {**profile.rules[code].values, **values})
    return dataclasses.replace(profile, rules=rules)


def c(p: str, score: float | None, group: bool | None = False, chosen: bool = False,
      meets: bool = True, equal: tuple[str, ...] = ()) -> DecisionCandidate:
    return DecisionCandidate(p, meets, score, group, chosen, equal)


def decide(*cands: DecisionCandidate, scale: int = 15, **kw: Any) -> DecisionFacts:
    return DecisionFacts(scale, cands, **kw)


def test_below_scale_nothing() -> None:
    d = decide(c("K-1", 4.0, chosen=True), c("K-2", 4.0, group=True), scale=14)
    assert check_preference(d, PROFILE) == []
    assert check_preference(decide(c("K-1", 4.0), scale=14), PROFILE) == []


def test_nobody_chosen_blocks() -> None:
    found = check_preference(decide(c("K-1", 4.0), c("K-2", 3.0)), PROFILE)
    assert [(f.code, f.severity, f.facts["chosen"]) for f in found] == [
        ("PREF", Severity.BLOCK, 0)]


def test_equal_scores_target_group_passed_over_blocks() -> None:
    d = decide(c("K-1", 4.0, chosen=True), c("K-2", 4.0, group=True), c("K-3", 3.0, group=True))
    found = check_preference(d, PROFILE)
    assert len(found) == 1
    f = found[0]
    assert (f.code, f.severity, f.subject) == ("PREF", Severity.BLOCK, "K-1")
    assert f.facts["in_group_at_least_as_suitable"] == 1
    assert f.facts["motivation_given"] is False
    assert f.facts["deviation_type"] == "preference_not_applied"
    assert "K-2" not in f.message_nl and "K-2" not in f.message_en
    json.dumps(f.to_dict())


def test_motivation_turns_block_into_info() -> None:
    d = decide(c("K-1", 4.0, chosen=True), c("K-2", 4.0, group=True),
               preference_motivation="K-2 voldoet niet aan de eis van het BIG-register.")
    found = check_preference(d, PROFILE)
    assert [(f.severity, f.facts["motivation_given"]) for f in found] == [(Severity.INFO, True)]
    blank = dataclasses.replace(d, preference_motivation="   ")
    assert check_preference(blank, PROFILE)[0].severity is Severity.BLOCK


def test_higher_score_without_tie_is_fine() -> None:
    d = decide(c("K-1", 4.5, chosen=True), c("K-2", 4.0, group=True))
    assert check_preference(d, PROFILE) == []


def test_margin_from_profile() -> None:
    d = decide(c("K-1", 4.5, chosen=True), c("K-2", 4.0, group=True))
    assert check_preference(d, with_rule(PROFILE, "PREF", margin=0.5)) != []
    assert check_preference(d, with_rule(PROFILE, "PREF", margin=0.4)) == []


def test_ranked_equal_counts_as_equal() -> None:
    d = decide(c("K-1", 4.5, chosen=True, equal=("K-2",)), c("K-2", 4.0, group=True))
    assert [f.severity for f in check_preference(d, PROFILE)] == [Severity.BLOCK]
    d = decide(c("K-1", 4.5, chosen=True), c("K-2", 4.0, group=True, equal=("K-1",)))
    assert [f.severity for f in check_preference(d, PROFILE)] == [Severity.BLOCK]


def test_target_candidate_must_meet_all_criteria() -> None:
    d = decide(c("K-1", 4.0, chosen=True), c("K-2", 4.0, group=True, meets=False))
    assert check_preference(d, PROFILE) == []


def test_unknown_group_is_not_the_group() -> None:
    assert check_preference(decide(c("K-1", 4.0, chosen=True), c("K-2", 4.0, group=None)),
                            PROFILE) == []
    d = decide(c("K-1", 4.0, group=None, chosen=True), c("K-2", 4.0, group=True))
    assert check_preference(d, PROFILE) != []


def test_chosen_in_target_group_is_fine() -> None:
    d = decide(c("K-1", 4.0, group=True, chosen=True), c("K-2", 4.0, group=True))
    assert check_preference(d, PROFILE) == []


def test_lower_scored_choice_over_a_better_target_candidate_blocks() -> None:
    d = decide(c("K-1", 3.0, chosen=True), c("K-2", 4.0, group=True), c("K-3", 5.0))
    assert [f.severity for f in check_preference(d, PROFILE)] == [Severity.BLOCK]


def test_severity_follows_profile() -> None:
    d = decide(c("K-1", 4.0, chosen=True), c("K-2", 4.0, group=True))
    assert check_preference(d, with_rule(PROFILE, "PREF", severity="warn"))[0].severity is (
        Severity.WARN)


decision_candidates = st.builds(
    DecisionCandidate, st.sampled_from(["K-1", "K-2", "K-3", "K-4"]), st.booleans(),
    st.none() | st.floats(0, 5, allow_nan=False), st.none() | st.booleans(), st.booleans(),
    st.lists(st.sampled_from(["K-1", "K-2", "K-3", "K-4"]), max_size=2).map(tuple),
)
decisions = st.builds(DecisionFacts, st.integers(1, 18),
                      st.lists(decision_candidates, max_size=6).map(tuple),
                      st.text(max_size=5), st.text(max_size=5), st.text(max_size=5))


@given(decisions, st.floats(0, 1))
def test_preference_properties(d: DecisionFacts, margin: float) -> None:
    found = check_preference(d, with_rule(PROFILE, "PREF", margin=margin))
    if d.scale < 15:
        assert found == []
    chosen = [x for x in d.candidates if x.chosen]
    if chosen and all(x.in_target_group is True for x in chosen):
        assert found == []
    if d.preference_motivation.strip() and chosen:
        assert all(f.severity is Severity.INFO for f in found)
    for f in found:
        assert f.code == "PREF" and f.message_nl.strip() and f.message_en.strip()
        json.dumps(f.to_dict())


@pytest.mark.parametrize("text", [
    "Bij gelijke geschiktheid kozen we de jongere kandidaat.",
    "Leeftijd gaf de doorslag",
    "Zij is 34 jaar oud en past goed in het team.",
    "Hij is ouder en wijzer.",
    "Jong team, jonge kandidaat",
    "Geboortejaar 1990",
    "We preferred the younger one",
    "She is 29 years old.",
    "Her AGE made the difference",
    "by birth year",
    "an older candidate",
    "Een echte vijftiger",
])
def test_age_words_block(text: str) -> None:
    found = check_age_tiebreak(decide(c("K-1", 4.0, chosen=True), tie_breaker=text), PROFILE)
    assert len(found) == 1
    f = found[0]
    assert (f.code, f.severity, f.subject) == ("PREF-AGE", Severity.BLOCK, "tie_breaker")
    assert f.span is not None and f.span[0] < f.span[1] <= len(text)
    assert f.facts["words"] and f.facts["field"] == "tie_breaker"


@pytest.mark.parametrize("text", [
    "Meer ervaring met beleid.",
    "Tien jaar ervaring in het sociaal domein.",
    "Stage bij de gemeente; heeft een agenda voor verandering.",
    "Goede voorbeelden bij de STAR-vragen.",
    "Jongen",  # not an age word on its own
    "Management experience and a stronger portfolio",
    "",
])
def test_no_age_words(text: str) -> None:
    d = decide(c("K-1", 4.0, chosen=True), tie_breaker=text, motivation=text,
               preference_motivation=text)
    assert check_age_tiebreak(d, PROFILE) == []


def test_age_in_each_text_is_its_own_finding() -> None:
    d = decide(c("K-1", 4.0, chosen=True), scale=8, motivation="Ervaring en leeftijd.",
               preference_motivation="Jonger team nodig.")
    found = check_age_tiebreak(d, PROFILE)
    assert [f.subject for f in found] == ["motivation", "preference_motivation"]
    assert found[0].facts["words"] == ["leeftijd"]
    assert found[0].span == (12, 20)


def test_age_severity_follows_profile() -> None:
    p = with_rule(PROFILE, "PREF-AGE", severity="warn")
    found = check_age_tiebreak(decide(tie_breaker="leeftijd"), p)
    assert [f.severity for f in found] == [Severity.WARN]


@given(st.integers(15, 18), st.floats(0, 5, allow_nan=False), st.floats(0, 1),
       st.lists(decision_candidates, max_size=4))
def test_preference_always_blocks_on_a_plain_tie(
    scale: int, score: float, margin: float, others: list[DecisionCandidate]
) -> None:
    chosen = c("X-1", score, group=False, chosen=True)
    tied = c("X-2", score, group=True)
    d = decide(chosen, tied, *others, scale=scale)
    found = check_preference(d, with_rule(PROFILE, "PREF", margin=margin))
    assert any(f.severity is Severity.BLOCK and f.subject == "X-1" for f in found)
