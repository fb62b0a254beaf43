"""Target groups (TargetGroup; in the UI: doelgroep) on top of the origin classification.

The policy profile names the group the Rooney and preference rules protect, e.g.
``{"classification": "cbs2022", "groups": ["outside_europe"]}`` (the Amsterdam default) or
``{"classification": "legacy", "groups": ["non_western"]}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from bewustwerven.core.origin.classify import Origin
from bewustwerven.core.origin.groups import (
    DETAIL_LABELS,
    GROUP_LABELS,
    OriginDetail,
    OriginGroup,
    check_language,
)


class Classification(StrEnum):
    CBS2022 = "cbs2022"
    LEGACY = "legacy"


class LegacyGroup(StrEnum):
    """Pre-2022 CBS groups: western / non-western migration background, or none."""

    WESTERN = "western"
    NON_WESTERN = "non_western"
    NETHERLANDS = "netherlands"  # no migration background


LEGACY_LABELS: dict[LegacyGroup, tuple[str, str]] = {
    LegacyGroup.WESTERN: ("westerse migratieachtergrond", "western migration background"),
    LegacyGroup.NON_WESTERN: ("niet-westerse migratieachtergrond",
                              "non-western migration background"),
    LegacyGroup.NETHERLANDS: ("geen migratieachtergrond", "no migration background"),
}

_CBS2022_KEYS: dict[str, OriginGroup | OriginDetail] = {
    **{g.value: g for g in OriginGroup if g is not OriginGroup.UNKNOWN},
    **{d.value: d for d in OriginDetail if d.value not in {g.value for g in OriginGroup}},
}
_LEGACY_KEYS = tuple(g.value for g in LegacyGroup)
_MAPPING_KEYS = ("classification", "groups")


def legacy_group(origin: Origin) -> LegacyGroup | None:
    """The pre-2022 group of an origin; None when the origin is unknown."""
    if not origin.known:
        return None
    if origin.legacy_western is None:
        return LegacyGroup.NETHERLANDS
    return LegacyGroup.WESTERN if origin.legacy_western else LegacyGroup.NON_WESTERN


@dataclass(frozen=True, slots=True)
class TargetGroup:
    """The group the Rooney and preference rules protect, as set in the policy profile.

    ``groups`` holds CBS 2022 keys (an :class:`OriginGroup` other than unknown, or an
    :class:`OriginDetail` such as ``turkey``) or, for the legacy classification,
    :class:`LegacyGroup` keys. A person belongs when their origin matches any of them.
    """

    classification: Classification
    groups: tuple[str, ...]

    def __post_init__(self) -> None:
        if not isinstance(self.classification, Classification):
            raise ValueError(
                f"target_group.classification: onbekende waarde / unknown value "
                f"{self.classification!r} (kies / choose: "
                f"{', '.join(c.value for c in Classification)})")
        if not isinstance(self.groups, tuple) or not self.groups:
            raise ValueError(f"target_group.groups: verwacht een niet-lege lijst / expected a "
                             f"non-empty list, not {self.groups!r}")
        allowed = (tuple(_CBS2022_KEYS) if self.classification is Classification.CBS2022
                   else _LEGACY_KEYS)
        for group in self.groups:
            if group not in allowed:
                raise ValueError(
                    f"target_group.groups: onbekende groep / unknown group {group!r} for "
                    f"{self.classification.value} (kies / choose: {', '.join(allowed)})")

    @classmethod
    def from_mapping(cls, mapping: object) -> TargetGroup:
        """Build from ``{"classification": "cbs2022", "groups": ["outside_europe"]}``.

        Raises ValueError naming the bad key or value.
        """
        if not isinstance(mapping, Mapping):
            raise ValueError("target_group: verwacht een tabel met 'classification' en 'groups'"
                             " / expected a table with 'classification' and 'groups'")
        for key in mapping:
            if key not in _MAPPING_KEYS:
                raise ValueError(f"target_group: onbekende sleutel / unknown key {key!r}")
        for key in _MAPPING_KEYS:
            if key not in mapping:
                raise ValueError(f"target_group: sleutel ontbreekt / missing key {key!r}")
        raw_class, raw_groups = mapping["classification"], mapping["groups"]
        try:
            classification = Classification(raw_class)
        except ValueError:
            classification = raw_class  # __post_init__ names the bad value
        if isinstance(raw_groups, str) or not isinstance(raw_groups, list | tuple):
            raise ValueError(f"target_group.groups: verwacht een lijst / expected a list, "
                             f"not {raw_groups!r}")
        for group in raw_groups:
            if not isinstance(group, str):
                raise ValueError(f"target_group.groups: onbekende groep / unknown group {group!r}")
        return cls(classification, tuple(dict.fromkeys(raw_groups)))

    @classmethod
    def default(cls) -> TargetGroup:
        """The Amsterdam profile: CBS 2022, origin outside Europe."""
        return cls(Classification.CBS2022, (OriginGroup.OUTSIDE_EUROPE.value,))

    def to_mapping(self) -> dict[str, object]:
        return {"classification": self.classification.value, "groups": list(self.groups)}

    def contains(self, origin: Origin) -> bool | None:
        """True or False for a known origin; None when the origin is unknown."""
        if not origin.known:
            return None
        if self.classification is Classification.LEGACY:
            return legacy_group(origin) in self.groups
        return origin.group in self.groups or origin.detail in self.groups

    def label(self, lang: str = "nl") -> str:
        """E.g. "herkomst buiten Europa" / "origin outside Europe"."""
        index = check_language(lang)
        if self.classification is Classification.LEGACY:
            names = [LEGACY_LABELS[LegacyGroup(g)][index] for g in self.groups]
            suffix = (" (oude CBS-indeling)", " (former CBS classification)")[index]
            return (" of ", " or ")[index].join(names) + suffix
        names = []
        for key in self.groups:
            item = _CBS2022_KEYS[key]
            pair = GROUP_LABELS[item] if isinstance(item, OriginGroup) else DETAIL_LABELS[item]
            names.append(pair[index])
        return ("herkomst ", "origin ")[index] + (" of ", " or ")[index].join(names)
