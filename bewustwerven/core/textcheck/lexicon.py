"""Word-list rules: gender-coded words, age-coded phrases, exclusionary requirements,
officialese (TEXT-GENDER-M, TEXT-GENDER-F, TEXT-BALANCE, TEXT-AGE, TEXT-EXCLUDE,
TEXT-JARGON)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from bewustwerven.core.findings import Finding, Severity
from bewustwerven.core.textcheck.patterns import compile_patterns, load_list
from bewustwerven.core.textcheck.rewrite import (
    can_drop,
    replace_in_sentence,
    suggestions,
    trait_rewrite,
)
from bewustwerven.core.textcheck.sections import Layout, describes_person, layout
from bewustwerven.core.textcheck.settings import TextCheckSettings


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    kind: str
    message_nl: str
    message_en: str
    suggestion_nl: str
    suggestion_en: str
    source: str


_GFK = "Gaucher, Friesen & Kay (2011), Journal of Personality and Social Psychology 101(1)"

RULES: tuple[Rule, ...] = (
    Rule(
        "TEXT-GENDER-M",
        "gender_masculine",
        "'{word}' klinkt mannelijk. Daardoor voelen vrouwen zich minder aangesproken.",
        "'{word}' is masculine-coded. Women may feel less addressed by it.",
        "Schrijf wat iemand doet, niet hoe iemand is. Of kies een neutraal woord.",
        "Describe what the person does, not what they are like. Or use a neutral word.",
        _GFK,
    ),
    Rule(
        "TEXT-GENDER-F",
        "gender_feminine",
        "'{word}' klinkt vrouwelijk. Dat is geen fout, maar let op de balans in de tekst.",
        "'{word}' is feminine-coded. That is not wrong, but keep the text balanced.",
        "Laat staan als het bij het werk past. Let op de balans met mannelijke woorden.",
        "Keep it if it fits the job. Watch the balance with masculine-coded words.",
        _GFK,
    ),
    Rule(
        "TEXT-AGE",
        "age",
        "'{word}' wijst op leeftijd. Oudere mensen voelen zich dan niet welkom.",
        "'{word}' points to age. Older people may not feel welcome.",
        "Noem geen leeftijd. Beschrijf wat het werk vraagt.",
        "Do not refer to age. Describe what the work needs.",
        "Wet gelijke behandeling op grond van leeftijd bij de arbeid (WGBL); "
        "College voor de Rechten van de Mens",
    ),
    Rule(
        "TEXT-EXCLUDE",
        "exclusion",
        "'{word}' sluit mensen uit. Is deze eis echt nodig voor het werk?",
        "'{word}' excludes people. Does the work really need it?",
        "Vraag alleen wat nodig is. Leg uit waarom.",
        "Ask only what is needed. Explain why.",
        "Algemene wet gelijke behandeling (AWGB); NVP Sollicitatiecode",
    ),
    Rule(
        "TEXT-JARGON",
        "jargon",
        "'{word}' is ambtelijke taal. Dat is moeilijk te lezen.",
        "'{word}' is officialese. It is hard to read.",
        "Gebruik een gewoon woord.",
        "Use a plain word.",
        "Direct Duidelijk (Rijksoverheid); taalniveau B1",
    ),
)


_QUOTED = re.compile(r"'([^']+)'")


def _sentence_of(
    sentence_spans: list[tuple[int, int]], starts: list[int], offset: int
) -> tuple[int, int]:
    index = bisect.bisect_right(starts, offset) - 1
    if index < 0:
        return (0, 0)
    return sentence_spans[index]


def _reason_in_sentence(text: str, sentence: tuple[int, int], lang: str) -> bool:
    s, e = sentence
    return e > s and load_list("reasons", lang).search(text[s:e]) is not None


def _is_label(text: str, start: int, end: int) -> bool:
    """A word in capitals at the start of a line, followed by a colon: a field label."""
    line_start = text.rfind("\n", 0, start) + 1
    word = text[start:end]
    return (
        word.isupper()
        and not text[line_start:start].strip()
        and text[end : end + 2].lstrip().startswith(":")
    )


def lexical_findings(
    text: str,
    sentence_spans: list[tuple[int, int]],
    lang: str,
    settings: TextCheckSettings,
    where: Layout | None = None,
) -> list[Finding]:
    where = where if where is not None else layout(text, settings.headings)
    exceptions = settings.trait_exceptions.get(lang, ())
    excepted: list[tuple[int, int]] = []
    if exceptions:
        wl = compile_patterns(f"trait_exceptions_{lang}", lang, tuple(exceptions))
        excepted = [(m.start, m.end) for m in wl.finditer(text)]
    findings: list[Finding] = []
    starts = [s for s, _ in sentence_spans]
    counts = {"TEXT-GENDER-M": 0, "TEXT-GENDER-F": 0}
    for rule in RULES:
        wordlist = load_list(rule.kind, lang)
        is_trait_list = rule.code in counts
        for match in wordlist.finditer(text):
            entry = match.entry
            sentence = _sentence_of(sentence_spans, starts, match.start)
            if entry.needs_reason and _reason_in_sentence(text, sentence, lang):
                continue
            if is_trait_list or entry.trait:
                if any(s <= match.start and match.end <= e for s, e in excepted):
                    continue
                if not describes_person(text, sentence, match.start, match.end, lang, where):
                    continue
            elif where.in_heading_or_title(match.start, match.end) and rule.code != "TEXT-AGE":
                continue
            elif rule.code == "TEXT-JARGON" and _is_label(text, match.start, match.end):
                continue  # "REMUNERATION: The salary is ...": a form's label, not prose
            elif (
                rule.code == "TEXT-EXCLUDE"
                and where.section_at(match.start) in ("tasks", "employer", "offer")
                and not describes_person(text, sentence, match.start, match.end, lang, where)
            ):
                continue  # "uitgifte van rijbewijzen" is the work, not a requirement
            word = text[match.start : match.end]
            if rule.code in counts:
                counts[rule.code] += 1
            replacement = entry.field(2)
            if not replacement and rule.code == "TEXT-JARGON":
                quoted = _QUOTED.search(entry.field(0 if lang == "nl" else 1))
                replacement = quoted.group(1) if quoted else ""
            if is_trait_list or entry.trait:
                rewrite = trait_rewrite(
                    text,
                    sentence,
                    match.start,
                    match.end,
                    lang,
                    replacement,
                    masculine=rule.code != "TEXT-GENDER-F",
                )
            elif replacement or can_drop(text, match.start, match.end, lang):
                rewrite = replace_in_sentence(text, sentence, match.start, match.end, replacement)
            else:
                rewrite = replace_in_sentence(text, sentence, match.start, match.end, "")
            advice_nl = entry.field(0) or rule.suggestion_nl
            advice_en = entry.field(1) or rule.suggestion_en
            suggestion_nl, suggestion_en = suggestions(advice_nl, advice_en, rewrite)
            facts: dict[str, object] = {"word": word, "entry": entry.pattern, "list": wordlist.name}
            if rewrite:
                facts["rewrite"] = rewrite
            findings.append(
                Finding(
                    code=rule.code,
                    severity=Severity.WARN,
                    message_nl=rule.message_nl.format(word=word),
                    message_en=rule.message_en.format(word=word),
                    facts=facts,
                    source=f"{rule.source}; list {wordlist.name}.txt",
                    span=(match.start, match.end),
                    suggestion_nl=suggestion_nl,
                    suggestion_en=suggestion_en,
                )
            )
    masculine, feminine = counts["TEXT-GENDER-M"], counts["TEXT-GENDER-F"]
    if masculine - feminine >= settings.balance_margin:
        findings.append(
            Finding(
                code="TEXT-BALANCE",
                severity=Severity.WARN,
                message_nl=(
                    f"De tekst klinkt vooral mannelijk: {masculine} mannelijke en "
                    f"{feminine} vrouwelijke woorden."
                ),
                message_en=(
                    f"The text is mainly masculine-coded: {masculine} masculine-coded and "
                    f"{feminine} feminine-coded words."
                ),
                facts={
                    "masculine": masculine,
                    "feminine": feminine,
                    "margin": settings.balance_margin,
                },
                source=_GFK,
                suggestion_nl="Vervang een paar mannelijke woorden door neutrale woorden.",
                suggestion_en="Replace some masculine-coded words with neutral ones.",
            )
        )
    return findings
