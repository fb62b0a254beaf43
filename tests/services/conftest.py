"""Fixtures for service tests: a fresh SQLite database per test and a small organisation."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bewustwerven.services.app import App, open_app
from bewustwerven.services.dto import (
    ChannelInput,
    CriterionInput,
    QuestionInput,
    SeatInput,
    VacancyInput,
)

ANCHORS = {1: "Geen voorbeeld", 3: "Een voorbeeld, vaag", 5: "Concreet voorbeeld met resultaat"}

PEOPLE = [
    # login, roles, unit, trained, gender, birth year, outside-European background
    ("rita", ["recruiter"], "PO", True, "woman", 1980, False),
    ("hanna", ["hr"], "PO", True, "woman", 1975, True),
    ("henk", ["hr"], "PO", True, "man", 1969, False),
    ("chris", ["chair", "member"], "WPI", True, "man", 1972, False),
    ("mila", ["member"], "ICT", True, "woman", 1990, True),
    ("omar", ["member"], "VTH", True, "man", 1985, True),
    ("ina", ["member"], "PO", True, "woman", 1992, False),
    ("vera", ["member"], "WPI", False, "woman", 1998, False),
]

TEXT = """Beleidsadviseur

Wat ga je doen? Je taken zijn: je schrijft plannen en je praat met bewoners.
Wat vragen wij? Je hebt hbo-niveau. Je schrijft helder.
Wat bieden wij? Salarisschaal {scale}. Je werkt 36 uur per week. Je werkplek is in Amsterdam.
{pref}Hoe solliciteer je? Stuur je cv en brief via werkenbij.amsterdam.nl.
Reageer uiterlijk op 1 maart.
"""
PREF = (
    "Wij voeren voorkeursbeleid. Bij gelijke geschiktheid gaat de voorkeur uit naar een "
    "kandidaat met een niet-Europese migratieachtergrond. Dat doen we omdat deze groep in "
    "hogere functies nog te weinig vertegenwoordigd is.\n"
)


def criteria() -> list[CriterionInput]:
    return [
        CriterionInput(
            "Analytisch vermogen",
            (
                QuestionInput("Vertel over een analyse.", ANCHORS),
                QuestionInput("Hoe weeg je af?", ANCHORS),
            ),
            knockout=True,
        ),
        CriterionInput("Samenwerken", (QuestionInput("Vertel over samenwerken.", ANCHORS),)),
    ]


@pytest.fixture
def app(tmp_path) -> App:
    a = open_app(str(tmp_path / "t.db"), user="admin")
    yield a
    a.close()


@pytest.fixture
def org(app: App) -> App:
    for code in ("PO", "WPI", "ICT", "VTH"):
        app.users.add_unit(code, f"Afdeling {code}")
    for login, roles, unit, trained, gender, year, outside in PEOPLE:
        app.users.add(
            login,
            roles=roles,
            unit_code=unit,
            trained=trained,
            gender=gender,
            birth_year=year,
            outside_european_background=outside,
        )
    return app


def make_procedure(
    org: App, *, scale: int = 11, closing_past: bool = True, seats: list[SeatInput] | None = None
) -> int:
    rita = org.as_user("rita")
    closing = date.today() - timedelta(days=1) if closing_past else date.today() + timedelta(7)
    text = TEXT.format(scale=scale, pref=PREF if scale >= 15 else "")
    pid = rita.procedures.create(
        VacancyInput("Beleidsadviseur", "WPI", scale, 36, "Amsterdam", text, closing)
    )
    rita.setup.set_criteria(pid, criteria())
    rita.setup.set_committee(
        pid,
        seats
        or [
            SeatInput("chris", "chair"),
            SeatInput("mila", "member"),
            SeatInput("omar", "member"),
            SeatInput("ina", "hr"),
        ],
    )
    rita.setup.set_channels(
        pid, [ChannelInput("werkenbij", False), ChannelInput("Netwerk Divers", True)]
    )
    return pid


CSV = (
    "Naam;E-mail;Telefoon;Geboorteland;Geboorteland moeder;Geboorteland vader;Motivatie\n"
    "Jan de Vries;jan@example.nl;0612345678;NL;NL;NL;Ik ben Jan de Vries uit Utrecht.\n"
    "Fatima El Amrani;fatima@example.nl;0687654321;NL;MA;MA;Beste commissie, graag.\n"
    "Piet Bakker;piet@example.nl;0611111111;NL;NL;NL;Met vriendelijke groet, Piet Bakker\n"
    "Sevda Yilmaz;sevda@example.nl;0622222222;TR;TR;TR;Ik werk nu bij de gemeente.\n"
)


def open_and_import(org: App, pid: int, csv: str = CSV) -> list[str]:
    rita = org.as_user("rita")
    assert rita.procedures.advance(pid, acknowledge_warnings=True).advanced
    result = rita.candidates.import_csv(pid, csv.encode("utf-8"))
    assert not result.errors, result.errors
    for code in result.pseudonyms:
        rita.candidates.confirm_redactions(pid, code)
    assert rita.procedures.advance(pid, acknowledge_warnings=True).advanced
    return list(result.pseudonyms)


def score_all(
    org: App,
    pid: int,
    members: tuple[str, ...] = ("chris", "mila", "omar"),
    value=lambda login, code, key: 4,
) -> None:
    for login in members:
        m = org.as_user(login)
        for task in m.scoring.my_tasks():
            if task.procedure_id != pid:
                continue
            form = m.scoring.form(pid, task.pseudonym)
            vals = {
                it.key: (value(login, task.pseudonym, it.key), "onderbouwing") for it in form.items
            }
            m.scoring.save(pid, task.pseudonym, vals, submit=True)
