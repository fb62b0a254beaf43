"""The country table (``resources/countries.csv``), read once at run time.

The CSV's comment header names its sources and the choices made for countries that lie in
two continents. No third-party package is needed to read it.
"""

from __future__ import annotations

import csv
import functools
import io
import unicodedata
from dataclasses import dataclass
from importlib.resources import files

from bewustwerven.core.origin.groups import Continent, OriginDetail, OriginGroup, check_language

NETHERLANDS = "NL"

_GROUP_FROM_CSV = {
    "nl": OriginGroup.NETHERLANDS,
    "europe": OriginGroup.EUROPE,
    "outside_europe": OriginGroup.OUTSIDE_EUROPE,
}


class UnknownCountry(ValueError):
    """A country code that is not an ISO 3166-1 alpha-2 code in our table."""

    def __init__(self, code: object) -> None:
        self.code = code
        super().__init__(
            f"Onbekende landcode {code!r}: gebruik een ISO 3166-1-code van twee letters, "
            f"zoals 'NL'. / Unknown country code {code!r}: use a two-letter ISO 3166-1 code "
            f"such as 'NL'."
        )


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name_nl: str
    name_en: str
    continent: Continent
    cbs_group: OriginGroup
    cbs_detail: OriginDetail
    legacy_western: bool

    def name(self, lang: str = "nl") -> str:
        return (self.name_nl, self.name_en)[check_language(lang)]


def collation_key(text: str) -> str:
    """Dutch list order: accents and case do not count ("Åland" sorts as "aland")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _parse_row(row: dict[str, str], line: int) -> Country:
    try:
        return Country(
            code=row["code"],
            name_nl=row["name_nl"],
            name_en=row["name_en"],
            continent=Continent(row["continent"]),
            cbs_group=_GROUP_FROM_CSV[row["cbs_group"]],
            cbs_detail=OriginDetail(row["cbs_detail"]),
            legacy_western={"1": True, "0": False}[row["legacy_western"]],
        )
    except (KeyError, ValueError) as exc:
        raise ValueError(f"countries.csv, data row {line}: bad value ({exc})") from exc


def parse_table(text: str) -> dict[str, Country]:
    """Countries by code from the CSV text; '#' lines at any place are comments."""
    data = io.StringIO("".join(ln for ln in text.splitlines(keepends=True)
                               if not ln.startswith("#")))
    table: dict[str, Country] = {}
    for line, row in enumerate(csv.DictReader(data), start=1):
        item = _parse_row(row, line)
        if item.code in table:
            raise ValueError(f"countries.csv: code {item.code} appears twice")
        table[item.code] = item
    return table


@functools.cache
def _table() -> dict[str, Country]:
    resource = files("bewustwerven.resources").joinpath("countries.csv")
    return parse_table(resource.read_text(encoding="utf-8"))


@functools.cache
def _sorted(lang: str) -> tuple[Country, ...]:
    index = check_language(lang)
    return tuple(sorted(_table().values(),
                        key=lambda c: (collation_key((c.name_nl, c.name_en)[index]), c.code)))


def countries(lang: str = "nl") -> list[Country]:
    """All countries, sorted by their name in ``lang`` (for the self-identification form)."""
    return list(_sorted(lang))


def country(code: str) -> Country:
    """The country with ISO 3166-1 alpha-2 ``code`` (upper case, as in the CSV)."""
    found = _table().get(code) if isinstance(code, str) else None
    if found is None:
        raise UnknownCountry(code)
    return found
