"""The words and shares an organisation-sized demo is made of.

The shares are plausible for a large Dutch municipality, not measured facts: about three
in four applicants fill in the voluntary self-identification form, and about a third of
Amsterdam's working population was born outside Europe or has a parent who was.
"""

from __future__ import annotations

UNITS = [
    ("WPI", "Werk, Participatie en Inkomen"),
    ("VTH", "Vergunningen, Toezicht en Handhaving"),
    ("ICT", "Informatievoorziening en ICT"),
    ("SD-ZUID", "Stadsdeel Zuid"),
    ("PO", "Personeel en Organisatie"),
]

# Title, criteria template, lowest and highest salary scale.
TITLES = [
    ("Beleidsadviseur", "beleid", 10, 13),
    ("Senior beleidsadviseur", "beleid", 12, 14),
    ("Projectleider", "beleid", 11, 13),
    ("Programmamanager", "beleid", 13, 15),
    ("Juridisch adviseur", "beleid", 10, 12),
    ("Klantmanager", "uitvoering", 8, 9),
    ("Medewerker klantcontact", "uitvoering", 6, 7),
    ("Handhaver", "uitvoering", 7, 8),
    ("Vergunningverlener", "uitvoering", 9, 10),
    ("Teamleider", "uitvoering", 11, 12),
    ("Afdelingsmanager", "uitvoering", 13, 14),
    ("Directeur", "beleid", 15, 17),
    ("Data-analist", "ict", 10, 11),
    ("Informatiearchitect", "ict", 12, 13),
    ("Security officer", "ict", 11, 12),
    ("Applicatiebeheerder", "ict", 8, 10),
]
TRAINEE = ("Trainee gemeentebrede traineeship", "beleid", 9, 9)

ANCHORS = {
    "1": "Geeft geen concreet voorbeeld; blijft algemeen.",
    "3": "Geeft een voorbeeld, maar de eigen rol of het resultaat blijft vaag.",
    "5": "Geeft een concreet voorbeeld met eigen rol, aanpak en resultaat.",
}

# Template -> criteria: (name, knockout, weight, description, questions)
CRITERIA: dict[str, list[tuple[str, bool, float, str, tuple[str, ...]]]] = {
    "beleid": [
        (
            "Analytisch vermogen",
            True,
            1.0,
            "Ziet de kern van een vraagstuk en onderbouwt keuzes.",
            (
                "Vertel over een complex vraagstuk dat u heeft ontleed. Hoe pakte u dat aan?",
                "Hoe weegt u tegenstrijdige cijfers of adviezen tegen elkaar af?",
            ),
        ),
        (
            "Samenwerken",
            False,
            1.0,
            "Bouwt aan relaties binnen en buiten de gemeente.",
            (
                "Beschrijf een samenwerking met een partner die andere belangen had.",
                "Wanneer heeft u een collega geholpen zonder dat het uw taak was?",
            ),
        ),
        (
            "Schrijven in begrijpelijke taal",
            False,
            0.5,
            "Schrijft helder op B1-niveau.",
            ("Hoe maakt u een ingewikkeld besluit begrijpelijk voor bewoners?",),
        ),
        (
            "Omgevingsbewustzijn",
            False,
            1.0,
            "Kent de bestuurlijke en maatschappelijke context.",
            (
                "Hoe houdt u rekening met de verschillende groepen in de stad?",
                "Vertel over een keer dat de politiek een andere kant op wilde dan uw advies.",
            ),
        ),
        (
            "Resultaatgerichtheid",
            False,
            1.0,
            "Maakt afspraken waar en stuurt op het resultaat.",
            (
                "Vertel over een doel dat u niet haalde. Wat deed u toen?",
                "Hoe bewaakt u de voortgang van een project met veel partijen?",
                "Wanneer heeft u een plan bijgesteld? Waarom?",
            ),
        ),
    ],
    "uitvoering": [
        (
            "Klantgerichtheid",
            True,
            1.0,
            "Helpt inwoners en ondernemers verder.",
            (
                "Vertel over een lastig gesprek met een inwoner. Wat deed u?",
                "Hoe zorgt u dat iemand die de taal slecht spreekt u goed begrijpt?",
            ),
        ),
        (
            "Zorgvuldigheid",
            False,
            1.0,
            "Werkt nauwkeurig en volgens de regels.",
            (
                "Hoe controleert u uw eigen werk als het druk is?",
                "Vertel over een fout die u ontdekte. Wat deed u?",
            ),
        ),
        (
            "Samenwerken",
            False,
            1.0,
            "Deelt kennis en helpt collega's.",
            (
                "Beschrijf een moment waarop u in het team iets oploste dat niet lukte.",
                "Hoe geeft u een collega feedback?",
            ),
        ),
        (
            "Stressbestendigheid",
            False,
            0.5,
            "Blijft rustig bij druk en agressie.",
            (
                "Vertel over een situatie waarin iemand boos op u werd.",
                "Hoe verdeelt u uw werk op een drukke dag?",
            ),
        ),
    ],
    "ict": [
        (
            "Technische kennis",
            True,
            1.0,
            "Kennis van cloud, beveiliging en architectuur.",
            (
                "Welk systeem heeft u zelf ontworpen of verbeterd? Wat was uw aandeel?",
                "Hoe houdt u uw kennis bij?",
                "Hoe beoordeelt u het risico van een nieuw onderdeel?",
            ),
        ),
        (
            "Adviesvaardigheid",
            False,
            1.0,
            "Vertaalt techniek naar keuzes voor de organisatie.",
            (
                "Hoe legt u een technisch risico uit aan een bestuurder?",
                "Vertel over een advies dat niet werd opgevolgd.",
            ),
        ),
        (
            "Samenwerken",
            False,
            1.0,
            "Werkt goed met teams en leveranciers.",
            (
                "Vertel over een project met leveranciers waarin het schuurde.",
                "Hoe betrekt u gebruikers bij een verandering?",
            ),
        ),
    ],
}

CHANNELS = [
    ("werkenbij.amsterdam.nl", False, 0.45),
    ("LinkedIn", False, 0.25),
    ("Indeed", False, 0.12),
    ("Netwerk Diversiteit Amsterdam", True, 0.10),
    ("Stichting Vluchteling Talent", True, 0.08),
]

# (own, mother, father) countries of birth with weights: about a third of applicants have a
# background outside Europe (the profile's target group).
ORIGINS: list[tuple[tuple[str, str, str], float]] = [
    (("NL", "NL", "NL"), 0.50),
    (("NL", "MA", "MA"), 0.07),
    (("NL", "TR", "TR"), 0.06),
    (("SR", "SR", "SR"), 0.04),
    (("NL", "SR", "NL"), 0.04),
    (("MA", "MA", "MA"), 0.03),
    (("NL", "NL", "ID"), 0.03),
    (("GH", "GH", "GH"), 0.02),
    (("CW", "CW", "CW"), 0.02),
    (("TR", "TR", "TR"), 0.02),
    (("SY", "SY", "SY"), 0.02),
    (("PL", "PL", "PL"), 0.03),
    (("DE", "DE", "DE"), 0.03),
    (("NL", "GB", "NL"), 0.03),
    (("IN", "IN", "IN"), 0.02),
    (("ES", "ES", "ES"), 0.02),
]
SELF_ID_SHARE = 0.75  # fill in the voluntary form at all
GENDERS = [("woman", 0.52), ("man", 0.45), ("other", 0.01), (None, 0.02)]
DISABILITY = [("nee", 0.86), ("ja", 0.06), (None, 0.08)]

EVIDENCE = [
    "Noemt een concreet voorbeeld uit het vorige werk.",
    "Beschrijft de eigen rol duidelijk.",
    "Blijft wat algemeen; weinig eigen aandeel.",
    "Goed voorbeeld met resultaat en een les.",
    "Ervaring past, maar het voorbeeld is kort.",
    "Sterk onderbouwd met cijfers.",
    "Geen voorbeeld gegeven.",
]
LETTER = (
    "Beste selectiecommissie,\n\nMet veel interesse las ik de vacature {title}. Ik werk nu "
    "als {job} en wil graag bijdragen aan de stad.\n\nMet vriendelijke groet,\n{name}\n{phone}"
)
JOBS = ["adviseur", "docent", "projectmedewerker", "consultant", "ambtenaar", "analist"]
AMEND_REASONS = [
    "Bij herlezen een relevante ervaring in het cv gemist.",
    "Score verkeerd ingevoerd; bedoeld was een punt hoger.",
]
DEVIATION_TEXT = {
    "ROONEY": "Alle kandidaten uit de doelgroep trokken zich terug na de eerste ronde; "
    "herstarten zou de dienstverlening maanden vertragen.",
    "COM-TRAIN": "Een lid volgt de BIWS-training pas volgende maand; een vervanger is niet "
    "beschikbaar.",
    "CHAN": "De vacature moest binnen een week open; er is alleen via werkenbij.amsterdam.nl "
    "en LinkedIn geworven, zonder divers netwerk.",
}
