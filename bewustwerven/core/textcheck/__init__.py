"""Vacancy-text check: rules TEXT-* of the method (docs/method.md).

Gender-coded words (Gaucher, Friesen & Kay 2011 and Dutch translations), age-coded
phrases, exclusionary requirements, officialese, B1 readability, the required elements of
the NVP Sollicitatiecode and, from scale 15, the preferential-policy statement; explicit
age limits and mother-tongue requirements block (``law.py``). Trait words count only where
they describe the wanted person (``sections.py``; headings and exceptions in the profile).
The word lists live in ``resources/wordlists/``.
"""

from bewustwerven.core.textcheck.check import LANGUAGES, check_text, form_elements
from bewustwerven.core.textcheck.law import AGE_LIMIT, NATIVE, PRONOUN
from bewustwerven.core.textcheck.settings import (
    ELEMENTS,
    TextCheckSettings,
    default_settings,
    settings_from_profile,
)

# Findings that block gate 1; each can only be passed by an approved deviation of its own
# type (code, severity, deviation type name in Dutch and English).
BLOCKING_CODES: dict[str, tuple[str, str]] = {
    AGE_LIMIT: ("Leeftijdseis in de vacaturetekst", "Age requirement in the vacancy text"),
    NATIVE: ("Moedertaaleis in de vacaturetekst", "Mother-tongue requirement in the vacancy text"),
}

__all__ = [
    "AGE_LIMIT",
    "BLOCKING_CODES",
    "ELEMENTS",
    "LANGUAGES",
    "NATIVE",
    "PRONOUN",
    "TextCheckSettings",
    "check_text",
    "default_settings",
    "form_elements",
    "settings_from_profile",
]
