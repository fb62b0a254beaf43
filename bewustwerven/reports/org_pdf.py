"""The organisation report as a PDF: summary page first, then the sections with charts."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from bewustwerven.reports import i18n as L
from bewustwerven.reports.charts import grouped_bars
from bewustwerven.reports.model import OrgReportData
from bewustwerven.reports.pdf_common import (
    WIDTH,
    audit_block,
    build,
    figure_table,
    meta_block,
    para,
)
from bewustwerven.reports.tables import FigureTable, org_tables


def _summary(o: OrgReportData, lang: str) -> list[Flowable]:
    def T(k: str, **kw: object) -> str:
        return L.t(k, lang, **kw)

    applied = o.group_funnel.col_totals[0] if o.group_funnel.col_totals else 0
    hired = o.group_funnel.col_totals[-1] if o.group_funnel.col_totals else 0
    comp = o.compliance
    procs = sum(c.procedures for c in comp)
    ok = sum(c.without_unapproved_deviation for c in comp)
    r_app = sum(c.rooney_applicable for c in comp)
    r_ok = sum(c.rooney_compliant for c in comp)
    t_chk = sum(c.texts_checked for c in comp)
    t_ok = sum(c.texts_without_block for c in comp)
    whole = [r for r in o.reliability if not r.unit]
    origin = next((x for x in o.targets if x.measure == "origin" and not x.unit), None)
    young = next((x for x in o.targets if x.measure == "under_35" and not x.unit), None)

    def rate(a: int, b: int) -> str:
        return f"{a} / {b} ({L.pct(a / b, lang)})" if b else "0"

    rows = [
        (T("units"), ", ".join(code for code, _ in o.units) or "–"),
        (T("procedures"), str(procs)),
        (T("applications"), L.num(applied)),
        (T("hires"), L.num(hired)),
        (T("no_unapproved"), rate(ok, procs)),
        (T("rooney_rate"), rate(r_ok, r_app)),
        (T("texts_ok"), rate(t_ok, t_chk)),
    ]
    if origin is not None:
        rows.append(
            (
                T("origin"),
                f"{L.pct(origin.share, lang)} ({T('target')} {L.pct(origin.target, lang)})",
            )
        )
    if young is not None:
        rows.append(
            (
                T("under_35"),
                f"{L.pct(young.share, lang)} ({T('target')} {L.pct(young.target, lang)})",
            )
        )
    for r in whole:
        rows.append(
            (
                f"{T('median_alpha')} {L.stage(r.stage, lang)}",
                f"{L.num(r.median_alpha, 2, lang)} ({T('flagged_n')}: {L.num(r.flagged)} / "
                f"{r.assessed})",
            )
        )
    adverse = [(tr, g) for tr in o.transitions[:-1] for g in tr.groups if g.adverse_impact]
    for tr, g in adverse:
        rows.append(
            (
                T("adverse"),
                f"{L.origin(g.group, lang)}: {L.funnel_stage(tr.from_stage, lang)}"
                f" → {L.funnel_stage(tr.to_stage, lang)} ({L.num(g.impact_ratio, 2, lang)})",
            )
        )
    ft = FigureTable("summary", T("org_summary"), ("", ""), tuple(rows), ("text", "text"))
    return figure_table(ft, lang, [60 * mm, WIDTH - 60 * mm], style="h1")


def _funnel_chart(o: OrgReportData, lang: str) -> Flowable:
    """Selection rate per step and group (the published rates: hidden ones stay hidden)."""
    steps = o.transitions[:-1]  # the last one is the whole path
    groups = [g.group for g in steps[0].groups] if steps else []
    series = [
        (L.origin(g, lang), [next(x.rate for x in tr.groups if x.group == g) for tr in steps])
        for g in groups
    ]
    cats = [f"→ {L.funnel_stage(tr.to_stage, lang)}" for tr in steps]
    return grouped_bars(
        f"{L.t('rate', lang)} {L.t('transitions', lang).lower()}",
        cats,
        series,
        width=WIDTH,
        percent=True,
    )


def _deviation_chart(o: OrgReportData, lang: str) -> Flowable:
    types = sorted({t for c in o.compliance for t in c.deviations_by_type})
    series = [
        (L.deviation_type(t, lang), [c.deviations_by_type.get(t, 0) for c in o.compliance])
        for t in types
    ]
    return grouped_bars(
        L.t("dev_by_type", lang), [c.unit for c in o.compliance], series, width=WIDTH, height=210
    )


def _target_chart(o: OrgReportData, lang: str, measure: str) -> Flowable:
    lines = [x for x in o.targets if x.measure == measure]
    cats = [x.unit or L.t("total", lang) for x in lines]
    goal = lines[0].target if lines else None
    return grouped_bars(
        f"{L.t(measure, lang)}: {L.t('share', lang).lower()}",
        cats,
        [(L.t("share", lang), [x.share for x in lines])],
        width=WIDTH,
        height=150,
        percent=True,
        reference=goal,
        reference_label=f"{L.t('target', lang)} {L.pct(goal, lang)}",
    )


def _spread_chart(o: OrgReportData, lang: str) -> Flowable:
    series = []
    for stage, vals in sorted(o.score_spread.items()):
        total = sum(v for v in vals if v is not None)
        series.append(
            (L.stage(stage, lang), [None if v is None or not total else v / total for v in vals])
        )
    return grouped_bars(
        L.t("spread", lang),
        [str(v) for v in o.score_values],
        series,
        width=WIDTH,
        height=180,
        percent=True,
    )


def build_org_pdf(o: OrgReportData, path: Path, lang: str = "nl") -> None:
    tables = {t.key: t for t in org_tables(o, lang)}
    title = L.t("org_report", lang)
    story: list[Flowable] = [para(title, "title"), *meta_block(o.header, lang)]
    story += _summary(o, lang)
    story.append(Spacer(1, 6))
    story.append(para(L.t("scope_note", lang, n=o.header.min_count), "note"))
    story.append(Spacer(1, 6))
    story += audit_block(o.header, lang)
    story.append(PageBreak())
    story.append(para(L.t("compliance", lang), "h1"))
    story += figure_table(tables["compliance"], lang, title=False)
    story += figure_table(tables["median_days"], lang)
    story += figure_table(tables["deviations_by_type"], lang)
    if any(c.deviations_by_type for c in o.compliance):
        story.append(Spacer(1, 6))
        story.append(_deviation_chart(o, lang))
    if "complaints" in tables:
        story.append(CondPageBreak(50 * mm))
        story += figure_table(tables["complaints"], lang)
    if "group_funnel" in tables:
        story.append(PageBreak())
        story.append(para(L.t("funnel", lang), "h1"))
        story += figure_table(tables["group_funnel"], lang, title=False)
        story.append(Spacer(1, 4))
        story.append(_funnel_chart(o, lang))
        story.append(Spacer(1, 6))
        story += figure_table(tables["unit_funnel"], lang)
        story.append(PageBreak())
        story += figure_table(
            tables["transitions"],
            lang,
            [
                40 * mm,
                26 * mm,
                17 * mm,
                13 * mm,
                19 * mm,
                17 * mm,
                14 * mm,
                15 * mm,
                WIDTH - 161 * mm,
            ],
            style="h1",
        )
        story.append(CondPageBreak(120 * mm))
        story += figure_table(tables["targets"], lang, style="h1")
        story.append(Spacer(1, 4))
        for measure in ("origin", "under_35"):
            if any(x.share is not None for x in o.targets if x.measure == measure):
                story.append(CondPageBreak(60 * mm))
                story.append(_target_chart(o, lang, measure))
        story.append(PageBreak())
        story += figure_table(tables["channel_funnel"], lang, style="h1")
        story += figure_table(tables["channels"], lang)
    story.append(CondPageBreak(110 * mm))
    story += figure_table(tables["reliability"], lang, style="h1")
    if "score_spread" in tables:
        story += figure_table(tables["score_spread"], lang)
        story.append(Spacer(1, 4))
        story.append(_spread_chart(o, lang))
    build(path, story, o.header, title, lang)
