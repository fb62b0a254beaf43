"""Krippendorff's alpha (ordinal) from coincidence counts that SQL has already added up.

The organisation report needs an alpha for every procedure and stage (thousands) out of
millions of scores. Shipping every score to Python would be slow and memory-hungry, so
SQL adds up, per procedure and stage, the coincidence matrix
``o[c][k] = sum over units of n_uc * (n_uk - [c == k]) / (m_u - 1)``; this module turns
that matrix into alpha with Krippendorff's ordinal metric. The result equals
``core.stats.krippendorff_alpha(..., level="ordinal")`` (tests compare both).
"""

from __future__ import annotations

from collections.abc import Mapping

from bewustwerven.core.stats import ALPHA_FLAG


def alpha_from_coincidences(o: Mapping[tuple[int, int], float]) -> float | None:
    """Ordinal alpha from a coincidence matrix ``{(c, k): count}``; None without variation."""
    values = sorted({c for c, _ in o if _row(o, c) > 0} | {k for _, k in o if _row(o, k) > 0})
    n_c = {c: _row(o, c) for c in values}
    n = sum(n_c.values())
    if len(values) < 2 or n <= 1:
        return None
    index = {c: i for i, c in enumerate(values)}

    def delta2(c: int, k: int) -> float:
        lo, hi = sorted((index[c], index[k]))
        between = sum(n_c[values[g]] for g in range(lo, hi + 1))
        return (between - (n_c[c] + n_c[k]) / 2) ** 2

    d_o = sum(v * delta2(c, k) for (c, k), v in o.items() if c in index and k in index)
    d_e = sum(n_c[c] * n_c[k] * delta2(c, k) for c in values for k in values) / (n - 1)
    if d_e == 0:
        return None
    return 1.0 - d_o / d_e


def _row(o: Mapping[tuple[int, int], float], c: int) -> float:
    return sum(v for (a, _), v in o.items() if a == c)


def flagged(alpha: float | None) -> bool:
    return alpha is not None and alpha < ALPHA_FLAG
