"""Origin from countries of birth (CBS classification 2022) and target groups.

See :mod:`.classify` for the rule and how unknown answers are handled, and the header of
``resources/countries.csv`` for the sources.
"""

from bewustwerven.core.origin.classify import UNKNOWN_ORIGIN, Origin, classify
from bewustwerven.core.origin.countries import Country, UnknownCountry, countries, country
from bewustwerven.core.origin.groups import (
    DETAIL_LABELS,
    GENERATION_LABELS,
    GROUP_LABELS,
    LANGUAGES,
    Continent,
    Generation,
    OriginDetail,
    OriginGroup,
)
from bewustwerven.core.origin.target import (
    LEGACY_LABELS,
    Classification,
    LegacyGroup,
    TargetGroup,
    legacy_group,
)

__all__ = [
    "DETAIL_LABELS",
    "GENERATION_LABELS",
    "GROUP_LABELS",
    "LANGUAGES",
    "LEGACY_LABELS",
    "UNKNOWN_ORIGIN",
    "Classification",
    "Continent",
    "Country",
    "Generation",
    "LegacyGroup",
    "Origin",
    "OriginDetail",
    "OriginGroup",
    "TargetGroup",
    "UnknownCountry",
    "classify",
    "countries",
    "country",
    "legacy_group",
]
