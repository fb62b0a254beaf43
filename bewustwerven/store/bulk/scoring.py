"""Score sheets, consensus and the decision of one generated procedure."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from bewustwerven.core import method
from bewustwerven.core.findings import Finding, Severity
from bewustwerven.core.procedure import Stage
from bewustwerven.core.words import Funnel
from bewustwerven.store.bulk import material as M
from bewustwerven.store.bulk.context import Context, Person, Row

if TYPE_CHECKING:
    from bewustwerven.store.bulk.procedure import Built, Cand, Crit, Spec


def _progress(ctx: Context, at: dict[Stage, datetime], stage: Stage, now_stage: Stage) -> float:
    if now_stage is not stage:
        return 1.0
    nxt = Stage.INTERVIEWS if stage is Stage.SCREENING else Stage.DECISION
    done = (ctx.now - at[stage]) / (at[nxt] - at[stage])
    return min(0.95, max(0.1, done))


def _sheets(
    ctx: Context,
    b: Built,
    crits: list[Crit],
    scorers: list[Person],
    cands: list[Cand],
    stage: Stage,
    start: datetime,
    share: float,
    skip: set[tuple[int, int]],
) -> dict[int, list[dict[str, int]]]:
    """Sheets for every scorer and candidate; returns the submitted values per candidate."""
    rng, pid = ctx.rng, b.procedure_id
    screening = stage is Stage.SCREENING
    items = (
        [(c.key, c.key) for c in crits]
        if screening
        else [(q, c.key) for c in crits for q in c.questions]
    )
    out: dict[int, list[dict[str, int]]] = {c.id: [] for c in cands}
    for m in scorers:
        for c in cands:
            if (m.id, c.id) in skip:
                continue
            submitted = rng.random() < share
            if not submitted and rng.random() > 0.1:
                continue
            sid = ctx.ids("score_sheets")
            b.add(
                "score_sheets",
                {
                    "id": sid,
                    "procedure_id": pid,
                    "candidate_id": c.id,
                    "member_id": m.id,
                    "stage": stage.value,
                    "round": 1,
                    "version": 1,
                    "status": "submitted" if submitted else "draft",
                    "submitted_at": start + timedelta(minutes=rng.randint(60, 60 * 24 * 8))
                    if submitted
                    else None,
                    "amend_reason": "",
                    "deviation_id": None,
                    "version_id": 2 if submitted else 1,
                },
            )
            values = {}
            for n, (key, ckey) in enumerate(items):
                if not submitted and n >= len(items) // 2:
                    break
                v = max(1, min(5, round(c.quality + rng.gauss(0, 0.7))))
                values[key] = v
                b.add(
                    "scores",
                    {
                        "id": ctx.ids("scores"),
                        "sheet_id": sid,
                        "item_key": key,
                        "criterion_key": ckey,
                        "value": v,
                        "evidence": rng.choice(M.EVIDENCE),
                    },
                )
            if submitted:
                out[c.id].append(values)
    return out


def _amend(ctx: Context, b: Built, at: dict[Stage, datetime]) -> None:
    sheets = [s for s in b.rows.get("score_sheets", []) if s["status"] == "submitted"]
    if not sheets or ctx.rng.random() >= 0.03:
        return
    from bewustwerven.store.bulk.procedure import deviation_row

    old = ctx.rng.choice(sheets)
    when = old["submitted_at"] + timedelta(days=1)
    if when > ctx.now:
        return
    code = next(c["pseudonym"] for c in b.rows["candidates"] if c["id"] == old["candidate_id"])
    reason = ctx.rng.choice(M.AMEND_REASONS)
    status = ctx.rng.choice(["approved", "approved", "pending", "rejected"])
    decided = status != "pending"
    dev = b.add(
        "deviations",
        deviation_row(
            ctx,
            b.procedure_id,
            "sheet_changed_after_submission",
            "SCORE-LOCK",
            Stage(old["stage"]),
            f"{code}: {reason}",
            status,
            old["member_id"],
            when,
            ctx.rng.choice(ctx.people.hr).id if decided else None,
            when + timedelta(days=1) if decided else None,
            None,
        ),
    )
    old["status"], old["version_id"] = "superseded", 3
    sid = ctx.ids("score_sheets")
    b.add(
        "score_sheets",
        dict(
            old,
            id=sid,
            version=2,
            status="submitted",
            submitted_at=when,
            amend_reason=reason,
            deviation_id=dev["id"],
            version_id=1,
        ),
    )
    for s in [s for s in b.rows["scores"] if s["sheet_id"] == old["id"]]:
        b.add(
            "scores",
            dict(
                s,
                id=ctx.ids("scores"),
                sheet_id=sid,
                value=min(5, (s["value"] or 3) + 1),
                evidence=s["evidence"] + " Na herlezen hoger.",
            ),
        )


def _consensus(
    ctx: Context,
    b: Built,
    crits: list[Crit],
    cand: Cand,
    stage: Stage,
    outcome: str,
    scores: dict[str, float],
    chair: Person,
    when: datetime,
) -> Row:
    total = method.weighted_total(scores, crits)
    return b.add(
        "consensus",
        {
            "id": ctx.ids("consensus"),
            "procedure_id": b.procedure_id,
            "candidate_id": cand.id,
            "stage": stage.value,
            "round": 1,
            "outcome": outcome,
            "scores": scores,
            "motivations": {c.key: "Besproken; de commissie is het eens." for c in crits},
            "total": total,
            "decided_by": chair.id,
            "decided_at": when,
            "archived": False,
        },
    )


def _rooney_finding(dev_id: int) -> dict[str, Any]:
    f = Finding(
        "ROONEY",
        Severity.BLOCK,
        "Nodig minstens één geschikte kandidaat uit de doelgroep uit.",
        "Invite at least one qualifying candidate from the target group.",
        {},
        "Rooney-regel, beleidsprofiel amsterdam",
    )
    return dict(f.to_dict(), waived_by=dev_id)


def score_stage(
    ctx: Context,
    b: Built,
    spec: Spec,
    crits: list[Crit],
    scorers: list[Person],
    cands: list[Cand],
    at: dict[Stage, datetime],
    stage: Stage,
    recruiter: Person,
) -> dict[Stage, list[dict[str, Any]]]:
    from bewustwerven.store.bulk.procedure import consensus_scores, deviation_row

    rng, chair = ctx.rng, scorers[0]
    skip: set[tuple[int, int]] = set()
    if cands and rng.random() < 0.03:
        m, c = rng.choice(scorers[1:] or scorers), rng.choice(cands)
        skip.add((m.id, c.id))
        b.add(
            "conflicts",
            {
                "id": ctx.ids("conflicts"),
                "procedure_id": b.procedure_id,
                "candidate_id": c.id,
                "member_id": m.id,
                "declared_at": at[Stage.SCREENING],
            },
        )
    share = _progress(ctx, at, Stage.SCREENING, stage)
    values = _sheets(
        ctx, b, crits, scorers, cands, Stage.SCREENING, at[Stage.SCREENING], share, skip
    )
    _amend(ctx, b, at)
    waivers: dict[Stage, list[dict[str, Any]]] = {}
    if stage is Stage.SCREENING:
        return waivers
    when = at[Stage.INTERVIEWS] - timedelta(days=1)
    scored = [(c, consensus_scores(crits, values[c.id], True)) for c in cands]
    ok = {c.id: method.meets_knockouts(s, crits, ctx.scale) for c, s in scored}
    scored.sort(key=lambda cs: -method.weighted_sum(cs[1], crits))
    k = max(3, min(6, round(len(cands) * 0.15)))
    invited = {c.id for c, _ in scored[:k] if ok[c.id]}
    best_target = next((c for c, _ in scored if c.target and ok[c.id]), None)
    if best_target and not any(c.target for c in cands if c.id in invited):
        if rng.random() < 0.1:  # not invited: passed with an approved deviation
            dev = b.add(
                "deviations",
                deviation_row(
                    ctx,
                    b.procedure_id,
                    "rooney_not_met",
                    "ROONEY",
                    Stage.SCREENING,
                    M.DEVIATION_TEXT["ROONEY"],
                    "approved",
                    recruiter.id,
                    when - timedelta(days=1),
                    rng.choice(ctx.people.hr).id,
                    when,
                    at[Stage.INTERVIEWS],
                ),
            )
            waivers[Stage.INTERVIEWS] = [_rooney_finding(dev["id"])]
        else:
            invited.add(best_target.id)
    for c, s in scored:
        out = "invite" if c.id in invited else "reserve" if ok[c.id] else "reject"
        _consensus(ctx, b, crits, c, Stage.SCREENING, out, s, chair, when)
    pool = [c for c in cands if c.id in invited]
    for c in pool:
        c.row["funnel"] = Funnel.INVITED.value
    share = _progress(ctx, at, Stage.INTERVIEWS, stage)
    values = _sheets(
        ctx, b, crits, scorers, pool, Stage.INTERVIEWS, at[Stage.INTERVIEWS], share, skip
    )
    if stage is Stage.INTERVIEWS:
        return waivers
    when = at[Stage.DECISION] - timedelta(days=1)
    ranked = sorted(
        ((c, consensus_scores(crits, values[c.id], False)) for c in pool),
        key=lambda cs: -method.weighted_sum(cs[1], crits),
    )
    totals = {}
    for rank, (c, s) in enumerate(ranked):
        good = method.meets_knockouts(s, crits, ctx.scale)
        out = "suitable" if good and rank < 2 else "reserve" if good else "not_suitable"
        totals[c.id] = (_consensus(ctx, b, crits, c, Stage.INTERVIEWS, out, s, chair, when), c)
        c.row["funnel"] = Funnel.INTERVIEWED.value
    if stage is Stage.DECISION and rng.random() < 0.5:
        return waivers
    _decide(ctx, b, spec, crits, totals, chair, at, stage)
    return waivers


def _decide(
    ctx: Context,
    b: Built,
    spec: Spec,
    crits: list[Crit],
    totals: dict[int, tuple[Row, Cand]],
    chair: Person,
    at: dict[Stage, datetime],
    stage: Stage,
) -> None:
    if not totals:
        return
    order = sorted(totals.values(), key=lambda rc: -(rc[0]["total"] or 0))
    best_row, best = order[0]
    if spec.scale >= 15:  # the preference policy at equal suitability
        for row, c in order:
            if c.target and row["total"] == best_row["total"]:
                best = c
                break
    when = at[Stage.CLOSED] - timedelta(days=1) if stage is Stage.CLOSED else ctx.now
    b.add(
        "decisions",
        {
            "id": ctx.ids("decisions"),
            "procedure_id": b.procedure_id,
            "chosen_candidate_id": best.id,
            "motivations": {c.key: "Sterkste onderbouwing in gesprek en cv." for c in crits},
            "motivation": "Scoort het hoogst op de criteria; de commissie is unaniem.",
            "preference_motivation": "",
            "tie_breaker": "",
            "ranked_equal": [],
            "decided_by": chair.id,
            "decided_at": when.replace(microsecond=0),
        },
    )
    best.row["funnel"] = Funnel.OFFERED.value  # the decision; closing the procedure marks "hired"
    if stage is Stage.CLOSED:
        best.row["funnel"] = Funnel.HIRED.value
        best.row["revealed_at"] = at[Stage.CLOSED] + timedelta(hours=2)
