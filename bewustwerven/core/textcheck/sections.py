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
..."), never in the title or a heading, and in the employer's description or the offer
only in such a sentence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

SECTION_KINDS: tuple[str, ...] = ("profile", "tasks", "employer", "offer", "apply")

_BULLET = re.compile(r"^[\s•·\-–*▪►✓]+")
_TRAILING = re.compile(r"[\s:?!.…]+$")
_MAX_HEADING_CHARS = 80
# A lead line that ends in a colon and announces what the employer offers opens the offer.
_OFFER_LEAD = re.compile(r"\b(?:we offer|wij bieden|we bieden|bieden (?:wij|we))\b", re.I)
_MAX_LEAD_LINE_CHARS = 140  # "In return for your hard work, we offer ...:" ends with a colon

# A sentence that speaks about the wanted person. Grammar, not policy: kept in code.
_NOT_ABOUT_TRAITS_NL = (
    r"(?! (?:verantwoordelijk|het |de |hét |eerste |onderdeel |in |op |bij |samen |ook ))"
)
_NOT_ABOUT_TRAITS_EN = (
    r"(?! able| responsible| part| expected| going| looking| interested| the first)"
)
_PERSON = {
    "nl": re.compile(
        rf"(?<!\w)(?:(?:je|jij) bent{_NOT_ABOUT_TRAITS_NL}|(?:je|jij) (?:hebt|beschikt|bezit|blijft"
        r"|durft|hecht (?:\w+ )?waarde|houdt van|krijgt energie|staat voor|vindt het)|^(?:ben|heb"
        r") (?:je|jij)|(?:durf|blijf) (?:je|jij)|wie (?:ben|zoeken)"
        r"|(?:wij|we) zoeken (?:een|iemand|jou)|zoekt (?:een|iemand)"
        r"|zoeken (?:wij|we) (?:een|iemand|jou)|kansen? voor een"
        r"|op zoek naar (?:een|iemand)|kandidaat|iemand die|van jou|jouw (?:inzet|houding|"
        r"instelling|karakter|persoonlijkheid|drive|energie)|een (?:\w+ )?collega(?!'s)"
        r"|als persoon)(?!\w)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        rf"(?<!\w)(?:(?:you are|you're){_NOT_ABOUT_TRAITS_EN}|you will be an?|you have|you'll need"
        r"|you will need|you need|you bring|we are (?:looking for|seeking)"
        r"|we're (?:looking for|seeking)|looking for (?:someone|people|nurses|candidates)"
        r"|seeking (?:an?|someone|people)|candidates? (?:who|with)|someone who|people who"
        r"|nurses who|the ideal|you can offer|able to demonstrate|a person who"
        r"|to join (?:our|the|us)|opportunity (?:has arisen |is available )?for)(?!\w)",
        re.IGNORECASE,
    ),
}
# A trait word right before one of these describes a thing, not the person ("gedreven team").
_THING = {
    "nl": frozenset(
        [
            "team",
            "teams",
            "organisatie",
            "werkorganisatie",
            "werkgever",
            "omgeving",
            "werkomgeving",
            "bestuur",
            "stad",
            "gemeente",
            "afdeling",
            "sfeer",
            "werksfeer",
            "rol",
            "functie",
            "baan",
            "directie",
            "provincie",
            "regio",
            "situatie",
            "situaties",
            "omstandigheden",
        ]
    ),
    "en": frozenset(
        [
            "team",
            "teams",
            "organisation",
            "organization",
            "environment",
            "employer",
            "service",
            "services",
            "role",
            "city",
            "council",
            "trust",
            "hospital",
            "department",
            "unit",
            "workforce",
            "network",
            "practice",
            "opportunity",
            "career",
            "interdisciplinary",
            "multidisciplinary",
        ]
    ),
}
_NEXT_WORD = re.compile(r"[\s,]*([^\W\d_]+)")
# "een daadkrachtige en initiatiefrijke trainee die ...": a trait before a noun and "die"/"who"
_BEFORE_RELATIVE = {
    "nl": re.compile(r"(?:[\s,]+(?:en\s+)?[^\W\d_][\w-]*){1,3}?\s+die\b", re.IGNORECASE),
    "en": re.compile(r"(?:[\s,]+(?:and\s+)?[^\W\d_][\w-]*){1,3}?\s+who\b", re.IGNORECASE),
}
# Role nouns: "adviseur", "consulent", "trainee", "medewerker", "manager", "nurse", ...
_PERSON_NOUN = {
    "nl": re.compile(
        r"(?:er|aar|ist|eur|ant|ent|ee|ga|aat|man|vrouw|persoon|iemand|talent|kracht|manager"
        r"|leider|professional|specialist)$"
    ),
    "en": re.compile(
        r"(?:er|or|ist|ant|ent|ee|nurse|person|someone|leader|manager|professional"
        r"|practitioner|specialist)s?$"
    ),
}
_ARTICLE = {"nl": re.compile(r"\been\s+$", re.I), "en": re.compile(r"\ban?\s+$", re.I)}
_RELATIVE_PERSON = {
    "nl": re.compile(r"\been\s+(?:[\w-]+\s+){0,3}?([\w-]+)\s+die\b", re.IGNORECASE),
    "en": re.compile(r"\ban?\s+(?:[\w-]+\s+){0,3}?([\w-]+)\s+who\b", re.IGNORECASE),
}


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


_HEADING_WORD = re.compile(r"[^\s,;:()]+")


@dataclass(frozen=True, slots=True)
class _HeadingIndex:
    exact: Mapping[str, str]
    single: Mapping[str, str]
    multi: Mapping[str, str]
    longest: int


@lru_cache(maxsize=8)
def _index(key: tuple[tuple[str, tuple[str, ...]], ...]) -> _HeadingIndex:
    exact: dict[str, str] = {}
    single: dict[str, str] = {}
    multi: dict[str, str] = {}
    given = dict(key)
    for kind in SECTION_KINDS:
        for heading in given.get(kind, ()):
            exact.setdefault(heading, kind)
            words = " ".join(_HEADING_WORD.findall(heading))
            (multi if " " in words else single).setdefault(words, kind)
    longest = max((len(h.split()) for h in multi), default=0)
    return _HeadingIndex(exact, single, multi, longest)


def heading_kind(line: str, headings: Mapping[str, tuple[str, ...]]) -> str | None:
    """The section kind a line opens, or None when it is not a heading."""
    return _heading_kind(line, _index(tuple((k, tuple(v)) for k, v in headings.items())))


def _heading_kind(line: str, index: _HeadingIndex) -> str | None:
    raw = line.strip()
    if not raw or len(raw) > _MAX_LEAD_LINE_CHARS:
        return None
    if raw.endswith((".", ";", ",")) and not raw.endswith("..."):
        return None
    if raw.rstrip(" -–").endswith(":") and _OFFER_LEAD.search(raw):
        return "offer"  # "In return for their commitment, we offer the following benefits: -"
    if len(raw) > _MAX_HEADING_CHARS and not raw.endswith(":"):
        return None
    norm = normalise_heading(raw)
    kind = index.exact.get(norm)
    if kind is not None:
        return kind
    words = _HEADING_WORD.findall(norm)
    if len(words) == 2 and words[0] in ("over", "about") and raw.split()[-1][:1].isupper():
        return "employer"  # "Over Oirschot", "About Moorfields"
    if 1 < len(words) <= 3 and raw[:1].isupper() and words[-1] in index.single:
        return index.single[words[-1]]  # "Key requirements", "Onze arbeidsvoorwaarden"
    for n in range(min(index.longest, len(words) - 1), 1, -1):
        kind = index.multi.get(" ".join(words[:n]))
        if kind is not None:
            return kind  # "Wat ga je doen als adviseur?", "To be successful as an RMN, ..."
    return None


def layout(text: str, headings: Mapping[str, tuple[str, ...]]) -> Layout:
    title: tuple[int, int] | None = None
    found: list[tuple[int, int]] = []
    starts: list[int] = [0]
    kinds: list[str] = [""]
    offset = 0
    index = _index(tuple((k, tuple(v)) for k, v in headings.items()))
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        begin = offset + (len(line) - len(line.lstrip()))
        end = begin + len(stripped)
        offset += len(line)
        if not stripped:
            continue
        kind = _heading_kind(stripped, index)
        if kind is not None:
            found.append((begin, end))
            starts.append(begin)
            kinds.append(kind)
        elif (
            title is None
            and not found
            and len(stripped) <= _MAX_HEADING_CHARS
            and not stripped.endswith((".", "!", "?", ";", ":"))
            and text.strip() != stripped
        ):
            title = (begin, end)  # the first line, when it is not a sentence: the job title
    title_words = (
        frozenset(w.lower() for w in re.findall(r"[^\W\d_]+", text[title[0] : title[1]]))
        if title
        else frozenset()
    )
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
    if where.section_at(start) == "profile":
        return True
    # Elsewhere (tasks, the employer, the offer) only a sentence about the person counts:
    # short headings such as "PAY RATES" do not say where their section ends.
    s, e = sentence
    if _PERSON[lang].search(text[s:e]) is not None:
        return True
    return _in_relative_about_a_person(text, s, e, start, end, lang)


def _in_relative_about_a_person(text: str, s: int, e: int, start: int, end: int, lang: str) -> bool:
    """ "een gedreven consulent die ...", "een trainee die ... kan uitdagen": the trait
    modifies, or stands in a relative clause about, a person (not "een organisatie die")."""
    before = text[max(s, start - 40) : start]
    listed = re.search(r"\b(?:een|an?)\s+[\w-]+\s+(?:en|and)\s+$", before)
    if _ARTICLE[lang].search(before) or listed:
        m = _BEFORE_RELATIVE[lang].match(text, end, e)
        if m is not None:
            noun = m.group(0).split()[-2].lower()
            return noun not in _THING[lang] and _PERSON_NOUN[lang].search(noun) is not None
    for m in _RELATIVE_PERSON[lang].finditer(text, s, start):
        noun = m.group(1).lower()
        if m.end() <= start and _PERSON_NOUN[lang].search(noun) and noun not in _THING[lang]:
            return True
    return False
