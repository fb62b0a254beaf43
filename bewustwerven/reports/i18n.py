"""Words the reports print, in Dutch (B1) and English, and number formatting."""

from __future__ import annotations

from datetime import date, datetime

from bewustwerven.core.procedure import DeviationType, Stage

HIDDEN = "–"

_T: dict[str, tuple[str, str]] = {
    # titles and headers
    "dossier": ("Dossier selectieprocedure", "Selection procedure dossier"),
    "org_report": ("Rapportage werving en selectie", "Recruitment and selection report"),
    "page": ("Pagina", "Page"),
    "period": ("Periode", "Period"),
    "profile": ("Beleidsprofiel", "Policy profile"),
    "made": ("Gemaakt", "Made"),
    "by": ("door", "by"),
    "audit_head": ("Auditspoor", "Audit trail"),
    "audit_proof": (
        "Kop van het auditspoor bij het maken van dit rapport: gebeurtenis {seq}, hash {hash}, "
        "genomen op {at}. Met 'bewustwerven audit verify --head {hash}' bewijst u later dat "
        "het spoor sinds dit rapport niet is herschreven.",
        "Head of the audit trail when this report was made: event {seq}, hash {hash}, taken "
        "at {at}. 'bewustwerven audit verify --head {hash}' later proves that the trail was "
        "not rewritten since this report.",
    ),
    "no_audit": ("Het auditspoor is nog leeg.", "The audit trail is still empty."),
    "audit_key": ("Ondertekend met sleutel", "Signed with key"),
    "audit_key_proof": (
        "Elke gebeurtenis is ondertekend met de sleutel met vingerafdruk {fp}. Met "
        "'bewustwerven audit verify --public-key BESTAND' controleert iemand met alleen de "
        "openbare sleutel een kopie van het spoor.",
        "Every event is signed with the key with fingerprint {fp}. 'bewustwerven audit "
        "verify --public-key FILE' lets anyone with only the public key check a copy of the "
        "trail.",
    ),
    "audit_unsigned": (
        "Dit spoor is niet ondertekend (een database van vóór de ondertekening).",
        "This trail is not signed (a database from before signing).",
    ),
    "hidden_note": (
        "– = niet getoond: een aantal van minder dan {n} personen, een getal waaruit zo'n "
        "aantal terug te rekenen is, of niets om te berekenen.",
        "– = not shown: a count of fewer than {n} people, a figure from which such a count "
        "could be worked out, or nothing to compute.",
    ),
    # dossier sections
    "summary": ("Samenvatting", "Summary"),
    "procedure": ("Procedure", "Procedure"),
    "unit": ("Afdeling", "Unit"),
    "scale": ("Schaal", "Scale"),
    "stage": ("Fase", "Stage"),
    "round": ("Ronde", "Round"),
    "owner": ("W&S-adviseur", "Recruiter"),
    "created": ("Aangemaakt", "Created"),
    "closing": ("Sluitingsdatum", "Closing date"),
    "locked": ("Vastgezet", "Locked"),
    "closed": ("Afgesloten", "Closed"),
    "candidates": ("Kandidaten", "Candidates"),
    "stages": ("Verloop van de fasen", "Course of the stages"),
    "from": ("Van", "From"),
    "until": ("Tot", "Until"),
    "days": ("Dagen", "Days"),
    "moved_by": ("Door", "By"),
    "committee": ("Selectiecommissie", "Selection committee"),
    "login": ("Login", "Login"),
    "name": ("Naam", "Name"),
    "role": ("Rol", "Role"),
    "trained": ("Getraind", "Trained"),
    "committee_check": ("Toets van de commissie", "Committee check"),
    "no_findings": ("Geen bevindingen.", "No findings."),
    "code": ("Code", "Code"),
    "severity": ("Ernst", "Severity"),
    "message": ("Bericht", "Message"),
    "criteria": ("Vastgezette criteria en vragen", "Locked criteria and questions"),
    "criterion": ("Criterium", "Criterion"),
    "knockout": ("Knock-out", "Knock-out"),
    "weight": ("Gewicht", "Weight"),
    "question": ("Vraag", "Question"),
    "anchors": ("Ankers", "Anchors"),
    "sheets": ("Wie scoorde wanneer", "Who scored when"),
    "member": ("Lid", "Member"),
    "candidate": ("Kandidaat", "Candidate"),
    "version": ("Versie", "Version"),
    "status": ("Status", "Status"),
    "submitted": ("Ingediend", "Submitted"),
    "amend_reason": ("Reden wijziging", "Reason for change"),
    "consensus": ("Gezamenlijk oordeel", "Consensus"),
    "outcome": ("Uitkomst", "Outcome"),
    "total": ("Totaal", "Total"),
    "motivations": ("Motivatie per criterium", "Motivation per criterion"),
    "decision": ("Besluit", "Decision"),
    "chosen": ("Gekozen", "Chosen"),
    "chosen_name": ("Naam (na onthulling)", "Name (after reveal)"),
    "motivation": ("Motivatie", "Motivation"),
    "pref_motivation": ("Motivatie voorkeursbeleid", "Preference motivation"),
    "tie_breaker": ("Doorslag", "Tie-breaker"),
    "ranked_equal": ("Gelijk gerangschikt", "Ranked equal"),
    "decided": ("Besloten", "Decided"),
    "checks": ("Rooney-regel en voorkeursbeleid", "Rooney rule and preference policy"),
    "check": ("Toets", "Check"),
    "applies": ("Geldt", "Applies"),
    "facts": ("Feiten", "Facts"),
    "deviations": ("Afwijkingen", "Deviations"),
    "type": ("Soort", "Type"),
    "rule": ("Regel", "Rule"),
    "justification": ("Reden", "Justification"),
    "requested": ("Aangevraagd", "Requested"),
    "approver": ("Beoordeeld door", "Decided by"),
    "comment": ("Toelichting", "Comment"),
    "used": ("Gebruikt", "Used"),
    "reliability": ("Betrouwbaarheid van de scores", "Reliability of the ratings"),
    "alpha": ("Alfa (ordinaal)", "Alpha (ordinal)"),
    "raters": ("Beoordelaars", "Raters"),
    "units_rated": ("Beoordeelde items", "Rated items"),
    "flag": ("Onder 0,667", "Below 0.667"),
    "leniency": ("Mildheid per beoordelaar", "Leniency per rater"),
    "rater": ("Beoordelaar", "Rater"),
    "mean_diff": ("Verschil met de anderen", "Difference from the others"),
    "shared": ("Gedeelde items", "Shared items"),
    "alpha_note": (
        "Krippendorffs alfa zegt hoe goed de leden het eens zijn, los van toeval: 1 is "
        "helemaal eens, 0 is niet beter dan toeval. Onder 0,667 zijn de scores niet "
        "betrouwbaar genoeg om conclusies uit te trekken. Mildheid: gemiddeld zoveel punten "
        "hoger (+) of lager (-) dan de andere leden bij dezelfde kandidaten.",
        "Krippendorff's alpha says how well the members agree beyond chance: 1 is full "
        "agreement, 0 is no better than chance. Below 0.667 the ratings are not reliable "
        "enough to draw conclusions from. Leniency: on average this many points higher (+) "
        "or lower (-) than the other members on the same candidates.",
    ),
    "timeline": ("Tijdlijn (auditspoor)", "Timeline (audit trail)"),
    "when": ("Wanneer", "When"),
    "who": ("Wie", "Who"),
    "what": ("Wat", "What"),
    "detail": ("Details", "Details"),
    "member_version": (
        "Versie voor een commissielid: zonder identiteiten en zonder gegevens over herkomst.",
        "Committee member's version: without identities and without data about origin.",
    ),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    # outcomes of checks
    "not_applicable": ("geldt niet", "does not apply"),
    "passed": ("voldaan", "met"),
    "waived": ("afwijking goedgekeurd", "deviation approved"),
    "blocked": ("blokkeert nu", "blocks now"),
    "pending": ("nog niet getoetst", "not checked yet"),
    "ROONEY": ("Rooney-regel", "Rooney rule"),
    "PREF": ("Voorkeursbeleid", "Preference policy"),
    # organisation report
    "org_summary": ("Samenvatting", "Summary"),
    "units": ("Afdelingen", "Units"),
    "procedures": ("Procedures", "Procedures"),
    "applications": ("Sollicitaties", "Applications"),
    "hires": ("Aangenomen", "Hired"),
    "compliance": ("Naleving per afdeling", "Compliance per unit"),
    "no_unapproved": ("Zonder niet-goedgekeurde afwijking", "No unapproved deviation"),
    "rooney_rate": ("Rooney-regel nageleefd", "Rooney rule met"),
    "texts_ok": ("Vacaturetekst zonder blokkade", "Vacancy text without block"),
    "median_days": ("Mediaan dagen per fase", "Median days per stage"),
    "dev_by_type": ("Afwijkingen per soort", "Deviations by type"),
    "funnel": ("Trechter per groep", "Funnel per group"),
    "funnel_unit": ("Trechter per afdeling", "Funnel per unit"),
    "transitions": ("Selectie per stap", "Selection per step"),
    "group": ("Groep", "Group"),
    "considered": ("Kandidaten", "Considered"),
    "selected": ("Door", "Selected"),
    "rate": ("Selectiekans", "Selection rate"),
    "ratio": ("Vier-vijfde", "Four-fifths"),
    "adverse": ("Onder 0,8", "Below 0.8"),
    "fisher": ("Fisher p", "Fisher p"),
    "shortfall": ("Tekort", "Shortfall"),
    "step": ("Stap", "Step"),
    "transition_note": (
        "Selectiekans: deel van de groep dat de volgende fase haalt. Vier-vijfde: die kans "
        "gedeeld door de kans van de groep die het best scoort; onder 0,8 is een "
        "waarschuwing. Fisher p: hoe waarschijnlijk zo'n verschil is als de groep geen rol "
        "speelt (klein, bijvoorbeeld onder 0,05: toeval is een onwaarschijnlijke verklaring). "
        "Tekort: hoeveel meer mensen van de groep door waren gegaan bij de gemiddelde kans.",
        "Selection rate: part of the group that reaches the next stage. Four-fifths: that "
        "rate divided by the rate of the best group; below 0.8 is a warning. Fisher p: how "
        "likely such a difference is if the group made no difference (small, e.g. below "
        "0.05: chance is an unlikely explanation). Shortfall: how many more people of the "
        "group would have gone on at the overall rate.",
    ),
    "targets": ("Streefcijfers vanaf schaal {scale}", "Target figures from scale {scale}"),
    "measure": ("Streefcijfer", "Target"),
    "origin": ("Herkomst buiten Europa", "Outside-European origin"),
    "under_35": ("Jonger dan 35", "Younger than 35"),
    "known": ("Bekend", "Known"),
    "in_group": ("In groep", "In group"),
    "share": ("Aandeel", "Share"),
    "target": ("Doel", "Target"),
    "meets": ("Gehaald", "Met"),
    "whole_org": ("Hele organisatie", "Whole organisation"),
    "targets_note": (
        "Aandeel onder de mensen die in de periode zijn aangenomen in een afgesloten "
        "procedure, vanaf de schaal van het streefcijfer, en die hun herkomst of "
        "geboortejaar hebben opgegeven.",
        "Share among people hired in the period in a closed procedure from the target "
        "scale up who gave their origin or birth year.",
    ),
    "channels": ("Bereik van wervingskanalen", "Reach of recruitment channels"),
    "channel": ("Kanaal", "Channel"),
    "channel_groups": ("Sollicitaties per kanaal en groep", "Applications per channel and group"),
    "rel_org": ("Betrouwbaarheid van de beoordelingen", "Reliability of the ratings"),
    "assessed": ("Procedures met alfa", "Procedures with alpha"),
    "median_alpha": ("Mediaan alfa", "Median alpha"),
    "flagged_n": ("Onder 0,667", "Below 0.667"),
    "rel_org_note": (
        "Per afdeling en fase: de mediaan van Krippendorffs alfa over de commissies, en "
        "hoeveel commissies onder 0,667 bleven. Geen cijfers over losse beoordelaars, en "
        "niets als er minder dan {n} beoordelaars achter zitten.",
        "Per unit and stage: the median of Krippendorff's alpha over the committees, and "
        "how many committees stayed below 0.667. No figures about single raters, and "
        "nothing when fewer than {n} raters are behind it.",
    ),
    "spread": ("Verdeling van de scores", "Spread of the scores"),
    "score": ("Score", "Score"),
    "count": ("Aantal", "Count"),
    "scope_note": (
        "Dit rapport telt de procedures die in de periode zijn aangemaakt. Herkomst komt uit "
        "de vrijwillige zelfidentificatie (CBS-indeling 2022); wie niets opgaf, staat onder "
        "'onbekend'. Aantallen onder {n} personen worden niet getoond.",
        "This report counts the procedures created in the period. Origin comes from the "
        "voluntary self-identification (CBS classification 2022); people who gave none are "
        "under 'unknown'. Counts below {n} people are not shown.",
    ),
    "charts": ("In beeld", "In pictures"),
    "all": ("alle", "all"),
    "rooney_applicable": ("Rooney geldt", "Rooney applies"),
    "texts_checked": ("Teksten getoetst", "Texts checked"),
    "complaints": ("Klachten over procedures", "Complaints about procedures"),
    "complaints_note": (
        "Klachten over de procedures van dit rapport, per afdeling. Een klacht krijgt binnen "
        "4 weken antwoord; 'te laat' is een open klacht waarvan die termijn voorbij is. "
        "Aantallen onder {n} worden niet getoond.",
        "Complaints about the procedures in this report, per unit. A complaint gets an "
        "answer within 4 weeks; 'overdue' is an open complaint past that term. Counts "
        "below {n} are not shown.",
    ),
    "c_handled_in_time": ("Beantwoord op tijd", "Answered in time"),
    "c_handled_late": ("Beantwoord te laat", "Answered late"),
    "c_open_in_time": ("Open, binnen termijn", "Open, within term"),
    "c_open_overdue": ("Open, te laat", "Open, overdue"),
}

_FUNNEL = {
    "applied": ("gesolliciteerd", "applied"),
    "invited": ("uitgenodigd", "invited"),
    "interviewed": ("gesprek gehad", "interviewed"),
    "hired": ("aanbod/aangenomen", "offered/hired"),
}
_ORIGIN = {
    "netherlands": ("Nederland", "Netherlands"),
    "europe": ("Europa (zonder NL)", "Europe (excl. NL)"),
    "outside_europe": ("buiten Europa", "outside Europe"),
    "unknown": ("onbekend", "unknown"),
}
_OUTCOME = {
    "invite": ("uitnodigen", "invite"),
    "reserve": ("reserve", "reserve"),
    "reject": ("afwijzen", "reject"),
    "suitable": ("geschikt", "suitable"),
    "not_suitable": ("niet geschikt", "not suitable"),
    "submitted": ("ingediend", "submitted"),
    "superseded": ("vervangen", "superseded"),
    "archived": ("gearchiveerd", "archived"),
    "pending": ("open", "pending"),
    "approved": ("goedgekeurd", "approved"),
    "rejected": ("afgewezen", "rejected"),
    "chair": ("voorzitter", "chair"),
    "member": ("lid", "member"),
    "hr": ("P&O/W&S", "HR"),
    "block": ("blokkeert", "blocks"),
    "warn": ("waarschuwing", "warning"),
    "info": ("info", "info"),
}


def t(key: str, lang: str, **fmt: object) -> str:
    nl, en = _T[key]
    text = en if lang == "en" else nl
    return text.format(**fmt) if fmt else text


def _pick(table: dict[str, tuple[str, str]], key: str, lang: str) -> str:
    pair = table.get(key)
    if pair is None:
        return key
    return pair[1] if lang == "en" else pair[0]


def funnel_stage(key: str, lang: str) -> str:
    return _pick(_FUNNEL, key, lang)


def origin(key: str, lang: str) -> str:
    return _pick(_ORIGIN, key, lang)


def word(key: str, lang: str) -> str:
    return _pick(_OUTCOME, key, lang)


def stage(key: str, lang: str) -> str:
    base = key.split(" ")[0]
    try:
        return Stage(base).label(lang) + key[len(base) :]
    except ValueError:
        return key


def deviation_type(key: str, lang: str) -> str:
    try:
        return DeviationType(key).label(lang)
    except ValueError:
        return key


def yes_no(value: bool | None, lang: str) -> str:
    if value is None:
        return HIDDEN
    return t("yes" if value else "no", lang)


def num(value: int | float | None, digits: int = 0, lang: str = "nl") -> str:
    if value is None:
        return HIDDEN
    if isinstance(value, int) and digits == 0:
        return str(value)
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "nl" else text


def pct(value: float | None, lang: str) -> str:
    if value is None:
        return HIDDEN
    text = f"{value * 100:.0f}%"
    return text


def when(value: datetime | date | None) -> str:
    if value is None:
        return HIDDEN
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()
