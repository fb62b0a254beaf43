"""ROONEY."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bewustwerven.core.facts import ShortlistCandidate
from bewustwerven.core.findings import Severity
from bewustwerven.core.policy import PolicyProfile, RuleSettings, load_default_profile
from bewustwerven.core.rules import check_rooney

PROFILE = load_default_profile()


def with_rule(profile: PolicyProfile, code: str, **values: Any) -> PolicyProfile:
    rules = dict(profile.rules)
    rules[code] = RuleSettings(code, {**profile.rules[code].values, **values})
    return dataclasses.replace(profile, rules=rules)


def cand(p: str, meets: bool = True, group: bool | None = False, invited: bool = False
         ) -> ShortlistCandidate:
    return ShortlistCandidate(p, meets, group, invited)


def test_below_scale_no_finding() -> None:
    assert check_rooney(11, [cand("K-1", group=True)], PROFILE) == []


def test_qualifying_in_group_invited() -> None:
    cs = [cand("K-1", group=True, invited=True), cand("K-2", group=True), cand("K-3", invited=True)]
    assert check_rooney(12, cs, PROFILE) == []


def test_qualifying_in_group_not_invited_blocks() -> None:
    cs = [cand("K-A1", group=True), cand("K-B2", invited=True), cand("K-C3", group=None),
          cand("K-D4", meets=False, group=True, invited=True)]
    found = check_rooney(12, cs, PROFILE)
    assert len(found) == 1
    f = found[0]
    assert (f.code, f.severity, f.subject) == ("ROONEY", Severity.BLOCK, "")
    assert f.facts["qualifying"] == 3
    assert f.facts["qualifying_in_group"] == 1
    assert f.facts["invited_in_group"] == 0  # K-D4 does not meet the knock-outs
    assert f.facts["required"] == 1
    assert f.facts["qualifying_unknown"] == 1
    assert f.source == PROFILE.rule("ROONEY").source
    for text in (f.message_nl, f.message_en, f.suggestion_nl, f.suggestion_en):
        assert not any(c.pseudonym in text for c in cs)  # counts only, no pseudonyms
    json.dumps(f.to_dict())


def test_nobody_qualifying_in_group_no_finding() -> None:
    cs = [cand("K-1", meets=False, group=True), cand("K-2", group=None), cand("K-3")]
    assert check_rooney(14, cs, PROFILE) == []


def test_unknown_membership_is_never_guessed() -> None:
    assert check_rooney(14, [cand("K-1", group=None), cand("K-2", group=None)], PROFILE) == []


@pytest.mark.parametrize(("in_group", "invited", "finding"), [
    (1, 1, False), (2, 1, True), (2, 2, False), (3, 2, False), (5, 1, True),
])
def test_min_invited_from_profile(in_group: int, invited: int, finding: bool) -> None:
    p = with_rule(PROFILE, "ROONEY", min_invited=2)
    cs = [cand(f"K-{i}", group=True, invited=i < invited) for i in range(in_group)]
    found = check_rooney(12, cs, p)
    assert bool(found) is finding
    if found:
        assert found[0].facts["required"] == min(2, in_group)


def test_severity_and_scale_follow_profile() -> None:
    p = with_rule(PROFILE, "ROONEY", severity="warn", from_scale=10)
    found = check_rooney(10, [cand("K-1", group=True)], p)
    assert [f.severity for f in found] == [Severity.WARN]


shortlists = st.lists(st.builds(ShortlistCandidate, st.text(max_size=4), st.booleans(),
                                st.none() | st.booleans(), st.booleans()), max_size=12)


@given(st.integers(1, 18), shortlists)
def test_rooney_properties(scale: int, cs: list[ShortlistCandidate]) -> None:
    found = check_rooney(scale, cs, PROFILE)
    assert len(found) <= 1
    qualifying_group = [c for c in cs if c.meets_knockouts and c.in_target_group is True]
    if scale < 12:
        assert found == []
    if all(c.invited for c in qualifying_group):
        assert found == []
    if scale >= 12 and qualifying_group and not any(c.invited for c in qualifying_group):
        assert [f.severity for f in found] == [Severity.BLOCK]
    for f in found:
        assert f.message_nl.strip() and f.message_en.strip() and f.subject == ""
