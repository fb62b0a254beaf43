"""Count tables with totals, and their privacy-safe (suppressed) version.

A ``Table`` holds counts of people in categories that do not overlap: every person is
in exactly one cell, so a row total is the sum of its cells, a column total the sum of
its column, and the grand total the sum of everything. Report builders must shape
their tables like that (for a funnel: "stopped at screening", "stopped after the
interview", "hired", not "applied" next to "invited").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import pairwise
from typing import TypeVar

from bewustwerven.core.stats.rates import safe_rate

#: Policy SUPPRESS: no figure about fewer than this many people.
SUPPRESS_DEFAULT = 5

#: A position in the table with its totals: (row, col). ``row == len(row_labels)`` is
#: the column-totals line; ``col == len(col_labels)`` is the row-totals column; both
#: at once is the grand total.
Position = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Table:
    """Counts of people: rows × columns, every person in exactly one cell.

    ``row_dim`` and ``col_dim`` name what the rows and columns are ("group", "unit",
    "outcome"). Two tables in one report whose rows or columns have the same dimension
    name and labels share that margin: their totals describe the same people.

    ``cumulative=True`` is for a funnel: the columns are stages in order and every
    person counted in a column is also counted in all earlier columns (applied ≥
    invited ≥ hired). Then the row total is the first column (everyone in the row),
    not the sum of the row, and the column totals are people per stage.
    """

    row_dim: str
    col_dim: str
    row_labels: tuple[str, ...]
    col_labels: tuple[str, ...]
    cells: tuple[tuple[int, ...], ...]
    name: str = ""
    cumulative: bool = False

    def __post_init__(self) -> None:
        if self.row_dim == self.col_dim:
            raise ValueError("rows and columns must be different dimensions")
        if not self.row_labels or not self.col_labels:
            raise ValueError("a table needs at least one row and one column")
        if len(set(self.row_labels)) != len(self.row_labels):
            raise ValueError("row labels must be unique")
        if len(set(self.col_labels)) != len(self.col_labels):
            raise ValueError("column labels must be unique")
        if len(self.cells) != len(self.row_labels):
            raise ValueError("one row of cells per row label")
        for row in self.cells:
            if len(row) != len(self.col_labels):
                raise ValueError("one cell per column label in every row")
            if any(c < 0 for c in row):
                raise ValueError("counts cannot be negative")
            if self.cumulative and any(b > a for a, b in pairwise(row)):
                raise ValueError("in a funnel a later stage cannot hold more people")

    @classmethod
    def from_mapping(
        cls,
        counts: Mapping[str, Mapping[str, int]],
        row_dim: str,
        col_dim: str,
        row_labels: Sequence[str] | None = None,
        col_labels: Sequence[str] | None = None,
        name: str = "",
        cumulative: bool = False,
    ) -> Table:
        """Build from ``{row: {col: count}}``; a missing cell counts as 0."""
        rows = tuple(row_labels) if row_labels is not None else tuple(counts)
        if col_labels is None:
            seen: dict[str, None] = {}
            for r in rows:
                seen.update(dict.fromkeys(counts.get(r, {})))
            col_labels = tuple(seen)
        cols = tuple(col_labels)
        cells = tuple(tuple(int(counts.get(r, {}).get(c, 0)) for c in cols) for r in rows)
        return cls(row_dim, col_dim, rows, cols, cells, name, cumulative)

    @property
    def shape(self) -> tuple[int, int]:
        """(number of rows, number of columns), totals not counted."""
        return len(self.row_labels), len(self.col_labels)

    @property
    def row_totals(self) -> tuple[int, ...]:
        """People per row (for a funnel: the first stage)."""
        if self.cumulative:
            return tuple(row[0] for row in self.cells)
        return tuple(sum(row) for row in self.cells)

    @property
    def col_totals(self) -> tuple[int, ...]:
        """People per column (for a funnel: per stage)."""
        return tuple(sum(col) for col in zip(*self.cells, strict=True))

    @property
    def grand_total(self) -> int:
        """Everyone in the table."""
        return sum(self.row_totals)

    def value(self, pos: Position) -> int:
        """Any figure of the table, totals included (see ``Position``)."""
        i, j = pos
        n_rows, n_cols = self.shape
        if i == n_rows and j == n_cols:
            return self.grand_total
        if i == n_rows:
            return self.col_totals[j]
        if j == n_cols:
            return self.row_totals[i]
        return self.cells[i][j]


class Hidden(StrEnum):
    """Why a figure is hidden (for the author; print one mark for both)."""

    PRIMARY = "primary"  # the figure is about 1 to N-1 people
    COMPLEMENTARY = "complementary"  # hidden so that a primary one cannot be worked out


@dataclass(frozen=True, slots=True)
class SuppressedTable:
    """A table safe to publish: a hidden figure is None, and ``reasons`` says why.

    Print every hidden figure with the same mark (for example "–"): telling readers
    which hidden figures are small and which are complementary would narrow down the
    small ones. The original counts are deliberately not kept here.
    """

    row_dim: str
    col_dim: str
    row_labels: tuple[str, ...]
    col_labels: tuple[str, ...]
    cells: tuple[tuple[int | None, ...], ...]
    row_totals: tuple[int | None, ...]
    col_totals: tuple[int | None, ...]
    grand_total: int | None
    threshold: int
    reasons: Mapping[Position, Hidden] = field(default_factory=dict)
    name: str = ""
    cumulative: bool = False

    @property
    def shape(self) -> tuple[int, int]:
        """(number of rows, number of columns), totals not counted."""
        return len(self.row_labels), len(self.col_labels)

    def value(self, pos: Position) -> int | None:
        """Any visible figure, totals included (see ``Position``); None when hidden."""
        i, j = pos
        n_rows, n_cols = self.shape
        if i == n_rows and j == n_cols:
            return self.grand_total
        if i == n_rows:
            return self.col_totals[j]
        if j == n_cols:
            return self.row_totals[i]
        return self.cells[i][j]

    def row_share(self, i: int, j: int) -> float | None:
        """Part of row ``i`` that is in column ``j`` (for example a group's hire rate).

        None when the cell or the row total is hidden or the row is empty: a share
        next to a visible total would give a hidden count back.
        """
        return safe_rate(self.cells[i][j], self.row_totals[i])

    def col_share(self, i: int, j: int) -> float | None:
        """Part of column ``j`` that is in row ``i``; None as for ``row_share``."""
        return safe_rate(self.cells[i][j], self.col_totals[j])

    def hidden_positions(self) -> list[Position]:
        """Positions of all hidden figures, totals included, in table order."""
        return sorted(self.reasons)


T = TypeVar("T")


def visible_or_none(value: T, *sources: int | None) -> T | None:
    """``value`` if every count it was computed from is visible, else None.

    Use it for any figure derived from counts (rate, four-fifths ratio, p-value,
    shortfall): if one of its counts is hidden, the figure could give it back.
    """
    return None if any(s is None for s in sources) else value
