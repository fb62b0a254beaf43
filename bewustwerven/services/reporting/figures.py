"""From raw SQL counts to the organisation report's figures, with small cells suppressed.

All tables about the applicants in scope are suppressed together (``suppress_linked``):
the funnel per origin group, per unit and per channel, the channel table and the target
tables share their margins, so no hidden figure can be worked out from another table of
the report. Target tables carry an "other" column (everyone who is not a hire from the
target scale) so that their rows are the same people as the unit funnel's rows.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from itertools import pairwise

from bewustwerven.core.stats import (
    Funnel,
    SuppressedTable,
    Table,
    analyse_transition,
    publish_transition,
    share_vs_target,
    suppress_linked,
)
from bewustwerven.reports import model as M
from bewustwerven.services.reporting.alpha import flagged
from bewustwerven.services.reporting.groups import ORIGINS, decode
from bewustwerven.services.reporting.organisation import FUNNEL_STAGES, RawOrg, text_blocked

TARGET_COLS = ("in_group", "not_in_group", "unknown", "other")
AGE_COLS = ("under_35", "35_plus", "unknown", "other")


def _count_table(t: SuppressedTable, key: str) -> M.CountTable:
    return M.CountTable(
        key,
        t.row_dim,
        t.col_dim,
        t.row_labels,
        t.col_labels,
        t.cells,
        t.row_totals,
        t.col_totals,
        t.grand_total,
        t.cumulative,
    )


def _cumulative(counts: dict[str, list[int]], labels: list[str]) -> dict[str, dict[str, int]]:
    """Per row: people who reached each stage (rank >= stage index)."""
    out: dict[str, dict[str, int]] = {}
    for label in labels:
        by_rank = counts.get(label, [0] * len(FUNNEL_STAGES))
        out[label] = {s: sum(by_rank[k:]) for k, s in enumerate(FUNNEL_STAGES)}
    return out


def build_tables(
    raw: RawOrg, n: int
) -> tuple[list[SuppressedTable], dict[str, dict[str, list[int]]]]:
    """The linked count tables, suppressed; and the raw per-rank counts for the analysis."""
    by: dict[str, dict[str, list[int]]] = {
        k: defaultdict(lambda: [0] * len(FUNNEL_STAGES)) for k in ("origin", "unit", "channel")
    }
    channel_apps: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    target: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    age: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for (unit, channel, rank, hi, closed, code), people in raw.candidates.items():
        g = decode(code)
        channel = channel or "?"
        by["origin"][g.origin][rank] += people
        by["unit"][unit][rank] += people
        by["channel"][channel][rank] += people
        channel_apps[g.origin][channel] += people
        hire = rank == 3 and hi and closed
        t_col = {"yes": "in_group", "no": "not_in_group"}.get(g.target, "unknown")
        a_col = {"under_35": "under_35", "35_plus": "35_plus"}.get(g.age, "unknown")
        target[unit][t_col if hire else "other"] += people
        age[unit][a_col if hire else "other"] += people
    units = sorted(by["unit"])
    channels = sorted(by["channel"])
    origins = list(ORIGINS)
    tables = [
        Table.from_mapping(
            _cumulative(by["origin"], origins),
            "origin",
            "stage",
            origins,
            FUNNEL_STAGES,
            "group_funnel",
            cumulative=True,
        ),
        Table.from_mapping(
            _cumulative(by["unit"], units),
            "unit",
            "stage",
            units,
            FUNNEL_STAGES,
            "unit_funnel",
            cumulative=True,
        ),
        Table.from_mapping(
            _cumulative(by["channel"], channels),
            "channel",
            "stage",
            channels,
            FUNNEL_STAGES,
            "channel_funnel",
            cumulative=True,
        ),
        Table.from_mapping(channel_apps, "origin", "channel", origins, channels, "channels"),
        Table.from_mapping(target, "unit", "target_origin", units, TARGET_COLS, "target_origin"),
        Table.from_mapping(age, "unit", "target_age", units, AGE_COLS, "target_age"),
    ]
    return suppress_linked(tables, n), {k: dict(v) for k, v in by.items()}


def transitions(
    per_origin: dict[str, list[int]], published: SuppressedTable
) -> tuple[M.FunnelTransition, ...]:
    funnel = Funnel.from_nested(_cumulative(per_origin, list(ORIGINS)), FUNNEL_STAGES)
    out = []
    for a, b in pairwise(FUNNEL_STAGES):
        pub = publish_transition(analyse_transition(funnel, a, b), published)
        out.append(
            M.FunnelTransition(
                pub.from_stage,
                pub.to_stage,
                pub.considered,
                pub.selected,
                pub.overall_rate,
                pub.reference_group,
                tuple(
                    M.FunnelStep(
                        g.group,
                        g.considered,
                        g.selected,
                        g.rate,
                        g.impact_ratio,
                        g.adverse_impact,
                        g.fisher_p,
                        g.shortfall,
                    )
                    for g in pub.groups
                ),
            )
        )
    # The whole path, applied -> hired, too.
    pub = publish_transition(
        analyse_transition(funnel, FUNNEL_STAGES[0], FUNNEL_STAGES[-1]), published
    )
    out.append(
        M.FunnelTransition(
            pub.from_stage,
            pub.to_stage,
            pub.considered,
            pub.selected,
            pub.overall_rate,
            pub.reference_group,
            tuple(
                M.FunnelStep(
                    g.group,
                    g.considered,
                    g.selected,
                    g.rate,
                    g.impact_ratio,
                    g.adverse_impact,
                    g.fisher_p,
                    g.shortfall,
                )
                for g in pub.groups
            ),
        )
    )
    return tuple(out)


def target_lines(
    t: SuppressedTable, measure: str, goal: float, group_cols: tuple[str, str]
) -> list[M.TargetLine]:
    """Per unit and overall: hires, known, in group and the share, from visible cells only."""
    i_in, i_out = (t.col_labels.index(c) for c in group_cols)
    i_unk = t.col_labels.index("unknown")
    rows: list[tuple[str, int | None, int | None, int | None]] = [
        (label, t.cells[r][i_in], t.cells[r][i_out], t.cells[r][i_unk])
        for r, label in enumerate(t.row_labels)
    ]
    rows.append(("", t.col_totals[i_in], t.col_totals[i_out], t.col_totals[i_unk]))
    out = []
    for unit, yes, no, unk in rows:
        known = None if yes is None or no is None else yes + no
        hires = None if known is None or unk is None else known + unk
        share = meets = None
        if known:
            s = share_vs_target([True] * (yes or 0) + [False] * (no or 0), goal)
            share, meets = s.share, s.meets_target
        out.append(M.TargetLine(unit, measure, hires, known, yes, share, goal, meets))
    return out


def compliance(raw: RawOrg, check_text_blocks: list[bool | None]) -> tuple[M.UnitCompliance, ...]:
    texts: dict[str, list[bool]] = defaultdict(list)
    for unit, findings in raw.g1_findings:
        texts[unit].append(not text_blocked(findings))
    for (unit, _body, _scale), blocked in zip(raw.concept_texts, check_text_blocks, strict=True):
        if blocked is not None:
            texts[unit].append(not blocked)
    names = dict(raw.units)
    return tuple(
        M.UnitCompliance(
            unit=u,
            unit_name=names.get(u, u),
            procedures=raw.procedures.get(u, 0),
            without_unapproved_deviation=raw.without_unapproved.get(u, 0),
            rooney_applicable=raw.rooney_applicable.get(u, 0),
            rooney_compliant=raw.rooney_compliant.get(u, 0),
            texts_checked=len(texts[u]),
            texts_without_block=sum(texts[u]),
            median_days={s: d for (unit, s), d in raw.median_days.items() if unit == u},
            deviations_by_type={t: k for (unit, t), k in raw.deviations.items() if unit == u},
        )
        for u, _ in raw.units
    )


def reliability(raw: RawOrg, n: int) -> tuple[M.ReliabilitySummary, ...]:
    """Median alpha and flagged committees per unit and stage; hidden below n raters."""
    out = []
    keys = sorted(k for k in set(raw.alphas) | set(raw.raters) if k[0])
    all_alphas: dict[str, list[float]] = defaultdict(list)
    for unit, stage in keys:
        alphas = [a for a in raw.alphas.get((unit, stage), []) if a is not None]
        all_alphas[stage] += alphas
        raters = raw.raters.get((unit, stage), 0)
        shown = raters >= n and bool(alphas)
        out.append(
            M.ReliabilitySummary(
                unit,
                stage,
                len(alphas),
                raters,
                statistics.median(alphas) if shown else None,
                sum(1 for a in alphas if flagged(a)) if shown else None,
                shown,
            )
        )
    for stage, alphas in sorted(all_alphas.items()):
        raters = raw.raters.get(("", stage), 0)
        shown = raters >= n and bool(alphas)
        out.append(
            M.ReliabilitySummary(
                "",
                stage,
                len(alphas),
                raters,
                statistics.median(alphas) if shown else None,
                sum(1 for a in alphas if flagged(a)) if shown else None,
                shown,
            )
        )
    return tuple(out)


def score_spread(raw: RawOrg, n: int, values: range) -> dict[str, tuple[int | None, ...]]:
    stages = sorted({s for s, _ in raw.score_spread})
    return {
        s: tuple(
            (c if c == 0 or c >= n else None)
            for c in (raw.score_spread.get((s, v), 0) for v in values)
        )
        for s in stages
    }
