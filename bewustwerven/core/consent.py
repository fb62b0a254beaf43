"""The consent texts a candidate reads before self-identification, with their versions.

A stored answer keeps the version of the text that was shown, so what a person agreed to
can always be shown again. A changed text gets a new version; old versions stay here.
Dutch at B1 level first, English complete. The form asks for countries of birth, never
for a person's descent in other words.
"""

from __future__ import annotations

from dataclasses import dataclass

RATHER_NOT_NL = "Zeg ik liever niet"
RATHER_NOT_EN = "Rather not say"


@dataclass(frozen=True, slots=True)
class ConsentText:
    version: str
    selfid_nl: str
    selfid_en: str
    retention_nl: str
    retention_en: str

    def self_identification(self, lang: str = "nl") -> str:
        return self.selfid_en if lang == "en" else self.selfid_nl

    def retention(self, lang: str = "nl") -> str:
        return self.retention_en if lang == "en" else self.retention_nl


class UnknownConsentVersion(KeyError):
    """A stored version that this program has no text for (a bug or a newer database)."""


_V2024_1 = ConsentText(
    version="2024-1",
    selfid_nl=(
        "Wij vragen u een paar dingen over uzelf. U hoeft niets in te vullen. Bij elke vraag "
        "kunt u kiezen voor 'Zeg ik liever niet'. Dat heeft geen gevolgen voor uw sollicitatie.\n"
        "Wij vragen naar uw geboorteland en dat van uw moeder en uw vader. Ook naar uw gender, "
        "uw geboortejaar en of u een beperking heeft.\n"
        "De selectiecommissie ziet uw antwoorden nooit. Ze tellen niet mee in de beoordeling.\n"
        "Wij gebruiken uw antwoorden voor drie dingen. Eén: wij controleren of wij genoeg "
        "kandidaten uit verschillende groepen uitnodigen. Twee: zijn twee kandidaten even "
        "geschikt? Dan kan de gemeente kiezen voor de kandidaat uit een groep die nog te weinig "
        "meedoet. Drie: cijfers over groepen van minstens 5 mensen. Uit die cijfers kan niemand "
        "u herkennen.\n"
        "Wij bewaren uw antwoorden versleuteld. Wij verwijderen ze 4 weken na het einde van de "
        "procedure. Wilt u dat wij ze eerder verwijderen? Laat het ons schriftelijk weten. Dan "
        "verwijderen wij ze meteen."
    ),
    selfid_en=(
        "We ask you a few things about yourself. You do not have to fill in anything. For "
        "every question you can choose 'Rather not say'. That has no effect on your "
        "application.\n"
        "We ask for your country of birth and that of your mother and your father. We also ask "
        "for your gender, your year of birth and whether you have a disability.\n"
        "The selection committee never sees your answers. They do not count in the "
        "assessment.\n"
        "We use your answers for three things. One: we check that we invite enough candidates "
        "from different groups. Two: when two candidates are equally suitable, the municipality "
        "may choose the candidate from a group that is still under-represented. Three: figures "
        "about groups of at least 5 people. Nobody can recognise you in those figures.\n"
        "We keep your answers encrypted. We delete them 4 weeks after the procedure ends. Do "
        "you want us to delete them sooner? Tell us in writing, and we delete them at once."
    ),
    retention_nl=(
        "Mogen wij uw sollicitatie 1 jaar bewaren? Dan kunnen wij u vragen voor een andere "
        "vacature. Zegt u nee? Dan verwijderen wij uw gegevens 4 weken na het einde van de "
        "procedure. U kunt uw ja altijd intrekken."
    ),
    retention_en=(
        "May we keep your application for 1 year? Then we can ask you about another vacancy. "
        "If you say no, we delete your data 4 weeks after the procedure ends. You can always "
        "withdraw your yes."
    ),
)

TEXTS: dict[str, ConsentText] = {t.version: t for t in (_V2024_1,)}
CURRENT_VERSION = "2024-1"


def current() -> ConsentText:
    return TEXTS[CURRENT_VERSION]


def by_version(version: str) -> ConsentText:
    try:
        return TEXTS[version]
    except KeyError:
        raise UnknownConsentVersion(version) from None


# Labels of the self-identification form and the subject access export (field -> nl, en).
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "country_own": ("Uw geboorteland", "Your country of birth"),
    "country_mother": ("Geboorteland van uw moeder", "Your mother's country of birth"),
    "country_father": ("Geboorteland van uw vader", "Your father's country of birth"),
    "gender": ("Uw gender (in uw eigen woorden)", "Your gender (in your own words)"),
    "birth_year": ("Uw geboortejaar", "Your year of birth"),
    "disability": ("Heeft u een beperking?", "Do you have a disability?"),
}


def field_label(name: str, lang: str = "nl") -> str:
    nl, en = FIELD_LABELS[name]
    return en if lang == "en" else nl


def rather_not(lang: str = "nl") -> str:
    return RATHER_NOT_EN if lang == "en" else RATHER_NOT_NL
