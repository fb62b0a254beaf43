"""Policy SUPPRESS: no figure about fewer than N people, and no way to work one out.

Rules (documented for report authors):

1. Primary suppression. Every figure (cell, row or column total, grand total) about
   1 to N-1 people is hidden.
2. Zeros are shown. A zero describes nobody, and hiding the zeros of an audit report
   would also hide its most important finding ("nobody from this group was hired").
   Known trade-off: a zero next to a visible total can say something about a whole
   group of N or more people ("none of the 7 were hired"); that is a fact about a
   group, not about fewer than N people, and it is exactly what the audit must show.
   Because zeros are always shown, a reader knows every hidden figure is at least 1;
   the checks below assume the reader knows that.
3. Complementary suppression. Tables come with totals, so a single hidden figure in
   a row could be worked out by subtraction. More figures are hidden until no hidden
   figure can be worked out from everything visible: not by subtraction in one row or
   column, and not by combining all rows, columns and totals of all linked tables (a
   linear programme gives, for every hidden figure, the smallest and largest value
   consistent with the visible ones and with "at least 1"; it must leave at least two
   whole numbers possible). Complements are chosen among visible cells before
   totals, smallest first, so little information is lost.
4. Funnels. In a cumulative table (``Table.cumulative``: applied ≥ invited ≥ hired)
   the people who stopped at a step are a figure too ("12 applied, 9 invited" says 3
   were not invited), so a step difference of 1 to N-1 people is protected like a
   hidden cell: it must not follow from the visible figures.
5. Linked tables. Tables in one report that share a margin (rows or columns with the
   same dimension name, such as "group") describe the same people; the shared totals
   are the same figure and are hidden or shown together, and the check in 3 runs over
   all linked tables at once. A funnel's first column is its row total.

A hidden figure must be printed with one mark whatever the reason (see
``SuppressedTable``).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence

import numpy as np

from bewustwerven.core.stats.tables import (
    SUPPRESS_DEFAULT,
    Hidden,
    Position,
    SuppressedTable,
    Table,
)

Key = tuple[Hashable, ...]
_EPS = 1e-6


class _Model:
    """All figures of a set of linked tables as variables, with their sum equations.

    Cumulative (funnel) tables also get one unpublished variable per row and step: the
    people who stopped there (``atom``, at least 0). A small atom is protected like a
    small figure: "12 applied, 9 invited" would tell that 3 were not invited.
    """

    def __init__(self, tables: Sequence[Table], n: int) -> None:
        self.value: dict[Key, int] = {}
        self.rank: dict[Key, tuple[int, int]] = {}  # (kind, first-seen order) for choices
        self.atoms: dict[Key, int] = {}
        self.places: list[dict[Position, Key]] = []
        eqs: dict[frozenset[tuple[Key, int]], list[tuple[Key, int]]] = {}
        for t_index, t in enumerate(tables):
            n_rows, n_cols = t.shape
            place: dict[Position, Key] = {}
            for i in range(n_rows + 1):
                for j in range(n_cols + 1):
                    key, kind = self._key(t_index, t, i, j)
                    place[(i, j)] = key
                    self._add(key, t.value((i, j)), kind, t)
            self.places.append(place)
            lines = [[(i, j) for i in range(n_rows + 1)] for j in range(n_cols + 1)]
            if not t.cumulative:
                lines += [[(i, j) for j in range(n_cols + 1)] for i in range(n_rows + 1)]
            for line in lines:
                terms = [(place[p], 1) for p in line[:-1]] + [(place[line[-1]], -1)]
                eqs.setdefault(frozenset(terms), terms)
            if t.cumulative:
                for i in range(n_rows):
                    for j in range(n_cols - 1):
                        atom: Key = ("atom", t_index, i, j)
                        self.atoms[atom] = t.cells[i][j] - t.cells[i][j + 1]
                        terms = [(place[(i, j)], 1), (place[(i, j + 1)], -1), (atom, -1)]
                        eqs.setdefault(frozenset(terms), terms)
        self.equations = list(eqs.values())
        self.sensitive = {k for k, v in self.atoms.items() if 0 < v < n}
        self.containing: dict[Key, list[int]] = {k: [] for k in [*self.value, *self.atoms]}
        for e_index, eq in enumerate(self.equations):
            for k, _ in eq:
                self.containing[k].append(e_index)

    @staticmethod
    def _key(t_index: int, t: Table, i: int, j: int) -> tuple[Key, int]:
        n_rows, n_cols = t.shape
        if t.cumulative and j == 0:
            j = n_cols  # the first stage is the row total (everyone in the row)
        if i == n_rows and j == n_cols:
            return ("grand",), 2
        if j == n_cols:
            return ("margin", t.row_dim, t.row_labels[i]), 1
        if i == n_rows:
            return ("margin", t.col_dim, t.col_labels[j]), 1
        return ("cell", t_index, i, j), 0

    def _add(self, key: Key, value: int, kind: int, t: Table) -> None:
        if key in self.value:
            if self.value[key] != value:
                raise ValueError(
                    f"table {t.name!r}: {key[1:] if len(key) > 1 else 'grand total'} is "
                    f"{value} here but {self.value[key]} in a linked table"
                )
            return
        self.value[key] = value
        self.rank[key] = (kind, len(self.rank))

    def unknown(self, key: Key, hidden: dict[Key, Hidden]) -> bool:
        return key in hidden or key in self.atoms


def _complement_cost(model: _Model, hidden: dict[Key, Hidden], key: Key) -> tuple[int, ...]:
    kind, order = model.rank[key]
    # A candidate whose other lines already hold unknowns closes a cycle of hidden
    # figures, which is what protects them (the classic rectangle).
    touching = sum(
        1
        for e in model.containing[key]
        if any(model.unknown(k, hidden) for k, _ in model.equations[e])
    )
    return (kind, -touching, model.value[key], order)


def _hide_one(model: _Model, hidden: dict[Key, Hidden], candidates: set[Key]) -> bool:
    usable = [k for k in candidates if k in model.value and k not in hidden and model.value[k] > 0]
    if not usable:
        return False
    choice = min(usable, key=lambda k: _complement_cost(model, hidden, k))
    hidden[choice] = Hidden.COMPLEMENTARY
    return True


def _fix_lone_hidden(model: _Model, hidden: dict[Key, Hidden]) -> None:
    """Make sure no equation has exactly one unknown that must stay unknown."""
    changed = True
    while changed:
        changed = False
        for eq in model.equations:
            unknown = [k for k, _ in eq if model.unknown(k, hidden)]
            if len(unknown) == 1 and (unknown[0] in hidden or unknown[0] in model.sensitive):
                changed |= _hide_one(model, hidden, {k for k, _ in eq})


def _exposed(model: _Model, hidden: dict[Key, Hidden]) -> list[Key]:
    """Protected unknowns whose value follows from the visible figures (LP over everything).

    Hidden figures are at least 1 (zeros are always shown), atoms at least 0. An unknown
    is safe when at least two whole numbers remain possible for it.
    """
    keys = sorted(hidden, key=lambda k: model.rank[k][1]) + sorted(model.atoms, key=str)
    index = {k: n for n, k in enumerate(keys)}
    bounds = [(1, None) if k in hidden else (0, None) for k in keys]
    rows, rhs = [], []
    for eq in model.equations:
        if not any(k in index for k, _ in eq):
            continue
        row = np.zeros(len(keys))
        b = 0.0
        for k, coef in eq:
            if k in index:
                row[index[k]] += coef
            else:
                b -= coef * model.value[k]
        rows.append(row)
        rhs.append(b)
    from scipy.optimize import linprog  # here: a slow import, needed for reports only

    a_eq, b_eq = np.array(rows), np.array(rhs)
    out = []
    for k in [*sorted(hidden, key=lambda k: model.rank[k][1]), *sorted(model.sensitive, key=str)]:
        true = model.value[k] if k in model.value else model.atoms[k]
        c = np.zeros(len(keys))
        c[index[k]] = -1.0
        res = linprog(c, A_eq=a_eq, b_eq=b_eq, bounds=bounds, method="highs")
        if res.status == 3 or (res.status == 0 and math.floor(-res.fun + _EPS) >= true + 1):
            continue
        c[index[k]] = 1.0
        res_min = linprog(c, A_eq=a_eq, b_eq=b_eq, bounds=bounds, method="highs")
        if res.status != 0 or res_min.status != 0:
            raise RuntimeError(f"suppression check failed: {res.message} / {res_min.message}")
        if math.ceil(res_min.fun - _EPS) <= true - 1:
            continue
        out.append(k)
    return out


def _suppress_model(model: _Model, n: int) -> dict[Key, Hidden]:
    hidden = {k: Hidden.PRIMARY for k, v in model.value.items() if 0 < v < n}
    while True:
        _fix_lone_hidden(model, hidden)
        if not hidden and not model.sensitive:
            return hidden
        exposed = _exposed(model, hidden)
        if not exposed:
            return hidden
        for k in exposed:
            near = {m for e in model.containing[k] for m, _ in model.equations[e]}
            if _hide_one(model, hidden, near):
                break
        else:
            # Nothing visible next to it: hide the cheapest visible figure in any
            # equation that holds a hidden one. This always ends: once every non-zero
            # figure is hidden, nothing can be worked out any more.
            anywhere = {
                m
                for eq in model.equations
                if any(model.unknown(k, hidden) for k, _ in eq)
                for m, _ in eq
            }
            if not _hide_one(model, hidden, anywhere):
                raise RuntimeError("suppression could not protect a hidden figure")


def _publish(
    t: Table, place: dict[Position, Key], hidden: dict[Key, Hidden], n: int
) -> SuppressedTable:
    n_rows, n_cols = t.shape

    def shown(i: int, j: int) -> int | None:
        return None if place[(i, j)] in hidden else t.value((i, j))

    return SuppressedTable(
        row_dim=t.row_dim,
        col_dim=t.col_dim,
        row_labels=t.row_labels,
        col_labels=t.col_labels,
        cells=tuple(tuple(shown(i, j) for j in range(n_cols)) for i in range(n_rows)),
        row_totals=tuple(shown(i, n_cols) for i in range(n_rows)),
        col_totals=tuple(shown(n_rows, j) for j in range(n_cols)),
        grand_total=shown(n_rows, n_cols),
        threshold=n,
        reasons={p: hidden[k] for p, k in place.items() if k in hidden},
        name=t.name,
        cumulative=t.cumulative,
    )


def suppress_linked(tables: Sequence[Table], n: int = SUPPRESS_DEFAULT) -> list[SuppressedTable]:
    """Hide small figures in several tables of one report that describe the same people.

    In plain words: no published number is about fewer than ``n`` people (zeros are
    shown), and no hidden number can be worked out from the visible numbers of all
    these tables together, for example by subtracting from a total that two tables
    share. Tables share a margin when their rows or columns have the same dimension
    name; shared totals must be equal, and all tables must have the same grand total.
    """
    if n < 1:
        raise ValueError("the threshold must be at least 1")
    if not tables:
        return []
    grand = {t.grand_total for t in tables}
    if len(grand) != 1:
        raise ValueError("linked tables must describe the same people (same grand total)")
    model = _Model(tables, n)
    hidden = _suppress_model(model, n)
    return [_publish(t, model.places[k], hidden, n) for k, t in enumerate(tables)]


def suppress(table: Table, n: int = SUPPRESS_DEFAULT) -> SuppressedTable:
    """Hide small figures in one table (see ``suppress_linked`` and the module notes).

    In plain words: every figure about 1 to ``n``-1 people is hidden, and enough other
    figures are hidden too that no hidden figure can be recomputed from the totals.
    """
    return suppress_linked([table], n)[0]
