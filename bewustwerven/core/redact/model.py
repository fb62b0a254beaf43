"""Value types of the redactor: categories, spans and their Dutch placeholders."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class PiiCategory(StrEnum):
    """Kinds of personal data the redactor looks for."""

    NAME = "name"
    EMAIL = "email"
    PHONE = "phone"
    ADDRESS = "address"
    POSTCODE = "postcode"
    DATE = "date"
    AGE = "age"
    YEAR = "year"
    NATIONALITY = "nationality"
    BIRTHPLACE = "birthplace"
    GENDER = "gender"
    URL = "url"
    HANDLE = "handle"


# Placeholders carry the category only, never the length of what they replace.
PLACEHOLDERS: dict[PiiCategory, str] = {
    PiiCategory.NAME: "[naam]",
    PiiCategory.EMAIL: "[e-mail]",
    PiiCategory.PHONE: "[telefoon]",
    PiiCategory.ADDRESS: "[adres]",
    PiiCategory.POSTCODE: "[postcode]",
    PiiCategory.DATE: "[datum]",
    PiiCategory.AGE: "[leeftijd]",
    PiiCategory.YEAR: "[jaartal]",
    PiiCategory.NATIONALITY: "[nationaliteit]",
    PiiCategory.BIRTHPLACE: "[geboorteplaats]",
    PiiCategory.URL: "[link]",
    PiiCategory.HANDLE: "[account]",
}
# Gender markers get one of two placeholders: a title or salutation, or a pronoun.
GENDER_TITLE_PLACEHOLDER = "[aanhef]"
GENDER_PRONOUN_PLACEHOLDER = "[voornaamwoord]"

# Which categories win when two suggestions overlap (lower number wins).
PRIORITY: dict[PiiCategory, int] = {
    c: i
    for i, c in enumerate(
        [
            PiiCategory.EMAIL,
            PiiCategory.URL,
            PiiCategory.HANDLE,
            PiiCategory.PHONE,
            PiiCategory.DATE,
            PiiCategory.POSTCODE,
            PiiCategory.ADDRESS,
            PiiCategory.BIRTHPLACE,
            PiiCategory.AGE,
            PiiCategory.NATIONALITY,
            PiiCategory.NAME,
            PiiCategory.YEAR,
            PiiCategory.GENDER,
        ]
    )
}


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of personal data: ``text == document[start:end]``.

    ``source`` says who suggested it: a detector name (``"pattern"``, ``"context"``,
    ``"deduce"``...) or ``"user"`` for a span a recruiter added by hand.
    """

    start: int
    end: int
    category: PiiCategory
    text: str
    source: str = "pattern"

    def __post_init__(self) -> None:
        if self.start < 0 or self.end <= self.start:
            raise ValueError(f"invalid span bounds {self.start}..{self.end}")
        if len(self.text) != self.end - self.start:
            raise ValueError("span text length does not match its bounds")

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def to_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "category": str(self.category),
            "text": self.text,
            "source": self.source,
        }


def make_span(
    text: str, start: int, end: int, category: PiiCategory, source: str
) -> Span | None:
    """Build a span from document offsets, trimming whitespace; ``None`` when empty."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    return Span(start, end, category, text[start:end], source)
