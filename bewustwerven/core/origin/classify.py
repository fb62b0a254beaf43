"""Origin from countries of birth: the CBS rule of 2022 ("herkomst").

A candidate may say, voluntarily, in which country they, their mother and their father were
born (ISO 3166-1 alpha-2 codes; ``None`` means "zeg ik liever niet" or unknown). We derive
an origin group from that, never an "ethnicity".

CBS rule:

* born abroad: own country of birth is the country of origin; generation *migrant*;
* born in the Netherlands: the mother's country of birth, unless she was born in the
  Netherlands, then the father's; generation *child of migrant(s)*;
* born in the Netherlands with both parents born in the Netherlands: origin Netherlands.

Unknowns. CBS itself uses the father's country when the mother's is unknown; we follow
that, and decide the rest so that a missing answer never makes someone "Dutch":

* own country unknown: origin unknown, whatever the parents;
* born in NL, one parent unknown, the other born abroad: that parent's country;
* born in NL, one parent unknown and the other born in NL, or both unknown: origin
  unknown (not "Netherlands"): the parent left out may have been born abroad.

``Origin.legacy_western`` carries the pre-2022 "westers / niet-westers" mapping. It follows
the old CBS rule, under which a person with both parents born in the Netherlands had no
migration background even when born abroad: ``None`` then, as for origin Netherlands.
"""

from __future__ import annotations

from dataclasses import dataclass

from bewustwerven.core.origin.countries import NETHERLANDS, Country, country
from bewustwerven.core.origin.groups import (
    DETAIL_LABELS,
    GROUP_LABELS,
    Generation,
    OriginDetail,
    OriginGroup,
    check_language,
)


@dataclass(frozen=True, slots=True)
class Origin:
    """What the CBS 2022 classification says about one person.

    ``legacy_western``: True (western), False (non-western), or None for no migration
    background under the old rule, or an unknown origin.
    """

    group: OriginGroup
    country_code: str | None
    detail: OriginDetail | None
    generation: Generation
    legacy_western: bool | None

    @property
    def known(self) -> bool:
        return self.group is not OriginGroup.UNKNOWN

    def label(self, lang: str = "nl") -> str:
        """The most detailed CBS 2022 name, e.g. "Marokko" or "buiten Europa"."""
        index = check_language(lang)
        if self.detail is None:
            return GROUP_LABELS[self.group][index]
        return DETAIL_LABELS[self.detail][index]


UNKNOWN_ORIGIN = Origin(OriginGroup.UNKNOWN, None, None, Generation.UNKNOWN, None)


def _checked(code: str | None) -> Country | None:
    return None if code is None else country(code)


def _from_country(item: Country, generation: Generation, legacy_native: bool) -> Origin:
    return Origin(
        group=item.cbs_group,
        country_code=item.code,
        detail=item.cbs_detail,
        generation=generation,
        legacy_western=None if legacy_native else item.legacy_western,
    )


def classify(own: str | None, mother: str | None, father: str | None) -> Origin:
    """Origin from the countries of birth of a person, their mother and their father.

    Each argument is an upper-case ISO 3166-1 alpha-2 code, or None for unknown / rather
    not say. Raises :class:`UnknownCountry` for any other value (also for "").
    """
    own_c, mother_c, father_c = _checked(own), _checked(mother), _checked(father)
    if own_c is None:
        return UNKNOWN_ORIGIN
    parents_in_nl = mother == NETHERLANDS and father == NETHERLANDS
    if own_c.code != NETHERLANDS:
        return _from_country(own_c, Generation.MIGRANT, legacy_native=parents_in_nl)
    for parent in (mother_c, father_c):  # the mother leads; the father if she does not decide
        if parent is not None and parent.code != NETHERLANDS:
            return _from_country(parent, Generation.CHILD_OF_MIGRANTS, legacy_native=False)
    if parents_in_nl:
        return _from_country(own_c, Generation.NATIVE, legacy_native=True)
    return UNKNOWN_ORIGIN
