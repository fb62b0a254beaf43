"""Causes of wrong findings on the tuning corpus (issue 13, third round), each as a rule
on sentences of our own: the fix must hold on any text, not on one corpus text."""

from __future__ import annotations

import pytest

from bewustwerven.core.textcheck import check_text


def missing(text: str, lang: str = "nl") -> set[str]:
    return {
        f.code.removeprefix("TEXT-MISSING-")
        for f in check_text(text, lang=lang)
        if f.code.startswith("TEXT-MISSING-")
    }


def words(text: str, code: str, lang: str = "nl") -> list[str]:
    return [
        text[f.span[0] : f.span[1]]
        for f in check_text(text, lang=lang)
        if f.code == code and f.span is not None
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Je werkt in ploegen tussen 07:00 en 19:00 uur.",  # opening times
        "Je leidt het team. De aansturen en culturen veranderen.",  # "*uren" was any word
        "Our units operate 24 hours 7 days a week.",
    ],
)
def test_no_hours_from_clock_times_or_words_ending_in_uren(text: str) -> None:
    assert "HOURS" in missing(text, "en" if text.startswith("Our") else "nl")


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Je werkt 24 uur per week.", "nl"), ("Je werkt 32-36 uur.", "nl"), ("Werkuren: 36", "nl")],
)
def test_hours_still_found(text: str, lang: str) -> None:
    assert "HOURS" not in missing(text, lang)


def test_steering_is_no_way_to_apply() -> None:
    assert "APPLY" in missing("Je stuur je op resultaten en overzicht.")
    assert "APPLY" not in missing("Stuur je cv naar werving@example.nl.")


def test_it_applications_are_no_way_to_apply() -> None:
    assert "APPLY" in missing("You are competent in basic IT applications.", "en")
    assert "APPLY" not in missing("Please complete the application form.", "en")


@pytest.mark.parametrize(
    "text",
    [
        "Werk- en denkniveau HBO\nSalarisniveau schaal 10",  # a label, not a requirement
        "Wij zijn op zoek naar een tijdelijke medewerker.",  # the bare announcement
        "Je hebt een spilfunctie in het team.",  # the job, not what the person has
        "Je hebt alle administratieve werkzaamheden onder je hoede.",
    ],
)
def test_not_requirements(text: str) -> None:
    assert "REQUIREMENTS" in missing(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("De griffie is op zoek naar een nauwgezette adviseur die ook uitvoerend werk doet.", "nl"),
        ("Je hebt een afgeronde hbo-opleiding.", "nl"),
        ("Je hebt ervaring met beleid.", "nl"),
        ("We are looking for a consultant who has strong expertise in law.", "en"),
    ],
)
def test_requirements(text: str, lang: str) -> None:
    assert "REQUIREMENTS" not in missing(text, lang)


def test_the_role_alone_is_no_task() -> None:
    assert "TASKS" in missing("If you have the correct experience for the role please apply.", "en")


def test_plural_collegas_die_zijn_is_a_verb() -> None:
    text = "Je werkt met collega’s die goed op elkaar zijn ingespeeld."
    assert words(text, "TEXT-PRONOUN") == []
    assert words("Wij zoeken een collega die zijn team goed kent.", "TEXT-PRONOUN") == ["zijn"]


def test_connections_are_a_thing_not_a_trait() -> None:
    text = "Wat vragen wij\nJe legt de gevraagde verbindingen met partners."
    assert words(text, "TEXT-GENDER-F") == []
    assert words("Wat vragen wij\nJe bent verbindend.", "TEXT-GENDER-F") == ["verbindend"]


def test_challenging_situations_are_a_situation() -> None:
    text = "Wat vragen wij\nJij blijft kalm, ook in uitdagende situaties."
    assert words(text, "TEXT-GENDER-M") == []


def test_capital_label_is_no_jargon() -> None:
    text = "REMUNERATION: The salary is £40,000 per annum."
    assert words(text, "TEXT-JARGON", "en") == []


def test_offer_lead_line_opens_the_offer() -> None:
    text = (
        "What we look for\nYou are a registered nurse.\n\n"
        "In return for their dedication and commitment, we offer the following benefits: -\n\n"
        "• Supporting our nurses through revalidation\n"
    )
    assert words(text, "TEXT-GENDER-F", "en") == []


def test_inverted_durf_je_speaks_about_the_person() -> None:
    text = "Met jouw organisatiesensitiviteit durf je kritische vragen te stellen."
    assert words(text, "TEXT-GENDER-F") == ["organisatiesensitiviteit"]


def test_kinds_of_cooperation_are_a_subject() -> None:
    text = "Wat vragen wij\nJij weet wat er komt kijken bij regionale samenwerking."
    assert words(text, "TEXT-GENDER-F") == []
    assert words("Wat vragen wij\nJe houdt van samenwerking.", "TEXT-GENDER-F") == ["samenwerking"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Work experience\n5 to 10 years\nSalary", "nl"),
        ("Werkervaring: 2-5 jaar", "nl"),
        ("Experience 3 to 5 years", "en"),
    ],
)
def test_capped_experience_after_a_label(text: str, lang: str) -> None:
    assert words(text, "TEXT-AGE", lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We offer a competitive salary and 25 days of leave.", "en"),
        ("Als salarisadministrateur verwerk je de mutaties.", "nl"),
    ],
)
def test_salary_word_without_salary(text: str, lang: str) -> None:
    assert "SALARY" in missing(text, lang)


def test_salary_stated() -> None:
    assert "SALARY" not in missing("We offer a competitive salary of £30,000 per annum.", "en")
    assert "SALARY" not in missing("Je salaris is schaal 10.")


def test_relative_clause_must_belong_to_the_wanted_person() -> None:
    text = "Wij zoeken een tijdelijke versterking van ons team, vanwege projecten die lopen."
    assert "REQUIREMENTS" in missing(text)
