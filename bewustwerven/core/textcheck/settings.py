"""Settings of the vacancy-text check (rules TEXT-* of the method, docs/method.md).

The defaults follow the Amsterdam profile. Plain-language guides do not agree on one
number for B1: one advises an average of about 10 words per sentence (HVDS, "Schrijven op
B1-niveau"), the Direct Duidelijk checklist at most about 12, others 15. We flag a single
sentence only above 15 words, so that an ordinary B1 sentence is never flagged and a
clearly long one always is. Long words: Dutch makes long compounds; guides advise to split
them. We flag a word from 7 syllables or 20 letters on ("verantwoordelijkheden",
"communicatievaardigheden"), not everyday words such as "organisatie" or
"arbeidsvoorwaarden".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any

from bewustwerven.core.textcheck.sections import SECTION_KINDS, normalise_heading

ELEMENTS: tuple[str, ...] = (
    "TASKS",
    "REQUIREMENTS",
    "SALARY",
    "HOURS",
    "LOCATION",
    "APPLY",
    "CLOSING",
)


@dataclass(frozen=True, slots=True)
class TextCheckSettings:
    """What the vacancy-text check looks for, and from which thresholds.

    - ``max_sentence_words``: a sentence with more words than this gets TEXT-B1-SENTENCE.
    - ``long_word_syllables`` / ``long_word_letters``: a word with at least this many
      syllables, or at least this many letters, gets TEXT-B1-WORD.
    - ``preference_scale``: from this salary scale on, the preferential-policy statement
      is required (TEXT-PREF-STATEMENT, block).
    - ``required_elements``: which NVP Sollicitatiecode elements must be in the text.
    - ``balance_margin``: TEXT-BALANCE when masculine-coded words outnumber feminine-coded
      words by at least this many.
    - ``headings``: section kind (profile, tasks, employer, offer, apply) -> the headings
      that open such a section (see ``sections.py``).
    - ``trait_exceptions``: language -> list patterns never counted as gender-coded
      (words that in a vacancy name the work, not the person).

    The defaults of ``headings`` and ``trait_exceptions`` are empty; ``default_settings()``
    gives the settings of the default policy profile.
    """

    max_sentence_words: int = 15
    long_word_syllables: int = 7
    long_word_letters: int = 20
    preference_scale: int = 15
    required_elements: tuple[str, ...] = ELEMENTS
    balance_margin: int = 2
    headings: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    trait_exceptions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in (
            "max_sentence_words",
            "long_word_syllables",
            "long_word_letters",
            "preference_scale",
            "balance_margin",
        ):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{name} must be a whole number of at least 1, not {value!r}")
        if isinstance(self.required_elements, str) or not isinstance(self.required_elements, tuple):
            raise ValueError("required_elements must be a tuple of element names")
        unknown = [e for e in self.required_elements if e not in ELEMENTS]
        if unknown:
            raise ValueError(
                f"unknown element(s) in required_elements: {', '.join(map(str, unknown))}; "
                f"known: {', '.join(ELEMENTS)}"
            )
        for kind in self.headings:
            if kind not in SECTION_KINDS:
                raise ValueError(
                    f"unknown section kind {kind!r} in headings; known: {', '.join(SECTION_KINDS)}"
                )
        for lang in self.trait_exceptions:
            if lang not in ("nl", "en"):
                raise ValueError(f"trait_exceptions: unknown language {lang!r}; use nl or en")

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> TextCheckSettings:
        """Build settings from a plain mapping (e.g. a policy profile section).

        Raises ValueError naming the first unknown key, or a bad value.
        """
        known = {f.name for f in fields(cls)}
        for key in data:
            if key not in known:
                raise ValueError(
                    f"unknown text-check setting {key!r}; known: {', '.join(sorted(known))}"
                )
        values = dict(data)
        if "required_elements" in values:
            elements = values["required_elements"]
            if isinstance(elements, str) or not isinstance(elements, (list, tuple)):
                raise ValueError("required_elements must be a list of element names")
            values["required_elements"] = tuple(str(e).upper() for e in elements)
        if "headings" in values:
            values["headings"] = {
                kind: tuple(normalise_heading(h) for h in _strings(items, f"headings.{kind}"))
                for kind, items in _table(values["headings"], "headings").items()
            }
        if "trait_exceptions" in values:
            values["trait_exceptions"] = {
                lang: _strings(items, f"trait_exceptions.{lang}")
                for lang, items in _table(values["trait_exceptions"], "trait_exceptions").items()
            }
        return cls(**values)


def _table(value: Any, name: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ValueError(f"{name} must be a table")
    return value


def _strings(value: Any, name: str) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        raise ValueError(f"{name} must be a list of texts")
    if not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{name} must hold only non-empty texts")
    return tuple(value)


def settings_from_profile(rule_values: Mapping[str, Any]) -> TextCheckSettings:
    """The text-check settings of a profile's ``[rules.TEXT]`` table (its ``settings``)."""
    return TextCheckSettings.from_mapping(_table(rule_values.get("settings", {}), "settings"))


@cache
def default_settings() -> TextCheckSettings:
    """The settings of the default policy profile (read once)."""
    from bewustwerven.core.policy import load_default_profile

    return settings_from_profile(load_default_profile().rule("TEXT").values)
