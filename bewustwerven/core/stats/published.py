"""Selection figures that are safe to publish after small-cell suppression.

A rate, four-fifths ratio, p-value or shortfall computed from a hidden count could
give that count back (count = rate × total). So every derived figure is shown only
when all counts it was computed from are visible in the suppressed funnel table.
"""

from __future__ import annotations

from dataclasses import dataclass

from bewustwerven.core.stats.selection import TransitionAnalysis
from bewustwerven.core.stats.tables import SuppressedTable


@dataclass(frozen=True, slots=True)
class PublishedGroupTransition:
    """``GroupTransition`` with every figure None that would reveal a hidden count."""

    group: str
    considered: int | None
    selected: int | None
    rate: float | None
    impact_ratio: float | None
    adverse_impact: bool | None
    fisher_p: float | None
    expected: float | None
    shortfall: float | None


@dataclass(frozen=True, slots=True)
class PublishedTransition:
    """``TransitionAnalysis`` with every figure None that would reveal a hidden count."""

    from_stage: str
    to_stage: str
    considered: int | None
    selected: int | None
    overall_rate: float | None
    reference_group: str | None
    groups: tuple[PublishedGroupTransition, ...]


def publish_transition(step: TransitionAnalysis, funnel: SuppressedTable) -> PublishedTransition:
    """The figures of one funnel step, with everything hidden that rests on a hidden count.

    ``funnel`` is the suppressed version of ``Funnel.to_table()`` (rows are groups,
    columns are stages). In plain words: a group's rate is shown only when both its
    counts are shown; its four-fifths ratio only when also the best group's counts are
    shown; its p-value, expected number and shortfall only when also the totals of
    both stages are shown (they use "everyone else" = total minus the group).
    """
    col_from = funnel.col_labels.index(step.from_stage)
    col_to = funnel.col_labels.index(step.to_stage)
    row_of = {g: i for i, g in enumerate(funnel.row_labels)}
    total_con = funnel.col_totals[col_from]
    total_sel = funnel.col_totals[col_to]
    totals_shown = total_con is not None and total_sel is not None

    def counts(group: str) -> tuple[int | None, int | None]:
        i = row_of[group]
        return funnel.cells[i][col_from], funnel.cells[i][col_to]

    def shown(group: str) -> bool:
        return None not in counts(group)

    ref = step.reference_group
    ref_shown = ref is not None and shown(ref)
    groups = []
    for g in step.groups:
        con, sel = counts(g.group)
        own = con is not None and sel is not None
        ratio_ok = own and ref_shown
        full = own and totals_shown
        groups.append(
            PublishedGroupTransition(
                group=g.group,
                considered=con,
                selected=sel,
                rate=g.rate if own else None,
                impact_ratio=g.impact_ratio if ratio_ok else None,
                adverse_impact=g.adverse_impact if ratio_ok else None,
                fisher_p=g.fisher_p if full else None,
                expected=g.expected if full else None,
                shortfall=g.shortfall if full else None,
            )
        )
    return PublishedTransition(
        from_stage=step.from_stage,
        to_stage=step.to_stage,
        considered=total_con,
        selected=total_sel,
        overall_rate=step.overall_rate if totals_shown else None,
        reference_group=ref if ref_shown else None,
        groups=tuple(groups),
    )
