"""The method's small decisions, once: who is scored, the knock-out pass mark, who is
suitable, the weighted total and when an identity may be revealed.

Services, reports, the bulk generator and (through flags the services compute) the UI all
call these; none of them keeps its own copy.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from bewustwerven.core.procedure import InterviewOutcome, ScreeningOutcome, Stage
from bewustwerven.core.words import INVITED_OR_LATER, Funnel


class Weighted(Protocol):
    """A criterion as the totals see it: its key, knock-out flag and weight."""

    @property
    def key(self) -> str: ...

    @property
    def knockout(self) -> bool: ...

    @property
    def weight(self) -> float: ...


def pool(
    stage: Stage, candidates: Sequence[int], screening_outcomes: Mapping[int, str]
) -> list[int]:
    """The candidates scored in ``stage``: everyone at screening, at interviews (and after)
    those the screening consensus invited. Ids in, ids out, order kept."""
    if stage is Stage.SCREENING:
        return list(candidates)
    return [
        c for c in candidates if screening_outcomes.get(c) == ScreeningOutcome.INVITE.value
    ]


def knockout_pass_mark(scale_min: int, scale_max: int) -> float:
    """A knock-out criterion is met from the middle of the scale on (3 on 1-5)."""
    return (scale_min + scale_max) / 2


def meets_knockouts(
    scores: Mapping[str, float | None] | None,
    criteria: Iterable[Weighted],
    scale: tuple[int, int],
) -> bool:
    """Whether consensus ``scores`` meet every knock-out criterion; no consensus: no."""
    if scores is None:
        return False
    mark = knockout_pass_mark(*scale)
    return all((scores.get(c.key) or 0) >= mark for c in criteria if c.knockout)


def suitable(
    outcome: str | None,
    scores: Mapping[str, float | None] | None,
    criteria: Iterable[Weighted],
    scale: tuple[int, int],
) -> bool:
    """Suitable after interviews: a consensus that is not "not suitable" and meets every
    knock-out criterion."""
    return (
        outcome is not None
        and outcome != InterviewOutcome.NOT_SUITABLE.value
        and meets_knockouts(scores, criteria, scale)
    )


def weighted_sum(scores: Mapping[str, float], criteria: Iterable[Weighted]) -> float:
    """Sum of score times weight (the order of candidates; no rounding)."""
    return sum(scores[c.key] * c.weight for c in criteria)


def weighted_total(scores: Mapping[str, float], criteria: Sequence[Weighted]) -> float:
    """The consensus total: the weighted mean of the criteria's scores, to 3 decimals."""
    weight = sum(c.weight for c in criteria) or 1.0
    return round(weighted_sum(scores, criteria) / weight, 3)


def reveal_without_deviation(stage: Stage, funnel: Funnel | str) -> bool:
    """An identity may be revealed as a plain step once the interview list is fixed (the
    procedure is at Interviews or later) and only for an invited candidate; any other
    reveal needs an approved deviation (identity revealed early)."""
    return stage.order >= Stage.INTERVIEWS.order and Funnel(funnel) in INVITED_OR_LATER
