"""Selection funnel statistics against hand-computed values."""

from __future__ import annotations

from math import comb

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bewustwerven.core.stats.selection import (
    Funnel,
    analyse_funnel,
    analyse_transition,
    fisher_p_value,
    impact_ratio,
    shortfall,
)


def hypergeom_two_sided(a: int, n1: int, c: int, n2: int) -> float:
    """Fisher's exact two-sided p by summing hypergeometric probabilities (independent)."""
    k, n = a + c, n1 + n2

    def p(x: int) -> float:
        return comb(n1, x) * comb(n2, k - x) / comb(n, k)

    observed = p(a)
    lo, hi = max(0, k - n2), min(k, n1)
    return min(1.0, sum(p(x) for x in range(lo, hi + 1) if p(x) <= observed * (1 + 1e-7)))


def test_lady_tasting_tea() -> None:
    # Fisher's own example: 3 of 4 right in each row, two-sided p = 34/70.
    assert fisher_p_value(3, 4, 1, 4) == pytest.approx(34 / 70)


def test_worked_example() -> None:
    funnel = Funnel.from_nested(
        {"A": {"applied": 100, "invited": 50}, "B": {"applied": 80, "invited": 20}},
        stages=("applied", "invited"),
    )
    step = analyse_transition(funnel, "applied", "invited")
    assert step.considered == 180 and step.selected == 70
    assert step.overall_rate == pytest.approx(70 / 180)
    assert step.reference_group == "A"
    a, b = step.group("A"), step.group("B")
    assert (a.rate, b.rate) == (0.5, 0.25)
    assert a.impact_ratio == 1.0 and not a.adverse_impact
    assert b.impact_ratio == 0.5 and b.adverse_impact
    assert b.expected == pytest.approx(80 * 70 / 180)
    assert b.shortfall == pytest.approx(80 * 70 / 180 - 20)  # 11.11 fewer than expected
    assert a.shortfall == pytest.approx(-(80 * 70 / 180 - 20))
    assert b.fisher_p == pytest.approx(hypergeom_two_sided(20, 80, 50, 100))
    assert b.fisher_p is not None and b.fisher_p < 0.001


def test_exactly_four_fifths_is_not_flagged() -> None:
    funnel = Funnel(("applied", "hired"), {"A": (20, 10), "B": (20, 8), "C": (20, 7)})
    step = analyse_transition(funnel, "applied", "hired")
    assert step.group("B").impact_ratio == pytest.approx(0.8)
    assert not step.group("B").adverse_impact
    assert step.group("C").adverse_impact


def test_zero_denominators_do_not_crash() -> None:
    funnel = Funnel(("applied", "invited", "hired"), {"A": (10, 0, 0), "B": (0, 0, 0)})
    first, second = analyse_funnel(funnel)
    b = first.group("B")
    assert (b.rate, b.impact_ratio, b.fisher_p, b.expected, b.shortfall) == (None,) * 5
    assert not b.adverse_impact
    # Nobody selected at all: rate 0, no best group to compare with.
    a = first.group("A")
    assert a.rate == 0.0 and a.impact_ratio is None and not a.adverse_impact
    assert first.reference_group == "A"
    # Second step: nobody at "invited" in any group.
    assert second.overall_rate is None and second.reference_group is None
    assert all(g.rate is None and g.shortfall is None for g in second.groups)


def test_single_group_has_no_fisher_test() -> None:
    step = analyse_transition(Funnel(("a", "b"), {"only": (10, 4)}), "a", "b")
    assert step.group("only").fisher_p is None
    assert step.group("only").impact_ratio == 1.0


def test_invalid_funnels_are_refused() -> None:
    with pytest.raises(ValueError):
        Funnel(("a", "b"), {"g": (3, 4)})
    with pytest.raises(ValueError):
        Funnel(("a", "b"), {"g": (3, -1)})
    with pytest.raises(ValueError):
        Funnel(("a",), {"g": (3,)})
    with pytest.raises(ValueError):
        analyse_transition(Funnel(("a", "b"), {"g": (3, 1)}), "b", "a")


def test_helpers() -> None:
    assert impact_ratio(1, 3, 2, 3) == pytest.approx(0.5)
    assert impact_ratio(1, 3, 0, 3) is None
    assert shortfall(2, 10, 0.5) == 3
    assert shortfall(2, 10, None) is None


funnels = st.dictionaries(
    st.sampled_from(["nl", "eu", "non_eu", "unknown"]),
    st.tuples(st.integers(0, 60), st.integers(0, 60), st.integers(0, 60)).map(
        lambda t: tuple(sorted(t, reverse=True))
    ),
    min_size=1,
)


@settings(max_examples=200, deadline=None)
@given(funnels)
def test_properties(counts: dict[str, tuple[int, ...]]) -> None:
    funnel = Funnel(("applied", "interviewed", "hired"), counts)
    for step in analyse_funnel(funnel):
        ratios = [g.impact_ratio for g in step.groups if g.impact_ratio is not None]
        assert all(0.0 <= r <= 1.0 + 1e-12 for r in ratios)
        if ratios:
            assert max(ratios) == pytest.approx(1.0)
            assert step.group(step.reference_group or "").impact_ratio == 1.0
        # Expected selections at the overall rate add up to the actual selections.
        if step.overall_rate is not None:
            assert sum(g.shortfall or 0.0 for g in step.groups) == pytest.approx(0.0, abs=1e-9)
        for g in step.groups:
            if g.fisher_p is not None:
                assert 0.0 <= g.fisher_p <= 1.0
                rest_s, rest_c = step.selected - g.selected, step.considered - g.considered
                expected = hypergeom_two_sided(g.selected, g.considered, rest_s, rest_c)
                assert g.fisher_p == pytest.approx(expected, rel=1e-6)
            assert g.adverse_impact == (g.impact_ratio is not None and g.impact_ratio < 0.8 - 1e-12)
