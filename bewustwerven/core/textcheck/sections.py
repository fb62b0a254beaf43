"""Where a word stands: the title, a heading, or a section of the vacancy text.

A vacancy text has parts: the title (first line), the employer's description ("Wie zijn
wij", "Organisatie"), the tasks ("De functie", "Dit doe je op een gemiddelde dag"), the
wanted person ("Wat vragen wij", "Jouw profiel", "What you bring"), the offer ("Wat bieden
wij") and how to apply. The heading list is part of the policy profile
(``[rules.TEXT.settings.headings]``). A line is a heading when, without bullets and closing
punctuation, it is one of those headings or starts with one (a heading of two words or
more), and is short.

Trait words count only where they describe the wanted person: in a profile section, or in
a sentence that speaks about that person ("Je bent ...", "Wij zoeken een ...", "You are
..."), never in the title, a heading, the employer's description or the offer.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass

SECTION_KINDS: tuple[str, ...] = ("profile", "tasks", "employer", "offer", "apply")

_BULLET = re.compile(r"^[\s•·\-–*▪►✓]+")
_TRAILING = re.compile(r"[\s:?!.…]+$")
_MAX_HEADING_CHARS = 80
_MAX_LEAD_LINE_CHARS = 140  # "In return for your hard work, we offer ...:" ends with a colon

# A sentence that speaks about the wanted person. Grammar, not policy: kept in code.
_PERSON = {
    "nl": re.compile(
        r"(?<!\w)(?:(?:je|jij) (?:bent|hebt|beschikt|bezit|blijft|durft|bent een)"
        r"|ben (?:je|jij)|heb (?:je|jij)|wie (?:ben|zoeken)|(?:wij|we) zoeken|zoeken (?:wij|we)"
        r"|op zoek naar (?:een|iemand)|kandidaat|iemand die|van jou|jouw (?:inzet|houding|"
        r"instelling|karakter|persoonlijkheid|drive|energie)|een (?:\w+ )?collega(?!'s)"
        r"|als persoon)(?!\w)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?<!\w)(?:you are|you're|you will be an?|you have|you'll need|you will need|you need"
        r"|you bring|we are (?:looking for|seeking)|we're (?:looking for|seeking)"
        r"|looking for (?:an?|someone|people|nurses|candidates)|seeking (?:an?|someone|people)"
        r"|candidates? (?:who|with)|someone who|people who|nurses who|the ideal|you can offer"
        r"|able to demonstrate|a person who)(?!\w)",
        re.IGNORECASE,
    ),
}
# A trait word right before one of these describes a thing, not the person ("gedreven team").
_THING = {
    "nl": frozenset(
        "team teams organisatie werkorganisatie werkgever omgeving werkomgeving bestuur stad "
        "gemeente afdeling sfeer werksfeer rol functie baan directie provincie regio".split()
    ),
    "en": frozenset(
        "team teams organisation organization environment employer service services role city "
        "council trust hospital department unit workforce network practice opportunity career "
        "interdisciplinary multidisciplinary".split()
    ),
}
_NEXT_WORD = re.compile(r"[\s,]*([^\W\d_]+)")


def normalise_heading(line: str) -> str:
    return _TRAILING.sub("", _BULLET.sub("", line)).strip().lower().replace("’", "'")


@dataclass(frozen=True, slots=True)
class Layout:
    """The parts of one text: title span, heading spans and the section at each offset."""

    title: tuple[int, int] | None
    headings: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]  # start offsets of sections, sorted
    kinds: tuple[str, ...]  # the section kind from each start ("" = no known section)
    title_words: frozenset[str]

    def section_at(self, offset: int) -> str:
        k = bisect.bisect_right(self.starts, offset) - 1
        return self.kinds[k] if k >= 0 else ""

    def in_heading_or_title(self, start: int, end: int) -> bool:
        if self.title is not None and self.title[0] <= start and end <= self.title[1]:
            return True
        return any(s <= start and end <= e for s, e in self.headings)


def heading_kind(line: str, headings: Mapping[str, tuple[str, ...]]) -> str | None:
    raw = line.strip()
    if not raw or len(raw) > _MAX_LEAD_LINE_CHARS:
        return None
    if raw.endswith((".", ";", ",")) and not raw.endswith("..."):
        return None
    if len(raw) > _MAX_HEADING_CHARS and not raw.endswith(":"):
        return None
    norm = normalise_heading(raw)
    for kind in SECTION_KINDS:
        for heading in headings.get(kind, ()):
            if norm == heading or (" " in heading and norm.startswith(heading + " ")):
                return kind
            if " " in heading and norm.startswith(heading) and not norm[len(heading) :][:1].isalpha():
                return kind
    return None


def layout(text: str, headings: Mapping[str, tuple[str, ...]]) -> Layout:
    title: tuple[int, int] | None = None
    found: list[tuple[int, int]] = []
    starts: list[int] = [0]
    kinds: list[str] = [""]
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        begin = offset + (len(line) - len(line.lstrip()))
        end = begin + len(stripped)
        offset += len(line)
        if not stripped:
            continue
        kind = heading_kind(stripped, headings)
        if kind is not None:
            found.append((begin, end))
            starts.append(begin)
            kinds.append(kind)
        elif title is None and len(stripped) <= _MAX_HEADING_CHARS and not found:
            title = (begin, end)
    title_words = frozenset(
        w.lower() for w in re.findall(r"[^\W\d_]+", text[title[0] : title[1]])
    ) if title else frozenset()
    return Layout(title, tuple(found), tuple(starts), tuple(kinds), title_words)


def describes_person(
    text: str,
    sentence: tuple[int, int],
    start: int,
    end: int,
    lang: str,
    where: Layout,
) -> bool:
    """Does the word at ``start:end`` describe the wanted person?"""
    if where.in_heading_or_title(start, end):
        return False
    if text[start:end].lower() in where.title_words:
        return False  # the job title ("Analyst", "Teamleider") is the job, not a trait
    after = _NEXT_WORD.match(text, end)
    if after and after.group(1).lower() in _THING[lang]:
        return False  # "gedreven team", "ambitieus bestuur", "supportive team"
    kind = where.section_at(start)
    if kind in ("employer", "offer", "apply"):
        return False
    if kind == "profile":
        return True
    s, e = sentence
    return _PERSON[lang].search(text, s, e) is not None
