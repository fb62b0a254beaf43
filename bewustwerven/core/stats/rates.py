"""Small helpers for rates and shares that never divide by zero."""

from __future__ import annotations

from fractions import Fraction


def safe_rate(numerator: int | None, denominator: int | None) -> float | None:
    """The part ``numerator / denominator`` as a number between 0 and 1, or None.

    In plain words: "how many out of how many". There is no rate when nobody was
    counted (denominator 0) or when one of the two counts is hidden (None) to protect
    privacy: a rate next to a visible total would give the hidden count back.
    """
    if numerator is None or denominator is None or denominator == 0:
        return None
    if numerator < 0 or denominator < 0:
        raise ValueError("counts cannot be negative")
    return numerator / denominator


def exact_fraction(value: float) -> Fraction:
    """The decimal number as the user typed it (0.3 becomes exactly 3/10).

    Used so that a share of exactly 30 % is compared with a 30 % target without
    floating-point noise deciding the outcome.
    """
    return Fraction(repr(value))
