"""SCORE-INDEP, SCORE-COMPLETE and SCORE-LOCK."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bewustwerven.core.facts import SheetStatus
from bewustwerven.core.findings import Severity
from bewustwerven.core.policy import PolicyProfile, RuleSettings, load_default_profile
from bewustwerven.core.rules import (
    check_amendment,
    check_complete,
    check_independence,
    may_see_other_scores,
)

PROFILE = load_default_profile()


def with_rule(profile: PolicyProfile, code: str, **values: Any) -> PolicyProfile:
    rules = dict(profile.rules)
    rules[code] = RuleSettings(code, {**profile.rules[code].values, **values})
    return dataclasses.replace(profile, rules=rules)


@pytest.mark.parametrize(("submitted", "on_committee", "consensus", "may"), [
    (False, True, False, False),
    (False, True, True, False),  # consensus does not open it for a member who did not submit
    (True, True, False, True),
    (False, False, False, False),
    (True, False, False, False),  # an auditor's own "submission" means nothing
    (False, False, True, True),
])
def test_who_may_see_other_scores(submitted: bool, on_committee: bool, consensus: bool,
                                  may: bool) -> None:
    assert may_see_other_scores(submitted, on_committee, consensus_reached=consensus) is may
    f = check_independence("anna", "K-7F3A", "screening", submitted,
                           viewer_is_on_committee=on_committee, consensus_reached=consensus)
    assert (f is None) is may


def test_independence_finding_is_never_bypassable() -> None:
    loose = with_rule(PROFILE, "SCORE-INDEP", severity="info", bypassable=True)
    f = check_independence("anna", "K-7F3A", "interviews", False, profile=loose)
    assert f is not None
    assert (f.code, f.severity, f.subject) == ("SCORE-INDEP", Severity.BLOCK, "anna→K-7F3A")
    assert f.facts["bypassable"] is False
    assert f.facts["viewer"] == "anna" and f.facts["candidate"] == "K-7F3A"
    assert f.facts["stage"] == "interviews"
    assert f.source == loose.rule("SCORE-INDEP").source
    assert "gesprekken" in f.message_nl and "eigen" in f.message_nl
    without_profile = check_independence("anna", "K-7F3A", "interviews", False)
    assert without_profile is not None and without_profile.source


def sheets(*triples: tuple[str, str, bool]) -> list[SheetStatus]:
    return [SheetStatus(m, c, s) for m, c, s in triples]


def test_complete_when_all_submitted() -> None:
    done = sheets(("anna", "K-1", True), ("bob", "K-1", True), ("anna", "K-2", True))
    assert check_complete(done, "screening", PROFILE) == []


def test_missing_sheets_summarised_in_one_finding() -> None:
    s = sheets(("anna", "K-1", True), ("bob", "K-1", False), ("bob", "K-2", False),
               ("cem", "K-2", False), ("anna", "K-2", True))
    found = check_complete(s, "screening", PROFILE)
    assert len(found) == 1
    f = found[0]
    assert (f.code, f.severity) == ("SCORE-COMPLETE", Severity.BLOCK)
    assert f.facts["expected"] == 5 and f.facts["submitted"] == 2 and f.facts["missing"] == 3
    assert f.facts["missing_sheets"] == [["bob", "K-1"], ["bob", "K-2"], ["cem", "K-2"]]
    assert f.facts["members_missing"] == ["bob", "cem"]
    assert f.facts["deviation_type"] == "consensus_before_all_sheets"
    assert "3 van de 5" in f.message_nl and "bob, cem" in f.message_nl
    json.dumps(f.to_dict())


def test_nothing_expected_is_a_finding() -> None:
    found = check_complete([], "interviews", PROFILE)
    assert [(f.code, f.facts["expected"]) for f in found] == [("SCORE-COMPLETE", 0)]
    assert "niets gescoord" in found[0].message_nl


def test_complete_severity_follows_profile() -> None:
    p = with_rule(PROFILE, "SCORE-COMPLETE", severity="warn")
    assert check_complete(sheets(("a", "K", False)), "screening", p)[0].severity is Severity.WARN


@given(st.lists(st.builds(SheetStatus, st.sampled_from("abc"), st.sampled_from(["K-1", "K-2"]),
                          st.booleans()), max_size=10),
       st.sampled_from(["screening", "interviews", "something-else"]))
def test_complete_property(ss: list[SheetStatus], stage: str) -> None:
    found = check_complete(ss, stage, PROFILE)
    assert len(found) <= 1
    submitted = {(s.member, s.candidate) for s in ss if s.submitted}
    open_pairs = {(s.member, s.candidate) for s in ss} - submitted
    assert bool(found) == (not ss or bool(open_pairs))
    if found:
        assert found[0].facts["missing"] == len(open_pairs)
        assert found[0].message_nl and found[0].message_en


def test_unsealed_sheet_may_change() -> None:
    assert check_amendment(False, "", PROFILE) == []


def test_sealed_sheet_change_is_a_deviation() -> None:
    found = check_amendment(True, "Typfout bij vraag 3", PROFILE, member="anna", candidate="K-1")
    assert len(found) == 1
    f = found[0]
    assert (f.code, f.severity, f.subject) == ("SCORE-LOCK", Severity.BLOCK, "anna→K-1")
    assert f.facts["deviation_type"] == "sheet_changed_after_submission"
    assert f.facts["reason_given"] is True


@pytest.mark.parametrize("reason", ["", "   ", "\n\t"])
def test_sealed_sheet_change_needs_a_reason(reason: str) -> None:
    found = check_amendment(True, reason, PROFILE)
    assert [f.code for f in found] == ["SCORE-LOCK", "SCORE-LOCK"]
    assert found[1].facts["reason_given"] is False
    assert "reden" in found[1].message_nl and "reason" in found[1].message_en
    assert all(f.subject == "" for f in found)
