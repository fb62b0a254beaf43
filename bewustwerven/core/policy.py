"""Policy profiles: the rules' settings as versioned data (in the UI: beleidsprofiel).

A profile is a TOML file (``resources/policies/amsterdam.toml`` is the default). Loading
checks every key against the schema below, so a malformed profile fails at once with a
message that names the key, instead of somewhere in a gate later.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from bewustwerven.core.findings import Severity

DEFAULT_PROFILE = "amsterdam"

_SEV = "severity"
# rule code -> {key: type}; every key listed is required unless it is in _OPTIONAL.
_RULE_SCHEMA: dict[str, dict[str, type | tuple[type, ...]]] = {
    "CRIT-MAX": {_SEV: str, "max_criteria": int},
    "CRIT-Q": {_SEV: str, "min_questions": int, "required_anchors": list},
    "COM-SIZE": {_SEV: str, "min_members": int},
    "COM-HR": {_SEV: str, "required": bool},
    "COM-TRAIN": {"chair_severity": str, "member_severity": str, "member_block_from_scale": int},
    "COM-GENDER": {_SEV: str, "min_share": (int, float)},
    "COM-AGE": {_SEV: str, "enabled": bool, "min_spread_years": int},
    "COM-OUTSIDE": {_SEV: str, "min_members": int},
    "COM-DIVERSE": {_SEV: str, "min_members": int},
    "COI": {_SEV: str},
    "CHAN": {_SEV: str, "min_channels": int, "min_diverse_channels": int, "from_scale": int},
    "SCORE-INDEP": {_SEV: str, "bypassable": bool},
    "SCORE-COMPLETE": {_SEV: str},
    "SCORE-LOCK": {_SEV: str},
    "ROONEY": {_SEV: str, "from_scale": int, "min_invited": int},
    "PREF": {_SEV: str, "from_scale": int, "margin": (int, float)},
    "PREF-AGE": {_SEV: str},
    "TEXT": {"preference_statement_severity": str},
    "RETAIN": {"days": int, "days_with_consent": int},
    "SUPPRESS": {"min_count": int},
}
_OPTIONAL_RULE_KEYS = {"source", "enabled"}
# The rules a profile may switch off (``enabled = false``): those with a row in the
# registry (core/registry.py reads ``enabled``; a test checks both lists agree).
# Independent scoring, retention and suppression are enforced and cannot be switched off.
SWITCHABLE = frozenset(_RULE_SCHEMA) - {"SCORE-INDEP", "RETAIN", "SUPPRESS"}
# The keys outside [rules.*], each read by the code named.
_SECTION_KEYS: dict[str, set[str]] = {
    # head: shown in the admin screen and the reports (label, title, organisation)
    "profile": {"name", "version", "title_nl", "title_en", "organisation", "valid_from"},
    "scoring": {"scale_min", "scale_max"},
    "target_group": {"classification", "groups"},  # core/origin TargetGroup
    "targets": {"from_scale", "outside_europe_share", "under_35_share", "source"},  # reports
}
_SEVERITY_KEYS = {_SEV, "chair_severity", "member_severity", "preference_statement_severity"}


class PolicyError(ValueError):
    """A policy profile that cannot be used; the message names the offending key."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"beleidsprofiel: {key}: {problem} / policy profile: {key}: {problem}")
        self.key = key
        self.problem = problem


@dataclass(frozen=True, slots=True)
class RuleSettings:
    """The settings of one rule in a profile."""

    code: str
    values: Mapping[str, Any]

    @property
    def source(self) -> str:
        return str(self.values.get("source", ""))

    @property
    def enabled(self) -> bool:
        return bool(self.values.get("enabled", True))

    @property
    def severity(self) -> Severity:
        return Severity(self.values.get(_SEV, "block"))

    def sev(self, key: str) -> Severity:
        return Severity(self.values[key])

    def int(self, key: str) -> int:
        return int(self.values[key])

    def float(self, key: str) -> float:
        return float(self.values[key])

    def bool(self, key: str) -> bool:
        return bool(self.values[key])

    def list(self, key: str) -> list[Any]:
        return list(self.values[key])


@dataclass(frozen=True, slots=True)
class PolicyProfile:
    name: str
    version: int
    title_nl: str
    title_en: str
    organisation: str
    scale_min: int
    scale_max: int
    target_group: Mapping[str, Any]
    targets: Mapping[str, Any]
    rules: Mapping[str, RuleSettings] = field(default_factory=dict)
    raw_toml: str = ""

    @property
    def label(self) -> str:
        return f"{self.name} v{self.version}"

    def rule(self, code: str) -> RuleSettings:
        try:
            return self.rules[code]
        except KeyError:
            raise PolicyError(f"rules.{code}", "ontbreekt / missing") from None

    def title(self, lang: str = "nl") -> str:
        return self.title_en if lang == "en" else self.title_nl


def _need(table: Mapping[str, Any], key: str, typ: type | tuple[type, ...], where: str) -> Any:
    if key not in table:
        raise PolicyError(f"{where}.{key}", "ontbreekt / missing")
    value = table[key]
    if isinstance(value, bool) and typ in (int, float, (int, float)):
        raise PolicyError(
            f"{where}.{key}", f"moet een getal zijn, niet {value!r} / must be a number"
        )
    if not isinstance(value, typ):
        names = typ.__name__ if isinstance(typ, type) else "/".join(t.__name__ for t in typ)
        raise PolicyError(f"{where}.{key}", f"verwacht {names}, kreeg {value!r} / expected {names}")
    return value


def _known_keys(data: Mapping[str, Any], sections: Mapping[str, Mapping[str, Any]]) -> None:
    """A key nobody reads is refused: a profile says only what the program does."""
    for top in data:
        if top not in sections and top != "rules":
            raise PolicyError(top, "onbekende tabel / unknown table")
    for name, table in sections.items():
        for key in table:
            if key not in _SECTION_KEYS[name]:
                raise PolicyError(f"{name}.{key}", "onbekende sleutel / unknown key")


def _text_settings(table: Mapping[str, Any]) -> None:
    from bewustwerven.core.textcheck.settings import settings_from_profile  # lazy: word lists

    try:
        settings_from_profile(table)
    except (TypeError, ValueError) as exc:
        raise PolicyError("rules.TEXT.settings", str(exc)) from exc


def parse_stored_profile(text: str) -> PolicyProfile:
    """A profile version read back from the database. It was valid when it was stored; a rule
    added to the method since then has no table in it, so that rule gets the shipped default
    profile's table (the old version keeps meaning what it meant for every other rule)."""
    return parse_profile(text, missing_rules=_default_rule_tables())


@cache
def _default_rule_tables() -> dict[str, dict[str, Any]]:
    return {code: dict(r.values) for code, r in load_default_profile().rules.items()}


def parse_profile(
    text: str, *, missing_rules: Mapping[str, Mapping[str, Any]] | None = None
) -> PolicyProfile:
    """Parse and validate a profile's TOML text. Every rule needs its table, unless
    ``missing_rules`` gives one (``parse_stored_profile``)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError("(bestand / file)", f"geen geldige TOML / not valid TOML: {exc}") from exc
    head = data.get("profile")
    if not isinstance(head, dict):
        raise PolicyError("profile", "ontbreekt / missing")
    version = _need(head, "version", int, "profile")
    if version < 1:
        raise PolicyError("profile.version", "moet 1 of hoger zijn / must be at least 1")
    scoring = data.get("scoring")
    if not isinstance(scoring, dict):
        raise PolicyError("scoring", "ontbreekt / missing")
    smin = _need(scoring, "scale_min", int, "scoring")
    smax = _need(scoring, "scale_max", int, "scoring")
    if smax - smin < 2:
        raise PolicyError(
            "scoring.scale_max", "schaal heeft minstens 3 punten nodig / needs 3 points"
        )
    rules_table = data.get("rules")
    if not isinstance(rules_table, dict):
        raise PolicyError("rules", "ontbreekt / missing")
    rules: dict[str, RuleSettings] = {}
    for code, schema in _RULE_SCHEMA.items():
        where = f"rules.{code}"
        table = rules_table.get(code)
        if table is None and missing_rules is not None and code in missing_rules:
            table = dict(missing_rules[code])
        if not isinstance(table, dict):
            raise PolicyError(where, "ontbreekt / missing")
        for key, typ in schema.items():
            value = _need(table, key, typ, where)
            if key in _SEVERITY_KEYS and value not in ("block", "warn", "info"):
                raise PolicyError(f"{where}.{key}", f"kies block, warn of info, niet {value!r}")
        for key in table:
            if code == "TEXT" and key == "settings":
                _text_settings(table)  # the text check's own table: its keys are checked there
                continue
            if key not in schema and key not in _OPTIONAL_RULE_KEYS:
                raise PolicyError(f"{where}.{key}", "onbekende sleutel / unknown key")
        if "enabled" in table:
            if code not in SWITCHABLE:
                raise PolicyError(
                    f"{where}.enabled",
                    "deze regel kan niet uit / this rule cannot be switched off",
                )
            _need(table, "enabled", bool, where)
        rules[code] = RuleSettings(code, dict(table))
    if rules["SCORE-INDEP"].values.get(_SEV) != "block":
        raise PolicyError(
            "rules.SCORE-INDEP.severity",
            "moet block zijn: onafhankelijk scoren wordt altijd afgedwongen / must be block",
        )
    if rules["SCORE-INDEP"].values.get("bypassable") is not False:
        raise PolicyError(
            "rules.SCORE-INDEP.bypassable",
            "moet false zijn: onafhankelijk scoren is nooit te omzeilen / must be false",
        )
    for code in rules_table:
        if code not in _RULE_SCHEMA:
            raise PolicyError(f"rules.{code}", "onbekende regel / unknown rule")
    target_group = data.get("target_group")
    if not isinstance(target_group, dict):
        raise PolicyError("target_group", "ontbreekt / missing")
    for key in ("classification", "groups"):
        _need(target_group, key, str if key == "classification" else list, "target_group")
    targets = data.get("targets", {})
    if not isinstance(targets, dict):
        raise PolicyError("targets", "moet een tabel zijn / must be a table")
    _known_keys(data, {"profile": head, "scoring": scoring, "target_group": target_group,
                       "targets": targets})
    return PolicyProfile(
        name=str(_need(head, "name", str, "profile")),
        version=version,
        title_nl=str(head.get("title_nl", head["name"])),
        title_en=str(head.get("title_en", head["name"])),
        organisation=str(head.get("organisation", "")),
        scale_min=smin,
        scale_max=smax,
        target_group=dict(target_group),
        targets=dict(targets),
        rules=rules,
        raw_toml=text,
    )


def load_default_profile(name: str = DEFAULT_PROFILE) -> PolicyProfile:
    """The profile shipped under ``resources/policies/NAME.toml``."""
    path = resources.files("bewustwerven.resources").joinpath("policies", f"{name}.toml")
    return parse_profile(path.read_text(encoding="utf-8"))
