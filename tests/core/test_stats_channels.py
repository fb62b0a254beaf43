"""Reach of recruitment channels."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bewustwerven.core.stats.channels import ChannelCount, channel_reach


def test_worked_example() -> None:
    report = channel_reach(
        [
            ChannelCount("website", "nl", 60, 12),
            ChannelCount("website", "non_eu", 20, 2),
            ChannelCount("network", "nl", 5, 2),
            ChannelCount("network", "non_eu", 15, 6),
            ChannelCount("network", "non_eu", 0, 0),  # duplicates add up
        ]
    )
    assert (report.overall.applied, report.overall.selected) == (100, 22)
    assert report.overall.selection_rate == pytest.approx(0.22)
    web, net = report.channel("website"), report.channel("network")
    assert (web.applied, web.share_of_applications, web.selection_rate) == (80, 0.8, 0.175)
    assert (net.applied, net.share_of_applications, net.selection_rate) == (20, 0.2, 0.4)
    cell = report.cell("network", "non_eu")
    assert cell.share_of_applications == 0.75  # 15 of the 20 network applicants
    assert cell.selection_rate == 0.4
    assert report.cell("website", "non_eu").share_of_applications == 0.25
    groups = {g.group: g for g in report.groups}
    assert groups["non_eu"].applied == 35
    assert groups["non_eu"].selection_rate == pytest.approx(8 / 35)
    assert [c.channel for c in report.channels] == ["network", "website"]


def test_empty_channel_has_no_rate() -> None:
    report = channel_reach([ChannelCount("fair", "nl", 0, 0)])
    assert report.channel("fair").selection_rate is None
    assert report.channel("fair").share_of_applications is None
    assert channel_reach([]).overall.selection_rate is None


def test_invalid_counts() -> None:
    with pytest.raises(ValueError):
        ChannelCount("x", "g", 2, 3)
    with pytest.raises(ValueError):
        ChannelCount("x", "g", -1, 0)


records = st.lists(
    st.tuples(st.sampled_from("abc"), st.sampled_from("xyz"), st.integers(0, 50)).flatmap(
        lambda t: st.integers(0, t[2]).map(lambda s: ChannelCount(t[0], t[1], t[2], s))
    ),
    max_size=20,
)


@settings(max_examples=150, deadline=None)
@given(records)
def test_totals_add_up(counts: list[ChannelCount]) -> None:
    report = channel_reach(counts)
    assert sum(c.applied for c in report.channels) == report.overall.applied
    assert sum(g.applied for g in report.groups) == report.overall.applied
    assert sum(c.selected for c in report.channel_groups) == report.overall.selected
    if report.overall.applied:
        assert sum(c.share_of_applications or 0 for c in report.channels) == pytest.approx(1)
    for ch in report.channels:
        inside = [c for c in report.channel_groups if c.channel == ch.channel]
        assert sum(c.applied for c in inside) == ch.applied
