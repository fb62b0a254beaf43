"""COI: a member with a conflict of interest for a candidate does not score that candidate."""

from __future__ import annotations

from collections.abc import Sequence

from bewustwerven.core.facts import ConflictFacts
from bewustwerven.core.findings import Finding
from bewustwerven.core.policy import PolicyProfile
from bewustwerven.core.rules._common import finding


def check_conflicts(conflicts: Sequence[ConflictFacts], profile: PolicyProfile) -> list[Finding]:
    """One finding per declared conflict whose member still has a sheet for the candidate.

    The same member/candidate pair declared twice gives one finding.
    """
    rule = profile.rule("COI")
    seen: set[tuple[str, str]] = set()
    found: list[Finding] = []
    for c in conflicts:
        pair = (c.member, c.candidate)
        if not c.has_sheet or pair in seen:
            continue
        seen.add(pair)
        found.append(finding(
            rule, rule.severity,
            f"{c.member} heeft een belang bij kandidaat {c.candidate}, maar heeft nog een "
            "scoreformulier voor deze kandidaat. Haal dat formulier weg: wie een belang heeft, "
            "beoordeelt die kandidaat niet.",
            f"{c.member} has a conflict of interest with candidate {c.candidate}, but still has "
            "a score sheet for this candidate. Remove that sheet: a member with a conflict of "
            "interest does not score that candidate.",
            {"member": c.member, "candidate": c.candidate, "has_sheet": True},
            subject=f"{c.member}→{c.candidate}",
        ))
    return found
