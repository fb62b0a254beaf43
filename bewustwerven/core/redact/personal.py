"""Pattern detectors for dates, ages, years, nationality, place of birth and gender."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from bewustwerven.core.redact.model import PiiCategory, Span, make_span
from bewustwerven.core.redact.namelists import PARTICLES, TITLES

_MONTHS = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|january|february|march|may|june|july|august|october|"
    r"jan|feb|febr|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|e|ste|de)?"
_YEAR = r"(?:19|20)\d{2}"
DATES = [
    re.compile(r"(?<![\w/.-])" + _DAY + r"[-/.]" + r"(?:1[0-2]|0?[1-9])[-/.](?:" + _YEAR
               + r"|\d{2})(?![\w/.-]\d)"),
    re.compile(r"(?<![\w/.-])" + _YEAR + r"-(?:1[0-2]|0[1-9])-(?:[12]\d|3[01]|0[1-9])(?!\d)"),
    re.compile(r"(?<!\w)" + _DAY + r"(?:[ \t]+of)?[ \t]+" + _MONTHS + r",?[ \t]+" + _YEAR
               + r"(?!\d)", re.IGNORECASE),
    re.compile(r"(?<!\w)" + _MONTHS + r"[ \t]+" + _DAY + r",?[ \t]+" + _YEAR + r"(?!\d)",
               re.IGNORECASE),
    re.compile(r"(?<!\w)" + _MONTHS + r"[ \t]+'?(?:" + _YEAR + r")(?!\d)", re.IGNORECASE),
    re.compile(r"(?<![\w/.-])(?:1[0-2]|0?[1-9])[-/](?:" + _YEAR + r")(?![\w/.-]\d)"),
]
YEAR = re.compile(
    r"(?<![\w./])(?:'|’)?((?:19[4-9]\d|20[0-4]\d))(?![\w.,/]\d|\w)"
    r"(?!-(?!(?:19|20)\d\d\b)\d)"
)
AGES = [
    re.compile(r"(?i)\b(?:ik ben|i am|i'm|i’m|leeftijd|age|aged)[ \t]*:?[ \t]*(\d{1,2}"
               r"(?:[ \t]*(?:jaar(?:[ \t]+oud)?|years?(?:[ \t]+old)?))?)(?![\w-])"),
    re.compile(r"(?i)\b(\d{1,2}(?:[ \t]*(?:jaar[ \t]+oud|years?[ \t]+old)|[ \t]*-?[ \t]*"
               r"(?:jarige|year-old|year old)))\b"),
    re.compile(r"(?i)\b(?:op|at)[ \t]+(?:mijn|my|de leeftijd van|the age of)[ \t]+(\d{1,2}"
               r"(?:e|de|ste|th)?(?:[ \t]+(?:jaar|years))?)\b"),
    # "Mustafa Aydın, 46 jaar," and "ik ben nu 46 jaar" but not "15 jaar ervaring".
    re.compile(r"(?i)(?:,|\bben|\bis|\bwas|\bnu)[ \t]+([1-7]\d[ \t]+(?:jaar|years))\b"
               r"(?![ \t]+(?:ervaring|werkervaring|gewerkt|lang|in dienst|bij|als|geleden|"
               r"experience|of|in|at|with|ago))"),
    # "Lisa Verbeek, 21, student"
    re.compile(r"(?<=[^\W\d_]), ([1-7]\d)(?=,[ \t]+[^\W\d_])"),
]

_NAT_STEMS = (
    "Nederland|Marokkaan|Turk|Surinaam|Indonesi|Pool|Duit|Belgi|Brit|Engel|Spaan|Portugee|"
    "Itali|Fran|Grieks|Iers|Amerikaan|Canade|Indi|Pakistaan|Chinee|Japan|Koreaan|Syri|"
    "Eritree|Somali|Ethiopi|Ghanee|Nigeriaan|Egyptisch|Iraak|Iraan|Afghaan|Antilliaan|"
    "Arubaan|Kaapverdi|Roemee|Bulgaar|Hongaar|Oekraïn|Rus|Koerd|Kroat|Servi|Bosni|"
    "Tunesi|Algerij|Javaan|Javaans|Hindostaan|Hindoestaan|Creool|Creools|Molu|Vietname|Filipijn|Thai|Braziliaan|Colombiaan|Venezolaan|Mexicaan|Zweed|"
    "Noor|Deen|Fin|Oostenrijk|Zwitser|Tsjech|Slowaak|Litouw|Lets|Est"
)
NL_NATIONALITY_WORD = re.compile(
    r"\b(?:(?:" + _NAT_STEMS + r")[a-zë]*s?e?-)?(?:" + _NAT_STEMS + r")[a-zë]*(?:se|sche|e|s)\b"
)
EN_NATIONALITY_WORD = re.compile(
    r"\b(?:Dutch|Moroccan|Turkish|Surinamese|Indonesian|Polish|German|Belgian|British|English|"
    r"Scottish|Welsh|Irish|Spanish|Portuguese|Italian|French|Greek|American|Canadian|Indian|"
    r"Pakistani|Chinese|Japanese|Korean|Syrian|Eritrean|Somali|Ethiopian|Ghanaian|Nigerian|"
    r"Egyptian|Iraqi|Iranian|Afghan|Antillean|Aruban|Cape Verdean|Romanian|Bulgarian|"
    r"Hungarian|Ukrainian|Russian|Kurdish|Croatian|Serbian|Bosnian|Tunisian|Algerian|"
    r"Vietnamese|Filipino|Thai|Brazilian|Colombian|Mexican|Swedish|Norwegian|Danish|Finnish|"
    r"Austrian|Swiss|Czech|Slovak|Lithuanian|Latvian|Estonian|Hindustani|Javanese|Creole|"
    r"Moluccan)\b"
)
NATIONALITY_LABEL = re.compile(
    r"(?im)\b(?:nationaliteit|nationality|citizenship)[ \t]*:[ \t]*(.+)$"
)
NATIONALITY_CONTEXT = [
    re.compile(r"(?i)^(?:[ \t]+en[ \t]+\S+)?[ \t]+(?:nationaliteit|paspoort|afkomst|komaf|"
               r"origine|achtergrond|wortels|roots|nederlander|nationality|citizenship|"
               r"citizen|national|passport|descent|origin|background|heritage)\b"),
    re.compile(r"(?i)^(?:[ \t]+(?:and|en)[ \t]+\S+)?[ \t]+(?:man|vrouw|woman|moeder|vader|"
               r"mother|father|ouders|parents|jongen|meisje|boy|girl|by birth|on my|"
               r"family|familie|roots|wortels)\b"),
]
NAT_PREFIX_CONTEXT = re.compile(
    r"(?i)\b(?:ben|am|a|an|als|as|een|van|of|is|zijn|are|(?:mijn |my )?(?:moeder|vader|"
    r"ouders|mother|father|parents)(?: is| zijn| are)?)[ \t]+$"
)

_PLACE = (
    r"((?-i:(?:'s-|'t )?[A-Z][\w'’-]*(?:[ \t](?:aan|op|in|den|de|der|bij|[A-Z][\w'’-]*)){0,3}))"
)
BIRTHPLACE = [
    re.compile(r"(?im)\b(?:geboorteplaats|place of birth|birthplace|geboren te|born in)[ \t]*:?"
               r"[ \t]*" + _PLACE),
    re.compile(r"(?i)\b(?:geboren|born)\b[^\n.]{0,40}?\b(?:in|te)[ \t]+" + _PLACE),
    re.compile(r"(?im)\b(?:geboortedatum en -plaats|geboren|date and place of birth|born)"
               r"[ \t]*:[^\n,]*,[ \t]*" + _PLACE),
]

GENDER_TITLE = re.compile(
    r"(?<![\w.])(?:dhr\.?|mevr\.?|mw\.?|mej\.?|de heer|mevrouw|meneer|heer|mr\.?|mrs\.?|ms\.?|"
    r"miss|sir|madam)(?=[ \t]+[^\W\d_]|[ \t]*$|[ \t]*,)",
    re.IGNORECASE | re.MULTILINE,
)
GENERIC_SALUTATION = re.compile(
    r"(?i)\b(?:heer|meneer|sir|mr\.?)[ \t]*(?:/|of|or|en|and|,)[ \t]*(?:mevrouw|madam|mrs\.?|"
    r"ms\.?)(?!\w)|\b(?:mevrouw|madam|mrs\.?|ms\.?)[ \t]*(?:/|of|or|en|and|,)[ \t]*"
    r"(?:heer|meneer|sir|mr\.?)(?!\w)"
)
GENDER_LABEL = re.compile(r"(?im)\b(?:geslacht|gender|sex)[ \t]*:[ \t]*(.+)$")
PRONOUN = re.compile(
    r"\b(?:hij|hem|zij|haar|hijzelf|zijzelf|he|she|him|her|his|hers|himself|herself)\b",
    re.IGNORECASE,
)


def find_personal(text: str) -> Iterator[Span]:
    """Yield date, age, year, nationality, birthplace and gender suggestions."""
    for pattern in DATES:
        yield from _spans(text, pattern, PiiCategory.DATE, 0)
    this_year = date.today().year
    for m in YEAR.finditer(text):
        if int(m.group(1)) <= this_year:
            yield from _one(text, m.start(), m.end(), PiiCategory.YEAR)
    for pattern in AGES:
        yield from _spans(text, pattern, PiiCategory.AGE, 1)
    yield from _nationality(text)
    for pattern in BIRTHPLACE:
        yield from _spans(text, pattern, PiiCategory.BIRTHPLACE, 1, "context")
    yield from _gender(text)


def _one(text: str, start: int, end: int, cat: PiiCategory, src: str = "pattern") -> Iterator[Span]:
    span = make_span(text, start, end, cat, src)
    if span:
        yield span


def _spans(
    text: str, pattern: re.Pattern[str], cat: PiiCategory, group: int, src: str = "pattern"
) -> Iterator[Span]:
    for m in pattern.finditer(text):
        yield from _one(text, m.start(group), m.end(group), cat, src)


def _nationality(text: str) -> Iterator[Span]:
    for m in NATIONALITY_LABEL.finditer(text):
        yield from _one(text, m.start(1), m.end(1), PiiCategory.NATIONALITY, "context")
    for pattern in (NL_NATIONALITY_WORD, EN_NATIONALITY_WORD):
        for m in pattern.finditer(text):
            after = text[m.end() : m.end() + 40]
            before = text[max(0, m.start() - 24) : m.start()]
            compound = "-" in m.group() and pattern is NL_NATIONALITY_WORD
            if (
                compound
                or any(c.match(after) for c in NATIONALITY_CONTEXT)
                or (NAT_PREFIX_CONTEXT.search(before) and _is_person_noun(m.group()))
                or _in_nationality_list(text, m.start())
            ):
                yield from _one(text, m.start(), m.end(), PiiCategory.NATIONALITY, "context")


def _is_person_noun(word: str) -> bool:
    # "ik ben Nederlandse", "I am Dutch": an adjective used of the writer.
    return not word.endswith("sche")


_NAT_LIST = re.compile(
    r"[\w-]+(?:,?[ \t]+(?:en|and|de|the|[\w-]+(?:se|sche|an|ish|ese|i|ch))){0,5}"
    r"[ \t]+(?:nationaliteit|nationalit|citizenship|passports?|paspoort)",
    re.IGNORECASE,
)


def _in_nationality_list(text: str, pos: int) -> bool:
    # "de Nederlandse en de Turkse nationaliteit", "Nigerian and Dutch nationality".
    return bool(_NAT_LIST.match(text, pos))


def _gender(text: str) -> Iterator[Span]:
    generic = [(m.start(), m.end()) for m in GENERIC_SALUTATION.finditer(text)]
    for m in GENDER_TITLE.finditer(text):
        if any(s <= m.start() < e for s, e in generic):
            continue
        word = m.group().lower().rstrip(".")
        if word == "mr" and m.group()[0] == "m":
            continue  # Dutch "mr." is a law degree (meester), not a gender marker
        nxt = re.match(r"[ \t]*([^\W\d_]+|$|,)", text[m.end() : m.end() + 40])
        following = nxt.group(1) if nxt else ""
        if following and following != "," and not (
            following[:1].isupper() or following.lower() in PARTICLES
            or following.lower() in TITLES
        ):
            continue
        yield from _one(text, m.start(), m.end(), PiiCategory.GENDER, "context")
    for m in GENDER_LABEL.finditer(text):
        yield from _one(text, m.start(1), m.end(1), PiiCategory.GENDER, "context")
    yield from _spans(text, PRONOUN, PiiCategory.GENDER, 0)
