"""Vacancy-text check: rules TEXT-* of DESIGN.md §4.

Gender-coded words (Gaucher, Friesen & Kay 2011 and Dutch translations), age-coded
phrases, exclusionary requirements, officialese, B1 readability, the required elements of
the NVP Sollicitatiecode and, from scale 15, the preferential-policy statement.
The word lists live in ``resources/wordlists/``.
"""

from bewustwerven.core.textcheck.check import LANGUAGES, check_text
from bewustwerven.core.textcheck.settings import ELEMENTS, TextCheckSettings

__all__ = ["ELEMENTS", "LANGUAGES", "TextCheckSettings", "check_text"]
