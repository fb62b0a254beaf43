"""Policy SUPPRESS: small cells hidden, and no hidden cell can be worked out.

The strongest check (``assert_no_hidden_figure_is_determined``) is independent of the
module's own check: from the published tables alone it builds every sum equation (rows,
columns, totals, shared margins of linked tables), and for each hidden figure asks an
integer programme (scipy ``milp``) for a whole-number table, consistent with every
visible figure and with "hidden figures are at least 1", in which that figure has a
different value. It also asks a linear programme (``linprog``) for the smallest and
largest value the hidden figure can have given only non-negativity, and asserts
min < max.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import Bounds, LinearConstraint, linprog, milp

from bewustwerven.core.stats.suppression import suppress, suppress_linked
from bewustwerven.core.stats.tables import (
    SUPPRESS_DEFAULT,
    Hidden,
    SuppressedTable,
    Table,
    visible_or_none,
)

N = SUPPRESS_DEFAULT


def positions(t: Table | SuppressedTable) -> list[tuple[int, int]]:
    r, c = t.shape
    return [(i, j) for i in range(r + 1) for j in range(c + 1)]


def lines(t: Table | SuppressedTable) -> list[list[tuple[int, int]]]:
    """Each row and column with its total last (totals line and column included)."""
    r, c = t.shape
    rows = [[(i, j) for j in range(c + 1)] for i in range(r + 1)]
    cols = [[(i, j) for i in range(r + 1)] for j in range(c + 1)]
    return rows + cols


def figure_key(t_index: int, t: Table, pos: tuple[int, int]) -> tuple[Hashable, ...]:
    r, c = t.shape
    i, j = pos
    if (i, j) == (r, c):
        return ("grand",)
    if j == c:
        return ("margin", t.row_dim, t.row_labels[i])
    if i == r:
        return ("margin", t.col_dim, t.col_labels[j])
    return ("cell", t_index, i, j)


def assert_no_hidden_figure_is_determined(
    originals: Sequence[Table], published: Sequence[SuppressedTable]
) -> None:
    hidden: dict[tuple[Hashable, ...], int] = {}
    visible: dict[tuple[Hashable, ...], int] = {}
    for k, (t, s) in enumerate(zip(originals, published, strict=True)):
        for p in positions(t):
            key, shown = figure_key(k, t, p), s.value(p)
            if shown is None:
                hidden[key] = t.value(p)
            else:
                assert visible.setdefault(key, shown) == shown
    assert not set(hidden) & set(visible), "a shared figure is shown in one table only"
    if not hidden:
        return
    index = {key: n for n, key in enumerate(hidden)}
    rows, rhs = [], []
    for k, t in enumerate(originals):
        for line in lines(t):
            row, b = np.zeros(len(index)), 0.0
            for n, p in enumerate(line):
                coef = -1.0 if n == len(line) - 1 else 1.0
                key = figure_key(k, t, p)
                if key in index:
                    row[index[key]] += coef
                else:
                    b -= coef * visible[key]
            rows.append(row)
            rhs.append(b)
    a, b_eq = np.array(rows), np.array(rhs)
    eq = LinearConstraint(a, b_eq, b_eq)
    size = len(index)
    for key, true in hidden.items():
        v = index[key]
        # (1) Whole-number alternative, hidden figures >= 1 (zeros are always shown).
        found = False
        for lo, hi in ((1, true - 1), (true + 1, np.inf)):
            if hi < lo:
                continue
            lb, ub = np.ones(size), np.full(size, np.inf)
            lb[v], ub[v] = lo, hi
            res = milp(np.zeros(size), constraints=[eq], integrality=np.ones(size),
                       bounds=Bounds(lb, ub))  # fmt: skip
            if res.status == 0:
                alt = np.round(res.x).astype(int)
                assert np.allclose(a @ alt, b_eq) and alt[v] != true
                found = True
                break
        assert found, f"hidden figure {key} (value {true}) can be worked out"
        # (2) LP interval with only non-negativity: min < max.
        c = np.zeros(size)
        c[v] = 1.0
        low = linprog(c, A_eq=a, b_eq=b_eq, bounds=(0, None), method="highs")
        high = linprog(-c, A_eq=a, b_eq=b_eq, bounds=(0, None), method="highs")
        assert low.status == 0
        assert high.status == 3 or -high.fun > low.fun + 0.5


def assert_basic_properties(t: Table, s: SuppressedTable, n: int) -> None:
    for p in positions(t):
        shown = s.value(p)
        # (a) no visible figure about 1..n-1 people; (c) visible = input
        assert shown is None or not 0 < shown < n
        assert shown is None or shown == t.value(p)
        # every hidden figure has a reason, and only hidden ones
        assert (shown is None) == (p in s.reasons)
        if 0 < t.value(p) < n:
            assert s.reasons[p] is Hidden.PRIMARY
        if t.value(p) == 0:
            assert shown == 0  # zeros are shown
    # (b) no row or column has exactly one hidden figure (totals count as members)
    for line in lines(t):
        assert sum(1 for p in line if s.value(p) is None) != 1


def table(cells: list[list[int]], name: str = "t") -> Table:
    rows = tuple(f"r{i}" for i in range(len(cells)))
    cols = tuple(f"c{j}" for j in range(len(cells[0])))
    return Table("group", "outcome", rows, cols, tuple(map(tuple, cells)), name)


def test_rectangle() -> None:
    t = table([[20, 3], [10, 12]])
    s = suppress(t)
    assert s.cells == ((None, None), (None, None))
    assert (s.row_totals, s.col_totals, s.grand_total) == ((23, 22), (30, 15), 45)
    assert s.reasons[(0, 1)] is Hidden.PRIMARY
    assert s.reasons[(1, 1)] is Hidden.COMPLEMENTARY
    assert_no_hidden_figure_is_determined([t], [s])


def test_pair_of_ones_next_to_a_visible_total() -> None:
    # Two hidden 1s in a row with total 12: a + b = 2 and both >= 1 pins them to 1.
    # The module must hide more than the simple "two per row" rule asks.
    t = table([[1, 1, 10], [6, 7, 8]])
    s = suppress(t)
    assert_basic_properties(t, s, N)
    assert_no_hidden_figure_is_determined([t], [s])


def test_small_totals_hidden_zeros_shown() -> None:
    t = table([[3, 0], [0, 0]])
    s = suppress(t)
    assert s.cells == ((None, 0), (0, 0))
    assert (s.row_totals, s.col_totals, s.grand_total) == ((None, 0), (None, 0), None)


def test_large_table_untouched_and_threshold_one() -> None:
    t = table([[5, 9], [12, 0]])
    assert suppress(t).reasons == {}
    small = table([[1, 2], [3, 4]])
    assert suppress(small, 1).cells == small.cells
    with pytest.raises(ValueError):
        suppress(small, 0)


def test_derived_rates_are_hidden_with_their_counts() -> None:
    s = suppress(table([[20, 3], [10, 12]]))
    assert s.row_share(0, 1) is None
    shown = suppress(table([[20, 10], [10, 12]]))
    assert shown.row_share(0, 1) == pytest.approx(10 / 30)
    assert shown.col_share(1, 0) == pytest.approx(10 / 30)
    assert visible_or_none(0.5, 3, None) is None
    assert visible_or_none(0.5, 3, 7) == 0.5


def test_checker_catches_primary_only_suppression() -> None:
    # The checker must be able to fail: hiding only the small cell leaks it.
    t = table([[20, 3], [10, 12]])
    naive = SuppressedTable(
        "group", "outcome", t.row_labels, t.col_labels,
        cells=((20, None), (10, 12)), row_totals=(23, 22), col_totals=(30, 15),
        grand_total=45, threshold=N, reasons={(0, 1): Hidden.PRIMARY},
    )  # fmt: skip
    with pytest.raises(AssertionError, match="can be worked out"):
        assert_no_hidden_figure_is_determined([t], [naive])
    # And the pinned pair (1 + 1 = 2 with both >= 1) is caught as well.
    t2 = table([[1, 1, 10], [6, 7, 8]])
    pinned = SuppressedTable(
        "group", "outcome", t2.row_labels, t2.col_labels,
        cells=((None, None, 10), (None, None, 8)), row_totals=(12, 21),
        col_totals=(7, 8, 18), grand_total=33, threshold=N, reasons={},
    )  # fmt: skip
    with pytest.raises(AssertionError, match="can be worked out"):
        assert_no_hidden_figure_is_determined([t2], [pinned])


def test_linked_tables_share_margins() -> None:
    funnel = Table.from_mapping(
        {"nl": {"stopped": 20, "interview": 8, "hired": 3},
         "eu": {"stopped": 6, "interview": 2, "hired": 1},
         "non_eu": {"stopped": 15, "interview": 4, "hired": 0}},
        "group", "outcome", name="funnel",
    )  # fmt: skip
    units = Table.from_mapping(
        {"nl": {"A": 20, "B": 11}, "eu": {"A": 4, "B": 5}, "non_eu": {"A": 10, "B": 9}},
        "group", "unit", name="units",
    )  # fmt: skip
    a, b = suppress_linked([funnel, units])
    assert a.row_totals == b.row_totals
    assert a.grand_total == b.grand_total == 59
    assert b.cells[1][1] is None  # 5 is not small but protects the 4 next to it
    assert_basic_properties(funnel, a, N)
    assert_basic_properties(units, b, N)
    assert_no_hidden_figure_is_determined([funnel, units], [a, b])


def test_linked_tables_must_agree() -> None:
    one = table([[10, 10]])
    other = Table("group", "unit", ("r0",), ("x", "y"), ((15, 6),))
    with pytest.raises(ValueError):
        suppress_linked([one, other])
    assert suppress_linked([]) == []


cell_values = st.one_of(st.just(0), st.integers(1, N - 1), st.integers(N, 40))


@st.composite
def tables(draw: st.DrawFn, max_rows: int = 4, max_cols: int = 4) -> Table:
    r = draw(st.integers(1, max_rows))
    c = draw(st.integers(1, max_cols))
    cells = draw(st.lists(st.lists(cell_values, min_size=c, max_size=c), min_size=r, max_size=r))
    return table(cells)


@st.composite
def linked_pairs(draw: st.DrawFn) -> tuple[Table, Table]:
    first = draw(tables())
    n_units = draw(st.integers(1, 3))
    rows = []
    for total in first.row_totals:
        cuts = sorted(draw(st.lists(st.integers(0, total), min_size=n_units - 1,
                                    max_size=n_units - 1)))  # fmt: skip
        bounds = [0, *cuts, total]
        rows.append(tuple(bounds[k + 1] - bounds[k] for k in range(n_units)))
    units = tuple(f"u{k}" for k in range(n_units))
    second = Table("group", "unit", first.row_labels, units, tuple(rows), "units")
    return first, second


@settings(max_examples=150, deadline=None)
@given(tables(), st.integers(2, 6))
def test_single_table_properties(t: Table, n: int) -> None:
    s = suppress(t, n)
    assert_basic_properties(t, s, n)


@settings(max_examples=80, deadline=None)
@given(tables(max_rows=3, max_cols=4))
def test_single_table_hidden_cells_cannot_be_determined(t: Table) -> None:
    assert_no_hidden_figure_is_determined([t], [suppress(t)])


@settings(max_examples=60, deadline=None)
@given(linked_pairs())
def test_linked_tables_hidden_cells_cannot_be_determined(pair: tuple[Table, Table]) -> None:
    first, second = pair
    a, b = suppress_linked([first, second])
    assert_basic_properties(first, a, N)
    assert_basic_properties(second, b, N)
    # (d) the shared margin (groups) and the grand total are shown or hidden alike
    assert a.row_totals == b.row_totals and a.grand_total == b.grand_total
    assert_no_hidden_figure_is_determined([first, second], [a, b])
