"""Word-list files and the small pattern language they are written in.

A list file (``resources/wordlists/*.txt``) has ``#`` comment lines and one entry per
line. Fields are separated by `` | ``. A pattern is matched case-insensitively, on whole
words, and keeps accents (``é`` is not ``e``; write ``[eë]`` to accept both):

- ``word``     the word itself, nothing more: ``actief``
- ``stem*``    any word that starts with the stem: ``ambiti*`` (ambitie, ambitieuze)
- ``*stem*``   also inside a compound: ``*resultaatgericht*`` (sterkresultaatgerichte)
- ``[fv]``     one of these letters; ``?`` makes the letter or class before it optional
- a space      one or more spaces, commas, slashes or dashes between words
- ``-``        an optional hyphen or space: ``full-time`` = fulltime, full time
- ``'``        an optional apostrophe
- ``{n}``      a number: digits (``5``, ``2,5``) or a number word up to ten
- ``!pattern`` an exception: a match that lies inside a match of this pattern is not
  counted (``!concurrerend salaris``, ``!in principe``)
- ``?pattern`` (exclusion lists) not counted when the same sentence gives a reason
- ``~pattern`` (age lists) a trait: counted only where it describes the wanted person
  (gender lists are all traits; see ``sections.py``)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

LETTER = r"[^\W\d_]"
_ALNUM = r"[^\W_]"
_NUMBER_WORDS = {
    "nl": "een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien",
    "en": "one|two|three|four|five|six|seven|eight|nine|ten",
}
_SEPARATOR = r"[\s,/\-–]+"


def pattern_to_regex(pattern: str, lang: str) -> str:
    """Translate one list pattern into a regular expression (see the module docstring)."""
    number = rf"(?:(?<!\d)\d+(?:[.,]\d+)?(?!\d)|(?:{_NUMBER_WORDS[lang]})(?!{LETTER}))"
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if pattern.startswith("{n}", i):
            out.append(number)
            i += 3
            continue
        if ch == "*":
            out.append(LETTER + "*")
        elif ch == " ":
            while i + 1 < len(pattern) and pattern[i + 1] == " ":
                i += 1
            out.append(_SEPARATOR)
        elif ch == "-":
            out.append(r"[-–\s]?")
        elif ch in "'’":
            out.append("['’]?")
        elif ch == "?":
            out.append("?")
        elif ch == "[":
            end = pattern.find("]", i)
            if end < 0:
                raise ValueError(f"unclosed '[' in pattern {pattern!r}")
            out.append("[" + re.escape(pattern[i + 1 : end]) + "]")
            i = end
        else:
            out.append(re.escape(ch))
        i += 1
    return rf"(?:{''.join(out)})(?!{_ALNUM})"


def _anchored(alternatives: list[str]) -> str:
    # One word-start test before all alternatives: far faster than one per alternative.
    return rf"(?<!{_ALNUM})(?:{'|'.join(alternatives)})"


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of a list: the pattern and the further fields (suggestions, a key)."""

    pattern: str
    fields: tuple[str, ...] = ()
    needs_reason: bool = False
    trait: bool = False

    def field(self, index: int) -> str:
        return self.fields[index] if index < len(self.fields) else ""


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    entry: Entry


class WordList:
    """A compiled list: one regex with a named group per entry, plus exceptions."""

    def __init__(
        self, name: str, lang: str, entries: tuple[Entry, ...], exceptions: tuple[str, ...]
    ) -> None:
        self.name = name
        self.entries = entries
        self.exceptions = exceptions
        # Longer patterns first, so a phrase wins over a word inside it at the same place.
        order = sorted(range(len(entries)), key=lambda k: -len(entries[k].pattern))
        # Grouped by first letter behind one look-ahead: the engine tries only the entries
        # that can start here, not all of them (ten times faster on long lists).
        groups: dict[str, list[str]] = {}
        for k in order:
            pattern = entries[k].pattern
            head = pattern[:1].lower()
            key = head if head.isalpha() else ""
            groups.setdefault(key, []).append(f"(?P<e{k}>{pattern_to_regex(pattern, lang)})")
        alternatives = [
            "|".join(alts) if not key else f"(?={re.escape(key)})(?:{'|'.join(alts)})"
            for key, alts in sorted(groups.items(), key=lambda kv: kv[0] != "")
        ]
        flags = re.IGNORECASE
        self._regex = re.compile(_anchored(alternatives), flags) if alternatives else None
        self._exceptions = (
            re.compile(_anchored([pattern_to_regex(p, lang) for p in exceptions]), flags)
            if exceptions
            else None
        )

    def finditer(self, text: str) -> Iterator[Match]:
        if self._regex is None:
            return
        covered: list[tuple[int, int]] = []
        if self._exceptions is not None:
            covered = [(e.start(), e.end()) for e in self._exceptions.finditer(text)]
        starts = [s for s, _ in covered]
        for m in self._regex.finditer(text):
            if m.end() <= m.start():
                continue
            k = bisect.bisect_right(starts, m.start()) - 1
            if k >= 0 and covered[k][0] <= m.start() and m.end() <= covered[k][1]:
                continue  # inside an exception: "concurrerend salaris", "in principe"
            group = m.lastgroup
            assert group is not None
            yield Match(m.start(), m.end(), self.entries[int(group[1:])])

    def search(self, text: str) -> Match | None:
        return next(self.finditer(text), None)


def parse_list(content: str) -> tuple[tuple[Entry, ...], tuple[str, ...]]:
    entries: list[Entry] = []
    exceptions: list[str] = []
    for raw in content.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = tuple(p.strip() for p in line.split(" | "))
        head = parts[0]
        if head.startswith("!"):
            exceptions.append(head[1:].strip())
        elif head.startswith("?"):
            entries.append(Entry(head[1:].strip(), parts[1:], needs_reason=True))
        elif head.startswith("~"):
            entries.append(Entry(head[1:].strip(), parts[1:], trait=True))
        else:
            entries.append(Entry(head, parts[1:]))
    return tuple(entries), tuple(exceptions)


def read_resource(filename: str) -> str:
    ref = resources.files("bewustwerven.resources").joinpath("wordlists", filename)
    return ref.read_text(encoding="utf-8")


@cache
def load_list(kind: str, lang: str) -> WordList:
    """The compiled list ``resources/wordlists/<kind>_<lang>.txt`` (compiled once)."""
    entries, exceptions = parse_list(read_resource(f"{kind}_{lang}.txt"))
    return WordList(f"{kind}_{lang}", lang, entries, exceptions)


@cache
def compile_patterns(name: str, lang: str, patterns: tuple[str, ...]) -> WordList:
    """A list made of the given patterns (e.g. a profile's exceptions), compiled once."""
    return WordList(name, lang, tuple(Entry(p) for p in patterns), ())


@cache
def load_keyed(kind: str, lang: str) -> dict[str, WordList]:
    """A list whose lines are ``KEY | pattern``: one compiled list per key."""
    entries, _ = parse_list(read_resource(f"{kind}_{lang}.txt"))
    grouped: dict[str, list[Entry]] = {}
    for entry in entries:
        key = entry.pattern.upper()
        pattern = entry.field(0)
        if not pattern:
            raise ValueError(f"{kind}_{lang}.txt: line for {key} has no pattern")
        grouped.setdefault(key, []).append(Entry(pattern, entry.fields[1:]))
    return {
        key: WordList(f"{kind}_{lang}:{key}", lang, tuple(items), ())
        for key, items in grouped.items()
    }
