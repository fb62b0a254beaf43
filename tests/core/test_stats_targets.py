"""Target figures from scale 12: outside-European origin (30 %) and under 35 (20 %)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bewustwerven.core.stats.targets import (
    TARGET_ORIGIN_SHARE,
    TARGET_UNDER_35_SHARE,
    HireRecord,
    share_vs_target,
    target_progress,
)


def hires(unit: str, scale: int, flags: list[tuple[bool | None, bool | None]]) -> list[HireRecord]:
    return [HireRecord(unit, scale, origin, young) for origin, young in flags]


def test_defaults() -> None:
    assert (TARGET_ORIGIN_SHARE, TARGET_UNDER_35_SHARE) == (0.30, 0.20)


def test_worked_example() -> None:
    data = (
        # Unit A, scale 12: 3 of 10 known in the target group (exactly 30 %), 2 unknown.
        hires("A", 12, [(True, False)] * 3 + [(False, True)] * 7 + [(None, None)] * 2)
        # Unit B, scale 14: 1 of 4 (25 %); age known for 2, both under 35.
        + hires("B", 14, [(True, True), (False, True), (False, None), (False, None)])
        # Below scale 12: not counted.
        + hires("B", 11, [(True, True)] * 5)
    )
    report = target_progress(data)
    assert report.excluded_below_scale == 5
    a, b = report.per_unit
    assert (a.unit, b.unit) == ("A", "B")
    assert (a.origin.hires, a.origin.known, a.origin.unknown, a.origin.in_group) == (12, 10, 2, 3)
    assert a.origin.share == pytest.approx(0.3)
    assert a.origin.meets_target is True  # exactly on target
    assert a.under_35.share == pytest.approx(0.7) and a.under_35.meets_target
    assert b.origin.share == 0.25 and b.origin.meets_target is False
    assert b.origin.gap == pytest.approx(-0.05)
    assert (b.under_35.known, b.under_35.unknown, b.under_35.share) == (2, 2, 1.0)
    overall = report.overall
    assert overall.unit is None
    assert (overall.origin.known, overall.origin.in_group) == (14, 4)
    assert overall.origin.share == pytest.approx(4 / 14)
    assert overall.origin.meets_target is False
    assert (overall.under_35.known, overall.under_35.in_group) == (12, 9)


def test_all_unknown_gives_none() -> None:
    result = share_vs_target([None, None], 0.3)
    assert (result.share, result.meets_target, result.gap, result.unknown) == (None, None, None, 2)
    empty = target_progress([])
    assert empty.overall.origin.share is None and empty.per_unit == ()


def test_custom_targets_and_scale() -> None:
    report = target_progress(
        hires("A", 10, [(True, False), (False, False)]), origin_target=0.5, min_scale=10
    )
    assert report.overall.origin.meets_target is True
    assert report.overall.under_35.meets_target is False
    with pytest.raises(ValueError):
        share_vs_target([True], 1.5)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), st.booleans()), max_size=40), st.integers(0, 100))
def test_share_properties(flags: list[bool | None], pct: int) -> None:
    target = pct / 100
    r = share_vs_target(flags, target)
    assert r.known + r.unknown == r.hires == len(flags)
    assert r.in_group == flags.count(True)
    if r.known:
        # meets_target decided exactly: in_group / known >= pct / 100
        assert r.meets_target == (r.in_group * 100 >= pct * r.known)
