"""PREF and PREF-AGE: preference for the target group on equal suitability; never age.

PREF, from ``from_scale``: a candidate ``d`` of the target group is *at least as
suitable* as a chosen candidate ``c`` when ``d`` meets all criteria and either the chair
ranked them equal in consensus (``ranked_equal_with``, either way round), or ``d``'s
score is no more than ``margin`` below ``c``'s (a chosen candidate without a score or who
does not meet all criteria is never more suitable than ``d``). This covers the
"equally suitable top candidates" of the policy: if ``c`` and ``d`` are both within
``margin`` of the best score, ``d`` is within ``margin`` of ``c``. Choosing ``c`` outside
the target group while such a ``d`` is not chosen needs a preference motivation.
Unknown target-group membership counts as not in the group; it is never guessed.
"""

from __future__ import annotations

import re

from bewustwerven.core.facts import DecisionCandidate, DecisionFacts
from bewustwerven.core.findings import Finding, Severity
from bewustwerven.core.policy import PolicyProfile
from bewustwerven.core.procedure import DeviationType
from bewustwerven.core.rules._common import finding, is_blank

_EPS = 1e-9


def at_least_as_suitable(d: DecisionCandidate, c: DecisionCandidate, margin: float) -> bool:
    """Whether ``d`` is at least as suitable as ``c`` (see the module docstring)."""
    if not d.meets_all_criteria:
        return False
    if d.pseudonym in c.ranked_equal_with or c.pseudonym in d.ranked_equal_with:
        return True
    if d.score is None:
        return False
    if not c.meets_all_criteria or c.score is None:
        return True
    return d.score + margin + _EPS >= c.score


def check_preference(decision: DecisionFacts, profile: PolicyProfile) -> list[Finding]:
    """PREF at the decision gate (G4); nothing below ``from_scale``."""
    rule = profile.rule("PREF")
    from_scale = rule.int("from_scale")
    if decision.scale < from_scale:
        return []
    chosen = [c for c in decision.candidates if c.chosen]
    if not chosen:
        return [finding(
            rule, Severity.BLOCK,
            "Er is nog niemand gekozen. Het besluit is niet compleet. Kies een kandidaat en "
            "schrijf op waarom.",
            "Nobody has been chosen yet. The decision is not complete. Choose a candidate and "
            "write down why.",
            {"chosen": 0, "candidates": len(decision.candidates), "scale": decision.scale,
             "from_scale": from_scale},
        )]
    margin = rule.float("margin")
    motivated = not is_blank(decision.preference_motivation)
    found: list[Finding] = []
    for c in chosen:
        if c.in_target_group is True:
            continue
        peers = [d for d in decision.candidates
                 if not d.chosen and d.in_target_group is True
                 and at_least_as_suitable(d, c, margin)]
        if not peers:
            continue
        facts = {"chosen": c.pseudonym, "in_group_at_least_as_suitable": len(peers),
                 "margin": margin, "scale": decision.scale, "from_scale": from_scale,
                 "motivation_given": motivated,
                 "deviation_type": DeviationType.PREFERENCE_NOT_APPLIED.value}
        if motivated:
            found.append(finding(
                rule, Severity.INFO,
                f"Het voorkeursbeleid is niet toegepast bij de keuze voor {c.pseudonym}. "
                "Daar is een motivatie voor opgeschreven.",
                f"The preference policy was not applied in choosing {c.pseudonym}. "
                "A motivation for that has been recorded.",
                facts, subject=c.pseudonym,
            ))
        else:
            found.append(finding(
                rule, rule.severity,
                f"Vanaf schaal {from_scale} geldt het voorkeursbeleid. Er is een kandidaat uit de "
                f"doelgroep die minstens even geschikt is als {c.pseudonym}, en die is niet "
                "gekozen. Kies die kandidaat, of schrijf op waarom niet.",
                f"From scale {from_scale} the preference policy applies. A candidate of the "
                f"target group is at least as suitable as {c.pseudonym} and was not chosen. "
                "Choose that candidate, or write down why not.",
                facts, subject=c.pseudonym,
            ))
    return found


_AGE_WORDS = (
    # Dutch
    r"leeftijd(?:en|sgrens|sgroep|sverschil)?", r"jong(?:e|er|ere|eren|ste)?",
    r"oud(?:er|ere|eren|ste)", r"jaar\s+oud", r"geboortejaar", r"geboortedatum",
    r"(?:twintig|dertig|veertig|vijftig|zestig)ers?", r"\d+\s*-?\s*plussers?",
    # English
    r"age[sd]?", r"young(?:er|est)?", r"old(?:er|est)", r"years?\s+old", r"years\s+of\s+age",
    r"birth\s*year", r"date\s+of\s+birth", r"elderly",
)
AGE_PATTERN = re.compile(r"\b(?:" + "|".join(_AGE_WORDS) + r")\b", re.IGNORECASE)
_AGE_FIELDS = (
    ("tie_breaker", "de doorslag", "the tie-breaker"),
    ("motivation", "de motivatie", "the motivation"),
    ("preference_motivation", "de motivatie voor het voorkeursbeleid",
     "the preference motivation"),
)


def age_words(text: str) -> list[tuple[str, int, int]]:
    """The age words in ``text``: (word, start, end), whole words, any case."""
    return [(m.group(0), m.start(), m.end()) for m in AGE_PATTERN.finditer(text)]


def check_age_tiebreak(decision: DecisionFacts, profile: PolicyProfile) -> list[Finding]:
    """PREF-AGE: age is never a tie-breaker; one finding per text that mentions age.

    Checks the tie-breaker, the motivation and the preference motivation, at every scale.
    The span points at the first age word in that text.
    """
    rule = profile.rule("PREF-AGE")
    found: list[Finding] = []
    for field_name, label_nl, label_en in _AGE_FIELDS:
        text: str = getattr(decision, field_name)
        hits = age_words(text)
        if not hits:
            continue
        words = sorted({w.lower() for w, _, _ in hits})
        shown = ", ".join(f"'{w}'" for w in words)
        found.append(finding(
            rule, rule.severity,
            f"In {label_nl} staat iets over leeftijd ({shown}). Leeftijd mag nooit de doorslag "
            "geven. Haal het weg en kies op de criteria.",
            f"{label_en.capitalize()} mentions age ({shown}). Age may never decide between "
            "candidates. Remove it and decide on the criteria.",
            {"field": field_name, "words": words},
            subject=field_name, span=(hits[0][1], hits[0][2]),
        ))
    return found
