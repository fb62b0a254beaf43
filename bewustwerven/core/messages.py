"""One bilingual message type below the UI: a Dutch and an English text, said together.

Findings, errors and reports carry a :class:`Msg` (or its two halves); the UI shows
``msg.text(lang)`` in the language the user chose. Nothing below the UI joins the two
with " / " and nothing splits them again.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Msg:
    nl: str
    en: str

    def text(self, lang: str = "nl") -> str:
        return self.en if lang == "en" else self.nl

    def __str__(self) -> str:  # logs and tracebacks: both, on two lines
        return self.nl if self.nl == self.en else f"{self.nl}\n{self.en}"
