"""Context rules that find person names.

A name is a chain of capitalised words, initials and particles on one line
("J.W. van der Berg", "Fatima el Amrani-Bouzid"). A chain counts as a name when
context says so: a "Naam:" field, a salutation, the lines after a closing formula,
"mijn naam is", a title such as "dhr." or "Dr.", or the first line of a CV. Words of
a name found once are looked for again in the rest of the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bewustwerven.core.redact.model import PiiCategory, Span
from bewustwerven.core.redact.namelists import (
    PARTICLES,
    TITLES,
    first_names,
    is_known_name,
    is_stopword,
)

_WORD = re.compile(
    r"(?:[^\W\d_]\.){1,4}(?![^\W\d_])|'t\b|[^\W\d_]+(?:['’-][^\W\d_]+)*\.?|[^\W\d_]'"
)
_GAP = re.compile(r"[ \t]{1,3}|[ \t]*-[ \t]*|,[ \t]*(?=[^\W\d_]\.)")
_TITLE_PREFIX = re.compile(
    r"(?i)(?:(?:dhr|mevr|mw|mej|mr|mrs|ms|dr|drs|ir|ing|prof|ds)\.?|de heer|mevrouw|meneer|"
    r"heer|miss|sir)[ \t]+"
)
LABEL = re.compile(
    r"(?im)^[ \t]*(?:naam|name|volledige naam|full name|voornaam|voornamen|achternaam|"
    r"roepnaam|surname|first name|last name|referent(?:ie)?|referee|reference|"
    r"contactpersoon|contact person|contact|leidinggevende|manager|supervisor|"
    r"ondertekend|signed|from|van|aan|to|t\.a\.v\.|attn\.?)[ \t]*:[ \t]*"
)
SALUTATION = re.compile(r"\b(?:Geachte|Beste|Lieve|Dear|Hallo|Hello|Hi|Beste)[ \t]+")
CLOSING = re.compile(
    r"(?im)^[ \t]*(?:met )?(?:vriendelijke|hartelijke|beste|warme) groet(?:en)?,?[ \t]*$"
    r"|^[ \t]*hoogachtend,?[ \t]*$|^[ \t]*(?:kind|best|warm|with kind) regards,?[ \t]*$"
    r"|^[ \t]*yours (?:sincerely|faithfully|truly),?[ \t]*$|^[ \t]*(?:sincerely|regards),?[ \t]*$"
    r"|^[ \t]*groet(?:en)?,?[ \t]*$"
)
INTRO = re.compile(
    r"(?i)\b(?:mijn naam is|my name is|ik heet|ik ben|i am|i'm|i’m|genaamd|named|called)[ \t]+"
)
REFERENCE = re.compile(
    r"(?i)\b(?:collega|colleague|leidinggevende|manager|supervisor|mentor|referent|"
    r"begeleider|docent|teacher|professor|directeur|director)[ \t]*,?[ \t]+(?-i:(?=[A-Z]))"
)
TITLE = re.compile(
    r"(?<![\w.])(?i:prof|dr|drs|ir|ing|dhr|mevr|mw|mej|mrs?|ms)\.?[ \t]+(?=[A-Z])"
    r"|\b(?i:de heer|mevrouw|meneer|miss)[ \t]+(?=[A-Z])"
)
# After a first name: optional particles, then a capitalised word ("Erik de Jong").
_PAIR_TAIL = re.compile(
    r"[ \t]+(?:(?:van|de|der|den|ter|ten|te|'t|el|al|ben|bin|da|dos|von)[ \t]+)*"
    r"[^\W\d_a-z][^\W\d_]"
)
_CAPITAL = re.compile(r"(?<![\w'’-])[^\W\d_a-z][^\W\d_]+")

_SRC = "context"


def find_names(text: str) -> Iterator[Span]:
    """Yield name suggestions from context rules, then their repeats elsewhere."""
    found: list[Span] = []
    for start, strict in _starts(text):
        span = _chain(text, start, strict)
        if span is not None:
            found.append(span)
    yield from found
    yield from _propagate(text, found)


def _starts(text: str) -> Iterator[tuple[int, bool | str]]:
    """Positions where a name may begin.

    ``strict`` asks for a known name word; ``"pair"`` asks for at least two words.
    """
    for m in LABEL.finditer(text):
        yield _skip_title(text, m.end()), False
    for m in SALUTATION.finditer(text):
        yield _skip_title(text, m.end()), False
    for m in REFERENCE.finditer(text):
        yield _skip_title(text, m.end()), True
    for m in TITLE.finditer(text):
        yield _skip_title(text, m.end()), False
    # A known first name followed by another capitalised word: "Pieter Smit".
    names = first_names()
    for m in _CAPITAL.finditer(text):
        word = m.group()
        if word in names and not is_stopword(word) and _PAIR_TAIL.match(text, m.end()):
            yield m.start(), "pair"
    for m in INTRO.finditer(text):
        strict = m.group().lower().startswith(("ik ben", "i am", "i'm", "i’m"))
        yield m.end(), strict
    for m in CLOSING.finditer(text):
        pos = m.end()
        for _ in range(3):
            nl = text.find("\n", pos)
            if nl < 0:
                break
            pos = nl + 1
            line_end = text.find("\n", pos)
            line = text[pos : line_end if line_end >= 0 else len(text)]
            if line.strip():
                yield _skip_title(text, pos + len(line) - len(line.lstrip())), False
                break
    for index, (line_start, line) in enumerate(_first_lines(text, 2)):
        # A CV or letter header: a name line followed closely by contact details.
        nearby = text[line_start + len(line) : line_start + len(line) + 200]
        header = index == 0 and bool(re.search(r"@|\+?\d[\d \t()-]{8,}\d", nearby))
        yield line_start + len(line) - len(line.lstrip()), "header" if header else True


def _first_lines(text: str, count: int) -> Iterator[tuple[int, str]]:
    pos = 0
    seen = 0
    while pos < len(text) and seen < count:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.strip():
            seen += 1
            yield pos, line
        pos = end + 1


def _skip_title(text: str, pos: int) -> int:
    while True:
        m = _TITLE_PREFIX.match(text, pos)
        if not m:
            return pos
        pos = m.end()


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _is_initials(word: str) -> bool:
    return bool(re.fullmatch(r"(?:[^\W\d_]\.){1,4}", word)) and word[:1].isupper()


def _chain(text: str, start: int, strict: bool | str) -> Span | None:
    """The longest name-like chain of words starting at ``start``."""
    pos = start
    last_end = -1
    first_end = -1
    words: list[str] = []
    while len(words) < 7:
        m = _WORD.match(text, pos)
        if not m:
            break
        word = m.group()
        bare = word.rstrip(".") if not _is_initials(word) else word
        low = bare.lower()
        if low in PARTICLES or _is_initials(word):
            pass
        elif _is_cap(bare) and not is_stopword(bare) and low not in TITLES:
            last_end = m.start() + len(bare)
        else:
            break
        if first_end < 0:
            first_end = m.start() + len(bare)
        words.append(bare)
        if bare != word and not _is_initials(word):
            break  # a full stop ends the sentence
        gap = _GAP.match(text, m.end())
        if not gap:
            break
        pos = gap.end()
    if last_end <= start:
        return None
    content = [w for w in words if w.lower() not in PARTICLES and not _is_initials(w)]
    if strict == "pair":
        if len(content) < 2:
            return None
    elif strict == "header":
        line_end = text.find("\n", start)
        rest = text[last_end : line_end if line_end >= 0 else len(text)]
        if len(content) < 2 or rest.strip(" \t|,·"):
            return None
    elif strict and not any(is_known_name(w) for w in content):
        return None
    return Span(start, last_end, PiiCategory.NAME, text[start:last_end], _SRC)


def _propagate(text: str, found: list[Span]) -> Iterator[Span]:
    tokens: set[str] = set()
    for span in found:
        for word in re.split(r"[ \t,]+", span.text):
            for part in (word, *word.split("-")):
                if len(part) >= 3 and part[:1].isupper() and not is_stopword(part):
                    tokens.add(part)
    if not tokens:
        return
    pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in sorted(tokens, key=len, reverse=True))
        + r")(?![\w])"
    )
    for m in pattern.finditer(text):
        start = _extend_left(text, m.start())
        chain = _chain(text, start, False)
        if chain is not None and chain.end >= m.end():
            yield Span(chain.start, chain.end, chain.category, chain.text, "repeat")
        else:
            yield Span(m.start(), m.end(), PiiCategory.NAME, m.group(), "repeat")


def _extend_left(text: str, pos: int) -> int:
    """Move left over particles and initials that belong to the same name."""
    while True:
        window = max(0, pos - 40)
        m = _LEFT_WORD.search(text, window, pos)
        if not m:
            return pos
        word = m.group(1)
        if word.lower() in PARTICLES or _is_initials(word):
            pos = m.start(1)
        else:
            return pos


_LEFT_WORD = re.compile(r"(?:^|(?<=[ \t]))((?:[^\W\d_]\.){1,4}|[^\W\d_]+|'t)[ \t]+$")
