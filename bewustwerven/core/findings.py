"""Findings: what a rule says about the facts (in the UI: bevinding).

Rules never raise for a policy breach; they return findings. A gate collects them; a
``block`` can only be passed by an approved deviation, a ``warn`` is shown and may be
acknowledged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from bewustwerven.core.messages import Msg


class Severity(StrEnum):
    BLOCK = "block"
    WARN = "warn"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Finding:
    """One statement of a rule about one set of facts.

    ``facts`` holds the plain values the rule used (JSON-serialisable), so a reader
    can check the finding later. ``span`` gives character offsets ``(start, end)``
    into a text for text findings; ``subject`` names what the finding is about
    (a candidate pseudonym, a member login, a criterion) when there is one.
    """

    code: str
    severity: Severity
    message_nl: str
    message_en: str
    facts: Mapping[str, Any] = field(default_factory=dict)
    source: str = ""
    subject: str = ""
    span: tuple[int, int] | None = None
    suggestion_nl: str = ""
    suggestion_en: str = ""

    def message(self, lang: str = "nl") -> str:
        return self.message_en if lang == "en" else self.message_nl

    @property
    def msg(self) -> Msg:
        return Msg(self.message_nl, self.message_en)

    def suggestion(self, lang: str = "nl") -> str:
        return self.suggestion_en if lang == "en" else self.suggestion_nl

    @property
    def blocks(self) -> bool:
        return self.severity is Severity.BLOCK

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "code": self.code,
            "severity": str(self.severity),
            "message_nl": self.message_nl,
            "message_en": self.message_en,
            "facts": dict(self.facts),
            "source": self.source,
        }
        if self.subject:
            data["subject"] = self.subject
        if self.span is not None:
            data["span"] = list(self.span)
        if self.suggestion_nl or self.suggestion_en:
            data["suggestion_nl"] = self.suggestion_nl
            data["suggestion_en"] = self.suggestion_en
        return data

def blocking(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity is Severity.BLOCK]


