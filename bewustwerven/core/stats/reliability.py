"""Agreement between raters: Krippendorff's alpha and per-rater leniency.

Input is a list of ratings ``(rater, unit, value)``: one score by one committee member
for one unit (for example one candidate on one question). Missing ratings are simply
absent. A rater gives at most one value per unit.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

import krippendorff
import numpy as np

#: Krippendorff's lowest acceptable alpha for tentative conclusions.
ALPHA_FLAG = 0.667

Level = Literal["nominal", "ordinal", "interval", "ratio"]


@dataclass(frozen=True, slots=True)
class Rating:
    """One value one rater gave to one unit."""

    rater: str
    unit: str
    value: float


class NoAlphaReason(StrEnum):
    """Why there is no alpha."""

    NO_PAIRABLE_UNITS = "no_pairable_units"  # no unit was rated by two or more raters
    NO_VARIATION = "no_variation"  # every pairable rating has the same value


@dataclass(frozen=True, slots=True)
class AlphaResult:
    """Krippendorff's alpha with what it was computed from.

    ``alpha`` is None when it cannot be computed; ``reason`` then says why.
    ``flagged`` is True when alpha is below ``ALPHA_FLAG``.
    """

    alpha: float | None
    flagged: bool
    level: str
    raters: int
    pairable_units: int
    pairable_values: int
    reason: NoAlphaReason | None = None


@dataclass(frozen=True, slots=True)
class RaterLeniency:
    """How much higher (positive) or lower (negative) one rater scores than the others."""

    rater: str
    mean_difference: float | None
    shared_units: int


def _normalise(ratings: Iterable[Rating | tuple[str, str, float]]) -> list[Rating]:
    out = [
        r if isinstance(r, Rating) else Rating(str(r[0]), str(r[1]), float(r[2])) for r in ratings
    ]
    seen: set[tuple[str, str]] = set()
    for r in out:
        if not math.isfinite(r.value):
            raise ValueError(f"rating of {r.rater!r} for {r.unit!r} is not a number")
        if (r.rater, r.unit) in seen:
            raise ValueError(f"rater {r.rater!r} rated unit {r.unit!r} twice")
        seen.add((r.rater, r.unit))
    return out


def krippendorff_alpha(
    ratings: Iterable[Rating | tuple[str, str, float]],
    level: Level = "ordinal",
) -> AlphaResult:
    """Krippendorff's alpha: how well the raters agree beyond what chance would give.

    In plain words: 1 means the raters always agree; 0 means they agree no more than
    if they had scored at random; below 0 means they disagree systematically. Below
    0.667 the scores are not reliable enough to draw conclusions from (flagged).
    Ordinal level (the default) treats scores as ranks: 1 < 2 < 3, without assuming
    the steps are equally large. Units rated by only one rater do not count. There is
    no alpha (None) when no unit was rated by two raters, or when all those ratings
    have the same value: then there is no variation to agree or disagree about.
    """
    data = _normalise(ratings)
    raters = sorted({r.rater for r in data})
    by_unit: dict[str, list[Rating]] = defaultdict(list)
    for r in data:
        by_unit[r.unit].append(r)
    pairable = {u: rs for u, rs in by_unit.items() if len(rs) >= 2}
    n_values = sum(len(rs) for rs in pairable.values())

    def none(reason: NoAlphaReason) -> AlphaResult:
        return AlphaResult(None, False, level, len(raters), len(pairable), n_values, reason)

    if not pairable:
        return none(NoAlphaReason.NO_PAIRABLE_UNITS)
    if len({r.value for rs in pairable.values() for r in rs}) < 2:
        # The library would raise (one value in the domain) or divide 0 by 0.
        return none(NoAlphaReason.NO_VARIATION)

    units = sorted(pairable)
    used_raters = sorted({r.rater for rs in pairable.values() for r in rs})
    matrix = np.full((len(used_raters), len(units)), np.nan)
    r_index = {name: k for k, name in enumerate(used_raters)}
    for col, unit in enumerate(units):
        for r in pairable[unit]:
            matrix[r_index[r.rater], col] = r.value
    value = float(krippendorff.alpha(reliability_data=matrix, level_of_measurement=level))
    return AlphaResult(
        alpha=value,
        flagged=value < ALPHA_FLAG,
        level=level,
        raters=len(raters),
        pairable_units=len(pairable),
        pairable_values=n_values,
    )


def rater_leniency(
    ratings: Iterable[Rating | tuple[str, str, float]],
) -> tuple[RaterLeniency, ...]:
    """Per rater: the average of (own score minus the mean score of the other raters).

    In plain words: +0.5 means this rater gives on average half a point more than the
    colleagues who scored the same candidates (lenient); -0.5 means half a point less
    (severe). Only units that at least one other rater also scored count
    (``shared_units``); with no such unit the difference is None. Raters are listed
    in name order.
    """
    data = _normalise(ratings)
    by_unit: dict[str, list[Rating]] = defaultdict(list)
    for r in data:
        by_unit[r.unit].append(r)
    diffs: dict[str, list[float]] = {r.rater: [] for r in data}
    for rs in by_unit.values():
        if len(rs) < 2:
            continue
        total = sum(r.value for r in rs)
        for r in rs:
            others_mean = (total - r.value) / (len(rs) - 1)
            diffs[r.rater].append(r.value - others_mean)
    return tuple(
        RaterLeniency(
            rater=name,
            mean_difference=(sum(d) / len(d)) if d else None,
            shared_units=len(d),
        )
        for name, d in sorted(diffs.items())
    )


def ratings_from_matrix(
    matrix: Sequence[Sequence[float | None]],
    raters: Sequence[str] | None = None,
) -> list[Rating]:
    """Ratings from a raters × units table (None or NaN = not rated); units are named u1, u2…

    Handy to enter published examples, which are printed in this shape.
    """
    names = list(raters) if raters is not None else [f"r{k + 1}" for k in range(len(matrix))]
    out = []
    for name, row in zip(names, matrix, strict=True):
        for col, v in enumerate(row):
            if v is not None and not math.isnan(v):
                out.append(Rating(name, f"u{col + 1}", float(v)))
    return out
