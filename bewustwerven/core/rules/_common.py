"""Small helpers shared by the rule modules: building a finding from a rule's settings."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bewustwerven.core.findings import Finding, Severity
from bewustwerven.core.policy import RuleSettings


def finding(
    rule: RuleSettings,
    severity: Severity,
    nl: str,
    en: str,
    facts: Mapping[str, Any],
    *,
    subject: str = "",
    span: tuple[int, int] | None = None,
    suggestion_nl: str = "",
    suggestion_en: str = "",
) -> Finding:
    """A finding of ``rule`` with the rule's code and source from the profile."""
    return Finding(
        code=rule.code,
        severity=severity,
        message_nl=nl,
        message_en=en,
        facts=dict(facts),
        source=rule.source,
        subject=subject,
        span=span,
        suggestion_nl=suggestion_nl,
        suggestion_en=suggestion_en,
    )


def is_blank(text: str | None) -> bool:
    return text is None or not text.strip()


def join_nl(items: list[int] | list[str]) -> str:
    """``"1, 3 en 5"``."""
    words = [str(i) for i in items]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " en " + words[-1]


def join_en(items: list[int] | list[str]) -> str:
    """``"1, 3 and 5"``."""
    words = [str(i) for i in items]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def needed_nl(n: int) -> str:
    """``"Er is er minstens 1 nodig."`` / ``"Er zijn er minstens 3 nodig."``"""
    return f"Er {'is' if n == 1 else 'zijn'} er minstens {n} nodig."


def plural(n: int, one: str, many: str) -> str:
    """``"1 lid"`` / ``"3 leden"``: the count with the right word form."""
    return f"{n} {one if n == 1 else many}"
