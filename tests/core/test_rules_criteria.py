"""CRIT-MAX and CRIT-Q."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bewustwerven.core.facts import CriterionFacts, QuestionFacts
from bewustwerven.core.findings import Severity
from bewustwerven.core.policy import PolicyError, PolicyProfile, RuleSettings, load_default_profile
from bewustwerven.core.rules import check_criteria, required_anchor_scores

PROFILE = load_default_profile()
FULL = {1: "geen voorbeeld", 3: "een voorbeeld", 5: "meerdere voorbeelden met effect"}


def with_rule(profile: PolicyProfile, code: str, **values: Any) -> PolicyProfile:
    rules = dict(profile.rules)
    rules[code] = RuleSettings(code, {**profile.rules[code].values, **values})
    return dataclasses.replace(profile, rules=rules)


def q(
    key: str = "q1", text: str = "Vertel over een keer dat...",
    anchors: dict[int, str] | None = None,
) -> QuestionFacts:
    return QuestionFacts(key, text, dict(FULL) if anchors is None else anchors)


def crit(key: str = "c1", questions: tuple[QuestionFacts, ...] | None = None, **kw: Any
         ) -> CriterionFacts:
    return CriterionFacts(key, kw.pop("name", f"Criterium {key}"),
                          questions=(q(),) if questions is None else questions, **kw)


def codes(findings: list[Any]) -> list[str]:
    return [f.code for f in findings]


def test_good_criteria_give_no_finding() -> None:
    assert check_criteria([crit(f"c{i}") for i in range(5)], PROFILE) == []


def test_six_criteria_warn() -> None:
    found = check_criteria([crit(f"c{i}") for i in range(6)], PROFILE)
    assert codes(found) == ["CRIT-MAX"]
    f = found[0]
    assert f.severity is Severity.WARN
    assert f.facts == {"criteria": 6, "max_criteria": 5}
    assert f.source == PROFILE.rule("CRIT-MAX").source
    assert "6" in f.message_nl and "5" in f.message_nl


def test_crit_max_severity_follows_profile() -> None:
    p = with_rule(PROFILE, "CRIT-MAX", severity="block", max_criteria=2)
    found = check_criteria([crit("a"), crit("b"), crit("c")], p)
    assert [(f.code, f.severity) for f in found] == [("CRIT-MAX", Severity.BLOCK)]


def test_no_criteria_is_a_finding() -> None:
    found = check_criteria([], PROFILE)
    assert codes(found) == ["CRIT-Q"]
    assert found[0].severity is Severity.BLOCK
    assert found[0].facts == {"criteria": 0}


def test_criterion_without_questions() -> None:
    found = check_criteria([crit("c1"), crit("c2", questions=())], PROFILE)
    assert codes(found) == ["CRIT-Q"]
    assert found[0].subject == "c2"
    assert found[0].facts == {"criterion": "c2", "questions": 0, "min_questions": 1}


def test_min_questions_from_profile() -> None:
    p = with_rule(PROFILE, "CRIT-Q", min_questions=2)
    found = check_criteria([crit("c1")], p)
    assert [f.facts.get("min_questions") for f in found] == [2]


@pytest.mark.parametrize(("anchors", "missing"), [
    ({1: "a", 3: "b"}, [5]),
    ({3: "b", 5: "c"}, [1]),
    ({1: "a", 5: "c"}, [3]),
    ({1: "a", 3: "   ", 5: "c"}, [3]),
    ({}, [1, 3, 5]),
])
def test_missing_anchor(anchors: dict[int, str], missing: list[int]) -> None:
    found = check_criteria([crit("c1", questions=(q("q7", anchors=anchors),))], PROFILE)
    assert codes(found) == ["CRIT-Q"]
    f = found[0]
    assert f.subject == "c1"
    assert f.facts["question"] == "q7"
    assert f.facts["missing_anchors"] == missing
    assert f.facts["empty_text"] is False


def test_extra_anchors_are_fine_but_outside_scale_is_not() -> None:
    ok = {1: "a", 2: "b", 3: "c", 4: "d", 5: "e"}
    assert check_criteria([crit(questions=(q(anchors=ok),))], PROFILE) == []
    found = check_criteria([crit(questions=(q(anchors={**ok, 6: "f", 0: "z"}),))], PROFILE)
    assert found[0].facts["anchors_outside_scale"] == [0, 6]


def test_empty_question_text() -> None:
    found = check_criteria([crit(questions=(q(text="  "),))], PROFILE)
    assert codes(found) == ["CRIT-Q"]
    assert found[0].facts["empty_text"] is True
    assert found[0].facts["missing_anchors"] == []


def test_one_finding_per_failing_question() -> None:
    qs = (q("q1"), q("q2", anchors={}), q("q3", text=""))
    found = check_criteria([crit("c1", questions=qs)], PROFILE)
    assert [f.facts["question"] for f in found] == ["q2", "q3"]


def test_middle_anchor_follows_scale() -> None:
    p = dataclasses.replace(PROFILE, scale_min=0, scale_max=10)
    assert required_anchor_scores(p) == [0, 5, 10]
    found = check_criteria([crit()], p)  # anchors 1, 3, 5 on a 0-10 scale
    assert found[0].facts["missing_anchors"] == [0, 10]
    assert found[0].facts["anchors_outside_scale"] == []


def test_required_anchors_may_name_scores() -> None:
    p = with_rule(PROFILE, "CRIT-Q", required_anchors=["lowest", 2, "highest"])
    assert required_anchor_scores(p) == [1, 2, 5]
    with pytest.raises(PolicyError) as err:
        required_anchor_scores(with_rule(PROFILE, "CRIT-Q", required_anchors=["top"]))
    assert err.value.key == "rules.CRIT-Q.required_anchors"


@pytest.mark.parametrize("weight", [0.0, -1.0, float("nan"), float("inf")])
def test_weighted_criterion_needs_positive_weight(weight: float) -> None:
    found = check_criteria([crit("w", weight=weight)], PROFILE)
    assert codes(found) == ["CRIT-Q"]
    assert found[0].subject == "w"
    json.dumps(found[0].to_dict())  # NaN/inf kept serialisable


def test_knockout_criterion_weight_is_not_checked() -> None:
    assert check_criteria([crit("k", knockout=True, weight=0.0)], PROFILE) == []


anchor_maps = st.dictionaries(st.integers(-2, 8), st.text(max_size=5), max_size=7)
questions = st.builds(QuestionFacts, st.text(max_size=4), st.text(max_size=8), anchor_maps)
criteria = st.builds(
    CriterionFacts, st.text(max_size=4), st.text(max_size=6), st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True), st.lists(questions, max_size=4).map(tuple),
)


@given(st.lists(criteria, max_size=8))
def test_criteria_check_never_crashes_and_speaks_both_languages(crits: list[CriterionFacts]
                                                               ) -> None:
    found = check_criteria(crits, PROFILE)
    for f in found:
        assert f.code in {"CRIT-MAX", "CRIT-Q"}
        assert f.message_nl.strip() and f.message_en.strip()
        json.dumps(f.to_dict(), allow_nan=False)
    assert ("CRIT-MAX" in codes(found)) == (len(crits) > 5)
    complete = all(
        c.questions and (c.knockout or 0 < c.weight < float("inf"))
        and all(qq.text.strip() and all((qq.anchors.get(s) or "").strip() for s in (1, 3, 5))
                and all(1 <= s <= 5 for s in qq.anchors) for qq in c.questions)
        for c in crits
    )
    assert ("CRIT-Q" in codes(found)) == (not complete or not crits)
