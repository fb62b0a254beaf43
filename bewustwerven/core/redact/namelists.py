"""Word lists for the name finder.

First names and surnames come from the lookup lists that ``deduce`` ships (Dutch
population registers, many names of other origins included). When deduce is not
installed the lists are empty and only context rules find names.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Name particles (tussenvoegsels and their counterparts in other languages).
PARTICLES = word_set(
    """van de der den het ter ten te 't in op aan uit bij d' da del di dos du la le
    von zu zur el al ben bin bint abu ibn ould mac o' dela"""
)

TITLES = word_set(
    """dhr dhr. mevr mevr. mw mw. mej mej. heer mevrouw meneer mr mr. mrs mrs. ms ms.
    miss dr dr. drs drs. ir ir. ing ing. prof prof. mr.drs. ds ds. sir madam"""
)

# Capitalised words that start a sentence, a heading or a salutation in letters and CVs,
# and are never a name on their own. Lower case; checked case-insensitively.
_STOP = """
de het een en of in op aan met voor van bij naar om als dat die dit deze ik mijn wij we
u uw jij je hij zij ze haar hem ons onze hun er ook maar dus want toen nu dan zo al
geachte beste lieve hallo hoi hey groetjes dag groet groeten vriendelijke hartelijke hoogachtend
sollicitatie sollicitatiebrief motivatie motivatiebrief brief betreft onderwerp datum
naam adres woonplaats telefoon mobiel email e-mail profiel persoonlijk gegevens
personalia werkervaring ervaring opleiding opleidingen cursussen vaardigheden talen
competenties hobby's hobbies interesses referenties referentie nevenactiviteiten
vrijwilligerswerk heden nu stage functie vacature gemeente amsterdam rotterdam utrecht
afdeling team beleid beleidsadviseur adviseur medewerker projectleider manager
directeur teamleider coördinator functionaris universiteit hogeschool school college
mbo hbo wo vwo havo vmbo bachelor master diploma rijbewijs nederlands engels duits
frans arabisch turks pools spaans moedertaal goed vloeiend basis
curriculum vitae cv resume résumé dear sir madam hiring selection committee recruiter
yours sincerely faithfully kind best regards warm wishes thank thanks regarding re
application cover letter subject name address phone mobile email personal details
profile summary experience work employment education qualifications skills languages
interests hobbies references referee present current internship position role
department municipality city council university of the and for with at to from on in
dutch english german french arabic turkish polish spanish native fluent good basic
senior junior lead officer advisor adviser analyst consultant coordinator assistant
january february march april may june july august september october november december
januari februari maart mei juni juli augustus oktober
monday tuesday wednesday thursday friday saturday sunday
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
i my we our you your he she his her they their it this that these
ja nee yes no dhr mevr mw heer mevrouw meneer mr mrs ms miss dr drs ir ing prof
via tot sinds tijdens binnen buiten over onder na door zonder
amsterdamse nederland netherlands holland europe europa
noord oost zuid west centrum zuidoost nieuw-west stadsdeel provincie stichting
ministerie groep
history science sciences studies law arts art engineering technology
management business finance accounting economics
linkedin github twitter instagram facebook google microsoft excel word powerpoint office
"""
STOPWORDS = word_set(_STOP)


@cache
def first_names() -> frozenset[str]:
    return _deduce_list("lst_first_name")


@cache
def surnames() -> frozenset[str]:
    return _deduce_list("lst_surname") | _deduce_list("lst_interfix_surname")


@cache
def common_words() -> frozenset[str]:
    return STOPWORDS | _deduce_list("lst_common_word", "whitelist") | _deduce_list(
        "lst_stop_word", "whitelist"
    )


def is_stopword(word: str) -> bool:
    """True for a capitalised word that is not a name: a heading, an organisation
    word, or a common Dutch word that is not also a known first name or surname
    ("Meer" and "Wit" are common words and surnames; "Talen" is only a heading)."""
    low = word.lower()
    if low in STOPWORDS:
        return True
    return low in common_words() and not is_known_name(word)


def is_known_name(word: str) -> bool:
    return word in first_names() or word in surnames()


def _deduce_list(name: str, group: str = "names") -> frozenset[str]:
    # find_spec does not import deduce (its import reconfigures logging).
    spec = importlib.util.find_spec("deduce")
    if spec is None or spec.origin is None:
        return frozenset()
    path = Path(spec.origin).parent / "data" / "lookup" / "src" / group / name / "items.txt"
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    if group == "whitelist":
        return frozenset(line.strip().lower() for line in raw.splitlines() if line.strip())
    return frozenset(line.strip() for line in raw.splitlines() if line.strip())
