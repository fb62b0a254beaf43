"""Alpha from SQL coincidence sums equals core.stats.krippendorff_alpha (ordinal)."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bewustwerven.core.stats import krippendorff_alpha, ratings_from_matrix
from bewustwerven.services.reporting.alpha import alpha_from_coincidences


def coincidences(matrix: list[list[float | None]]) -> dict[tuple[int, int], float]:
    """What the SQL query adds up: sum over units of n_uc (n_uk - [c=k]) / (m_u - 1)."""
    o: dict[tuple[int, int], float] = defaultdict(float)
    for unit in zip(*matrix, strict=True):
        vals = Counter(int(v) for v in unit if v is not None)
        m = sum(vals.values())
        if m < 2:
            continue
        for c, nc in vals.items():
            for k, nk in vals.items():
                o[(c, k)] += nc * (nk - (c == k)) / (m - 1)
    return dict(o)


def test_krippendorff_ordinal_example() -> None:
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability", the 4-coder example.
    m = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
        [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
    ]
    core = krippendorff_alpha(ratings_from_matrix(m)).alpha
    assert core is not None
    assert alpha_from_coincidences(coincidences(m)) == pytest.approx(core, abs=1e-9)
    assert alpha_from_coincidences(coincidences(m)) == pytest.approx(0.815, abs=1e-3)


@settings(max_examples=150, deadline=None)
@given(
    st.integers(2, 5).flatmap(
        lambda raters: st.lists(
            st.lists(st.one_of(st.none(), st.integers(1, 5)), min_size=raters, max_size=raters),
            min_size=1,
            max_size=12,
        )
    )
)
def test_matches_core_on_random_ratings(units: list[list[int | None]]) -> None:
    matrix = [list(col) for col in zip(*units, strict=True)]
    core = krippendorff_alpha(ratings_from_matrix(matrix)).alpha
    ours = alpha_from_coincidences(coincidences(matrix))
    if core is None:
        assert ours is None
    else:
        assert ours == pytest.approx(core, abs=1e-9)
