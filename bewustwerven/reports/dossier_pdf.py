"""The procedure dossier as a PDF."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from bewustwerven.reports import i18n as L
from bewustwerven.reports.charts import horizontal_bars
from bewustwerven.reports.model import DossierData
from bewustwerven.reports.pdf_common import (
    WIDTH,
    audit_block,
    build,
    figure_table,
    meta_block,
    para,
)
from bewustwerven.reports.tables import dossier_tables


def build_dossier_pdf(d: DossierData, path: Path, lang: str = "nl") -> None:
    tables = {t.key: t for t in dossier_tables(d, lang)}
    title = f"{L.t('dossier', lang)} {d.procedure_id}"
    story: list[Flowable] = [
        para(f"{L.t('dossier', lang)}: {d.title}", "title"),
        *meta_block(d.header, lang),
    ]
    if not d.with_identities:
        story.append(para(L.t("member_version", lang), "note"))
    story += figure_table(tables["summary"], lang, [45 * mm, WIDTH - 45 * mm], style="h1")
    story += figure_table(tables["stages"], lang)
    story.append(Spacer(1, 4))
    story += audit_block(d.header, lang)
    story.append(CondPageBreak(60 * mm))
    story += figure_table(tables["committee"], lang, style="h1")
    story += figure_table(tables["committee_check"], lang, [22 * mm, 22 * mm, WIDTH - 44 * mm])
    story.append(CondPageBreak(60 * mm))
    story += figure_table(
        tables["criteria"],
        lang,
        [32 * mm, 16 * mm, 15 * mm, 55 * mm, WIDTH - 118 * mm],
        style="h1",
    )
    story.append(PageBreak())
    story += figure_table(
        tables["sheets"],
        lang,
        [28 * mm, 30 * mm, 18 * mm, 13 * mm, 18 * mm, 27 * mm, WIDTH - 134 * mm],
        style="h1",
    )
    story.append(CondPageBreak(60 * mm))
    story += figure_table(
        tables["consensus"],
        lang,
        [28 * mm, 16 * mm, 18 * mm, 12 * mm, WIDTH - 112 * mm, 38 * mm],
        style="h1",
    )
    if "decision" in tables:
        story += figure_table(tables["decision"], lang, [45 * mm, WIDTH - 45 * mm])
    story.append(CondPageBreak(50 * mm))
    story += figure_table(
        tables["checks"], lang, [35 * mm, 15 * mm, 35 * mm, WIDTH - 85 * mm], style="h1"
    )
    story += figure_table(tables["deviations"], lang, style="h1")
    story.append(CondPageBreak(80 * mm))
    story += figure_table(tables["reliability"], lang, style="h1")
    story += figure_table(tables["leniency"], lang)
    for r in d.reliability:
        if r.leniency:
            story.append(Spacer(1, 4))
            story.append(
                horizontal_bars(
                    f"{L.t('leniency', lang)}: {L.stage(r.stage, lang)}",
                    [x.rater for x in r.leniency],
                    [x.mean_difference for x in r.leniency],
                    width=WIDTH,
                    reference=0.0,
                )
            )
    story.append(PageBreak())
    story += figure_table(
        tables["timeline"], lang, [27 * mm, 30 * mm, 32 * mm, WIDTH - 89 * mm], style="h1"
    )
    build(path, story, d.header, title, lang)
