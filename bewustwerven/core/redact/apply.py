"""Replace confirmed spans by Dutch placeholders."""

from __future__ import annotations

from collections.abc import Sequence

from bewustwerven.core.redact.model import (
    GENDER_PRONOUN_PLACEHOLDER,
    GENDER_TITLE_PLACEHOLDER,
    PLACEHOLDERS,
    PiiCategory,
    Span,
)
from bewustwerven.core.redact.personal import PRONOUN


def placeholder(span: Span) -> str:
    """The bracketed Dutch placeholder for a span; it never shows the span's length."""
    if span.category is PiiCategory.GENDER:
        if PRONOUN.fullmatch(span.text):
            return GENDER_PRONOUN_PLACEHOLDER
        return GENDER_TITLE_PLACEHOLDER
    return PLACEHOLDERS[span.category]


def apply_redactions(text: str, spans: Sequence[Span]) -> str:
    """Return ``text`` with every span replaced by its placeholder.

    Spans may come in any order and may overlap (a recruiter may add a span over a
    suggestion); overlapping spans are redacted as one, named after the first.
    Raises ``ValueError`` for a span outside the text or whose text does not match.
    """
    for span in spans:
        if span.end > len(text) or text[span.start : span.end] != span.text:
            raise ValueError(f"span {span.start}..{span.end} does not match the text")
    out: list[str] = []
    pos = 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.end <= pos:
            continue
        if span.start >= pos:
            out.append(text[pos : span.start])
            out.append(placeholder(span))
        pos = max(pos, span.end)
    out.append(text[pos:])
    return "".join(out)
