"""The demo organisation's material: units, people, vacancy texts, criteria and questions."""

from __future__ import annotations

from bewustwerven.services.dto import CriterionInput, QuestionInput

UNITS = [
    ("WPI", "Werk, Participatie en Inkomen"),
    ("VTH", "Vergunningen, Toezicht en Handhaving"),
    ("ICT", "Informatievoorziening en ICT"),
    ("SD-ZUID", "Stadsdeel Zuid"),
    ("PO", "Personeel en Organisatie"),
]

# login, roles, unit, trained, gender, birth year, outside-European background
PEOPLE = [
    ("sanne.wsadviseur", "recruiter", "PO", True, "woman", 1986, False),
    ("milan.wsadviseur", "recruiter", "PO", True, "man", 1979, True),
    ("fatima.pno", "hr", "PO", True, "woman", 1975, True),
    ("joost.pno", "hr", "PO", True, "man", 1968, False),
    ("nadia.hradviseur", "member", "PO", True, "woman", 1990, True),
    ("pieter.voorzitter", "chair,member", "WPI", True, "man", 1970, False),
    ("aisha.voorzitter", "chair,member", "ICT", True, "woman", 1982, True),
    ("kees.lid", "member", "WPI", True, "man", 1961, False),
    ("lotte.lid", "member", "VTH", True, "woman", 1994, False),
    ("yusuf.lid", "member", "SD-ZUID", True, "man", 1988, True),
    ("emma.lid", "member", "ICT", False, "woman", 1999, False),
    ("ravi.lid", "member", "VTH", True, "other", 1985, True),
    ("bram.lid", "member", "WPI", False, "man", 1972, False),
]

_ANCHORS = {
    1: "Geeft geen concreet voorbeeld; blijft algemeen.",
    3: "Geeft een voorbeeld, maar de eigen rol of het resultaat blijft vaag.",
    5: "Geeft een concreet voorbeeld met eigen rol, aanpak en resultaat, en wat hij of zij "
    "ervan leerde.",
}


def _q(text: str) -> QuestionInput:
    return QuestionInput(text, dict(_ANCHORS))


CRITERIA: dict[str, list[CriterionInput]] = {
    "beleid": [
        CriterionInput(
            "Analytisch vermogen",
            (
                _q("Vertel over een complex vraagstuk dat u heeft ontleed. Hoe pakte u dat aan?"),
                _q("Hoe weegt u tegenstrijdige cijfers of adviezen tegen elkaar af?"),
            ),
            knockout=True,
            description="Ziet de kern van een vraagstuk en onderbouwt keuzes.",
        ),
        CriterionInput(
            "Samenwerken",
            (
                _q("Beschrijf een samenwerking met een partner die andere belangen had."),
                _q("Wanneer heeft u een collega geholpen zonder dat het uw taak was?"),
            ),
            weight=1.0,
            description="Bouwt aan relaties binnen en buiten de gemeente.",
        ),
        CriterionInput(
            "Schrijven in begrijpelijke taal",
            (_q("Hoe maakt u een ingewikkeld besluit begrijpelijk voor bewoners?"),),
            weight=0.5,
            description="Schrijft helder op B1-niveau.",
        ),
        CriterionInput(
            "Omgevingsbewustzijn",
            (
                _q("Hoe houdt u rekening met de verschillende groepen in de stad?"),
                _q("Vertel over een keer dat de politiek een andere kant op wilde dan uw advies."),
            ),
            description="Kent de bestuurlijke en maatschappelijke context.",
        ),
    ],
    "uitvoering": [
        CriterionInput(
            "Klantgerichtheid",
            (
                _q("Vertel over een lastig gesprek met een inwoner. Wat deed u?"),
                _q("Hoe zorgt u dat iemand die de taal slecht spreekt u goed begrijpt?"),
            ),
            knockout=True,
            description="Helpt inwoners en ondernemers verder.",
        ),
        CriterionInput(
            "Zorgvuldigheid",
            (_q("Hoe controleert u uw eigen werk als het druk is?"),),
            description="Werkt nauwkeurig en volgens de regels.",
        ),
        CriterionInput(
            "Samenwerken",
            (_q("Beschrijf een moment waarop u in het team iets oploste dat niet lukte."),),
            description="Deelt kennis en helpt collega's.",
        ),
    ],
    "ict": [
        CriterionInput(
            "Technische kennis",
            (
                _q("Welk systeem heeft u zelf ontworpen of verbeterd? Wat was uw aandeel?"),
                _q("Hoe houdt u uw kennis bij?"),
            ),
            knockout=True,
            description="Kennis van cloud, beveiliging en architectuur.",
        ),
        CriterionInput(
            "Adviesvaardigheid",
            (_q("Hoe legt u een technisch risico uit aan een bestuurder?"),),
            description="Vertaalt techniek naar keuzes voor de organisatie.",
        ),
        CriterionInput(
            "Samenwerken",
            (_q("Vertel over een project met leveranciers waarin het schuurde."),),
            description="Werkt goed met teams en leveranciers.",
        ),
    ],
}

_TEXT = """{title}

Wat ga je doen?
Als {title_lower} werk je bij {unit}. Je taken zijn: {tasks} Je werkt samen met collega's in \
de stad en met partners buiten de gemeente.

Wat vragen wij?
{requirements} Heb je een andere achtergrond maar wel deze kennis? Reageer dan ook.

Wat bieden wij?
Salarisschaal {scale}. Je werkt {hours} uur per week. Je werkplek is in Amsterdam, op het \
Stadhuis aan het Amstel 1.
{preference}
Hoe solliciteer je?
Stuur je cv en een korte brief via werkenbij.amsterdam.nl. Reageer uiterlijk op {closing}. \
Vragen? Bel de W&S-adviseur.
"""

PREFERENCE = (
    "\nWij voeren voorkeursbeleid. Bij gelijke geschiktheid gaat de voorkeur uit naar "
    "een kandidaat met een niet-Europese migratieachtergrond. Dat doen we omdat deze "
    "groep in hogere functies bij de gemeente nog te weinig vertegenwoordigd is.\n"
)

# title, unit, scale, criteria template, tasks, requirements
VACANCIES = [
    ("Beleidsadviseur armoede", "WPI", 11, "beleid"),
    ("Klantmanager werk en inkomen", "WPI", 9, "uitvoering"),
    ("Handhaver openbare ruimte", "VTH", 8, "uitvoering"),
    ("Vergunningverlener bouwen", "VTH", 10, "uitvoering"),
    ("Senior beleidsadviseur participatie", "WPI", 12, "beleid"),
    ("Teamleider dienstverlening", "SD-ZUID", 12, "uitvoering"),
    ("Informatiearchitect", "ICT", 12, "ict"),
    ("Senior projectleider wonen", "SD-ZUID", 13, "beleid"),
    ("Strategisch adviseur digitalisering", "ICT", 14, "ict"),
    ("Afdelingsmanager handhaving", "VTH", 14, "uitvoering"),
    ("Directeur Werk en Inkomen", "WPI", 16, "beleid"),
    ("Programmamanager gelijke kansen", "SD-ZUID", 15, "beleid"),
    ("Security officer", "ICT", 11, "ict"),
    ("Adviseur subsidies", "SD-ZUID", 10, "beleid"),
    ("Medewerker klantcontact", "WPI", 7, "uitvoering"),
    ("Data-analist", "ICT", 11, "ict"),
    ("Juridisch adviseur handhaving", "VTH", 11, "beleid"),
    ("Gebiedsmakelaar", "SD-ZUID", 10, "uitvoering"),
    ("Hoofd ICT-beheer", "ICT", 15, "ict"),
    ("Beleidsmedewerker onderwijs", "WPI", 9, "beleid"),
]

TASKS = (
    "je maakt plannen, je bespreekt ze met bewoners en partners, en je zorgt dat ze "
    "worden uitgevoerd."
)
REQUIREMENTS = (
    "Je hebt hbo-denkniveau of ervaring op dat niveau. Je kunt goed luisteren en je "
    "schrijft helder."
)


def vacancy_text(title: str, unit: str, scale: int, hours: int, closing: str) -> str:
    return _TEXT.format(
        title=title,
        title_lower=title.lower(),
        unit=unit,
        tasks=TASKS,
        requirements=REQUIREMENTS,
        scale=scale,
        hours=hours,
        closing=closing,
        preference=PREFERENCE if scale >= 15 else "",
    )


CHANNELS = [
    ("werkenbij.amsterdam.nl", False),
    ("LinkedIn", False),
    ("Netwerk Diversiteit Amsterdam", True),
    ("Stichting Vluchteling Talent", True),
    ("Indeed", False),
]

# Countries of birth used for the demo's self-identification (own, mother, father).
ORIGINS = [("NL", "NL", "NL")] * 8 + [
    ("NL", "MA", "MA"),
    ("NL", "TR", "TR"),
    ("SR", "SR", "SR"),
    ("NL", "SR", "NL"),
    ("MA", "MA", "MA"),
    ("PL", "PL", "PL"),
    ("DE", "DE", "DE"),
    ("NL", "NL", "ID"),
    ("GH", "GH", "GH"),
    ("CW", "CW", "CW"),
    ("TR", "TR", "TR"),
    ("NL", "GB", "NL"),
]
