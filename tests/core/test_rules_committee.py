"""COM-SIZE, COM-HR, COM-TRAIN, COM-GENDER, COM-AGE, COM-OUTSIDE, COM-DIVERSE."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bewustwerven.core.facts import CommitteeFacts, CommitteeRole, Gender, MemberFacts
from bewustwerven.core.findings import Finding, Severity
from bewustwerven.core.policy import PolicyProfile, RuleSettings, load_default_profile
from bewustwerven.core.registry import committee_findings as check_committee

PROFILE = load_default_profile()
W, M, X = Gender.WOMAN, Gender.MAN, Gender.OTHER


def with_rule(profile: PolicyProfile, code: str, **values: Any) -> PolicyProfile:
    rules = dict(profile.rules)
    rules[code] = RuleSettings(code, {**profile.rules[code].values, **values})
    return dataclasses.replace(profile, rules=rules)


def member(login: str, role: CommitteeRole = CommitteeRole.MEMBER, **kw: Any) -> MemberFacts:
    base: dict[str, Any] = {"trained": True, "unit": "Wonen", "gender": None,
                            "birth_year": None, "outside_european_background": None}
    base.update(kw)
    return MemberFacts(login, role, **base)


def good(scale: int = 10, **changes: Any) -> CommitteeFacts:
    members = (
        member("chair", CommitteeRole.CHAIR, gender=W, birth_year=1970),
        member("hr", CommitteeRole.HR, gender=M, unit="P&O", birth_year=1990),
        member("lid", gender=X, outside_european_background=True, birth_year=1985),
    )
    return dataclasses.replace(CommitteeFacts(members, "Wonen", scale), **changes)


def of(code: str, found: list[Finding]) -> list[Finding]:
    return [f for f in found if f.code == code]


def test_good_committee_has_no_findings() -> None:
    assert check_committee(good(), PROFILE) == []
    assert check_committee(good(scale=14), PROFILE) == []


def test_size() -> None:
    c = good()
    found = check_committee(dataclasses.replace(c, members=c.members[:2]), PROFILE)
    size = of("COM-SIZE", found)
    assert len(size) == 1
    assert size[0].severity is Severity.BLOCK
    assert size[0].facts["members"] == 2 and size[0].facts["min_members"] == 3
    assert "2 leden" in size[0].message_nl and "minstens 3" in size[0].message_nl
    assert size[0].source == PROFILE.rule("COM-SIZE").source


def test_hr_required() -> None:
    c = good()
    no_hr = tuple(dataclasses.replace(m, role=CommitteeRole.MEMBER)
                  if m.role is CommitteeRole.HR else m for m in c.members)
    found = of("COM-HR", check_committee(dataclasses.replace(c, members=no_hr), PROFILE))
    assert [(f.severity, f.facts["hr_members"]) for f in found] == [(Severity.BLOCK, 0)]
    relaxed = with_rule(PROFILE, "COM-HR", required=False)
    assert of("COM-HR", check_committee(dataclasses.replace(c, members=no_hr), relaxed)) == []


@pytest.mark.parametrize(("scale", "member_sev"), [(10, Severity.WARN), (11, Severity.WARN),
                                                   (12, Severity.BLOCK), (15, Severity.BLOCK)])
def test_training(scale: int, member_sev: Severity) -> None:
    c = good(scale=scale)
    untrained = tuple(dataclasses.replace(m, trained=False) for m in c.members)
    found = of("COM-TRAIN", check_committee(dataclasses.replace(c, members=untrained), PROFILE))
    assert [(f.subject, f.severity) for f in found] == [
        ("chair", Severity.BLOCK), ("hr", member_sev), ("lid", member_sev)]
    assert found[1].facts["login"] == "hr" and found[1].facts["role"] == "hr"


def test_training_severities_follow_profile() -> None:
    p = with_rule(PROFILE, "COM-TRAIN", chair_severity="warn", member_severity="info",
                  member_block_from_scale=99)
    c = good(scale=14)
    untrained = tuple(dataclasses.replace(m, trained=False) for m in c.members)
    found = of("COM-TRAIN", check_committee(dataclasses.replace(c, members=untrained), p))
    assert [f.severity for f in found] == [Severity.WARN, Severity.INFO, Severity.INFO]


def gender_findings(genders: list[Gender | None]) -> list[Finding]:
    c = good()
    members = tuple(member(f"m{i}", gender=g) for i, g in enumerate(genders))
    return of("COM-GENDER", check_committee(dataclasses.replace(c, members=members), PROFILE))


@pytest.mark.parametrize("genders", [
    [W, M, M], [W, W, M], [W, M, X], [W, M], [W], [], [None, None, W], [W, M, M, W, M],
    [W, None, M, M, None],
])
def test_gender_ok(genders: list[Gender | None]) -> None:
    assert gender_findings(genders) == []


def test_gender_all_one() -> None:
    found = gender_findings([M, M, M, None])
    assert len(found) == 1
    f = found[0]
    assert f.severity is Severity.WARN
    assert f.facts["all_one_gender"] is True and f.facts["declared"] == 3 and f.facts["men"] == 3
    assert gender_findings([W, W])[0].facts["all_one_gender"] is True
    assert gender_findings([X, X, X])[0].facts["all_one_gender"] is True


def test_gender_share_below_30_percent() -> None:
    found = gender_findings([W, M, M, M])  # 25 %
    assert len(found) == 1
    assert found[0].facts["all_one_gender"] is False
    assert found[0].facts["smallest_share"] == 0.25
    assert gender_findings([W, W, X]) != []  # no man at all


def test_gender_where_possible() -> None:
    p = with_rule(PROFILE, "COM-GENDER", min_share=0.5)
    c = good()
    three = tuple(member(f"m{i}", gender=g) for i, g in enumerate([W, M, M]))
    assert of("COM-GENDER", check_committee(dataclasses.replace(c, members=three), p)) == []
    four = tuple(member(f"m{i}", gender=g) for i, g in enumerate([W, M, M, M]))
    assert of("COM-GENDER", check_committee(dataclasses.replace(c, members=four), p)) != []


def test_age_off_by_default_and_on_when_enabled() -> None:
    c = good()
    close = tuple(dataclasses.replace(m, birth_year=1980 + i) for i, m in enumerate(c.members))
    narrow = dataclasses.replace(c, members=close)
    assert of("COM-AGE", check_committee(narrow, PROFILE)) == []
    p = with_rule(PROFILE, "COM-AGE", enabled=True)
    found = of("COM-AGE", check_committee(narrow, p))
    assert [(f.severity, f.facts["spread_years"]) for f in found] == [(Severity.WARN, 2)]
    assert of("COM-AGE", check_committee(c, p)) == []  # 1970..1990
    one = tuple(dataclasses.replace(m, birth_year=None) for m in c.members[1:])
    assert of("COM-AGE", check_committee(dataclasses.replace(c, members=one), p)) == []


def test_outside_unit() -> None:
    c = good()
    same = tuple(dataclasses.replace(m, unit=" wonen ") for m in c.members)
    found = of("COM-OUTSIDE", check_committee(dataclasses.replace(c, members=same), PROFILE))
    assert [(f.severity, f.facts["outside_members"]) for f in found] == [(Severity.WARN, 0)]
    unknown = tuple(dataclasses.replace(m, unit=None) for m in c.members)
    found = of("COM-OUTSIDE", check_committee(dataclasses.replace(c, members=unknown), PROFILE))
    assert found[0].facts["unknown_unit"] == 3 and found[0].facts["outside_members"] == 0
    assert "niet bekend" in found[0].message_nl


def test_diverse_background() -> None:
    c = good()
    for value in (None, False):
        ms = tuple(dataclasses.replace(m, outside_european_background=value) for m in c.members)
        found = of("COM-DIVERSE", check_committee(dataclasses.replace(c, members=ms), PROFILE))
        assert len(found) == 1
        assert found[0].facts["members_with_background"] == 0
        assert found[0].facts["undeclared"] == (3 if value is None else 0)
        assert found[0].subject == ""  # never points at a person
        assert all(m.login not in found[0].message_nl for m in c.members)


members_st = st.builds(
    MemberFacts, st.text(max_size=6), st.sampled_from(CommitteeRole), st.booleans(),
    st.none() | st.sampled_from(["Wonen", "wonen", "P&O", "", " "]),
    st.none() | st.sampled_from(Gender), st.none() | st.integers(1940, 2008),
    st.none() | st.booleans(),
)
committees = st.builds(CommitteeFacts, st.lists(members_st, max_size=8).map(tuple),
                       st.sampled_from(["Wonen", "P&O"]), st.integers(1, 18))


@given(committees, st.booleans())
def test_committee_check_never_crashes(c: CommitteeFacts, age_on: bool) -> None:
    profile = with_rule(PROFILE, "COM-AGE", enabled=age_on)
    found = check_committee(c, profile)
    for f in found:
        assert f.code.startswith("COM-")
        assert f.message_nl.strip() and f.message_en.strip()
        assert f.source == profile.rule(f.code).source
        json.dumps(f.to_dict())
    assert (len(of("COM-SIZE", found)) == 1) == (len(c.members) < 3)
    assert len(of("COM-TRAIN", found)) == sum(1 for m in c.members if not m.trained)
    assert bool(of("COM-HR", found)) == all(m.role is not CommitteeRole.HR for m in c.members)
    if sum(1 for m in c.members if m.gender is not None) < 2:
        assert of("COM-GENDER", found) == []
    if not age_on:
        assert of("COM-AGE", found) == []
    genders = [m.gender for m in c.members if m.gender is not None]
    women, men = genders.count(Gender.WOMAN), genders.count(Gender.MAN)
    if min(women, men) >= 0.3 * len(genders) and women and men:
        assert of("COM-GENDER", found) == []
