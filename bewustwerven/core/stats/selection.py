"""Selection funnel per group: rates, four-fifths ratio, Fisher's exact test, shortfall.

Input is plain counts: for each group, how many people reached each stage of the
funnel (applied → invited → interviewed → hired). Reports build these counts with SQL;
this module only does the arithmetic and the statistics.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from itertools import pairwise

from bewustwerven.core.stats.rates import safe_rate
from bewustwerven.core.stats.tables import Table

#: The four-fifths rule: a group's selection rate below 80 % of the best group's rate
#: points to possible adverse impact (US EEOC Uniform Guidelines, 29 CFR 1607.4(D)).
FOUR_FIFTHS = Fraction(4, 5)

DEFAULT_STAGES: tuple[str, ...] = ("applied", "invited", "interviewed", "hired")


@dataclass(frozen=True, slots=True)
class Funnel:
    """How many people of each group reached each stage.

    ``stages`` are in funnel order; ``counts[group][k]`` is the number of people of
    ``group`` who reached ``stages[k]``. A later stage can never hold more people than
    an earlier one.
    """

    stages: tuple[str, ...]
    counts: Mapping[str, tuple[int, ...]]

    def __post_init__(self) -> None:
        if len(self.stages) < 2:
            raise ValueError("a funnel needs at least two stages")
        if len(set(self.stages)) != len(self.stages):
            raise ValueError("stage names must be unique")
        for group, row in self.counts.items():
            if len(row) != len(self.stages):
                raise ValueError(f"group {group!r}: expected {len(self.stages)} counts")
            if any(c < 0 for c in row):
                raise ValueError(f"group {group!r}: counts cannot be negative")
            if any(later > earlier for earlier, later in pairwise(row)):
                raise ValueError(f"group {group!r}: a later stage has more people than an earlier")

    @classmethod
    def from_nested(
        cls, counts: Mapping[str, Mapping[str, int]], stages: Sequence[str] = DEFAULT_STAGES
    ) -> Funnel:
        """Build a funnel from ``{group: {stage: count}}``; a missing stage counts as 0."""
        return cls(
            stages=tuple(stages),
            counts={g: tuple(int(row.get(s, 0)) for s in stages) for g, row in counts.items()},
        )

    def count(self, group: str, stage: str) -> int:
        """How many people of ``group`` reached ``stage``."""
        return self.counts[group][self.stages.index(stage)]

    def to_table(self, row_dim: str = "group", col_dim: str = "stage", name: str = "") -> Table:
        """The funnel as a cumulative count table (groups × stages) for ``suppress``."""
        groups = tuple(self.counts)
        cells = tuple(self.counts[g] for g in groups)
        return Table(row_dim, col_dim, groups, self.stages, cells, name, cumulative=True)


@dataclass(frozen=True, slots=True)
class GroupTransition:
    """The figures for one group at one step of the funnel (see ``analyse_transition``)."""

    group: str
    considered: int
    selected: int
    rate: float | None
    impact_ratio: float | None
    adverse_impact: bool
    fisher_p: float | None
    expected: float | None
    shortfall: float | None


@dataclass(frozen=True, slots=True)
class TransitionAnalysis:
    """All groups at one step of the funnel, from ``from_stage`` to ``to_stage``."""

    from_stage: str
    to_stage: str
    considered: int
    selected: int
    overall_rate: float | None
    reference_group: str | None
    groups: tuple[GroupTransition, ...]

    def group(self, name: str) -> GroupTransition:
        """The figures of one group at this step."""
        for g in self.groups:
            if g.group == name:
                return g
        raise KeyError(name)


def impact_ratio(
    selected: int, considered: int, best_selected: int, best_considered: int
) -> Fraction | None:
    """The four-fifths ratio: this group's selection rate divided by the best group's rate.

    In plain words: 1.0 means this group does as well as the group that does best; 0.5
    means it is selected half as often. Below 0.8 (four fifths) is a warning sign of
    adverse impact. There is no ratio when either group has nobody to select from, or
    when the best rate is 0 (then nobody was selected and no group is behind).
    Computed exactly (as a fraction) so that a ratio of exactly 0.8 is not flagged.
    """
    if considered == 0 or best_considered == 0 or best_selected == 0:
        return None
    return Fraction(selected, considered) / Fraction(best_selected, best_considered)


def fisher_p_value(
    group_selected: int, group_considered: int, rest_selected: int, rest_considered: int
) -> float | None:
    """Two-sided p-value of Fisher's exact test: this group against everyone else.

    In plain words: how likely a difference in selection rate at least this large is if
    being in the group made no difference at all. A small value (for example below
    0.05) means chance alone is an unlikely explanation. With small numbers the test
    rarely gives a small value, so a large p-value does not prove that all is well.
    None when the group or the rest has nobody to select from.
    """
    if group_considered == 0 or rest_considered == 0:
        return None
    table = [
        [group_selected, group_considered - group_selected],
        [rest_selected, rest_considered - rest_selected],
    ]
    from scipy.stats import fisher_exact  # here: scipy.stats takes ~0.6 s to import

    result = fisher_exact(table, alternative="two-sided")
    return float(min(1.0, result.pvalue))


def shortfall(selected: int, considered: int, overall_rate: float | None) -> float | None:
    """Expected selections at the overall rate minus the actual selections.

    In plain words: how many more people of this group would have been selected if the
    group had been selected as often as everyone together. A negative number means
    the group was selected more often than average. None when there is no overall rate.
    """
    if overall_rate is None:
        return None
    return considered * overall_rate - selected


def analyse_transition(funnel: Funnel, from_stage: str, to_stage: str) -> TransitionAnalysis:
    """Selection figures for every group for the step from ``from_stage`` to ``to_stage``.

    For each group: the selection rate (share of the group at ``from_stage`` that
    reached ``to_stage``), the four-fifths ratio against the group with the highest
    rate (flagged below 0.8), Fisher's exact test of this group against all other
    groups together, and the shortfall against the overall rate. A group with nobody
    at ``from_stage`` gets no rate and no derived figures, and is not flagged.
    """
    i, j = funnel.stages.index(from_stage), funnel.stages.index(to_stage)
    if j <= i:
        raise ValueError("to_stage must come after from_stage")
    pairs = {g: (row[j], row[i]) for g, row in funnel.counts.items()}
    total_sel = sum(s for s, _ in pairs.values())
    total_con = sum(c for _, c in pairs.values())
    overall = safe_rate(total_sel, total_con)

    reference: str | None = None
    best = Fraction(-1)
    for g, (s, c) in pairs.items():
        if c and Fraction(s, c) > best:
            reference, best = g, Fraction(s, c)

    rows = []
    for g, (s, c) in pairs.items():
        ratio = None
        if reference is not None:
            ratio = impact_ratio(s, c, *pairs[reference])
        expected = None if overall is None or c == 0 else c * overall
        rows.append(
            GroupTransition(
                group=g,
                considered=c,
                selected=s,
                rate=safe_rate(s, c),
                impact_ratio=None if ratio is None else float(ratio),
                adverse_impact=ratio is not None and ratio < FOUR_FIFTHS,
                fisher_p=fisher_p_value(s, c, total_sel - s, total_con - c),
                expected=expected,
                shortfall=None if c == 0 else shortfall(s, c, overall),
            )
        )
    return TransitionAnalysis(
        from_stage=from_stage,
        to_stage=to_stage,
        considered=total_con,
        selected=total_sel,
        overall_rate=overall,
        reference_group=reference,
        groups=tuple(rows),
    )


def analyse_funnel(funnel: Funnel) -> tuple[TransitionAnalysis, ...]:
    """``analyse_transition`` for every step between two neighbouring stages, in order.

    In plain words: at which step of the procedure a group falls behind. For the whole
    path from the first to the last stage, call ``analyse_transition`` directly.
    """
    return tuple(analyse_transition(funnel, a, b) for a, b in pairwise(funnel.stages))
