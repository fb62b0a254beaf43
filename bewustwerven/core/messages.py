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


class BilingualError(Exception):
    """An error below the services whose message a user reads: Dutch and English apart.

    The services turn it into a ``KnownError`` with ``exc.msg``; nobody splits a text.
    """

    def __init__(self, nl: str, en: str | None = None) -> None:
        self.msg = Msg(nl, en if en is not None else nl)
        super().__init__(str(self.msg))
