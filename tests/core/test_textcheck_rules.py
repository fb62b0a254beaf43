"""Example tests for every TEXT-* rule, in Dutch and English, positive and negative."""

from __future__ import annotations

import pytest

from bewustwerven.core.findings import Finding, Severity
from bewustwerven.core.textcheck import check_text

COMPLETE_NL = (
    "Wat ga je doen? Je maakt plannen voor de buurt.\n"
    "Wat vragen wij? Een hbo-opleiding.\n"
    "Salaris: schaal 10, maximaal € 4.500 bruto per maand. 36 uur per week.\n"
    "Standplaats: Amstel 1. Solliciteer via de knop. Sluitingsdatum: 1 maart.\n"
)
COMPLETE_EN = (
    "What you will do: you make plans for the neighbourhood.\n"
    "What we ask: a bachelor's degree.\n"
    "Salary: scale 10, up to € 4,500 gross per month. 36 hours per week.\n"
    "Location: Amstel 1. Apply with the button. Closing date: 1 March.\n"
)


def coded(text: str, code: str, lang: str = "nl") -> list[str]:
    """The words a rule points at (text[start:end]), in order."""
    return [
        text[f.span[0] : f.span[1]]
        for f in check_text(text, lang=lang)
        if f.code == code and f.span is not None
    ]


def codes(findings: list[Finding]) -> set[str]:
    return {f.code for f in findings}


# --- gender -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Je bent competitief.", "competitief"),
        ("Een resultaatgerichte collega.", "resultaatgerichte"),
        ("Je bent sterkresultaatgericht.", "sterkresultaatgericht"),  # compound head
        ("Een ambitieuze collega.", "ambitieuze"),  # inflection s -> z
        ("Je bent assertief en daadkrachtig.", "assertief"),
        ("Wat vragen wij?\nKennis van de hiërarchie.", "hiërarchie"),  # accent kept
        ("Wat vragen wij?\nKennis van de hierarchie.", "hierarchie"),  # without the diaeresis
        ("Je bent besluitvaardig.", "besluitvaardig"),
    ],
)
def test_masculine_nl(text: str, word: str) -> None:
    assert word in coded(text, "TEXT-GENDER-M")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Je bent een echte teamspeler.", "teamspeler"),
        ("Je bent een collega die graag samenwerkt.", "samenwerkt"),
        ("Je bent zorgzaam en empathisch.", "empathisch"),
        ("Jouw profiel\nEen coöperatieve houding.", "coöperatieve"),  # accent kept
        ("Je bent betrokken.", "betrokken"),
    ],
)
def test_feminine_nl(text: str, word: str) -> None:
    assert word in coded(text, "TEXT-GENDER-F")


@pytest.mark.parametrize(
    "text",
    [
        "Wij bieden een concurrerend salaris.",  # competitive pay, not a trait
        "In principe werk je op kantoor.",  # 'in principle'
        "Je hebt de juiste competenties.",  # competence, not competition
        "De gemeente is een organisatie.",
    ],
)
def test_masculine_nl_negative(text: str) -> None:
    assert coded(text, "TEXT-GENDER-M") == []


@pytest.mark.parametrize(
    "text",
    ["Je salaris is afhankelijk van je ervaring.", "Je werkt met vertrouwelijke informatie."],
)
def test_feminine_nl_negative(text: str) -> None:
    assert coded(text, "TEXT-GENDER-F") == []


def test_gender_en_positive_and_exceptions() -> None:
    text = "You are a competitive, self-confident leader. You are supportive and warm."
    assert coded(text, "TEXT-GENDER-M", "en") == ["competitive", "self-confident", "leader"]
    assert coded(text, "TEXT-GENDER-F", "en") == ["supportive", "warm"]
    calm = "We offer a competitive salary. The committee meets. Pay depending on experience."
    assert coded(calm, "TEXT-GENDER-M", "en") == []
    assert coded(calm, "TEXT-GENDER-F", "en") == []


def test_dutch_lists_are_not_used_for_english_text() -> None:
    assert coded("Je bent daadkrachtig.", "TEXT-GENDER-M", "en") == []
    assert coded("You are headstrong.", "TEXT-GENDER-M", "nl") == []


def test_balance_masculine_text() -> None:
    text = "Je bent ambitieus, assertief, competitief en daadkrachtig."
    balance = [f for f in check_text(text) if f.code == "TEXT-BALANCE"]
    assert len(balance) == 1
    assert balance[0].facts["masculine"] == 4
    assert balance[0].span is None
    mixed = "Je bent ambitieus en assertief, maar ook zorgzaam en betrokken."
    assert "TEXT-BALANCE" not in codes(check_text(mixed))


def test_balance_en() -> None:
    assert "TEXT-BALANCE" in codes(check_text("You are ambitious, assertive, decisive.", lang="en"))
    assert "TEXT-BALANCE" not in codes(check_text("You are kind and supportive.", lang="en"))


# --- age, exclusion, jargon ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Je komt in een jong team.", "jong team"),
        ("Ons jonge, dynamische team.", "jonge, dynamische"),
        ("Wij zoeken een dynamische collega.", "dynamische"),
        ("Ben jij een starter?", "starter"),
        ("Je bent recent afgestudeerd.", "recent afgestudeerd"),
        ("Je hebt maximaal 5 jaar ervaring.", "maximaal 5 jaar ervaring"),
        ("Je hebt maximaal vijf jaar werkervaring.", "maximaal vijf jaar werkervaring"),
        ("Je hebt 2 tot 4 jaar ervaring.", "2 tot 4 jaar ervaring"),
        ("Je bent een digital native.", "digital native"),
    ],
)
def test_age_nl(text: str, phrase: str) -> None:
    assert coded(text, "TEXT-AGE") == [phrase]


def test_age_nl_negative() -> None:
    assert coded("Je hebt minimaal 5 jaar ervaring. Je werkt met jongeren.", "TEXT-AGE") == []


def test_age_en() -> None:
    text = "Join our young and dynamic team as a recent graduate with maximum 3 years."
    assert coded(text, "TEXT-AGE", "en") == [
        "young and dynamic",
        "recent graduate",
        "maximum 3 years",
    ]
    assert coded("At least 3 years of experience.", "TEXT-AGE", "en") == []


def test_exclusion_nl() -> None:
    text = "Een perfecte beheersing van het Engels. Rijbewijs B."
    assert coded(text, "TEXT-EXCLUDE") == ["perfecte beheersing", "Rijbewijs"]


def test_exclusion_with_reason_is_not_reported() -> None:
    text = "Rijbewijs B is nodig, want je rijdt naar locaties in de stad. Je hebt een eigen auto."
    assert coded(text, "TEXT-EXCLUDE") == ["eigen auto"]
    reasoned = "Een eigen auto is nodig, omdat je 's nachts naar locaties rijdt."
    assert coded(reasoned, "TEXT-EXCLUDE") == []


def test_full_time_alone_is_not_an_exclusion() -> None:
    # The hours are a required element; "fulltime" on its own does not exclude anyone.
    assert coded("De baan is fulltime (36 uur).", "TEXT-EXCLUDE") == []
    assert coded("Full-time / part-time", "TEXT-EXCLUDE", "en") == []


def test_exclusion_en() -> None:
    text = "Perfect English. A driving licence."
    assert coded(text, "TEXT-EXCLUDE", "en") == ["Perfect English", "driving licence"]
    reasoned = "A driving licence is needed because you will drive to sites."
    assert coded(reasoned, "TEXT-EXCLUDE", "en") == []


def test_jargon_nl_has_plain_alternative() -> None:
    findings = [
        f
        for f in check_text("Indien je vragen hebt, dien je te bellen.")
        if f.code == "TEXT-JARGON"
    ]
    assert [f.facts["word"] for f in findings] == ["Indien", "dien je te"]
    assert "als" in findings[0].suggestion_nl
    assert coded("Als je vragen hebt, bel ons.", "TEXT-JARGON") == []


def test_jargon_en() -> None:
    assert coded("To commence, utilise the form.", "TEXT-JARGON", "en") == [
        "commence",
        "utilise",
    ]
    assert coded("To start, use the form.", "TEXT-JARGON", "en") == []


# --- B1 -----------------------------------------------------------------------------


def test_long_sentence_nl_and_en() -> None:
    long_nl = " ".join(["woord"] * 16) + "."
    short_nl = " ".join(["woord"] * 15) + "."
    found = [f for f in check_text(long_nl) if f.code == "TEXT-B1-SENTENCE"]
    assert len(found) == 1 and found[0].span == (0, len(long_nl)) and found[0].facts["words"] == 16
    assert not [f for f in check_text(short_nl) if f.code == "TEXT-B1-SENTENCE"]
    long_en = (
        "This is a sentence that goes on and on with many words, far more than a reader wants."
    )
    assert coded(long_en, "TEXT-B1-SENTENCE", "en") == [long_en]
    assert coded("This is short. So is this.", "TEXT-B1-SENTENCE", "en") == []


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = "Je werkt o.a. met bewoners, bijv. in de buurt. Dat is leuk."
    found = [f for f in check_text(text, settings=None) if f.code == "TEXT-B1-SENTENCE"]
    assert found == []
    from bewustwerven.core.textcheck.text import sentences

    assert len(sentences(text)) == 2


def test_long_words() -> None:
    text = "Je hebt communicatievaardigheden en verantwoordelijkheden in de organisatie."
    assert coded(text, "TEXT-B1-WORD") == ["communicatievaardigheden", "verantwoordelijkheden"]
    assert coded("internationalisation of responsibilities", "TEXT-B1-WORD", "en") == [
        "internationalisation"
    ]
    assert (
        coded("Zie https://www.werkenbijdegemeenteamsterdam.nl/vacaturesoverzicht", "TEXT-B1-WORD")
        == []
    )


def test_syllable_counts_dutch() -> None:
    from bewustwerven.core.textcheck.text import syllables

    # The same words textstat 0.7.13 (pyphen) counted; it got "ideeën" wrong (2).
    expected = {
        "aan": 1,
        "resultaatgerichte": 6,
        "teamspeler": 3,
        "ambtelijke": 4,
        "organisatie": 5,
        "beëindigen": 4,
        "ideeën": 3,
        "geïnteresseerd": 5,
        "uitvoeren": 3,
        "communicatievaardigheden": 9,
    }
    assert {w: syllables(w, "nl") for w in expected} == expected


# --- required elements and preference -----------------------------------------------


@pytest.mark.parametrize(("lang", "text"), [("nl", COMPLETE_NL), ("en", COMPLETE_EN)])
def test_complete_text_misses_nothing(lang: str, text: str) -> None:
    assert not [f for f in check_text(text, lang=lang) if f.code.startswith("TEXT-MISSING")]


@pytest.mark.parametrize(
    ("lang", "text", "element"),
    [
        ("nl", COMPLETE_NL.replace("Sluitingsdatum: 1 maart.", ""), "CLOSING"),
        ("nl", COMPLETE_NL.replace("Standplaats: Amstel 1. ", ""), "LOCATION"),
        ("nl", COMPLETE_NL.replace("36 uur per week.", ""), "HOURS"),
        ("en", COMPLETE_EN.replace("Apply with the button. ", ""), "APPLY"),
        ("en", COMPLETE_EN.replace("What you will do: ", ""), "TASKS"),
    ],
)
def test_missing_element(lang: str, text: str, element: str) -> None:
    missing = [f for f in check_text(text, lang=lang) if f.code.startswith("TEXT-MISSING")]
    assert [f.code for f in missing] == [f"TEXT-MISSING-{element}"]
    assert missing[0].severity is Severity.WARN and missing[0].span is None


PREF_NL = (
    "Bij gelijke geschiktheid gaat de voorkeur uit naar een kandidaat met een "
    "buiten-Europese herkomst. Want deze groep is in hogere functies ondervertegenwoordigd."
)
PREF_EN = (
    "If candidates are equally suitable, we prefer a candidate of outside-European origin, "
    "because this group is under-represented in senior roles."
)


@pytest.mark.parametrize(
    ("lang", "base", "pref"), [("nl", COMPLETE_NL, PREF_NL), ("en", COMPLETE_EN, PREF_EN)]
)
def test_preference_statement_blocks_from_scale_15(lang: str, base: str, pref: str) -> None:
    blocks = [f for f in check_text(base, scale=15, lang=lang) if f.blocks]
    assert [f.code for f in blocks] == ["TEXT-PREF-STATEMENT"]
    assert blocks[0].facts["missing"] == ["STATEMENT"]
    assert not [f for f in check_text(base, scale=14, lang=lang) if f.blocks]
    assert not [f for f in check_text(base, scale=None, lang=lang) if f.blocks]
    assert not [f for f in check_text(base + pref, scale=16, lang=lang) if f.blocks]


def test_preference_statement_without_reason_still_blocks() -> None:
    text = (
        COMPLETE_NL
        + "Bij gelijke geschiktheid gaat de voorkeur uit naar een kandidaat met een "
        + "buiten-Europese herkomst."
    )
    blocks = [f for f in check_text(text, scale=15) if f.blocks]
    assert len(blocks) == 1 and blocks[0].facts["missing"] == ["REASON"]
    assert blocks[0].span is not None
    assert text[blocks[0].span[0] : blocks[0].span[1]] == "Bij gelijke geschiktheid"


def test_only_the_law_blocks() -> None:
    bad = "Jong en dynamisch team zoekt een collega met rijbewijs. " * 3
    assert all(f.severity is Severity.WARN for f in check_text(bad, scale=11))
    native = bad + "Je bent native speaker Nederlands."
    assert {f.code for f in check_text(native, scale=11) if f.blocks} == {"TEXT-NATIVE"}


# --- offsets, order, input ------------------------------------------------------------


def test_spans_point_at_words_and_are_sorted() -> None:
    text = "Wij zoeken een gedreven, competitieve teamspeler voor ons jonge team.\nReeds nu!"
    findings = check_text(text)
    spans = [f.span for f in findings if f.span is not None]
    assert spans == sorted(spans)
    for f in findings:
        if f.span is not None and "word" in f.facts:
            assert text[f.span[0] : f.span[1]] == f.facts["word"]
    assert {text[s:e] for s, e in spans} >= {
        "gedreven",
        "competitieve",
        "teamspeler",
        "jonge team",
        "Reeds",
    }


def test_decomposed_accents_map_back_to_original_offsets() -> None:
    text = "Je bent iemand die de hie\u0308rarchie kent."  # e + combining diaeresis
    found = [f for f in check_text(text) if f.code == "TEXT-GENDER-M"]
    assert len(found) == 1 and found[0].span is not None
    assert text[found[0].span[0] : found[0].span[1]] == "hie\u0308rarchie"


def test_unknown_language_is_an_error() -> None:
    with pytest.raises(ValueError, match="de"):
        check_text("Hallo", lang="de")


def test_every_finding_has_two_languages_and_a_source() -> None:
    text = (
        COMPLETE_NL
        + " ".join(["Competitief jong team, indien nodig rijbewijs."] * 4)
        + " "
        + "x " * 30
    )
    for f in check_text(text, scale=15):
        assert f.message_nl and f.message_en and f.source and f.suggestion_nl and f.suggestion_en
        assert f.message_nl != f.message_en
