"""Find and redact personal data in job applications (issue 5).

Public API::

    extract_text(data, filename) -> ExtractedDocument
    suggest_spans(text, lang=None) -> list[Span]
    apply_redactions(text, spans) -> str
    warm_up() -> Path | None

The recruiter confirms the suggestions; committee members only ever see the text
that :func:`apply_redactions` returns for the confirmed spans.
"""

from bewustwerven.core.language import detect_language
from bewustwerven.core.redact.apply import apply_redactions, placeholder
from bewustwerven.core.redact.deduce_backend import warm_up
from bewustwerven.core.redact.extract import DocumentError, ExtractedDocument, extract_text
from bewustwerven.core.redact.model import PLACEHOLDERS, PiiCategory, Span
from bewustwerven.core.redact.suggest import suggest_spans

__all__ = [
    "PLACEHOLDERS",
    "DocumentError",
    "ExtractedDocument",
    "PiiCategory",
    "Span",
    "apply_redactions",
    "detect_language",
    "extract_text",
    "placeholder",
    "suggest_spans",
    "warm_up",
]
