"""Pattern detectors for contact data: e-mail, links, accounts, phone, postcode, address."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bewustwerven.core.redact.model import PiiCategory, Span, make_span

_SRC = "pattern"

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w@])")
URL = re.compile(
    r"(?:https?://|www\.)[^\s<>()\"']+"
    r"|(?<![\w@./-])[\w-]+(?:\.[\w-]+)*\.(?:com|nl|org|net|io|me|dev|eu|be|uk|pl|tr|id|sr)"
    r"/[^\s<>()\"']*",
    re.IGNORECASE,
)
HANDLE = re.compile(r"(?<![\w@./])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])")
HANDLE_LABEL = re.compile(
    r"\b(?:Twitter|X|Instagram|GitHub|Github|Skype|TikTok|Mastodon|Bluesky|Telegram|Snapchat)"
    r"[ \t]*:[ \t]*@?([A-Za-z0-9_][\w.-]{1,40}[A-Za-z0-9_])(?![\w/])",
)
PHONE = re.compile(
    r"(?<![\w+/.-])(?:\+|00)?\(?\d[\d \t().-]{7,20}\d(?![\w/-])"
)
NL_POSTCODE = re.compile(r"(?<![\w-])[1-9]\d{3}[ \t]?(?!SA|SD|SS)[A-Z]{2}(?![\w-])")
UK_POSTCODE = re.compile(r"(?<![\w-])[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}(?![\w-])")
# A town after a postcode on the same line: "1017 GC Amsterdam", "2511 CV 's-Gravenhage".
TOWN_AFTER = re.compile(
    r"[ \t,]+((?:'s-|'t )?[A-Z][\w'’-]*"
    r"(?:[ \t](?:aan|op|in|den|de|der|bij|a/d|[A-Z][\w'’-]*)){0,3})"
)
_STREET_SUFFIX = (
    r"(?:straat|straatweg|weg|laan|plein|gracht|kade|dijk|singel|park|hof|pad|steeg|dreef|"
    r"plantsoen|markt|baan|ring|wal|veld|burgwal|dam|kant|pier|boulevard|erf|hoven|zijde|"
    r"lei|dreef|oord|straatje|akker|wijk|haven|brink|gaarde|allee|heuvel|tuin|hout)"
)
_HOUSENUMBER = (
    r"\d{1,5}(?![\d:/.,]\d)(?:[ \t]?[A-Za-z](?![\w])|[ \t]?-[ \t]?(?:[IVX]+|\d{1,3}|[A-Za-z]{1,4})"
    r"(?![\w])|[ \t](?:hs|huis|bis|I{1,3}|[1-9]hg)(?![\w]))?"
)
NL_STREET = re.compile(
    r"(?<![\w-])((?:[A-Z][\w'’.-]*[ \t]+(?:(?:van|de|der|den|het|ter|ten|in|op|aan|'t)[ \t]+)*)"
    r"{0,3}[A-Z][\w'’-]*?" + _STREET_SUFFIX + r")[ \t]+" + _HOUSENUMBER
)
EN_STREET = re.compile(
    r"(?<![\w-])\d{1,5}[A-Za-z]?,?[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,3}"
    r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Drive|Close|Way|Court|Place|Square|"
    r"Crescent|Terrace|Gardens|Grove|Row|Hill|Boulevard)(?![\w])"
)
# The town someone lives in: "ik woon in Amstelveen", "I have lived in Utrecht since".
RESIDENCE = re.compile(
    r"(?i)\b(?:woon|wonend|woonachtig|live|lived|living)"
    r"(?:[ \t]+(?:al|nu|sinds \d{4}|since \d{4}|now))*[ \t]+(?:in|te)[ \t]+"
    r"(?-i:((?:'s-)?[A-Z][\w'’-]+(?:[ \t](?:aan|op|den|de|der|[A-Z][\w'’-]+)){0,2}))"
)
_NOT_A_TOWN = frozenset(
    ["Nederland", "Netherlands", "Holland", "Europa", "Europe", "Engeland", "England", "Dutch"]
)
POSTBUS = re.compile(r"\b(?:Postbus|P\.?O\.? Box)[ \t]+\d{1,6}\b")
ADDRESS_LABEL = re.compile(
    r"(?im)^[ \t]*(?:adres|woonadres|woonplaats|address|home address|city|town|residence|"
    r"place of residence)[ \t]*:[ \t]*(.+)$"
)


def find_contact(text: str) -> Iterator[Span]:
    """Yield e-mail, link, account, phone, postcode and street address suggestions."""
    yield from _simple(text, EMAIL, PiiCategory.EMAIL)
    for m in URL.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in ".,;:!?)'\"":
            end -= 1
        span = make_span(text, m.start(), end, PiiCategory.URL, _SRC)
        if span:
            yield span
    yield from _simple(text, HANDLE, PiiCategory.HANDLE)
    for m in HANDLE_LABEL.finditer(text):
        span = make_span(text, m.start(1), m.end(1), PiiCategory.HANDLE, _SRC)
        if span:
            yield span
    yield from _phones(text)
    yield from _postcodes(text)
    for pattern in (NL_STREET, EN_STREET, POSTBUS):
        yield from _simple(text, pattern, PiiCategory.ADDRESS)
    for m in RESIDENCE.finditer(text):
        if m.group(1).split()[0] not in _NOT_A_TOWN and m.group(1) != "the":
            span = make_span(text, m.start(1), m.end(1), PiiCategory.ADDRESS, "context")
            if span:
                yield span
    for m in ADDRESS_LABEL.finditer(text):
        span = make_span(text, m.start(1), m.end(1), PiiCategory.ADDRESS, "context")
        if span:
            yield span


def _simple(text: str, pattern: re.Pattern[str], category: PiiCategory) -> Iterator[Span]:
    for m in pattern.finditer(text):
        span = make_span(text, m.start(), m.end(), category, _SRC)
        if span:
            yield span


def _phones(text: str) -> Iterator[Span]:
    for m in PHONE.finditer(text):
        raw = m.group()
        end = m.end()
        while raw and raw[-1] in " \t.-(":
            raw = raw[:-1]
            end -= 1
        digits = re.sub(r"\D", "", raw)
        international = raw.startswith(("+", "00"))
        if international:
            ok = 9 <= len(digits) <= 15
        else:
            ok = raw.lstrip("(").startswith("0") and len(digits) == 10
        if ok and _looks_like_phone(raw):
            span = make_span(text, m.start(), end, PiiCategory.PHONE, _SRC)
            if span:
                yield span


def _looks_like_phone(raw: str) -> bool:
    # Dates like 01-02-2003 or 2003.01.02 are not phone numbers.
    if re.fullmatch(r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}", raw):
        return False
    return raw.count("(") == raw.count(")")


def _postcodes(text: str) -> Iterator[Span]:
    for pattern in (NL_POSTCODE, UK_POSTCODE):
        for m in pattern.finditer(text):
            span = make_span(text, m.start(), m.end(), PiiCategory.POSTCODE, _SRC)
            if not span:
                continue
            yield span
            town = TOWN_AFTER.match(text, m.end())
            if town:
                town_span = make_span(
                    text, town.start(1), town.end(1), PiiCategory.ADDRESS, _SRC
                )
                if town_span:
                    yield town_span
