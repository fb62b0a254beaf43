"""Text preparation: Unicode normalisation with an offset map, sentences, words, syllables.

Why not textstat (checked with textstat 0.7.13): its Dutch support is a Flesch-Douma
score for the whole text plus pyphen syllable counts. Douma has no agreed mapping to B1,
and the editor needs the place of each long sentence and word, which textstat does not
give. Its sentence count splits on every full stop (breaking "bijv." and "o.a.") and drops
sentences of two words or fewer. Installing it pulls in nltk, regex and setuptools, and it
upgraded ``regex`` past the pin of ``deduce`` (regex<2025) in our environment. So we split
sentences and count words, letters and syllables here, with offsets.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
URL_OR_EMAIL = re.compile(r"(?:https?://|www\.)\S+|[^\s@]+@[^\s@]+\.[^\s@]+", re.IGNORECASE)
_CANDIDATE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)|\n")
_LAST_TOKEN = re.compile(r"(\S+)$")
_NEXT_VISIBLE = re.compile(r"\S")
_ABBREVIATIONS = frozenset(
    [
        "bijv",
        "bv",
        "o.a",
        "d.w.z",
        "e.d",
        "enz",
        "etc",
        "i.v.m",
        "m.b.t",
        "m.u.v",
        "t.a.v",
        "t.b.v",
        "n.a.v",
        "i.p.v",
        "incl",
        "excl",
        "max",
        "min",
        "ca",
        "ong",
        "mr",
        "mw",
        "dhr",
        "drs",
        "dr",
        "ir",
        "ing",
        "nr",
        "tel",
        "zgn",
        "z.s.m",
        "a.s",
        "e.g",
        "i.e",
        "vs",
        "approx",
        "no",
        "st",
        "jr",
        "sr",
        "prof",
        "resp",
        "evt",
    ]
)
_VOWELS = frozenset("aeiouyáéíóúàèìòùâêîôûäëïöüÿ")
_DIAERESIS = frozenset("äëïöüÿ")


@dataclass(frozen=True, slots=True)
class Prepared:
    """The text the rules read (NFC) and a map back to the caller's offsets."""

    original: str
    text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


def prepare(original: str) -> Prepared:
    """NFC-normalise, so that a decomposed "ë" (e + U+0308) matches like "ë".

    Offsets found in the normalised text map back to the original: each chunk of a base
    character with its combining marks is normalised on its own.
    """
    if unicodedata.is_normalized("NFC", original):
        return Prepared(original, original)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    chunk_start = 0
    for i in range(1, len(original) + 1):
        if i < len(original) and unicodedata.combining(original[i]):
            continue
        piece = unicodedata.normalize("NFC", original[chunk_start:i])
        pieces.append(piece)
        starts.extend([chunk_start] * len(piece))
        ends.extend([i] * len(piece))
        chunk_start = i
    return Prepared(original, "".join(pieces), tuple(starts), tuple(ends))


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    after = _NEXT_VISIBLE.search(text, match.end())
    next_char = after.group() if after else ""
    if match.group() == "\n":
        # A wrapped line goes on in lower case; a heading, bullet or new sentence does not.
        return not (next_char.isalpha() and next_char.islower())
    if next_char.isalpha() and next_char.islower():
        return False  # "bijv. de", "o.a. jouw": an abbreviation, not a sentence end
    if match.group() == ".":
        token = _LAST_TOKEN.search(text, max(0, match.start() - 16), match.start())
        if token:
            word = token.group(1).lower().lstrip("(\"'“‘")
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                return False
    return True


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences (and of headings and list items, one per line)."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for m in _CANDIDATE_END.finditer(text):
        if not _is_boundary(text, m):
            continue
        _add_span(text, begin, m.end(), spans)
        begin = m.end()
    _add_span(text, begin, len(text), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def excluded_spans(text: str) -> list[tuple[int, int]]:
    """Web addresses and e-mail addresses: not words a reader has to read."""
    return [(m.start(), m.end()) for m in URL_OR_EMAIL.finditer(text)]


def words(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    return WORD.finditer(text, start, len(text) if end is None else end)


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def syllables(word: str, lang: str) -> int:
    """Count syllables by vowel groups; a diaeresis (ë, ï) starts a new one in Dutch.

    Dutch: "ideeën" 3, "geïnteresseerd" 5, "organisatie" 5 ("ie", "ij", "oe" are one
    group). English: a silent final "e" is dropped ("future" 2).
    """
    lowered = word.lower()
    count = 0
    previous_vowel = False
    for ch in lowered:
        vowel = ch in _VOWELS
        if vowel and (not previous_vowel or (lang == "nl" and ch in _DIAERESIS)):
            count += 1
        previous_vowel = vowel
    if (
        lang == "en"
        and count > 1
        and lowered.endswith("e")
        and not lowered.endswith(("le", "ee", "ye"))
        and lowered[-2:-1] not in _VOWELS
    ):
        count -= 1
    return count


def letters(word: str) -> int:
    return sum(1 for ch in word if ch.isalpha())
