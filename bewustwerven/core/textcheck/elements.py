"""Required elements of a vacancy text (NVP Sollicitatiecode) and the statement of the
preferential policy from scale 15 (CRM opinion 2022-40: preference without publicity is
unlawful). Elements are found through indicator phrases in
``resources/wordlists/elements_<lang>.txt`` and ``preference_<lang>.txt``: a keyword test,
so it tells whether the text *mentions* an element, not whether it says it well.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from bewustwerven.core.findings import Finding, Severity
from bewustwerven.core.textcheck.patterns import load_keyed
from bewustwerven.core.textcheck.rewrite import suggestions
from bewustwerven.core.textcheck.sections import Layout, layout
from bewustwerven.core.textcheck.settings import TextCheckSettings

_NVP = "NVP Sollicitatiecode (informatie in de vacature)"
_PREF_SOURCE = (
    "College voor de Rechten van de Mens, oordeel 2022-40 (voorkeursbeleid moet bekend "
    "zijn gemaakt); AWGB art. 2 lid 3; beleid gemeente Amsterdam (voorkeursbeleid vanaf schaal 15)"
)

# element: (message in Dutch, message in English, advice in Dutch, advice in English)
_ELEMENT_TEXT: dict[str, tuple[str, str, str, str]] = {
    "TASKS": (
        "De tekst noemt de taken niet.",
        "The text does not state the tasks.",
        "Schrijf wat iemand gaat doen.",
        "Say what the person will do.",
    ),
    "REQUIREMENTS": (
        "De tekst noemt de eisen niet.",
        "The text does not state the requirements.",
        "Schrijf wat iemand moet kunnen of hebben.",
        "Say what the person must be able to do or have.",
    ),
    "SALARY": (
        "De tekst noemt het salaris niet.",
        "The text does not state the salary.",
        "Noem de schaal en het bedrag per maand.",
        "State the scale and the amount per month.",
    ),
    "HOURS": (
        "De tekst noemt het aantal uren per week niet.",
        "The text does not state the hours per week.",
        "Noem de uren per week, en of minder uren kan.",
        "State the hours per week, and whether fewer hours are possible.",
    ),
    "LOCATION": (
        "De tekst noemt de werkplek niet.",
        "The text does not state the place of work.",
        "Noem waar iemand werkt.",
        "State where the person will work.",
    ),
    "APPLY": (
        "De tekst zegt niet hoe iemand kan solliciteren.",
        "The text does not say how to apply.",
        "Schrijf hoe en bij wie iemand kan solliciteren.",
        "Say how and with whom to apply.",
    ),
    "CLOSING": (
        "De tekst noemt de sluitingsdatum niet.",
        "The text does not state the closing date.",
        "Noem de datum waarop de vacature sluit.",
        "State the date the vacancy closes.",
    ),
}
# A sentence to add, in the language of the text (an example the recruiter completes).
_EXAMPLE: dict[str, dict[str, str]] = {
    "nl": {
        "TASKS": "Dit ga je doen: je maakt plannen voor de buurt en je bespreekt ze met bewoners.",
        "REQUIREMENTS": "Dit vragen wij: een afgeronde hbo-opleiding en ervaring met beleid.",
        "SALARY": "Je salaris is schaal 10: € 3.400 tot € 4.800 bruto per maand.",
        "HOURS": "Je werkt 32 tot 36 uur per week. Minder uren kan ook.",
        "LOCATION": "Je werkt op het stadhuis, Amstel 1 in Amsterdam, en deels thuis.",
        "APPLY": "Solliciteer met de knop 'Solliciteren'. Vragen? Bel Sara de Vries, 020 123 4567.",
        "CLOSING": "Je kunt reageren tot en met 18 december 2025.",
    },
    "en": {
        "TASKS": "What you will do: you make plans for the neighbourhood and discuss them with re"
        "sidents.",
        "REQUIREMENTS": "What we ask: a bachelor's degree and experience with policy.",
        "SALARY": "Your salary is scale 10: € 3,400 to € 4,800 gross per month.",
        "HOURS": "You work 32 to 36 hours a week. Fewer hours are possible.",
        "LOCATION": "You work at the city hall, Amstel 1 in Amsterdam, and partly from home.",
        "APPLY": "Apply with the 'Apply' button. Questions? Call Sara de Vries, 020 123 4567.",
        "CLOSING": "You can apply until 18 December 2025.",
    },
}
# The house style's headings tell that an element is there: a tasks heading ("De functie",
# "Dit doe je op een gemiddelde dag") holds the tasks, a profile heading ("Wat vragen wij")
# the requirements, an apply heading how to apply.
_HEADING_ELEMENT = {"tasks": "TASKS", "profile": "REQUIREMENTS", "apply": "APPLY"}
_MONTHS = (
    r"jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|jun[i]?|jul[i]?|aug(?:ustus)?"
    r"|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|january|february|march"
    r"|may|june|july|october|oct"
)
_DATE = (
    r"(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})\.?(?:\s+\d{{4}})?)"
)
# Code-level signs that an element is there, beside the indicator lists.
_SIGNS: dict[str, re.Pattern[str]] = {
    # "6.197 - 8.439", "€ 4.264,- tot € 6.072,-", "£40,876 - £44,863", "£15.66 per hour", "Band 5"
    "SALARY": re.compile(
        r"[€£$]\s?\d|\b\d{1,2}[.,]\d{3}(?:,-|,\d{2})?\s*(?:-|–|tot|to)\s*[€£]?\s?\d{1,2}[.,]\d{3}\b"
        r"|\bper (?:hour|annum|uur)\b|\bband \d\b|\bschaal \d{1,2}\b",
        re.IGNORECASE,
    ),
    # "Reageren voor 18 december 2025", "Sluitingsdatum 02-07-2025", "Sluit over 8 dagen"
    "CLOSING": re.compile(
        rf"(?:v[oó][oó]r|uiterlijk|tot(?: en met)?|t/m|deadline:?|sluit(?:ingsdatum)?:?|closing "
        rf"date:?"
        rf"|by|before|until|closes(?: on)?)\s+(?:op\s+|on\s+)?{_DATE}"
        r"|\bsluit (?:morgen|vandaag|over \d+ dagen)\b|\w*deadline\b",
        re.IGNORECASE,
    ),
    # "36 uur", "32-36 uur", "(38u)", "Uren per week: 34 - 36", "30 hours", "drie dagen per week"
    "HOURS": re.compile(
        r"\b\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*(?:uur|u\b|hours?)\b|uren per week|\b(?:\w+|\d) dagen"
        r" per week"
        r"|\b(?:\w+|\d) days a week",
        re.IGNORECASE,
    ),
    # "gemeente Amsterdam", "in Rijswijk", "Amstel 1, 1011 PN", "Job Location",
    # "St Georges Hospital"
    "LOCATION": re.compile(
        r"(?:\b(?:in|te|gemeente|Gemeente|gemeenten|Gemeenten|provincie|Provincie|stadsdeel|Stadsdeel"
        r"|Lokaal Bestuur)\s+[A-ZÀ-Ý][\w'-]+)|\b\d{4}\s?[A-Z]{2}\b|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d["
        r"A-Z]{2}\b"
        r"|\b(?:[Jj]ob )?[Ll]ocations?\b|\b[Rr]egio\b|\b[A-Z][\w']+ (?:Hospital|Centre|Center)\b"
        r"|\bHospital\b|\blocated at\b|\bbased (?:in|at)\b|\b(?:of|for|at|bij) [A-Z][a-z]{3,}\b"
        r"|\bfacility\b|\bon ?site\b|\b(?:stadhuis|stadsdeelkantoor|op locatie)\b",
    ),
    # "Je adviseert ...", "Je bent verantwoordelijk voor ...", "You will ...", "Providing ..."
    "TASKS": re.compile(
        r"(?:^|[.!?•]\s+)(?:je|jij) (?!bent een|hebt|beschikt)[a-zë]+t\b|verantwoordelijk voor"
        r"|\bals [\w-]+ (?:ben|ga|werk) je\b|\byou will (?:be )?(?:work|assist|support|provide|ma"
        r"nage|lead|care|develop)"
        r"|\bthe role (?:is|involves|includes|will)\b|\bthe post holder\b"
        # two list lines that start with a verb: "Adviseren over ...", "Providing care ..."
        r"|(?:^[ \t]*(?:[•·\-–*][ \t]*)?(?:het )?[a-zë]+(?:en|ing)\b.*\n(?:.*\n)??){2}",
        re.IGNORECASE | re.MULTILINE,
    ),
    # "op zoek naar een ... die", "ervaring", "opleiding", "you must have", "registered"
    "REQUIREMENTS": re.compile(
        # a wanted person described in a relative clause: "op zoek naar een rolbewuste
        # raadsadviseur met gevoel voor ... die", "looking for a consultant who has", not the
        # bare announcement "Wij zijn op zoek naar een tijdelijke medewerker."
        r"(?:op zoek naar|kansen? voor|zoeken (?:wij|we)|looking for|seeking) (?:een|iemand|an?"
        r"|someone) [^.!?,;\n]{0,100}?\b(?:die|who)\b"
        r"|\bkandidaat die\b|\bwerkervaring\b|\bwork experience\b"
        # a level in a sentence ("een afgeronde hbo-opleiding"), not a bare label line
        # ("Werk- en denkniveau HBO", "• WO")
        r"|\b(?:afgeronde|een|minimaal|met|op|of) (?:hbo|wo|mbo)\b|\b(?:hbo|wo|mbo)-"
        r"|\bopleiding\b|\bdiploma\b|\bmust have\b|\byou(?:'ll| will)? need\b"
        r"|\bqualification|\bregistered (?:nurse|to)\b|\bexperience (?:in|of|with)\b|\bskills\b"
        r"|\bervaring (?:met|in|als)\b"
        r"|\bkennis (?:van|over|en ervaring)\b|\bin staat\b|\bability to\b|\btrack record\b"
        r"|\bcompetent\b"
        # "Je hebt ervaring ...", not "je hebt een spilfunctie", "je hebt alle ... werkzaamheden"
        r"|\bj(?:e|ij) hebt (?!(?:een|de|alle|veel) (?:[\w-]+ ){0,2}?(?:[\w-]*functie|rol|taak"
        r"|taken|werkzaamheden|contact)\b)",
        re.IGNORECASE,
    ),
    "APPLY": re.compile(
        r"\bsolliciteer|\bsolliciteren\b|\bapply\b|\bcontact details\b|\bemail:|[\w.-]+@[\w-]+\."
        r"[\w.]+",
        re.IGNORECASE,
    ),
}


# Blanked before an element's tests: "Competitive salary", "Salarisadministrateur" (the
# word, but no salary stated); "tussen 07:00 en 19:00 uur", "our units operate 24 hours"
# (opening times, not the hours a person works).
_NOT_SALARY = re.compile(
    r"\b(?:competitive|attractive|good|excellent|concurrerende?|goede?|marktconforme?"
    r"|aantrekkelijke?)\s+salar\w*|\bsalaris(?:administra|verwerk)\w*",
    re.IGNORECASE,
)
_NOT_HOURS = re.compile(
    r"\b\d{1,2}[:.]\d{2}\s*(?:uur|u\b|hours?)"
    r"|\b24\s*(?:uur|hours?)\b(?!\s*(?:per|a|each)\s+week)"
    r"(?:,?\s*(?:7|zeven|seven)\s+(?:dagen|days)\s+(?:per|a)\s+week)?|\b24/7\b",
    re.IGNORECASE,
)

_NOT_ELEMENT = {"HOURS": _NOT_HOURS, "SALARY": _NOT_SALARY}

_SIGNS = {
    key: re.compile(rf"(?<![^\W_])(?:{rx.pattern})", rx.flags & ~re.UNICODE)
    for key, rx in _SIGNS.items()
}  # one word-start test before all alternatives: far faster on long texts


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def element_findings(
    text: str,
    lang: str,
    settings: TextCheckSettings,
    where: Layout | None = None,
    on_form: Collection[str] = (),
) -> list[Finding]:
    """TEXT-MISSING-*: a required element that neither the text nor the form holds.

    ``on_form`` names the elements the procedure's fields already give (hours, place of
    work, scale, closing date, how to apply); those count as present.
    """
    indicators = load_keyed("elements", lang)
    where = where if where is not None else layout(text, settings.headings)
    from_headings = {_HEADING_ELEMENT[k] for k in where.kinds if k in _HEADING_ELEMENT}
    findings: list[Finding] = []
    for element in settings.required_elements:
        if element in on_form or element in from_headings:
            continue
        blank = _NOT_ELEMENT.get(element)
        probe = blank.sub(_blank, text) if blank is not None else text
        wordlist = indicators.get(element)
        if wordlist is not None and wordlist.search(probe) is not None:
            continue
        sign = _SIGNS.get(element)
        if sign is not None and sign.search(probe) is not None:
            continue
        message_nl, message_en, hint_nl, hint_en = _ELEMENT_TEXT[element]
        example = _EXAMPLE[lang][element]
        suggestion_nl, suggestion_en = suggestions(hint_nl, hint_en, example)
        findings.append(
            Finding(
                code=f"TEXT-MISSING-{element}",
                severity=Severity.WARN,
                message_nl=message_nl,
                message_en=message_en,
                facts={"element": element, "rewrite": example},
                source=_NVP,
                suggestion_nl=suggestion_nl,
                suggestion_en=suggestion_en,
            )
        )
    return findings


def preference_findings(
    text: str,
    sentence_spans: list[tuple[int, int]],
    scale: int | None,
    lang: str,
    settings: TextCheckSettings,
) -> list[Finding]:
    """From ``settings.preference_scale`` on, the text must state the preferential policy,
    the group it favours and its reason, close together. Missing: BLOCK."""
    if scale is None or scale < settings.preference_scale:
        return []
    lists = load_keyed("preference", lang)
    best: tuple[int, int] | None = None
    best_lacking: list[str] | None = None
    for index, (start, end) in enumerate(sentence_spans):
        statement = lists["STATEMENT"].search(text[start:end])
        if statement is None:
            continue
        # The group and the reason may stand in the sentence before or in the next two.
        window_start = sentence_spans[max(index - 1, 0)][0]
        window_end = sentence_spans[min(index + 2, len(sentence_spans) - 1)][1]
        window = text[window_start:window_end]
        lacking = [k for k in ("GROUP", "REASON") if lists[k].search(window) is None]
        if not lacking:
            return []
        if best_lacking is None or len(lacking) < len(best_lacking):
            best = (start + statement.start, start + statement.end)
            best_lacking = lacking
    missing = ["STATEMENT"] if best_lacking is None else best_lacking
    facts = {"scale": scale, "from_scale": settings.preference_scale, "missing": missing}
    if best is None:
        message_nl = (
            f"Deze vacature is schaal {scale}. Dan moet in de tekst staan dat er voorkeursbeleid "
            "is, voor wie en waarom. Dat staat er niet."
        )
        message_en = (
            f"This vacancy is scale {scale}. The text must then state the preferential policy, "
            "whom it favours and why. It does not."
        )
    else:
        parts_nl = {"GROUP": "voor wie het geldt", "REASON": "waarom"}
        parts_en = {"GROUP": "whom it favours", "REASON": "why"}
        message_nl = (
            "Het voorkeursbeleid staat in de tekst, maar niet "
            + " en ".join(parts_nl[k] for k in missing)
            + "."
        )
        message_en = (
            "The text names the preferential policy, but not "
            + " or ".join(parts_en[k] for k in missing)
            + "."
        )
    suggestion_nl = (
        "Schrijf bijvoorbeeld: 'Bij gelijke geschiktheid gaat de voorkeur uit naar een "
        "kandidaat met een buiten-Europese herkomst. Want deze groep is in hogere functies "
        "ondervertegenwoordigd.'"
    )
    suggestion_en = (
        "For example: 'If candidates are equally suitable, we prefer a candidate of "
        "outside-European origin, because this group is under-represented in senior roles.'"
    )
    return [
        Finding(
            code="TEXT-PREF-STATEMENT",
            severity=Severity.BLOCK,
            message_nl=message_nl,
            message_en=message_en,
            facts=facts,
            source=_PREF_SOURCE,
            span=best,
            suggestion_nl=suggestion_nl,
            suggestion_en=suggestion_en,
        )
    ]
