"""B1 readability: long sentences (TEXT-B1-SENTENCE) and long words (TEXT-B1-WORD).

Measured here, not with textstat: see the docstring of ``text.py`` for why.
"""

from __future__ import annotations

from bewustwerven.core.findings import Finding, Severity
from bewustwerven.core.textcheck.settings import TextCheckSettings
from bewustwerven.core.textcheck.text import excluded_spans, inside, letters, syllables, words

_SOURCE = "Taalniveau B1 (ERK/CEFR); Direct Duidelijk schrijftips"


def readability_findings(
    text: str,
    sentence_spans: list[tuple[int, int]],
    lang: str,
    settings: TextCheckSettings,
) -> list[Finding]:
    skip = excluded_spans(text)
    findings: list[Finding] = []
    limit = settings.max_sentence_words
    for start, end in sentence_spans:
        if skip:
            count = sum(1 for w in words(text, start, end) if not inside(skip, w.start(), w.end()))
        else:
            count = sum(1 for _ in words(text, start, end))
        if count > limit:
            findings.append(
                Finding(
                    code="TEXT-B1-SENTENCE",
                    severity=Severity.WARN,
                    message_nl=f"Deze zin is lang: {count} woorden. Voor B1 is {limit} het meest.",
                    message_en=(
                        f"This sentence is long: {count} words. For B1, {limit} is the most."
                    ),
                    facts={"words": count, "max_words": limit},
                    source=_SOURCE,
                    span=(start, end),
                    suggestion_nl="Maak er twee of meer korte zinnen van.",
                    suggestion_en="Split it into two or more short sentences.",
                )
            )
    # A word needs at least one letter per syllable: shorter words can never be "long".
    shortest = min(settings.long_word_syllables, settings.long_word_letters)
    for match in words(text):
        if match.end() - match.start() < shortest:
            continue
        if skip and inside(skip, match.start(), match.end()):
            continue
        offset = match.start()
        for part in match.group().split("-"):
            part_start = offset
            offset += len(part) + 1
            if len(part) < shortest:
                continue
            if any(ch.isdigit() for ch in part) or (part.isupper() and len(part) > 1):
                continue  # numbers and abbreviations such as "HR", "AVG"
            n_letters = letters(part)
            n_syllables = syllables(part, lang)
            if (
                n_syllables < settings.long_word_syllables
                and n_letters < settings.long_word_letters
            ):
                continue
            findings.append(
                Finding(
                    code="TEXT-B1-WORD",
                    severity=Severity.WARN,
                    message_nl=(
                        f"'{part}' is een lang woord ({n_syllables} lettergrepen, "
                        f"{n_letters} letters). Dat leest moeilijk."
                    ),
                    message_en=(
                        f"'{part}' is a long word ({n_syllables} syllables, "
                        f"{n_letters} letters). It is hard to read."
                    ),
                    facts={
                        "word": part,
                        "syllables": n_syllables,
                        "letters": n_letters,
                        "max_syllables": settings.long_word_syllables,
                        "max_letters": settings.long_word_letters,
                    },
                    source=_SOURCE,
                    span=(part_start, part_start + len(part)),
                    suggestion_nl="Kies een korter woord, of schrijf het in een paar woorden.",
                    suggestion_en="Use a shorter word, or say it in a few words.",
                )
            )
    return findings
