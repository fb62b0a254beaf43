"""SQL aggregation for the organisation report: counts come out, never rows of people.

Every query here groups in the database. The only per-row Python work is opening the
encrypted self-identification (``groups.group_codes``); the resulting codes go back into
SQL as one parameter. Scores are never fetched one by one: reliability comes from
coincidence sums that SQL computes per procedure and stage (see ``alpha``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence, Set
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from bewustwerven.core.origin import TargetGroup
from bewustwerven.core.policy import PolicyProfile
from bewustwerven.core.words import Funnel
from bewustwerven.services.reporting.alpha import alpha_from_coincidences
from bewustwerven.services.reporting.groups import UNKNOWN_CODE, group_codes, mapping_source
from bewustwerven.services.reporting.scope import Scope, days_between
from bewustwerven.store.crypto import FieldCipher

# The funnel step as a number in SQL, from the enum (offered and hired are one step here).
FUNNEL_RANK = (
    "CASE c.funnel "
    + " ".join(f"WHEN '{f.value}' THEN {f.rank}" for f in Funnel if f.rank)
    + " ELSE 0 END"
)
FUNNEL_STAGES: tuple[str, ...] = (
    Funnel.APPLIED.value,
    Funnel.INVITED.value,
    Funnel.INTERVIEWED.value,
    Funnel.HIRED.value,
)

# (unit, channel, funnel rank, target scale or higher, procedure closed, group code) -> people
CandidateKey = tuple[str, str, int, bool, bool, int]


@dataclass
class RawOrg:
    """Unsuppressed counts straight from SQL (never leaves the reporting service)."""

    units: list[tuple[str, str]] = field(default_factory=list)
    candidates: dict[CandidateKey, int] = field(default_factory=dict)
    procedures: dict[str, int] = field(default_factory=dict)
    without_unapproved: dict[str, int] = field(default_factory=dict)
    rooney_applicable: dict[str, int] = field(default_factory=dict)
    rooney_compliant: dict[str, int] = field(default_factory=dict)
    g1_findings: list[tuple[str, str]] = field(default_factory=list)  # (unit, findings json)
    concept_texts: list[tuple[str, str, int]] = field(default_factory=list)  # unit, text, scale
    median_days: dict[tuple[str, str], float] = field(default_factory=dict)
    deviations: dict[tuple[str, str], int] = field(default_factory=dict)
    alphas: dict[tuple[str, str], list[float | None]] = field(default_factory=dict)
    raters: dict[tuple[str, str], int] = field(default_factory=dict)
    score_spread: dict[tuple[str, int], int] = field(default_factory=dict)


def _rows(session: Session, sql: str, params: dict[str, Any]) -> Sequence[Any]:
    return session.execute(text(sql), params).all()


def gather_raw(
    session: Session,
    cipher: FieldCipher,
    profile: PolicyProfile,
    scope: Scope,
    dialect: str,
    *,
    hidden: Set[tuple[int, str]] = frozenset(),
) -> RawOrg:
    """``hidden``: (procedure, stage) pairs whose alpha the viewer may not see yet (they
    hold a scoring seat there and still owe sheets); those alphas are left out."""
    raw = RawOrg()
    where, p = scope.sql(), scope.params(dialect)
    target_scale = int(profile.targets.get("from_scale", 12))
    raw.units = [
        (code, name)
        for code, name in _rows(
            session,
            f"SELECT DISTINCT u.code, u.name FROM procedures p {where} ORDER BY u.code",
            p,
        )
    ]
    _candidates(session, cipher, profile, where, p, dialect, target_scale, raw)
    _compliance(session, profile, where, p, dialect, raw)
    _reliability(session, profile, where, p, raw, hidden)
    return raw


def _candidates(
    session: Session,
    cipher: FieldCipher,
    profile: PolicyProfile,
    where: str,
    p: dict[str, Any],
    dialect: str,
    target_scale: int,
    raw: RawOrg,
) -> None:
    target = TargetGroup.from_mapping(profile.target_group)
    groups = group_codes(session, where, p, cipher, target)
    cols = (
        f"u.code, c.channel, {FUNNEL_RANK}, "
        f"CASE WHEN va.scale >= {target_scale} THEN 1 ELSE 0 END, "
        "CASE WHEN p.stage = 'closed' THEN 1 ELSE 0 END"
    )
    everyone = _rows(
        session,
        f"SELECT {cols}, COUNT(*) FROM candidates c JOIN procedures p ON p.id = c.procedure_id "
        f"{where} GROUP BY 1, 2, 3, 4, 5",
        p,
    )
    known = _rows(
        session,
        f"SELECT {cols}, CAST(g.value AS INTEGER), COUNT(*) FROM {mapping_source(dialect)} "
        "JOIN candidates c ON c.id = CAST(g.key AS INTEGER) "
        f"JOIN procedures p ON p.id = c.procedure_id {where} GROUP BY 1, 2, 3, 4, 5, 6",
        {**p, "groups": groups},
    )
    rest: dict[tuple[str, str, int, bool, bool], int] = {}
    for unit, channel, rank, hi, closed, n in everyone:
        rest[(unit, channel or "", int(rank), bool(hi), bool(closed))] = int(n)
    for unit, channel, rank, hi, closed, code, n in known:
        key = (unit, channel or "", int(rank), bool(hi), bool(closed))
        raw.candidates[(*key, int(code))] = int(n)
        rest[key] -= int(n)
    for key, n in rest.items():
        if n:
            full = (*key, UNKNOWN_CODE)
            raw.candidates[full] = raw.candidates.get(full, 0) + n


def _compliance(
    session: Session,
    profile: PolicyProfile,
    where: str,
    p: dict[str, Any],
    dialect: str,
    raw: RawOrg,
) -> None:
    rooney_scale = profile.rule("ROONEY").int("from_scale")
    passed_g2 = (
        "EXISTS (SELECT 1 FROM stage_changes s WHERE s.procedure_id = p.id "
        "AND s.from_stage = 'screening')"
    )
    rooney_waived = (
        "EXISTS (SELECT 1 FROM stage_changes s WHERE s.procedure_id = p.id "
        "AND s.from_stage = 'screening' "
        'AND (CAST(s.findings AS TEXT) LIKE \'%"code": "ROONEY"%\' '
        'OR CAST(s.findings AS TEXT) LIKE \'%"code":"ROONEY"%\'))'
    )
    for unit, n, ok, applicable, compliant in _rows(
        session,
        "SELECT u.code, COUNT(*), "
        "SUM(CASE WHEN EXISTS (SELECT 1 FROM deviations d WHERE d.procedure_id = p.id "
        "AND d.status <> 'approved') THEN 0 ELSE 1 END), "
        f"SUM(CASE WHEN va.scale >= {rooney_scale} AND {passed_g2} THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN va.scale >= {rooney_scale} AND {passed_g2} AND NOT {rooney_waived} "
        "THEN 1 ELSE 0 END) "
        f"FROM procedures p {where} GROUP BY u.code",
        p,
    ):
        raw.procedures[unit] = int(n)
        raw.without_unapproved[unit] = int(ok or 0)
        raw.rooney_applicable[unit] = int(applicable or 0)
        raw.rooney_compliant[unit] = int(compliant or 0)
    for unit, findings in _rows(
        session,
        "SELECT u.code, CAST(s.findings AS TEXT) FROM stage_changes s "
        "JOIN procedures p ON p.id = s.procedure_id "
        f"{where} AND s.from_stage = 'concept' AND s.id = (SELECT MAX(s2.id) FROM stage_changes "
        "s2 WHERE s2.procedure_id = p.id AND s2.from_stage = 'concept')",
        p,
    ):
        raw.g1_findings.append((unit, findings or "[]"))
    for unit, body, scale in _rows(
        session,
        f"SELECT u.code, va.text, va.scale FROM procedures p {where} AND p.stage = 'concept'",
        p,
    ):
        raw.concept_texts.append((unit, body or "", int(scale)))
    days = days_between("COALESCE(s.prev_at, p.created_at)", "s.at", dialect)
    for unit, stage, median in _rows(
        session,
        "WITH s AS (SELECT procedure_id, from_stage, at, LAG(at) OVER "
        "(PARTITION BY procedure_id ORDER BY id) AS prev_at FROM stage_changes), "
        f"spans AS (SELECT u.code AS unit, s.from_stage AS stage, {days} AS days "
        f"FROM s JOIN procedures p ON p.id = s.procedure_id {where}), "
        "ranked AS (SELECT unit, stage, days, ROW_NUMBER() OVER (PARTITION BY unit, stage "
        "ORDER BY days) AS rn, COUNT(*) OVER (PARTITION BY unit, stage) AS cnt FROM spans) "
        "SELECT unit, stage, AVG(days) FROM ranked WHERE rn IN ((cnt + 1) / 2, (cnt + 2) / 2) "
        "GROUP BY unit, stage",
        p,
    ):
        raw.median_days[(unit, stage)] = float(median)
    for unit, dtype, n in _rows(
        session,
        "SELECT u.code, d.type, COUNT(*) FROM deviations d "
        f"JOIN procedures p ON p.id = d.procedure_id {where} GROUP BY u.code, d.type",
        p,
    ):
        raw.deviations[(unit, dtype)] = int(n)


def _reliability(
    session: Session,
    profile: PolicyProfile,
    where: str,
    p: dict[str, Any],
    raw: RawOrg,
    hidden: Set[tuple[int, str]],
) -> None:
    """Coincidence sums per procedure and stage, and the spread of score values, in one pass.

    The inner query walks ``scores`` in storage order (CROSS JOIN fixes SQLite's join order:
    a sequential scan with a primary-key lookup of the sheet is much faster than one index
    lookup per sheet) and counts, per rated unit (candidate × item), how often each score
    value was given. The outer query adds up, per procedure and stage, the coincidences of
    units with two or more values, and the value counts of all units (the score spread).
    """
    values = range(profile.scale_min, profile.scale_max + 1)
    per_value = ", ".join(
        f"SUM(CASE WHEN sc.value = {v} THEN 1 ELSE 0 END) AS n{v}" for v in values
    )
    pairs = [(c, k) for c in values for k in values]
    sums = ", ".join(
        f"SUM(CASE WHEN m >= 2 THEN n{c} * {f'n{k}' if c != k else f'(n{k} - 1)'} * 1.0 "
        "/ (m - 1) ELSE 0 END)"
        for c, k in pairs
    )
    spread = ", ".join(f"SUM(n{v})" for v in values)
    # PostgreSQL knows no CROSS JOIN ... ON (and plans the join order itself).
    join = "CROSS JOIN" if session.get_bind().dialect.name == "sqlite" else "JOIN"
    rows = _rows(
        session,
        f"WITH sp AS (SELECT p.id AS pid, u.code AS unit FROM procedures p "
        f"{where}), "
        "rated AS (SELECT sh.procedure_id AS pid, sh.stage AS st, "
        f"COUNT(sc.value) AS m, {per_value} FROM scores sc "
        f"{join} score_sheets sh ON sh.id = sc.sheet_id "
        f"{join} procedures pr ON pr.id = sh.procedure_id "
        "WHERE sh.status = 'submitted' AND sc.value IS NOT NULL AND sh.round = pr.round "
        "AND sh.procedure_id IN (SELECT pid FROM sp) "
        "GROUP BY sh.procedure_id, sh.stage, sh.candidate_id, sc.item_key) "
        f"SELECT rated.pid, st, sp.unit, {spread}, {sums} FROM rated "
        "JOIN sp ON sp.pid = rated.pid GROUP BY rated.pid, st, sp.unit",
        p,
    )
    counts: dict[tuple[str, int], int] = defaultdict(int)
    n_values = len(values)
    for pid, stage, unit, *cells in rows:
        for v, n in zip(values, cells[:n_values], strict=True):
            counts[(stage, v)] += int(n or 0)
        if (int(pid), stage) in hidden:
            continue
        o = {pair: float(x or 0.0) for pair, x in zip(pairs, cells[n_values:], strict=True)}
        if any(o.values()):
            raw.alphas.setdefault((unit, stage), []).append(alpha_from_coincidences(o))
    raw.score_spread = dict(counts)
    for unit, stage, n in _rows(
        session,
        "SELECT u.code, sh.stage, COUNT(DISTINCT sh.member_id) FROM score_sheets sh "
        f"JOIN procedures p ON p.id = sh.procedure_id {where} AND sh.status = 'submitted' "
        "AND sh.round = p.round GROUP BY u.code, sh.stage",
        p,
    ):
        raw.raters[(unit, stage)] = int(n)
    for stage, n in _rows(
        session,
        "SELECT sh.stage, COUNT(DISTINCT sh.member_id) FROM score_sheets sh "
        f"JOIN procedures p ON p.id = sh.procedure_id {where} AND sh.status = 'submitted' "
        "AND sh.round = p.round GROUP BY sh.stage",
        p,
    ):
        raw.raters[("", stage)] = int(n)  # distinct raters over all units


def text_blocked(findings_json: str) -> bool:
    """True when a G1 finding list holds a blocking TEXT-* finding (waived or not)."""
    try:
        items = json.loads(findings_json)
    except ValueError:
        return False
    return any(
        str(f.get("code", "")).startswith("TEXT") and f.get("severity") == "block" for f in items
    )
