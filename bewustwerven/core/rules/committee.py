"""COM-*: the composition of the selection committee (gate G1; live while it is edited).

Everyone seated counts as a member here: the chair and the HR adviser included.
Self-declared facts (gender, birth year, background) are only counted, never guessed:
a member who did not declare one is left out of that count.
"""

from __future__ import annotations

from collections.abc import Callable

from bewustwerven.core.facts import CommitteeFacts, CommitteeRole, Gender, MemberFacts
from bewustwerven.core.findings import Finding, Severity
from bewustwerven.core.policy import PolicyProfile
from bewustwerven.core.procedure import DeviationType
from bewustwerven.core.rules._common import finding, needed_nl, plural

_DEVIATION = DeviationType.COMMITTEE_NOT_COMPLIANT.value
_ROLE_NL = {CommitteeRole.CHAIR: "voorzitter", CommitteeRole.MEMBER: "commissielid",
            CommitteeRole.HR: "W&S-adviseur"}
_ROLE_EN = {CommitteeRole.CHAIR: "chair", CommitteeRole.MEMBER: "committee member",
            CommitteeRole.HR: "HR adviser"}
_EPS = 1e-9


def check_committee(committee: CommitteeFacts, profile: PolicyProfile) -> list[Finding]:
    """All COM-* rules for one committee, in a stable order, switched on or not: callers
    use ``registry.committee_findings``, which honours the profile's ``enabled``."""
    return [f for check in CHECKS.values() for f in check(committee, profile)]


def _size(c: CommitteeFacts, profile: PolicyProfile) -> list[Finding]:
    rule = profile.rule("COM-SIZE")
    n, need = len(c.members), rule.int("min_members")
    if n >= need:
        return []
    return [finding(
        rule, rule.severity,
        f"De commissie heeft {plural(n, 'lid', 'leden')}. {needed_nl(need)} Voeg leden toe.",
        f"The committee has {plural(n, 'member', 'members')}. At least {need} are needed. "
        "Add members.",
        {"members": n, "min_members": need, "deviation_type": _DEVIATION},
    )]


def _hr(c: CommitteeFacts, profile: PolicyProfile) -> list[Finding]:
    rule = profile.rule("COM-HR")
    if not rule.bool("required"):
        return []
    hr = sum(1 for m in c.members if m.role is CommitteeRole.HR)
    if hr:
        return []
    return [finding(
        rule, rule.severity,
        "Er zit geen W&S-adviseur in de commissie. Voeg een W&S- of P&O-adviseur toe.",
        "There is no HR adviser on the committee. Add an HR (W&S or P&O) adviser.",
        {"hr_members": 0, "required": True, "deviation_type": _DEVIATION},
    )]


def _training(c: CommitteeFacts, profile: PolicyProfile) -> list[Finding]:
    rule = profile.rule("COM-TRAIN")
    block_from = rule.int("member_block_from_scale")
    member_sev = Severity.BLOCK if c.scale >= block_from else rule.sev("member_severity")
    found: list[Finding] = []
    for m in c.members:
        if m.trained:
            continue
        sev = rule.sev("chair_severity") if m.role is CommitteeRole.CHAIR else member_sev
        found.append(finding(
            rule, sev,
            f"{m.login} ({_ROLE_NL[m.role]}) heeft de training Bewust Inclusief Werven en "
            "Selecteren nog niet gedaan. Laat deze persoon de training eerst volgen.",
            f"{m.login} ({_ROLE_EN[m.role]}) has not done the Conscious Inclusive Recruitment "
            "and Selection training yet. Have this person take the training first.",
            {"login": m.login, "role": m.role.value, "trained": False, "scale": c.scale,
             "member_block_from_scale": block_from, "deviation_type": _DEVIATION},
            subject=m.login,
        ))
    return found


def _gender(c: CommitteeFacts, profile: PolicyProfile) -> list[Finding]:
    """Not all of one gender, and the smaller of women/men at least ``min_share``.

    "Where possible": nothing is said with fewer than 2 declared genders, and the share
    asked never exceeds the best split the declared number allows (1 of 3 is fine at 0.4).
    """
    rule = profile.rule("COM-GENDER")
    declared = [m.gender for m in c.members if m.gender is not None]
    n = len(declared)
    if n < 2:
        return []
    women = declared.count(Gender.WOMAN)
    men = declared.count(Gender.MAN)
    other = n - women - men
    min_share = rule.float("min_share")
    required = min(min_share, (n // 2) / n)
    smallest = min(women, men) / n
    all_one = max(women, men, other) == n
    if not all_one and smallest + _EPS >= required:
        return []
    facts = {"declared": n, "women": women, "men": men, "other": other,
             "min_share": min_share, "required_share": round(required, 4),
             "smallest_share": round(smallest, 4), "all_one_gender": all_one}
    if all_one:
        nl = (f"De {n} leden die hun gender hebben opgegeven, hebben allemaal hetzelfde "
              "gender. Zorg voor een commissie met verschillende genders.")
        en = (f"The {n} members who declared their gender all have the same gender. "
              "Make sure the committee has different genders.")
    else:
        pct = round(required * 100)
        nl = (f"Van de {n} leden met een opgegeven gender zijn er {women} vrouw en {men} man. "
              f"Streef naar minstens {pct}% van elk.")
        en = (f"Of the {n} members who declared their gender, {women} are women and {men} "
              f"are men. Aim for at least {pct}% of each.")
    return [finding(rule, rule.severity, nl, en, facts)]


def _age(c: CommitteeFacts, profile: PolicyProfile) -> list[Finding]:
    """Spread of declared birth years; silent with fewer than 2 declared. The registry skips
    it while the profile says ``enabled = false``."""
    rule = profile.rule("COM-AGE")
    years = [m.birth_year for m in c.members if m.birth_year is not None]
    if len(years) < 2:
        return []
    spread, need = max(years) - min(years), rule.int("min_spread_years")
    if spread >= need:
        return []
    return [finding(
        rule, rule.severity,
        f"De leden schelen {spread} jaar in leeftijd. Streef naar minstens "
        f"{need} jaar verschil tussen de jongste en de oudste.",
        f"The members' ages differ by {plural(spread, 'year', 'years')}. Aim for at least "
        f"{need} years between the youngest and the oldest.",
        {"declared": len(years), "spread_years": spread, "min_spread_years": need},
    )]


def _norm_unit(unit: str) -> str:
    return unit.strip().casefold()


def _outside(c: CommitteeFacts, profile: PolicyProfile) -> list[Finding]:
    rule = profile.rule("COM-OUTSIDE")
    need = rule.int("min_members")
    hiring = _norm_unit(c.hiring_unit)
    known = [m for m in c.members if m.unit is not None and m.unit.strip()]
    outside = sum(1 for m in known if _norm_unit(m.unit or "") != hiring)
    if outside >= need:
        return []
    unknown = len(c.members) - len(known)
    extra_nl = extra_en = ""
    if unknown:
        extra_nl = f" Van {plural(unknown, 'lid', 'leden')} is de afdeling niet bekend."
        extra_en = f" The unit of {plural(unknown, 'member', 'members')} is not known."
    return [finding(
        rule, rule.severity,
        f"{plural(outside, 'lid komt', 'leden komen')} van buiten de eigen afdeling. "
        f"{needed_nl(need)} Vraag iemand van een andere afdeling.{extra_nl}",
        f"{plural(outside, 'member comes', 'members come')} from outside the hiring unit. At "
        f"least {need} needed. Ask someone from another unit.{extra_en}",
        {"outside_members": outside, "unknown_unit": unknown, "min_members": need,
         "hiring_unit": c.hiring_unit},
    )]


def _diverse(c: CommitteeFacts, profile: PolicyProfile) -> list[Finding]:
    rule = profile.rule("COM-DIVERSE")
    need = rule.int("min_members")
    have = _count(c.members, lambda m: m.outside_european_background is True)
    if have >= need:
        return []
    undeclared = _count(c.members, lambda m: m.outside_european_background is None)
    return [finding(
        rule, rule.severity,
        f"{plural(have, 'lid heeft', 'leden hebben')} zelf een niet-Europese achtergrond "
        f"opgegeven. Streef naar minstens {need}. Zo kijkt de commissie breder.",
        f"{plural(have, 'member has', 'members have')} declared an outside-European background. "
        f"Aim for at least {need}. That gives the committee a broader view.",
        {"members_with_background": have, "undeclared": undeclared, "min_members": need},
    )]


def _count(members: tuple[MemberFacts, ...], pred: Callable[[MemberFacts], bool]) -> int:
    return sum(1 for m in members if pred(m))


CHECKS: dict[str, Callable[[CommitteeFacts, PolicyProfile], list[Finding]]] = {
    "COM-SIZE": _size,
    "COM-HR": _hr,
    "COM-TRAIN": _training,
    "COM-GENDER": _gender,
    "COM-AGE": _age,
    "COM-OUTSIDE": _outside,
    "COM-DIVERSE": _diverse,
}
