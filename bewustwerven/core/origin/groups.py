"""The vocabulary of the origin classification: continents, CBS 2022 groups, labels."""

from __future__ import annotations

from enum import StrEnum

LANGUAGES = ("nl", "en")


def check_language(lang: str) -> int:
    """Index of ``lang`` in :data:`LANGUAGES`; a clear ValueError for anything else."""
    if lang not in LANGUAGES:
        raise ValueError(f"Taal {lang!r} bestaat niet, kies 'nl' of 'en'. / Language {lang!r} "
                         f"is not supported, choose 'nl' or 'en'.")
    return LANGUAGES.index(lang)


class Continent(StrEnum):
    EUROPE = "europe"
    AFRICA = "africa"
    ASIA = "asia"
    AMERICA = "america"
    OCEANIA = "oceania"


class OriginGroup(StrEnum):
    """CBS 2022 main groups, plus ``unknown`` when the answers do not decide it."""

    NETHERLANDS = "netherlands"
    EUROPE = "europe"  # Europe excluding the Netherlands
    OUTSIDE_EUROPE = "outside_europe"
    UNKNOWN = "unknown"


class OriginDetail(StrEnum):
    """CBS 2022 detail: the five large countries of origin, else the continent."""

    NETHERLANDS = "netherlands"
    TURKEY = "turkey"
    MOROCCO = "morocco"
    SURINAME = "suriname"
    DUTCH_CARIBBEAN = "dutch_caribbean"
    INDONESIA = "indonesia"
    EUROPE = "europe"
    AFRICA = "africa"
    ASIA = "asia"
    AMERICA = "america"
    OCEANIA = "oceania"


class Generation(StrEnum):
    NATIVE = "native"  # born in NL, both parents born in NL
    MIGRANT = "migrant"  # born abroad
    CHILD_OF_MIGRANTS = "child_of_migrants"  # born in NL, at least one parent born abroad
    UNKNOWN = "unknown"


GROUP_LABELS: dict[OriginGroup, tuple[str, str]] = {
    OriginGroup.NETHERLANDS: ("Nederland", "the Netherlands"),
    OriginGroup.EUROPE: ("Europa (zonder Nederland)", "Europe (excluding the Netherlands)"),
    OriginGroup.OUTSIDE_EUROPE: ("buiten Europa", "outside Europe"),
    OriginGroup.UNKNOWN: ("onbekend", "unknown"),
}

DETAIL_LABELS: dict[OriginDetail, tuple[str, str]] = {
    OriginDetail.NETHERLANDS: ("Nederland", "the Netherlands"),
    OriginDetail.TURKEY: ("Turkije", "Türkiye"),
    OriginDetail.MOROCCO: ("Marokko", "Morocco"),
    OriginDetail.SURINAME: ("Suriname", "Suriname"),
    OriginDetail.DUTCH_CARIBBEAN: ("Nederlandse Cariben", "the Dutch Caribbean"),
    OriginDetail.INDONESIA: ("Indonesië", "Indonesia"),
    OriginDetail.EUROPE: ("Europa (zonder Nederland)", "Europe (excluding the Netherlands)"),
    OriginDetail.AFRICA: ("Afrika (zonder Marokko)", "Africa (excluding Morocco)"),
    OriginDetail.ASIA: (
        "Azië (zonder Turkije en Indonesië)",
        "Asia (excluding Türkiye and Indonesia)",
    ),
    OriginDetail.AMERICA: (
        "Amerika (zonder Suriname en de Nederlandse Cariben)",
        "America (excluding Suriname and the Dutch Caribbean)",
    ),
    OriginDetail.OCEANIA: ("Oceanië", "Oceania"),
}

GENERATION_LABELS: dict[Generation, tuple[str, str]] = {
    Generation.NATIVE: ("Nederlandse herkomst", "Dutch origin"),
    Generation.MIGRANT: ("migrant", "migrant"),
    Generation.CHILD_OF_MIGRANTS: ("kind van migrant(en)", "child of migrant(s)"),
    Generation.UNKNOWN: ("onbekend", "unknown"),
}
