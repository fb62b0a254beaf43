"""Required elements of a vacancy text (NVP Sollicitatiecode) and the statement of the
preferential policy from scale 15 (CRM opinion 2022-40: preference without publicity is
unlawful). Elements are found through indicator phrases in
``resources/wordlists/elements_<lang>.txt`` and ``preference_<lang>.txt``: a keyword test,
so it tells whether the text *mentions* an element, not whether it says it well.
"""

from __future__ import annotations

from bewustwerven.core.findings import Finding, Severity
from bewustwerven.core.textcheck.patterns import load_keyed
from bewustwerven.core.textcheck.settings import TextCheckSettings

_NVP = "NVP Sollicitatiecode (informatie in de vacature)"
_PREF_SOURCE = (
    "College voor de Rechten van de Mens, oordeel 2022-40 (voorkeursbeleid moet bekend "
    "zijn gemaakt); AWGB art. 2 lid 3; beleid gemeente Amsterdam (voorkeursbeleid vanaf schaal 15)"
)

# element: (Dutch name, English name, what to add in Dutch, what to add in English)
_ELEMENT_TEXT: dict[str, tuple[str, str, str, str]] = {
    "TASKS": (
        "de taken",
        "the tasks",
        "Schrijf wat iemand gaat doen.",
        "Say what the person will do.",
    ),
    "REQUIREMENTS": (
        "de eisen",
        "the requirements",
        "Schrijf wat iemand moet kunnen of hebben.",
        "Say what the person must be able to do or have.",
    ),
    "SALARY": (
        "het salaris of de salarisschaal",
        "the salary or salary scale",
        "Noem de schaal en het bedrag per maand.",
        "State the scale and the amount per month.",
    ),
    "HOURS": (
        "het aantal uren",
        "the hours",
        "Noem de uren per week, en of minder uren kan.",
        "State the hours per week, and whether fewer hours are possible.",
    ),
    "LOCATION": (
        "de werkplek",
        "the place of work",
        "Noem waar iemand werkt.",
        "State where the person will work.",
    ),
    "APPLY": (
        "hoe je solliciteert",
        "how to apply",
        "Schrijf hoe en bij wie iemand kan solliciteren.",
        "Say how and with whom to apply.",
    ),
    "CLOSING": (
        "de sluitingsdatum",
        "the closing date",
        "Noem de datum waarop de vacature sluit.",
        "State the date the vacancy closes.",
    ),
}


def element_findings(text: str, lang: str, settings: TextCheckSettings) -> list[Finding]:
    indicators = load_keyed("elements", lang)
    findings: list[Finding] = []
    for element in settings.required_elements:
        wordlist = indicators.get(element)
        if wordlist is not None and wordlist.search(text) is not None:
            continue
        name_nl, name_en, hint_nl, hint_en = _ELEMENT_TEXT[element]
        findings.append(
            Finding(
                code=f"TEXT-MISSING-{element}",
                severity=Severity.WARN,
                message_nl=f"In de tekst staat niet {name_nl}.",
                message_en=f"The text does not state {name_en}.",
                facts={"element": element},
                source=_NVP,
                suggestion_nl=hint_nl,
                suggestion_en=hint_en,
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
