"""``check_text``: all TEXT-* rules over one vacancy text."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from bewustwerven.core.findings import Finding
from bewustwerven.core.textcheck.elements import element_findings, preference_findings
from bewustwerven.core.textcheck.law import law_findings
from bewustwerven.core.textcheck.lexicon import lexical_findings
from bewustwerven.core.textcheck.readability import readability_findings
from bewustwerven.core.textcheck.sections import layout
from bewustwerven.core.textcheck.settings import ELEMENTS, TextCheckSettings, default_settings
from bewustwerven.core.textcheck.text import prepare, sentences

LANGUAGES: tuple[str, ...] = ("nl", "en")


def check_text(
    text: str,
    *,
    scale: int | None = None,
    lang: str = "nl",
    settings: TextCheckSettings | None = None,
    on_form: Collection[str] = (),
) -> list[Finding]:
    """Check a vacancy text; return findings sorted by span start.

    ``lang`` is the language of the vacancy text ("nl" or "en"); it chooses the word lists.
    ``scale`` is the salary scale; from ``settings.preference_scale`` on, a missing
    preferential-policy statement blocks. With ``scale=None`` that check is skipped.
    ``on_form`` names the required elements the procedure's fields already hold
    (e.g. ``{"HOURS", "LOCATION", "SALARY", "CLOSING"}``); they are not reported missing.
    Findings about the whole text (missing elements, balance) have ``span=None`` and come
    first. Spans are offsets into ``text`` as given.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of: {', '.join(LANGUAGES)}")
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    cfg = settings if settings is not None else default_settings()
    prepared = prepare(text)
    body = prepared.text
    spans = sentences(body)
    where = layout(body, cfg.headings)
    unknown = [e for e in on_form if e not in ELEMENTS]
    if unknown:
        raise ValueError(f"unknown element(s) in on_form: {', '.join(map(str, unknown))}")
    findings = [
        *preference_findings(body, spans, scale, lang, cfg),
        *element_findings(body, lang, cfg, where, on_form),
        *law_findings(body, spans, lang, where),
        *lexical_findings(body, spans, lang, cfg, where),
        *readability_findings(body, spans, lang, cfg),
    ]
    if prepared.starts is not None:
        findings = [
            replace(f, span=prepared.to_original(*f.span)) if f.span is not None else f
            for f in findings
        ]
    return sorted(findings, key=_order)


def _order(finding: Finding) -> tuple[int, int, str]:
    if finding.span is None:
        return (-1, 0, finding.code)
    return (finding.span[0], finding.span[1], finding.code)


def form_elements(
    *,
    hours: int | None = None,
    location: str | None = None,
    scale: int | None = None,
    closing_date: object | None = None,
    apply_url: str | None = None,
) -> frozenset[str]:
    """The required elements that a procedure's fields hold (for ``check_text(on_form=)``).

    The vacancy form's hours, place of work, salary scale and closing date are published
    with the text, so the text need not repeat them.
    """
    held: set[str] = set()
    if hours:
        held.add("HOURS")
    if location and location.strip():
        held.add("LOCATION")
    if scale:
        held.add("SALARY")
    if closing_date is not None:
        held.add("CLOSING")
    if apply_url and apply_url.strip():
        held.add("APPLY")
    return frozenset(held)
