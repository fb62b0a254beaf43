"""CRIT-MAX and CRIT-Q: few criteria, each with uniform questions and a complete rubric."""

from __future__ import annotations

import math
from collections.abc import Sequence

from bewustwerven.core.facts import CriterionFacts, QuestionFacts
from bewustwerven.core.findings import Finding
from bewustwerven.core.policy import PolicyError, PolicyProfile, RuleSettings
from bewustwerven.core.rules._common import finding, is_blank, join_en, join_nl, needed_nl, plural


def required_anchor_scores(profile: PolicyProfile) -> list[int]:
    """The scores that need an anchor text, from ``CRIT-Q.required_anchors``.

    Each entry is ``"lowest"`` (scale_min), ``"middle"`` ((min + max) // 2), ``"highest"``
    (scale_max) or a score on the scale itself.
    """
    lo, hi = profile.scale_min, profile.scale_max
    named = {"lowest": lo, "middle": (lo + hi) // 2, "highest": hi}
    scores: list[int] = []
    for entry in profile.rule("CRIT-Q").list("required_anchors"):
        if isinstance(entry, str) and entry in named:
            score = named[entry]
        elif isinstance(entry, int) and not isinstance(entry, bool) and lo <= entry <= hi:
            score = entry
        else:
            raise PolicyError(
                "rules.CRIT-Q.required_anchors",
                f"kies lowest, middle, highest of een score van {lo} tot {hi}, niet {entry!r}",
            )
        if score not in scores:
            scores.append(score)
    return sorted(scores)


def check_criteria(criteria: Sequence[CriterionFacts], profile: PolicyProfile) -> list[Finding]:
    """CRIT-MAX and CRIT-Q for the criteria and question set of a procedure (gate G1)."""
    found: list[Finding] = []
    found.extend(_check_max(criteria, profile.rule("CRIT-MAX")))
    found.extend(_check_questions(criteria, profile))
    return found


def _check_max(criteria: Sequence[CriterionFacts], rule: RuleSettings) -> list[Finding]:
    limit = rule.int("max_criteria")
    n = len(criteria)
    if n <= limit:
        return []
    return [
        finding(
            rule,
            rule.severity,
            f"Er zijn {n} criteria. Gebruik er niet meer dan {limit}. "
            "Kies de criteria die het belangrijkst zijn voor de functie.",
            f"There are {n} criteria. Use no more than {limit}. "
            "Choose the criteria that matter most for the job.",
            {"criteria": n, "max_criteria": limit},
        )
    ]


def _check_questions(criteria: Sequence[CriterionFacts], profile: PolicyProfile) -> list[Finding]:
    rule = profile.rule("CRIT-Q")
    sev = rule.severity
    if not criteria:
        return [
            finding(
                rule,
                sev,
                "Er zijn nog geen criteria. Voeg minstens één criterium toe, met vragen.",
                "There are no criteria yet. Add at least one criterion, with questions.",
                {"criteria": 0},
            )
        ]
    min_q = rule.int("min_questions")
    anchors = required_anchor_scores(profile)
    found: list[Finding] = []
    for crit in criteria:
        name = crit.name.strip() or crit.key
        if not crit.knockout and not (math.isfinite(crit.weight) and crit.weight > 0):
            found.append(
                finding(
                    rule,
                    sev,
                    f"Het criterium '{name}' heeft gewicht {crit.weight}. "
                    "Geef het een gewicht groter dan 0.",
                    f"The criterion '{name}' has weight {crit.weight}. "
                    "Give it a weight greater than 0.",
                    {"criterion": crit.key, "weight": _json_float(crit.weight)},
                    subject=crit.key,
                )
            )
        n = len(crit.questions)
        if n < min_q:
            found.append(
                finding(
                    rule,
                    sev,
                    f"Het criterium '{name}' heeft {plural(n, 'vraag', 'vragen')}. "
                    f"{needed_nl(min_q)} Voeg een vraag toe.",
                    f"The criterion '{name}' has {plural(n, 'question', 'questions')}. "
                    f"At least {min_q} needed. Add a question.",
                    {"criterion": crit.key, "questions": n, "min_questions": min_q},
                    subject=crit.key,
                )
            )
        for number, question in enumerate(crit.questions, start=1):
            f = _check_question(crit, name, number, question, anchors, profile)
            if f is not None:
                found.append(f)
    return found


def _check_question(
    crit: CriterionFacts,
    name: str,
    number: int,
    question: QuestionFacts,
    anchors: list[int],
    profile: PolicyProfile,
) -> Finding | None:
    rule = profile.rule("CRIT-Q")
    empty_text = is_blank(question.text)
    missing = [s for s in anchors if is_blank(question.anchors.get(s))]
    outside = sorted(s for s in question.anchors if not profile.scale_min <= s <= profile.scale_max)
    if not (empty_text or missing or outside):
        return None
    parts_nl: list[str] = []
    parts_en: list[str] = []
    if empty_text:
        parts_nl.append("De vraag heeft geen tekst.")
        parts_en.append("The question has no text.")
    if missing:
        parts_nl.append(f"Bij score {join_nl(missing)} ontbreekt een omschrijving.")
        parts_en.append(f"A description is missing for score {join_en(missing)}.")
    if outside:
        span = f"{profile.scale_min}-{profile.scale_max}"
        parts_nl.append(f"Score {join_nl(outside)} valt buiten de schaal {span}.")
        parts_en.append(f"Score {join_en(outside)} is outside the scale {span}.")
    return finding(
        rule,
        rule.severity,
        f"Criterium '{name}', vraag {number}: " + " ".join(parts_nl)
        + f" Beschrijf voor ten minste de scores {join_nl(anchors)} wat een antwoord die "
        "score geeft.",
        f"Criterion '{name}', question {number}: " + " ".join(parts_en)
        + f" Describe, at least for scores {join_en(anchors)}, what answer earns that score.",
        {
            "criterion": crit.key,
            "question": question.key,
            "empty_text": empty_text,
            "missing_anchors": missing,
            "anchors_outside_scale": outside,
            "required_anchors": anchors,
        },
        subject=crit.key,
    )


def _json_float(value: float) -> float | str:
    """Keep facts JSON-serialisable: NaN and infinity become strings."""
    return value if math.isfinite(value) else str(value)
