"""The figures of both reports as plain tables: what the PDF prints and CSV/XLSX export.

Values stay numbers (None = not shown); ``formats`` says how the PDF prints each column:
"text", "int", "pct" (share 0..1), "dec2", "dec3", "date".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from bewustwerven.reports import i18n as L
from bewustwerven.reports.model import Cell, CountTable, DossierData, OrgReportData


@dataclass(frozen=True, slots=True)
class FigureTable:
    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    formats: tuple[str, ...]
    note: str = ""

    def formatted(self, lang: str) -> list[list[str]]:
        return [
            [fmt_cell(v, f, lang) for v, f in zip(r, self.formats, strict=True)] for r in self.rows
        ]


def fmt_cell(value: Cell | datetime | date, fmt: str, lang: str) -> str:
    if value is None:
        return L.HIDDEN
    if isinstance(value, datetime | date):
        return L.when(value)
    if fmt == "pct" and isinstance(value, int | float):
        return L.pct(float(value), lang)
    if fmt in ("dec2", "dec3") and isinstance(value, int | float):
        return L.num(float(value), int(fmt[-1]), lang)
    return str(value)


# -- dossier --------------------------------------------------------------------------


def dossier_tables(d: DossierData, lang: str) -> list[FigureTable]:
    def T(k: str) -> str:
        return L.t(k, lang)

    out = [
        FigureTable(
            "summary",
            T("summary"),
            ("", ""),
            (
                (T("procedure"), f"{d.procedure_id}: {d.title}"),
                (T("unit"), f"{d.unit_code} {d.unit_name}"),
                (T("scale"), d.scale),
                (T("stage"), L.stage(d.stage, lang)),
                (T("round"), d.round),
                (T("owner"), d.owner),
                (T("created"), L.when(d.created_at)),
                (T("closing"), L.when(d.closing_date)),
                (T("locked"), L.when(d.locked_at)),
                (T("closed"), L.when(d.closed_at)),
                (T("candidates"), d.candidates),
            ),
            ("text", "text"),
        ),
        FigureTable(
            "stages",
            T("stages"),
            (T("stage"), T("from"), T("until"), T("days"), T("moved_by")),
            tuple(
                (
                    L.stage(s.stage, lang),
                    L.when(s.entered_at),
                    L.when(s.left_at),
                    None
                    if s.left_at is None
                    else (s.left_at - s.entered_at).total_seconds() / 86400,
                    s.by,
                )
                for s in d.stages
            ),
            ("text", "text", "text", "dec2", "text"),
        ),
        FigureTable(
            "committee",
            T("committee"),
            (T("login"), T("name"), T("role"), T("trained")),
            tuple(
                (s.login, s.display_name, L.word(s.role, lang), L.yes_no(s.trained, lang))
                for s in d.committee
            ),
            ("text",) * 4,
        ),
        FigureTable(
            "committee_check",
            T("committee_check"),
            (T("code"), T("severity"), T("message")),
            tuple(
                (f.code, L.word(f.severity, lang), f.message(lang)) for f in d.committee_findings
            ),
            ("text",) * 3,
        ),
        FigureTable(
            "criteria",
            T("criteria"),
            (T("criterion"), T("knockout"), T("weight"), T("question"), T("anchors")),
            tuple(
                (
                    c.name,
                    L.yes_no(c.knockout, lang),
                    c.weight,
                    q.text,
                    "\n".join(f"{k}: {a}" for k, a in sorted(q.anchors.items())),
                )
                for c in d.criteria
                for q in (c.questions or ())
            ),
            ("text", "text", "dec2", "text", "text"),
        ),
        FigureTable(
            "sheets",
            T("sheets"),
            (
                T("stage"),
                T("member"),
                T("candidate"),
                T("version"),
                T("status"),
                T("submitted"),
                T("amend_reason"),
            ),
            tuple(
                (
                    L.stage(s.stage, lang),
                    s.member,
                    s.pseudonym,
                    s.version,
                    L.word(s.status, lang),
                    L.when(s.submitted_at),
                    s.amend_reason,
                )
                for s in d.sheets
            ),
            ("text", "text", "text", "int", "text", "text", "text"),
        ),
        FigureTable(
            "consensus",
            T("consensus"),
            (T("stage"), T("candidate"), T("outcome"), T("total"), T("motivations"), T("decided")),
            tuple(
                (
                    L.stage(c.stage, lang),
                    c.pseudonym,
                    L.word(c.outcome, lang),
                    c.total,
                    "\n".join(f"{k}: {v}" for k, v in sorted(c.motivations.items())),
                    f"{c.decided_by} {L.when(c.decided_at)}",
                )
                for c in d.consensus
            ),
            ("text", "text", "text", "dec2", "text", "text"),
        ),
    ]
    if d.decision is not None:
        dec = d.decision
        rows: list[tuple[Cell, ...]] = [(T("chosen"), dec.chosen)]
        if d.with_identities and dec.chosen_name:
            rows.append((T("chosen_name"), dec.chosen_name))
        rows += [
            (T("motivation"), dec.motivation),
            *((f"{T('criterion')} {k}", v) for k, v in sorted(dec.motivations.items())),
            (T("pref_motivation"), dec.preference_motivation or L.HIDDEN),
            (T("tie_breaker"), dec.tie_breaker or L.HIDDEN),
            (T("ranked_equal"), ", ".join(dec.ranked_equal) or L.HIDDEN),
            (T("decided"), f"{dec.decided_by} {L.when(dec.decided_at)}"),
        ]
        out.append(FigureTable("decision", T("decision"), ("", ""), tuple(rows), ("text", "text")))
    out.append(
        FigureTable(
            "checks",
            T("checks"),
            (T("check"), T("applies"), T("outcome"), T("facts")),
            tuple(
                (
                    L.t(c.code, lang),
                    L.yes_no(c.applies, lang),
                    L.t(c.outcome, lang),
                    "; ".join(f"{k}={v}" for k, v in sorted(c.facts.items()))
                    + "".join(f" {f.message(lang)}" for f in c.findings),
                )
                for c in d.checks
            ),
            ("text",) * 4,
        )
    )
    out.append(
        FigureTable(
            "deviations",
            T("deviations"),
            (
                T("type"),
                T("rule"),
                T("stage"),
                T("justification"),
                T("requested"),
                T("status"),
                T("approver"),
                T("comment"),
            ),
            tuple(
                (
                    L.deviation_type(v.type, lang),
                    v.rule_code,
                    L.stage(v.stage, lang),
                    v.justification,
                    f"{v.requested_by} {L.when(v.requested_at)}",
                    L.word(v.status, lang),
                    f"{v.decided_by} {L.when(v.decided_at)}" if v.decided_by else L.HIDDEN,
                    v.comment,
                )
                for v in d.deviations
            ),
            ("text",) * 8,
        )
    )
    out.append(
        FigureTable(
            "reliability",
            T("reliability"),
            (T("stage"), T("alpha"), T("flag"), T("raters"), T("units_rated")),
            tuple(
                (
                    L.stage(r.stage, lang),
                    r.alpha,
                    L.yes_no(r.flagged, lang),
                    r.raters,
                    r.pairable_units,
                )
                for r in d.reliability
            ),
            ("text", "dec3", "text", "int", "int"),
            T("alpha_note"),
        )
    )
    out.append(
        FigureTable(
            "leniency",
            T("leniency"),
            (T("stage"), T("rater"), T("mean_diff"), T("shared")),
            tuple(
                (L.stage(r.stage, lang), x.rater, x.mean_difference, x.shared_units)
                for r in d.reliability
                for x in r.leniency
            ),
            ("text", "text", "dec2", "int"),
        )
    )
    out.append(
        FigureTable(
            "timeline",
            T("timeline"),
            (T("when"), T("who"), T("what"), T("detail")),
            tuple((L.when(e.at), e.actor, e.action, e.detail) for e in d.timeline),
            ("text",) * 4,
        )
    )
    return out


# -- organisation report ----------------------------------------------------------------


def _labels(kind: str, labels: tuple[str, ...], lang: str) -> list[str]:
    if kind == "origin":
        return [L.origin(x, lang) for x in labels]
    if kind == "stage":
        return [L.funnel_stage(x, lang) for x in labels]
    if kind == "complaint":
        return [L.t(f"c_{x}", lang) for x in labels]
    return list(labels)


def count_table(c: CountTable, title: str, lang: str, key: str, corner: str) -> FigureTable:
    cols = _labels(c.col_dim, c.col_labels, lang)
    rows: list[tuple[Cell, ...]] = []
    for label, cells, total in zip(
        _labels(c.row_dim, c.row_labels, lang), c.cells, c.row_totals, strict=True
    ):
        rows.append((label, *cells) if c.cumulative else (label, *cells, total))
    total_label = L.t("total", lang)
    rows.append(
        (total_label, *c.col_totals)
        if c.cumulative
        else (total_label, *c.col_totals, c.grand_total)
    )
    headers = (corner, *cols) if c.cumulative else (corner, *cols, total_label)
    formats = ("text",) + ("int",) * (len(headers) - 1)
    return FigureTable(key, title, tuple(headers), tuple(rows), formats)


def org_tables(o: OrgReportData, lang: str) -> list[FigureTable]:
    def T(k: str, **kw: object) -> str:
        return L.t(k, lang, **kw)

    n = o.header.min_count
    out: list[FigureTable] = []
    out.append(
        FigureTable(
            "compliance",
            T("compliance"),
            (
                T("unit"),
                T("procedures"),
                T("no_unapproved"),
                T("rooney_applicable"),
                T("rooney_rate"),
                T("texts_checked"),
                T("texts_ok"),
            ),
            tuple(
                (
                    c.unit,
                    c.procedures,
                    c.without_unapproved_deviation,
                    c.rooney_applicable,
                    c.rooney_compliant,
                    c.texts_checked,
                    c.texts_without_block,
                )
                for c in o.compliance
            ),
            ("text",) + ("int",) * 6,
        )
    )
    stages = sorted(
        {s for c in o.compliance for s in c.median_days},
        key=lambda s: (
            ("concept", "open", "screening", "interviews", "decision", "closed").index(s)
            if s in ("concept", "open", "screening", "interviews", "decision", "closed")
            else 9
        ),
    )
    out.append(
        FigureTable(
            "median_days",
            T("median_days"),
            (T("unit"), *(L.stage(s, lang) for s in stages)),
            tuple((c.unit, *(c.median_days.get(s) for s in stages)) for c in o.compliance),
            ("text",) + ("dec2",) * len(stages),
        )
    )
    types = sorted({t for c in o.compliance for t in c.deviations_by_type})
    out.append(
        FigureTable(
            "deviations_by_type",
            T("dev_by_type"),
            (T("type"), *(c.unit for c in o.compliance)),
            tuple(
                (L.deviation_type(t, lang), *(c.deviations_by_type.get(t, 0) for c in o.compliance))
                for t in types
            ),
            ("text",) + ("int",) * len(o.compliance),
        )
    )
    if o.group_funnel.row_labels:
        note = T("hidden_note", n=n)
        for table, title in ((o.group_funnel, T("funnel")), (o.unit_funnel, T("funnel_unit"))):
            ft = count_table(
                table,
                title,
                lang,
                table.key,
                T("group") if table.row_dim == "origin" else T("unit"),
            )
            out.append(FigureTable(ft.key, ft.title, ft.columns, ft.rows, ft.formats, note))
        rows: list[tuple[Cell, ...]] = []
        for tr in o.transitions:
            step = f"{L.funnel_stage(tr.from_stage, lang)} → {L.funnel_stage(tr.to_stage, lang)}"
            for g in tr.groups:
                rows.append(
                    (
                        step,
                        L.origin(g.group, lang),
                        g.considered,
                        g.selected,
                        g.rate,
                        g.impact_ratio,
                        L.yes_no(g.adverse_impact, lang),
                        g.fisher_p,
                        g.shortfall,
                    )
                )
        out.append(
            FigureTable(
                "transitions",
                T("transitions"),
                (
                    T("step"),
                    T("group"),
                    T("considered"),
                    T("selected"),
                    T("rate"),
                    T("ratio"),
                    T("adverse"),
                    T("fisher"),
                    T("shortfall"),
                ),
                tuple(rows),
                ("text", "text", "int", "int", "pct", "dec2", "text", "dec3", "dec2"),
                T("transition_note"),
            )
        )
        scale = o.target_scale
        out.append(
            FigureTable(
                "targets",
                T("targets", scale=scale),
                (
                    T("measure"),
                    T("unit"),
                    T("hires"),
                    T("known"),
                    T("in_group"),
                    T("share"),
                    T("target"),
                    T("meets"),
                ),
                tuple(
                    (
                        T(x.measure),
                        x.unit or T("whole_org"),
                        x.hires,
                        x.known,
                        x.in_group,
                        x.share,
                        x.target,
                        L.yes_no(x.meets_target, lang),
                    )
                    for x in o.targets
                ),
                ("text", "text", "int", "int", "int", "pct", "pct", "text"),
                T("targets_note") + " " + note,
            )
        )
        ch = count_table(o.channel_selected, T("channels"), lang, "channel_funnel", T("channel"))
        out.append(FigureTable(ch.key, ch.title, ch.columns, ch.rows, ch.formats, note))
        cg = count_table(o.channels, T("channel_groups"), lang, "channels", T("group"))
        out.append(FigureTable(cg.key, cg.title, cg.columns, cg.rows, cg.formats, note))
    if o.complaints is not None:
        ct = count_table(o.complaints, T("complaints"), lang, "complaints", T("unit"))
        note_c = T("complaints_note", n=n)
        out.append(FigureTable(ct.key, ct.title, ct.columns, ct.rows, ct.formats, note_c))
    out.append(
        FigureTable(
            "reliability",
            T("rel_org"),
            (T("unit"), T("stage"), T("assessed"), T("median_alpha"), T("flagged_n")),
            tuple(
                (
                    r.unit or T("whole_org"),
                    L.stage(r.stage, lang),
                    r.assessed if r.shown else None,
                    r.median_alpha,
                    r.flagged,
                )
                for r in o.reliability
            ),
            ("text", "text", "int", "dec3", "int"),
            T("rel_org_note", n=n),
        )
    )
    if o.score_spread:
        out.append(
            FigureTable(
                "score_spread",
                T("spread"),
                (T("stage"), *(str(v) for v in o.score_values)),
                tuple((L.stage(s, lang), *vals) for s, vals in sorted(o.score_spread.items())),
                ("text",) + ("int",) * len(o.score_values),
                T("hidden_note", n=n),
            )
        )
    return out
