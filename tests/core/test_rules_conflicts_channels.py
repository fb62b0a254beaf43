"""COI and CHAN."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from bewustwerven.core.facts import ChannelFacts, ConflictFacts
from bewustwerven.core.findings import Severity
from bewustwerven.core.policy import PolicyProfile, RuleSettings, load_default_profile
from bewustwerven.core.rules import check_channels, check_conflicts

PROFILE = load_default_profile()


def with_rule(profile: PolicyProfile, code: str, **values: Any) -> PolicyProfile:
    rules = dict(profile.rules)
    rules[code] = RuleSettings(code, {**profile.rules[code].values, **values})
    return dataclasses.replace(profile, rules=rules)


def test_conflict_without_sheet_is_fine() -> None:
    assert check_conflicts([ConflictFacts("anna", "K-7F3A", has_sheet=False)], PROFILE) == []
    assert check_conflicts([], PROFILE) == []


def test_conflict_with_sheet_blocks() -> None:
    found = check_conflicts([
        ConflictFacts("anna", "K-7F3A", True),
        ConflictFacts("bob", "K-0001", False),
        ConflictFacts("anna", "K-7F3A", True),  # declared twice: one finding
        ConflictFacts("bob", "K-7F3A", True),
    ], PROFILE)
    assert [(f.code, f.severity, f.subject) for f in found] == [
        ("COI", Severity.BLOCK, "anna→K-7F3A"), ("COI", Severity.BLOCK, "bob→K-7F3A")]
    assert found[0].facts == {"member": "anna", "candidate": "K-7F3A", "has_sheet": True}
    assert found[0].source == PROFILE.rule("COI").source
    assert "K-7F3A" in found[0].message_nl and "K-7F3A" in found[0].message_en


def test_conflict_severity_follows_profile() -> None:
    p = with_rule(PROFILE, "COI", severity="warn")
    assert check_conflicts([ConflictFacts("a", "K-1", True)], p)[0].severity is Severity.WARN


@given(st.lists(st.builds(ConflictFacts, st.text(max_size=3), st.text(max_size=3),
                          st.booleans())))
def test_conflicts_one_finding_per_pair_with_sheet(conflicts: list[ConflictFacts]) -> None:
    found = check_conflicts(conflicts, PROFILE)
    assert len(found) == len({(c.member, c.candidate) for c in conflicts if c.has_sheet})
    assert all(f.message_nl and f.message_en for f in found)


def ch(name: str, diverse: bool = False) -> ChannelFacts:
    return ChannelFacts(name, diverse)


def test_channels_below_scale_say_nothing() -> None:
    assert check_channels([], 11, PROFILE) == []


def test_channels_enough() -> None:
    assert check_channels([ch("werkenbij"), ch("Netwerk Divers", True)], 12, PROFILE) == []


def test_channels_too_few_and_none_diverse() -> None:
    found = check_channels([ch("werkenbij")], 12, PROFILE)
    assert len(found) == 1
    f = found[0]
    assert (f.code, f.severity) == ("CHAN", Severity.WARN)
    assert f.facts == {"channels": 1, "diverse_channels": 0, "min_channels": 2,
                       "min_diverse_channels": 1, "scale": 12, "from_scale": 12}
    assert "minstens 2 kanalen" in f.message_nl and "diverse netwerken" in f.message_nl


def test_channels_enough_but_none_diverse() -> None:
    found = check_channels([ch("werkenbij"), ch("LinkedIn")], 13, PROFILE)
    assert found[0].facts["diverse_channels"] == 0
    assert "minstens 2 kanalen" not in found[0].message_nl


def test_same_channel_twice_counts_once() -> None:
    found = check_channels([ch("LinkedIn", True), ch(" linkedin ")], 12, PROFILE)
    assert found[0].facts["channels"] == 1 and found[0].facts["diverse_channels"] == 1


def test_channel_settings_follow_profile() -> None:
    p = with_rule(PROFILE, "CHAN", from_scale=8, min_channels=3, severity="block")
    found = check_channels([ch("a", True), ch("b")], 8, p)
    assert [(f.severity, f.facts["min_channels"]) for f in found] == [(Severity.BLOCK, 3)]


@given(st.lists(st.builds(ChannelFacts, st.text(max_size=4), st.booleans()), max_size=6),
       st.integers(1, 18))
def test_channels_property(channels: list[ChannelFacts], scale: int) -> None:
    found = check_channels(channels, scale, PROFILE)
    if scale < 12:
        assert found == []
    names = {c.name.strip().casefold() for c in channels if c.name.strip()}
    diverse = {c.name.strip().casefold() for c in channels
               if c.name.strip() and c.aimed_at_diverse_networks}
    if scale >= 12:
        assert bool(found) == (len(names) < 2 or len(diverse) < 1)
    for f in found:
        assert f.message_nl and f.message_en
        json.dumps(f.to_dict())
