"""Progress on the target figures for hires from salary scale 12.

The organisation aims for 30 % of staff from scale 12 with an outside-European origin
and 20 % younger than 35. This module measures the same shares among new hires (the
inflow), per organisation unit and overall. Self-identification is voluntary, so a
hire can be "unknown"; unknowns are left out of the share and counted separately.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bewustwerven.core.stats.rates import exact_fraction, safe_rate

TARGET_MIN_SCALE = 12
TARGET_ORIGIN_SHARE = 0.30
TARGET_UNDER_35_SHARE = 0.20


@dataclass(frozen=True, slots=True)
class HireRecord:
    """One hire. ``None`` means the person did not say (or withdrew the data)."""

    unit: str
    scale: int
    in_target_group: bool | None
    age_under_35: bool | None


@dataclass(frozen=True, slots=True)
class ShareVsTarget:
    """One share against its target (see ``share_vs_target``)."""

    hires: int
    known: int
    unknown: int
    in_group: int
    share: float | None
    target: float
    meets_target: bool | None
    gap: float | None


@dataclass(frozen=True, slots=True)
class TargetProgress:
    """Both target figures for one unit (``unit`` None = the whole organisation)."""

    unit: str | None
    origin: ShareVsTarget
    under_35: ShareVsTarget


@dataclass(frozen=True, slots=True)
class TargetReport:
    """Target progress overall and per unit, and how many hires were out of scope."""

    overall: TargetProgress
    per_unit: tuple[TargetProgress, ...]
    min_scale: int
    excluded_below_scale: int


def share_vs_target(flags: Iterable[bool | None], target: float) -> ShareVsTarget:
    """The share of people for whom the flag is True, among those for whom it is known.

    In plain words: "of the hires who told us, this part belongs to the group". People
    who did not say are not in the share; they are counted in ``unknown`` so the reader
    sees how much the share rests on. ``meets_target`` is True when the share is at
    least the target (compared exactly, so 3 of 10 meets 30 %); ``gap`` is share minus
    target (negative = behind). All three are None when nobody's answer is known.
    """
    if not 0.0 <= target <= 1.0:
        raise ValueError("target must be a share between 0 and 1")
    values = list(flags)
    known = [v for v in values if v is not None]
    in_group = sum(1 for v in known if v)
    share = safe_rate(in_group, len(known))
    meets = None
    if known:
        meets = in_group * exact_fraction(target).denominator >= (
            exact_fraction(target).numerator * len(known)
        )
    return ShareVsTarget(
        hires=len(values),
        known=len(known),
        unknown=len(values) - len(known),
        in_group=in_group,
        share=share,
        target=target,
        meets_target=meets,
        gap=None if share is None else share - target,
    )


def _progress(
    unit: str | None, hires: list[HireRecord], origin: float, age: float
) -> TargetProgress:
    return TargetProgress(
        unit=unit,
        origin=share_vs_target((h.in_target_group for h in hires), origin),
        under_35=share_vs_target((h.age_under_35 for h in hires), age),
    )


def target_progress(
    hires: Iterable[HireRecord],
    origin_target: float = TARGET_ORIGIN_SHARE,
    under_35_target: float = TARGET_UNDER_35_SHARE,
    min_scale: int = TARGET_MIN_SCALE,
) -> TargetReport:
    """Share of hires from ``min_scale`` up with an outside-European origin and under 35.

    In plain words: of the people hired in scale 12 or higher, which part has an
    outside-European origin (target 30 %) and which part is younger than 35 (target
    20 %), for each unit and for the whole organisation. Hires below the scale are not
    counted (``excluded_below_scale`` says how many). Units are listed in name order.
    """
    all_hires = list(hires)
    in_scope = [h for h in all_hires if h.scale >= min_scale]
    units: dict[str, list[HireRecord]] = {}
    for h in in_scope:
        units.setdefault(h.unit, []).append(h)
    return TargetReport(
        overall=_progress(None, in_scope, origin_target, under_35_target),
        per_unit=tuple(
            _progress(u, units[u], origin_target, under_35_target) for u in sorted(units)
        ),
        min_scale=min_scale,
        excluded_below_scale=len(all_hires) - len(in_scope),
    )
