"""Suggest redactions for a document: all detectors, then one merge."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bewustwerven.core.language import detect_language
from bewustwerven.core.redact import deduce_backend
from bewustwerven.core.redact.contact import find_contact
from bewustwerven.core.redact.merge import merge_spans
from bewustwerven.core.redact.model import PiiCategory, Span
from bewustwerven.core.redact.names import find_names
from bewustwerven.core.redact.personal import find_personal


def suggest_spans(
    text: str, lang: str | None = None, *, use_deduce: bool = True
) -> list[Span]:
    """Suggested personal-data spans in ``text``: sorted, non-overlapping, merged.

    ``lang`` is ``"nl"`` or ``"en"``; ``None`` detects it. deduce (a Dutch
    de-identifier) adds its suggestions for Dutch text when it is installed.
    """
    language = lang or detect_language(text)
    found: list[Iterable[Span]] = [find_contact(text), find_personal(text), find_names(text)]
    if use_deduce and language == "nl" and deduce_backend.available():
        found.append(deduce_backend.find_deduce(text))
    merged = merge_spans(text, (span for group in found for span in group))
    return [s for s in merged if not _is_letter_date(text, s)]


# "Amsterdam, 3 februari 2026" on a line of its own: the date of the letter.
_LETTER_DATE_LINE = re.compile(r"[ \t]*(?:[A-Z][\w' -]{1,30},[ \t]*)?$")


def _is_letter_date(text: str, span: Span) -> bool:
    if span.category is not PiiCategory.DATE:
        return False
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start : span.start], text[span.end : line_end]
    return bool(_LETTER_DATE_LINE.fullmatch(before)) and not after.strip()
