"""Suggest redactions for a document: all detectors, then one merge."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bewustwerven.core.redact import deduce_backend
from bewustwerven.core.redact.contact import find_contact
from bewustwerven.core.redact.merge import merge_spans
from bewustwerven.core.redact.model import Span
from bewustwerven.core.redact.names import find_names
from bewustwerven.core.redact.personal import find_personal

_NL = frozenset("de het een en ik van is dat niet op met voor zijn mijn bij ook als u".split())
_EN = frozenset("the a an and i of is that not on with for my at also as you to".split())


def detect_language(text: str) -> str:
    """``"nl"`` or ``"en"``, by counting common function words."""
    words = re.findall(r"[a-zA-Z]+", text.lower())
    nl = sum(1 for w in words if w in _NL)
    en = sum(1 for w in words if w in _EN)
    return "en" if en > nl else "nl"


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
    return merge_spans(text, (span for group in found for span in group))
