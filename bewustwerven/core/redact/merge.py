"""Resolve overlapping suggestions into sorted, non-overlapping spans."""

from __future__ import annotations

from collections.abc import Iterable

from bewustwerven.core.redact.model import PRIORITY, PiiCategory, Span


def merge_spans(text: str, spans: Iterable[Span]) -> list[Span]:
    """Merge overlapping spans into one; the strongest category names the result.

    Neighbouring spans of the same category with only spaces or tabs between them
    become one span. A span inside a stronger one disappears.
    """
    ordered = sorted(
        (s for s in spans if 0 <= s.start < s.end <= len(text)),
        key=lambda s: (s.start, -s.end),
    )
    groups: list[list[Span]] = []
    bounds: list[list[int]] = []
    for span in ordered:
        if groups and _joins(text, bounds[-1], groups[-1], span):
            groups[-1].append(span)
            bounds[-1][1] = max(bounds[-1][1], span.end)
        else:
            groups.append([span])
            bounds.append([span.start, span.end])
    result: list[Span] = []
    for (start, end), group in zip(bounds, groups, strict=True):
        # The longest suggestion names the whole ("Kerkstraat 1, 1011 AB Amsterdam" is
        # an address); on equal length the stronger category wins.
        best = min(group, key=lambda s: (-(s.end - s.start), PRIORITY[s.category]))
        category = best.category
        sources = sorted({s.source for s in group})
        result.append(Span(start, end, category, text[start:end], "+".join(sources)))
    return result


def _joins(text: str, bound: list[int], group: list[Span], span: Span) -> bool:
    if span.start < bound[1]:
        return True
    if span.start == bound[1] and group[-1].category is span.category:
        return True
    gap = text[bound[1] : span.start]
    same = all(s.category is span.category for s in group)
    return same and span.category is not PiiCategory.GENDER and gap != "" and gap.strip(
        " \t"
    ) == ""
