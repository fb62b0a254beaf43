"""Krippendorff's alpha against his own published worked examples, and rater leniency.

Reference values: K. Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011):
example A (binary, two observers) alpha = 0.095; example C (four observers, twelve
units, missing values) nominal 0.743, ordinal 0.815, interval 0.849, ratio 0.797. The
three-coder example of the Wikipedia article (also in the krippendorff package tests):
nominal 0.691358, interval 0.810845.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bewustwerven.core.stats.reliability import (
    ALPHA_FLAG,
    NoAlphaReason,
    Rating,
    krippendorff_alpha,
    rater_leniency,
    ratings_from_matrix,
)

N = None
EXAMPLE_C = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
]
EXAMPLE_A = [[0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]]
WIKIPEDIA = [
    [N, N, N, N, N, 3, 4, 1, 2, 1, 1, 3, 3, N, 3],
    [1, N, 2, 1, 3, 3, 4, 3, N, N, N, N, N, N, N],
    [N, N, 2, 1, 3, 4, 4, N, 2, 1, 1, 3, 3, N, 4],
]


@pytest.mark.parametrize(
    ("level", "expected"),
    [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797)],
)
def test_krippendorff_example_c(level: str, expected: float) -> None:
    result = krippendorff_alpha(ratings_from_matrix(EXAMPLE_C), level=level)  # type: ignore[arg-type]
    assert result.alpha is not None
    assert round(result.alpha, 3) == expected
    assert result.raters == 4
    assert result.pairable_units == 11  # unit 12 has one value and does not count
    assert result.pairable_values == 40
    assert not result.flagged


def test_krippendorff_example_a_binary() -> None:
    result = krippendorff_alpha(ratings_from_matrix(EXAMPLE_A), level="nominal")
    assert result.alpha is not None and round(result.alpha, 3) == 0.095
    assert result.flagged


def test_wikipedia_example() -> None:
    ratings = ratings_from_matrix(WIKIPEDIA)
    nominal = krippendorff_alpha(ratings, level="nominal").alpha
    interval = krippendorff_alpha(ratings, level="interval").alpha
    assert nominal is not None and round(nominal, 6) == 0.691358
    assert interval is not None and round(interval, 6) == 0.810845


def test_default_level_is_ordinal_and_tuples_are_accepted() -> None:
    tuples = [(r.rater, r.unit, r.value) for r in ratings_from_matrix(EXAMPLE_C)]
    result = krippendorff_alpha(tuples)
    assert result.level == "ordinal"
    assert result.alpha is not None and round(result.alpha, 3) == 0.815


def test_flag_threshold() -> None:
    assert ALPHA_FLAG == 0.667
    # Raters who disagree a lot: alpha well below the threshold.
    poor = ratings_from_matrix([[1, 2, 3, 4, 5], [3, 5, 1, 2, 4], [5, 1, 4, 3, 2]])
    result = krippendorff_alpha(poor)
    assert result.alpha is not None and result.alpha < ALPHA_FLAG and result.flagged


def test_no_unit_with_two_raters_gives_none() -> None:
    result = krippendorff_alpha([Rating("a", "u1", 1), Rating("b", "u2", 3)])
    assert result.alpha is None and result.reason is NoAlphaReason.NO_PAIRABLE_UNITS
    assert not result.flagged
    assert krippendorff_alpha([]).reason is NoAlphaReason.NO_PAIRABLE_UNITS


def test_no_variation_gives_none_without_warning() -> None:
    same = ratings_from_matrix([[3, 3, 3], [3, 3, 3]])
    assert krippendorff_alpha(same).reason is NoAlphaReason.NO_VARIATION
    # Variation only in a unit with a single rating: the library would divide 0 by 0
    # (RuntimeWarning, which fails this test suite); we return None instead.
    lone = [*same, Rating("a", "u9", 5)]
    result = krippendorff_alpha(lone)
    assert result.alpha is None and result.reason is NoAlphaReason.NO_VARIATION


def test_lone_ratings_do_not_change_alpha() -> None:
    base = ratings_from_matrix(EXAMPLE_C)
    extra = [*base, Rating("r9", "u99", 7.0)]
    assert krippendorff_alpha(extra).alpha == pytest.approx(krippendorff_alpha(base).alpha)
    assert krippendorff_alpha(extra).raters == 5


def test_duplicate_or_invalid_ratings_are_refused() -> None:
    with pytest.raises(ValueError):
        krippendorff_alpha([Rating("a", "u", 1), Rating("a", "u", 2)])
    with pytest.raises(ValueError):
        krippendorff_alpha([Rating("a", "u", float("nan"))])


def test_leniency_worked_example() -> None:
    ratings = [
        Rating("A", "u1", 4), Rating("B", "u1", 3), Rating("C", "u1", 2),
        Rating("A", "u2", 5), Rating("B", "u2", 3), Rating("C", "u2", 4),
        Rating("D", "u3", 1),  # nobody else rated u3
    ]  # fmt: skip
    by = {r.rater: r for r in rater_leniency(ratings)}
    assert by["A"].mean_difference == pytest.approx(1.5)  # (4-2.5 + 5-3.5) / 2
    assert by["B"].mean_difference == pytest.approx(-0.75)  # (3-3 + 3-4.5) / 2
    assert by["C"].mean_difference == pytest.approx(-0.75)  # (2-3.5 + 4-4) / 2
    assert by["A"].shared_units == 2
    assert by["D"].mean_difference is None and by["D"].shared_units == 0
    assert [r.rater for r in rater_leniency(ratings)] == ["A", "B", "C", "D"]


matrices = st.integers(2, 5).flatmap(
    lambda m: st.lists(
        st.lists(st.one_of(st.none(), st.integers(1, 5)), min_size=m, max_size=m),
        min_size=1,
        max_size=12,
    )
)


@settings(max_examples=150, deadline=None)
@given(matrices, st.randoms(use_true_random=False))
def test_alpha_properties(units: list[list[int | None]], rnd: random.Random) -> None:
    raters = len(units[0])
    matrix = [[u[k] for u in units] for k in range(raters)]
    ratings = ratings_from_matrix(matrix)
    result = krippendorff_alpha(ratings)
    shuffled = list(ratings)
    rnd.shuffle(shuffled)
    renamed = [Rating("x" + r.rater, "y" + r.unit, r.value) for r in shuffled]
    again = krippendorff_alpha(renamed)
    # Order and names of raters and units do not matter.
    assert (result.alpha is None) == (again.alpha is None)
    if result.alpha is not None and again.alpha is not None:
        assert again.alpha == pytest.approx(result.alpha)
        assert result.alpha <= 1.0 + 1e-12
        assert result.flagged == (result.alpha < ALPHA_FLAG)
    # Leniency differences cancel out within every unit.
    total = sum((r.mean_difference or 0.0) * r.shared_units for r in rater_leniency(ratings))
    assert total == pytest.approx(0.0, abs=1e-9)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(1, 5), min_size=2, max_size=10), st.integers(2, 4))
def test_perfect_agreement_is_one_and_shift_shows_as_leniency(
    truth: list[int], raters: int
) -> None:
    matrix = [list(map(float, truth)) for _ in range(raters)]
    result = krippendorff_alpha(ratings_from_matrix(matrix))
    if len(set(truth)) < 2:
        assert result.alpha is None
    else:
        assert result.alpha == pytest.approx(1.0)
    # One rater who always gives one point more is lenient by exactly 1.
    matrix[0] = [v + 1 for v in matrix[0]]
    lenient = {r.rater: r.mean_difference for r in rater_leniency(ratings_from_matrix(matrix))}
    assert lenient["r1"] == pytest.approx(1.0)
    assert lenient["r2"] == pytest.approx(-1.0 / (raters - 1))
