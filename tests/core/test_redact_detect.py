"""Examples per category, Dutch and English, for suggest_spans and apply_redactions."""

from __future__ import annotations

import itertools

import pytest

from bewustwerven.core.redact import PiiCategory, Span, apply_redactions, suggest_spans
from bewustwerven.core.redact.suggest import detect_language

C = PiiCategory


def found(text: str, lang: str | None = None, **kw: bool) -> set[tuple[PiiCategory, str]]:
    return {(s.category, s.text) for s in suggest_spans(text, lang, **kw)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mail mij op jan.de.vries@example.nl graag.", (C.EMAIL, "jan.de.vries@example.nl")),
        ("Bel 06-12345678 na vijf uur.", (C.PHONE, "06-12345678")),
        ("Bel 020 - 555 12 34 op werkdagen.", (C.PHONE, "020 - 555 12 34")),
        ("Call +44 20 7946 0958 today.", (C.PHONE, "+44 20 7946 0958")),
        ("Tel. +31 (0)6 1234 5678.", (C.PHONE, "+31 (0)6 1234 5678")),
        ("Ik woon aan de Kerkstraat 12-II in de stad.", (C.ADDRESS, "Kerkstraat 12-II")),
        ("Adres: Admiraal de Ruijterweg 4 hs", (C.ADDRESS, "Admiraal de Ruijterweg 4 hs")),
        ("I live at 14 Baker Street now.", (C.ADDRESS, "14 Baker Street")),
        ("Postcode 1017 GC in het centrum.", (C.POSTCODE, "1017 GC")),
        ("Geboren op 3 maart 1990.", (C.DATE, "3 maart 1990")),
        ("Date of birth: 12/03/1990", (C.DATE, "12/03/1990")),
        ("Born on March 3, 1990 in a small town.", (C.DATE, "March 3, 1990")),
        ("Ik ben 34 jaar en woon in Utrecht.", (C.AGE, "34 jaar")),
        ("I am 45 years old.", (C.AGE, "45 years old")),
        ("Een 29-jarige kandidaat.", (C.AGE, "29-jarige")),
        ("VWO afgerond in 2004, daarna HBO.", (C.YEAR, "2004")),
        ("Nationaliteit: Nederlandse", (C.NATIONALITY, "Nederlandse")),
        ("Ik heb de Turkse nationaliteit.", (C.NATIONALITY, "Turkse")),
        ("I am a Polish citizen.", (C.NATIONALITY, "Polish")),
        ("Geboorteplaats: Paramaribo", (C.BIRTHPLACE, "Paramaribo")),
        ("I was born in Gdańsk and moved here.", (C.BIRTHPLACE, "Gdańsk")),
        ("Zie www.example.nl/portfolio voor mijn werk.", (C.URL, "www.example.nl/portfolio")),
        ("See https://github.com/someone.", (C.URL, "https://github.com/someone")),
        ("Volg mij op @jansen_design voor updates.", (C.HANDLE, "@jansen_design")),
        ("Geachte heer Bakker,", (C.GENDER, "heer")),
        ("Referent: mevr. S. Bakker", (C.GENDER, "mevr.")),
        ("Zij werkte drie jaar bij ons.", (C.GENDER, "Zij")),
        ("She led the team.", (C.GENDER, "She")),
    ],
)
def test_examples_per_category(text: str, expected: tuple[PiiCategory, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Naam: Fatima el Amrani-Bouzid", "Fatima el Amrani-Bouzid"),
        ("Geachte mevrouw Van den Berg,", "Van den Berg"),
        ("Dear Ms O'Connor,", "O'Connor"),
        ("Mijn naam is Mehmet Yılmaz en ik solliciteer.", "Mehmet Yılmaz"),
        ("My name is Agnieszka Kowalczyk.", "Agnieszka Kowalczyk"),
        ("Met vriendelijke groet,\n\nJ.W. van der Berg\n", "J.W. van der Berg"),
        ("Kind regards,\nWayan Suryadi", "Wayan Suryadi"),
        ("Mijn collega Priya Ramsaroep hielp mij.", "Priya Ramsaroep"),
    ],
)
def test_names_from_context(text: str, name: str) -> None:
    assert (C.NAME, name) in found(text, use_deduce=False)


def test_name_found_once_is_found_again() -> None:
    text = "Naam: Noor Haddou\n\nNoor werkte graag samen. Haddou is een harde werker."
    names = [s.text for s in suggest_spans(text, "nl", use_deduce=False) if s.category is C.NAME]
    assert names == ["Noor Haddou", "Noor", "Haddou"]


@pytest.mark.parametrize(
    "text",
    [
        "Geachte heer/mevrouw,",
        "Dear Sir or Madam,",
        "Ik heb 15 jaar ervaring in het sociaal domein.",
        "Werkervaring\nOpleiding\nTalen: Nederlands, Engels",
        "Dear Hiring Manager,",
        "Amsterdam, 3 februari 2026",
        "Het Amsterdamse beleid voor 2030 is ambitieus.",
        "vacaturenummer 2026-0142",
    ],
)
def test_no_personal_data_found(text: str) -> None:
    assert suggest_spans(text, use_deduce=False) == []


def test_spans_are_sorted_merged_and_cover_their_text() -> None:
    text = "Ik ben Sanne de Wit, bereikbaar via 06 12345678 of sanne@example.com."
    spans = suggest_spans(text, "nl")
    assert spans == sorted(spans, key=lambda s: s.start)
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start
    for s in spans:
        assert text[s.start : s.end] == s.text


def test_apply_redactions_uses_dutch_placeholders_without_length() -> None:
    text = "Geachte heer Jansen, zij belt 06-12345678."
    spans = [
        Span(8, 12, C.GENDER, "heer", "user"),
        Span(13, 19, C.NAME, "Jansen", "user"),
        Span(21, 24, C.GENDER, "zij", "user"),
        Span(30, 41, C.PHONE, "06-12345678", "user"),
    ]
    assert apply_redactions(text, spans) == (
        "Geachte [aanhef] [naam], [voornaamwoord] belt [telefoon]."
    )
    short = apply_redactions("Al is hier.", [Span(0, 2, C.NAME, "Al", "user")])
    long = apply_redactions(
        "Alexandrina is hier.", [Span(0, 11, C.NAME, "Alexandrina", "user")]
    )
    assert short == long == "[naam] is hier."


def test_apply_redactions_rejects_span_that_does_not_match() -> None:
    with pytest.raises(ValueError):
        apply_redactions("Jan", [Span(0, 3, C.NAME, "Piet", "user")])


def test_apply_redactions_accepts_overlapping_user_spans() -> None:
    text = "Jan de Vries"
    out = apply_redactions(
        text, [Span(0, 3, C.NAME, "Jan", "user"), Span(0, 12, C.NAME, text, "user")]
    )
    assert out == "[naam]"


def test_every_category_has_a_placeholder() -> None:
    for category in PiiCategory:
        out = apply_redactions("x", [Span(0, 1, category, "x", "user")])
        assert out.startswith("[") and out.endswith("]") and "x" not in out


def test_language_detection() -> None:
    assert detect_language("Ik ben een enthousiaste collega en ik werk graag met mensen.") == "nl"
    assert detect_language("I am an enthusiastic colleague and I like to work with people.") == "en"


def test_deduce_adds_names_in_running_dutch_text() -> None:
    text = "Bij de gemeente werkte ik samen met Jan-Willem van der Berg aan het plan."
    assert (C.NAME, "Jan-Willem van der Berg") in found(text, "nl")


def test_warm_up_builds_the_deduce_cache_without_touching_logging() -> None:
    import logging

    from bewustwerven.core.redact import warm_up

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    path = warm_up()
    assert path is not None
    assert (path / "cache" / "lookup_structs.pickle").is_file()
    assert root.handlers == handlers and root.level == level
