"""What the law forbids outright, and pronouns that assume a gender.

- TEXT-AGE-LIMIT (block): an explicit age limit or age requirement ("Je bent maximaal 35
  jaar oud", "Leeftijd: 25-35 jaar", "You are under 30 years old", "Je bent jong."). Direct
  age distinction in recruitment: WGBL art. 3.
- TEXT-NATIVE (block): a mother-tongue or native-speaker requirement ("Native speaker
  Nederlands", "moedertaal Nederlands"). It asks for an origin, not for a skill:
  distinction by origin (race, nationality) under the AWGB (art. 1, 5); the College voor de
  Rechten van de Mens advises to ask for the language level the work needs instead.
- TEXT-PRONOUN (warn): "hij"/"zijn"/"he"/"his" for the candidate, and "(m)" in a title.

A block can only be passed by an approved deviation of its own type (see the deviation
types of the gate rule registry).
"""

from __future__ import annotations

import bisect
import re

from bewustwerven.core.findings import Finding, Severity
from bewustwerven.core.textcheck.rewrite import replace_in_sentence, suggestions
from bewustwerven.core.textcheck.sections import Layout

AGE_LIMIT = "TEXT-AGE-LIMIT"
NATIVE = "TEXT-NATIVE"
PRONOUN = "TEXT-PRONOUN"

_WGBL = (
    "Wet gelijke behandeling op grond van leeftijd bij de arbeid (WGBL), art. 3: geen "
    "onderscheid naar leeftijd bij werving en selectie"
)
_AWGB = (
    "Algemene wet gelijke behandeling (AWGB), art. 1 en 5; College voor de Rechten van de "
    "Mens: 'moedertaal' of 'native speaker' als eis is onderscheid naar afkomst"
)
_PRONOUN_SOURCE = "Gemeente Amsterdam, Uitgangspunten inclusieve taal (2023); NVP Sollicitatiecode"

_N = r"\d{1,2}"
_RANGE_NL = rf"{_N}(?:\s*(?:en|tot|-|–)\s*{_N})?"
_RANGE_EN = rf"{_N}(?:\s*(?:and|to|-|–)\s*{_N})?"
_AGE = {
    "nl": re.compile(
        rf"(?:(?:je|jij) bent|ben (?:je|jij)|kandidaten? (?:is|zijn)|sollicitanten? (?:is|zijn))\s+"
        rf"(?:maximaal|max\.?|hooguit|niet ouder dan|niet jonger dan|jonger dan|ouder dan|minimaal"
        rf"|minstens|ten minste|tussen(?: de)?|onder de|boven de)\s+{_RANGE_NL}\s*jaar(?: oud)?"
        rf"|\bleeftijd\s*(?::|van|tussen|tot|max(?:imaal|\.)?|vanaf)?\s*(?:de\s+)?{_RANGE_NL}"
        rf"(?:\s*jaar)?(?!\d)"
        rf"|\b(?:maximaal|max\.?|hooguit|niet ouder dan|jonger dan|tussen(?: de)?)\s+{_RANGE_NL}\s+"
        rf"jaar oud\b"
        r"|\b(?:je|jij) bent (?:nog )?jong\b(?! en)|\bben (?:je|jij) (?:nog )?jong\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        rf"\b(?:you are|you're|you must be|you should be|applicants? (?:must be|are)"
        rf"|candidates? (?:must be|should be|are))\s+(?:under|over|below|above|younger than"
        rf"|older than|no older than|no younger than|between|aged|at most|at least)\s+{_RANGE_EN}"
        rf"(?:\s*years(?: of age| old)?)?"
        rf"|\bages?d?\s*(?::|between|from|of)?\s*{_N}\s*(?:-|–|to|and)\s*{_N}\b"
        rf"|\bmaximum age(?: of)?\s*:?\s*{_N}\b"
        rf"|\b(?:under|below|no older than|younger than)\s+{_N}\s+years old\b"
        r"|\b(?:you are|you're) young\b",
        re.IGNORECASE,
    ),
}
_LANGUAGES = {
    "nl": "nederlands|engels|frans|duits|spaans|arabisch|turks|pools|papiaments",
    "en": "dutch|english|french|german|spanish|arabic|turkish|polish",
}
_NATIVE = {
    "nl": re.compile(
        rf"\b(?:(?P<before>{_LANGUAGES['nl']})\s+als\s+moedertaal\w*"
        rf"|moedertaal\w*(?:\s*:?\s*(?P<after>{_LANGUAGES['nl']}))?"
        rf"|native[- ]speakers?(?:\s+(?:van\s+het\s+)?(?P<native>{_LANGUAGES['nl']}|dutch|engl"
        rf"ish))?"
        rf"|(?P<adj>nederlandse|engelse)\s+moedertaalspreker\w*)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        rf"\b(?:native[- ](?:speakers?|speaking|level)?\s*(?:of\s+)?(?P<native>{_LANGUAGES['en']})?"
        rf"(?:\s+speakers?)?|(?P<before>{_LANGUAGES['en']})\s+(?:as\s+(?:a|your)\s+)?"
        rf"(?:mother[- ]tongue|first language)|mother[- ]tongue(?:\s+(?P<after>{_LANGUAGES['en']}"
        rf"))?)\b",
        re.IGNORECASE,
    ),
}
_LEVEL_NAME = {
    "nederlands": "Nederlands",
    "engels": "Engels",
    "frans": "Frans",
    "duits": "Duits",
    "spaans": "Spaans",
    "arabisch": "Arabisch",
    "turks": "Turks",
    "pools": "Pools",
    "papiaments": "Papiaments",
    "nederlandse": "Nederlands",
    "engelse": "Engels",
    "dutch": "Dutch",
    "english": "English",
    "french": "French",
    "german": "German",
    "spanish": "Spanish",
    "arabic": "Arabic",
    "turkish": "Turkish",
    "polish": "Polish",
}
_NL_FROM_EN = {"dutch": "Nederlands", "english": "Engels"}

_PRONOUN = {
    "nl": re.compile(
        r"(?<![\w/])(?:hij|hem)(?![\w/])(?!\s*(?:/|of)\s*zij)|\((?:m)\)", re.IGNORECASE
    ),
    "en": re.compile(
        r"(?<![\w/])(?:he|him|his|himself)(?![\w/'’])(?!\s*(?:/|or)\s*(?:she|her))|\((?:m)\)",
        re.IGNORECASE,
    ),
}
_ZIJN = re.compile(
    r"\b(?:kandidaat|sollicitant|iemand|persoon|medewerker|collega)\b(?![’']s)[^.;:]*?\bdie\b[^.;:]*?"
    r"\b(zijn)\s+(?!(?:en|of|te|om|dan|als|bij|in|op|met|voor|aan)\b)(?=[a-zë])",
    re.IGNORECASE,
)
_CANDIDATE = {
    "nl": re.compile(r"kandidaat|sollicitant|medewerker|de nieuwe|iemand|collega die", re.I),
    "en": re.compile(r"candidate|applicant|post ?holder|the successful|the person|new", re.I),
}
_NL_SUBJECT = {"heeft": "hebt", "is": "bent", "kan": "kunt", "zal": "zult", "wil": "wilt"}
_NL_INVERTED = {"heeft": "heb", "is": "ben", "kan": "kun", "zal": "zul", "wil": "wil"}
_EN_SUBJECT = {"is": "are", "has": "have", "was": "were", "does": "do"}
_WORD = re.compile(r"[^\W\d_]+")


_AGE = {
    k: re.compile(rf"(?<![^\W_])(?:{v.pattern})", v.flags & ~re.UNICODE) for k, v in _AGE.items()
}
_NATIVE = {
    k: re.compile(rf"(?<![^\W_])(?:{v.pattern})", v.flags & ~re.UNICODE) for k, v in _NATIVE.items()
}


def _sentence_of(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    k = bisect.bisect_right([s for s, _ in spans], offset) - 1
    return spans[k] if k >= 0 else (0, 0)


def law_findings(
    text: str, spans: list[tuple[int, int]], lang: str, where: Layout
) -> list[Finding]:
    return [
        *_age_limits(text, spans, lang),
        *_native(text, spans, lang),
        *_pronouns(text, spans, lang, where),
    ]


def _age_limits(text: str, spans: list[tuple[int, int]], lang: str) -> list[Finding]:
    out = []
    for m in _AGE[lang].finditer(text):
        sentence = _sentence_of(spans, m.start())
        rewrite = _age_rewrite(lang)
        advice_nl = (
            "Haal de leeftijd weg. Beschrijf wat het werk vraagt. Een leeftijdsgrens mag alleen "
            "met een wettelijke uitzondering; vraag dan een afwijking aan."
        )
        advice_en = (
            "Remove the age. Describe what the work needs. An age limit is only allowed under a "
            "statutory exception; then ask for a deviation."
        )
        suggestion_nl, suggestion_en = suggestions(advice_nl, advice_en, rewrite)
        out.append(
            Finding(
                code=AGE_LIMIT,
                severity=Severity.BLOCK,
                message_nl=(
                    f"'{m.group(0)}' is een leeftijdseis. Dat is verboden onderscheid naar "
                    "leeftijd."
                ),
                message_en=(
                    f"'{m.group(0)}' is an age requirement. That is unlawful age distinction."
                ),
                facts={"phrase": m.group(0), "rewrite": rewrite, "sentence": list(sentence)},
                source=_WGBL,
                span=(m.start(), m.end()),
                suggestion_nl=suggestion_nl,
                suggestion_en=suggestion_en,
            )
        )
    return out


def _age_rewrite(lang: str) -> str:
    if lang == "nl":
        return "Je hebt ervaring met dit werk of je wilt het leren."
    return "You have experience with this work, or you want to learn it."


def _native(text: str, spans: list[tuple[int, int]], lang: str) -> list[Finding]:
    out = []
    for m in _NATIVE[lang].finditer(text):
        if not m.group(0).strip():
            continue
        named = next((m.group(g) for g in ("before", "after", "native", "adj") if _has(m, g)), None)
        sentence = _sentence_of(spans, m.start())
        if named is None:  # the language may stand just before or after: "Nederlands (moedertaal)"
            near = re.search(rf"\b({_LANGUAGES[lang]})\b", text[sentence[0] : sentence[1]], re.I)
            named = near.group(1) if near else None
        if lang == "nl":
            language = _NL_FROM_EN.get((named or "").lower()) or _LEVEL_NAME.get(
                (named or "").lower(), "Nederlands"
            )
            rewrite = f"Je spreekt en schrijft {language} op niveau B2."
        else:
            language = _LEVEL_NAME.get((named or "").lower(), "English")
            rewrite = f"You speak and write {language} at level B2 (CEFR)."
        suggestion_nl, suggestion_en = suggestions(
            "Vraag een taalniveau (ERK), niet een moedertaal. Kies het niveau dat het werk echt "
            "vraagt: B1, B2 of C1.",
            "Ask for a language level (CEFR), not a mother tongue. Choose the level the work "
            "really needs: B1, B2 or C1.",
            rewrite,
        )
        out.append(
            Finding(
                code=NATIVE,
                severity=Severity.BLOCK,
                message_nl=(
                    f"'{m.group(0)}' vraagt een moedertaal. Dat sluit mensen uit om hun afkomst."
                ),
                message_en=(
                    f"'{m.group(0)}' asks for a mother tongue. That excludes people for their o"
                    f"rigin."
                ),
                facts={"phrase": m.group(0), "language": language, "rewrite": rewrite},
                source=_AWGB,
                span=(m.start(), m.end()),
                suggestion_nl=suggestion_nl,
                suggestion_en=suggestion_en,
            )
        )
    return out


def _has(m: re.Match[str], group: str) -> bool:
    return group in m.re.groupindex and m.group(group) is not None


def _pronouns(text: str, spans: list[tuple[int, int]], lang: str, where: Layout) -> list[Finding]:
    hits: list[tuple[int, int]] = []
    for m in _PRONOUN[lang].finditer(text):
        if m.group(0).lower() == "(m)":
            hits.append((m.start(), m.end()))
            continue
        s, e = _sentence_of(spans, m.start())
        k = spans.index((s, e)) if (s, e) in spans else -1
        context = text[spans[k - 1][0] if k > 0 else s : e]
        in_person_part = where.section_at(s) in ("profile", "tasks")
        if m.start() == s or _CANDIDATE[lang].search(context) or in_person_part:
            hits.append((m.start(), m.end()))
    if lang == "nl":
        hits += [(m.start(1), m.end(1)) for m in _ZIJN.finditer(text)]
    out = []
    for start, end in sorted(set(hits)):
        word = text[start:end]
        sentence = _sentence_of(spans, start)
        rewrite = _pronoun_rewrite(text, sentence, start, end, lang)
        advice_nl = (
            "Schrijf de kandidaat aan met 'je' of 'jij', of kies woorden zonder gender."
            if word.lower() != "(m)"
            else "Haal '(m)' weg: de functie is voor iedereen."
        )
        advice_en = (
            "Address the candidate as 'you', or choose words without a gender."
            if word.lower() != "(m)"
            else "Remove '(m)': the job is open to everyone."
        )
        suggestion_nl, suggestion_en = suggestions(advice_nl, advice_en, rewrite)
        out.append(
            Finding(
                code=PRONOUN,
                severity=Severity.WARN,
                message_nl=(
                    f"'{word}' gaat uit van een man. Zo voelt niet iedereen zich aangesproken."
                ),
                message_en=f"'{word}' assumes a man. Not everyone feels addressed.",
                facts={"word": word, "rewrite": rewrite},
                source=_PRONOUN_SOURCE,
                span=(start, end),
                suggestion_nl=suggestion_nl,
                suggestion_en=suggestion_en,
            )
        )
    return out


def _pronoun_rewrite(text: str, sentence: tuple[int, int], start: int, end: int, lang: str) -> str:
    word = text[start:end].lower()
    if word == "(m)":
        return replace_in_sentence(text, sentence, start, end, "")
    nxt = _WORD.search(text, end)
    prev = list(_WORD.finditer(text, sentence[0], start))
    if lang == "nl":
        if word == "zijn":
            return replace_in_sentence(text, sentence, start, end, "een")
        if word == "hem":
            return replace_in_sentence(text, sentence, start, end, "jou")
        if prev and start - prev[-1].end() <= 1:  # "zorgt hij" -> "zorg je"
            verb = prev[-1]
            v = verb.group(0)
            new = _NL_INVERTED.get(v.lower(), v[:-1] if v.endswith("t") else v)
            return replace_in_sentence(
                text[: verb.start()] + new + " je" + text[end:],
                (sentence[0], sentence[1] - (end - verb.start()) + len(new) + 3),
                sentence[0],
                sentence[0],
                "",
            )
        if nxt and nxt.start() - end <= 1:  # "Hij heeft" -> "Je hebt"
            v = nxt.group(0)
            new = _NL_SUBJECT.get(v.lower(), v)
            changed = text[:start] + "je " + new + text[nxt.end() :]
            shift = 3 + len(new) - (nxt.end() - start)
            return replace_in_sentence(
                changed, (sentence[0], sentence[1] + shift), start, start, ""
            )
        return replace_in_sentence(text, sentence, start, end, "je")
    if word == "his":
        return replace_in_sentence(text, sentence, start, end, "your")
    if word in ("him", "himself"):
        return replace_in_sentence(
            text, sentence, start, end, "you" if word == "him" else "yourself"
        )
    if nxt and nxt.start() - end <= 1:  # "He manages" -> "You manage", "He will" -> "You will"
        v = nxt.group(0)
        low = v.lower()
        new = _EN_SUBJECT.get(low) or (
            v[:-1] if low.endswith("s") and not low.endswith("ss") else v
        )
        changed = text[:start] + "you " + new + text[nxt.end() :]
        shift = 4 + len(new) - (nxt.end() - start)
        return replace_in_sentence(changed, (sentence[0], sentence[1] + shift), start, start, "")
    return replace_in_sentence(text, sentence, start, end, "you")
