"""ROONEY: from a salary scale on, invite qualifying candidates of the target group.

Among the candidates who meet all knock-out criteria, at least ``min_invited`` of the
target group are invited to interview; if fewer of them qualify, all who qualify are.
Target-group membership that is unknown (no self-identification, or an objection)
counts as not known to be in the group: it is never guessed.

The chair sees this finding. Its messages therefore hold counts only, never a pseudonym,
and the subject is empty, so nobody's origin can be read from it.
"""

from __future__ import annotations

from collections.abc import Sequence

from bewustwerven.core.facts import ShortlistCandidate
from bewustwerven.core.findings import Finding
from bewustwerven.core.policy import PolicyProfile
from bewustwerven.core.procedure import DeviationType
from bewustwerven.core.rules._common import finding, plural


def rooney_required(candidates: Sequence[ShortlistCandidate], min_invited: int) -> int:
    """How many qualifying target-group candidates must be invited."""
    qualifying_in_group = sum(
        1 for c in candidates if c.meets_knockouts and c.in_target_group is True
    )
    return min(max(min_invited, 0), qualifying_in_group)


def check_rooney(
    scale: int, candidates: Sequence[ShortlistCandidate], profile: PolicyProfile
) -> list[Finding]:
    """ROONEY at the screening gate (G2); nothing below ``from_scale``."""
    rule = profile.rule("ROONEY")
    from_scale = rule.int("from_scale")
    if scale < from_scale:
        return []
    min_invited = rule.int("min_invited")
    qualifying = [c for c in candidates if c.meets_knockouts]
    in_group = [c for c in qualifying if c.in_target_group is True]
    invited_in_group = sum(1 for c in in_group if c.invited)
    required = rooney_required(candidates, min_invited)
    if invited_in_group >= required:
        return []
    return [finding(
        rule, rule.severity,
        f"Voor deze functie (schaal {scale}) geldt de Rooney-regel. Nodig minstens "
        f"{plural(required, 'kandidaat', 'kandidaten')} uit de doelgroep uit voor een gesprek. "
        "Het gaat om kandidaten die aan de knock-outcriteria voldoen. Nu "
        f"{'is' if invited_in_group == 1 else 'zijn'} er {invited_in_group} uitgenodigd.",
        f"The Rooney rule applies to this job (scale {scale}). Invite at least "
        f"{plural(required, 'candidate', 'candidates')} of the target group to an interview, "
        f"from those who meet the knock-out criteria. Now {invited_in_group} "
        f"{'is' if invited_in_group == 1 else 'are'} invited.",
        {"scale": scale, "from_scale": from_scale, "min_invited": min_invited,
         "qualifying": len(qualifying), "qualifying_in_group": len(in_group),
         "qualifying_unknown": sum(1 for c in qualifying if c.in_target_group is None),
         "invited_in_group": invited_in_group, "required": required,
         "deviation_type": DeviationType.ROONEY_NOT_MET.value},
        suggestion_nl="Bekijk de kandidaten die aan de knock-outcriteria voldoen en nog niet zijn "
        "uitgenodigd opnieuw, of vraag P&O om een afwijking met een goede reden.",
        suggestion_en="Look again at the candidates who meet the knock-out criteria and are not "
        "invited yet, or ask HR for a deviation with a good reason.",
    )]
