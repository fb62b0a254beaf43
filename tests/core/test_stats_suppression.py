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

from bewustwerven.core.stats.published import publish_transition
from bewustwerven.core.stats.selection import Funnel, analyse_transition
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
    """Each row and column with its total last (totals line and column included).

    In a funnel (cumulative) table the rows do not add up; only the columns do.
    """
    r, c = t.shape
    rows = [[(i, j) for j in range(c + 1)] for i in range(r + 1)]
    cols = [[(i, j) for i in range(r + 1)] for j in range(c + 1)]
    return cols if t.cumulative else rows + cols


def figure_key(t_index: int, t: Table, pos: tuple[int, int]) -> tuple[Hashable, ...]:
    r, c = t.shape
    i, j = pos
    if t.cumulative and j == 0:
        j = c  # a funnel's first stage is its row total
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
    # People who stopped at a funnel step: never published, at least 0; protected
    # like a hidden cell when there are 1 to N-1 of them.
    stopped: dict[tuple[Hashable, ...], int] = {}
    equations: list[list[tuple[tuple[Hashable, ...], float]]] = []
    for k, t in enumerate(originals):
        for line in lines(t):
            last = len(line) - 1
            equations.append(
                [(figure_key(k, t, p), -1.0 if n == last else 1.0) for n, p in enumerate(line)]
            )
        if t.cumulative:
            for i, counts in enumerate(t.cells):
                for j in range(len(counts) - 1):
                    atom = ("stopped", k, i, j)
                    stopped[atom] = counts[j] - counts[j + 1]
                    equations.append(
                        [(figure_key(k, t, (i, j)), 1.0), (figure_key(k, t, (i, j + 1)), -1.0),
                         (atom, -1.0)]
                    )  # fmt: skip
    protect = dict(hidden)
    protect.update({a: v for a, v in stopped.items() if 0 < v < N})
    if not protect:
        return
    index = {key: n for n, key in enumerate([*hidden, *stopped])}
    rows, rhs = [], []
    for terms in equations:
        row, b = np.zeros(len(index)), 0.0
        for key, coef in terms:
            if key in index:
                row[index[key]] += coef
            else:
                b -= coef * visible[key]
        rows.append(row)
        rhs.append(b)
    a, b_eq = np.array(rows), np.array(rhs)
    eq = LinearConstraint(a, b_eq, b_eq)
    size = len(index)
    floor = np.array([1.0 if key in hidden else 0.0 for key in index])
    for key, true in protect.items():
        v = index[key]
        # (1) Whole-number alternative: hidden figures >= 1 (zeros are always shown).
        found = False
        for lo, hi in ((floor[v], true - 1), (true + 1, np.inf)):
            if hi < lo:
                continue
            lb, ub = floor.copy(), np.full(size, np.inf)
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
    # (a) in a funnel, no visible step difference about 1..n-1 people either
    if t.cumulative:
        for shown_row in s.cells:
            for j in range(len(shown_row) - 1):
                here, after = shown_row[j], shown_row[j + 1]
                assert here is None or after is None or not 0 < here - after < n


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


def test_funnel_step_differences_are_protected() -> None:
    # 12 applied, 9 invited: "3 not invited" must not be readable from the table.
    funnel = Funnel.from_nested(
        {"nl": {"applied": 40, "invited": 30, "interviewed": 20, "hired": 10},
         "non_eu": {"applied": 12, "invited": 9, "interviewed": 9, "hired": 0}},
    ).to_table(name="funnel")  # fmt: skip
    s = suppress(funnel)
    assert_basic_properties(funnel, s, N)
    assert_no_hidden_figure_is_determined([funnel], [s])
    assert s.row_totals == tuple(row[0] for row in s.cells)  # first stage = row total
    assert s.cells[1][3] == 0  # nobody from this group hired: shown


def test_checker_catches_a_visible_small_funnel_step() -> None:
    funnel = Table("group", "stage", ("a", "b"), ("applied", "invited"),
                   ((12, 9), (30, 20)), cumulative=True)  # fmt: skip
    everything = SuppressedTable(
        "group", "stage", funnel.row_labels, funnel.col_labels,
        cells=((12, 9), (30, 20)), row_totals=(12, 30), col_totals=(42, 29), grand_total=42,
        threshold=N, reasons={}, cumulative=True,
    )  # fmt: skip
    with pytest.raises(AssertionError):
        assert_basic_properties(funnel, everything, N)
    only_nine = SuppressedTable(
        "group", "stage", funnel.row_labels, funnel.col_labels,
        cells=((12, None), (30, 20)), row_totals=(12, 30), col_totals=(42, 29),
        grand_total=42, threshold=N, reasons={(0, 1): Hidden.PRIMARY},
        cumulative=True,
    )  # fmt: skip
    with pytest.raises(AssertionError, match="can be worked out"):
        assert_no_hidden_figure_is_determined([funnel], [only_nine])


def test_published_selection_figures_hide_what_rests_on_hidden_counts() -> None:
    funnel = Funnel(
        ("applied", "invited", "hired"),
        {"nl": (60, 30, 10), "eu": (25, 12, 5), "non_eu": (30, 8, 3)},
    )
    suppressed = suppress(funnel.to_table())
    step = analyse_transition(funnel, "invited", "hired")
    published = publish_transition(step, suppressed)
    for g, p in zip(step.groups, published.groups, strict=True):
        row = suppressed.row_labels.index(g.group)
        con, sel = suppressed.cells[row][1], suppressed.cells[row][2]
        assert (p.considered, p.selected) == (con, sel)
        if con is None or sel is None:
            assert (p.rate, p.impact_ratio, p.adverse_impact, p.fisher_p, p.shortfall) == (
                (None,) * 5
            )
        else:
            assert p.rate == g.rate
    # non_eu hired 3: hidden, so no rate, ratio or p-value for that group at this step.
    non_eu = next(p for p in published.groups if p.group == "non_eu")
    assert non_eu.selected is None and non_eu.rate is None and non_eu.fisher_p is None
    first = publish_transition(analyse_transition(funnel, "applied", "invited"), suppressed)
    nl = next(p for p in first.groups if p.group == "nl")
    assert nl.rate == 0.5 or nl.rate is None


@st.composite
def funnel_and_units(draw: st.DrawFn) -> tuple[Table, Table]:
    groups = draw(st.integers(1, 3))
    rows = []
    for _ in range(groups):
        applied = draw(st.integers(0, 40))
        invited = draw(st.integers(0, applied))
        hired = draw(st.integers(0, invited))
        rows.append((applied, invited, hired))
    labels = tuple(f"g{i}" for i in range(groups))
    funnel = Table("group", "stage", labels, ("applied", "invited", "hired"), tuple(rows),
                   "funnel", cumulative=True)  # fmt: skip
    split = []
    for applied, _, _ in rows:
        x = draw(st.integers(0, applied))
        split.append((x, applied - x))
    units = Table("group", "unit", labels, ("A", "B"), tuple(split), "units")
    return funnel, units


@settings(max_examples=80, deadline=None)
@given(funnel_and_units())
def test_funnel_and_unit_tables_linked(pair: tuple[Table, Table]) -> None:
    funnel, units = pair
    a, b = suppress_linked([funnel, units])
    assert_basic_properties(funnel, a, N)
    assert_basic_properties(units, b, N)
    assert a.row_totals == b.row_totals and a.grand_total == b.grand_total
    assert_no_hidden_figure_is_determined([funnel, units], [a, b])
