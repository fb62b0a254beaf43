"""Score sheets, consensus and the decision of one generated procedure."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from bewustwerven.core import method, rules
from bewustwerven.core.facts import DecisionCandidate, DecisionFacts, ShortlistCandidate
from bewustwerven.core.procedure import DeviationStatus, InterviewOutcome, ScreeningOutcome, Stage
from bewustwerven.core.rules.rooney import rooney_required
from bewustwerven.core.words import Funnel, SheetState
from bewustwerven.store.bulk import material as M
from bewustwerven.store.bulk.context import Context, Person, Row
from bewustwerven.store.bulk.rows import Built, Cand, Crit, Spec, consensus_scores, deviation_row

_A, _P, _R = DeviationStatus.APPROVED, DeviationStatus.PENDING, DeviationStatus.REJECTED


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
                    "status": (SheetState.SUBMITTED if submitted else SheetState.DRAFT).value,
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
    sheets = [
        s for s in b.rows.get("score_sheets", []) if s["status"] == SheetState.SUBMITTED.value
    ]
    if not sheets or ctx.rng.random() >= 0.03:
        return
    old = ctx.rng.choice(sheets)
    when = old["submitted_at"] + timedelta(days=1)
    if when > ctx.now:
        return
    code = next(c["pseudonym"] for c in b.rows["candidates"] if c["id"] == old["candidate_id"])
    reason = ctx.rng.choice(M.AMEND_REASONS)
    status = ctx.rng.choice([_A, _A, _P, _R])
    decided = status is not _P
    dev = b.add(
        "deviations",
        deviation_row(
            ctx,
            b.procedure_id,
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
    old["status"], old["version_id"] = SheetState.SUPERSEDED.value, 3
    sid = ctx.ids("score_sheets")
    b.add(
        "score_sheets",
        dict(
            old,
            id=sid,
            version=2,
            status=SheetState.SUBMITTED.value,
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


def _rooney(
    ctx: Context,
    b: Built,
    spec: Spec,
    scored: list[tuple[Cand, dict[str, float]]],
    ok: dict[int, bool],
    invited: set[int],
    recruiter: Person,
    at: dict[Stage, datetime],
    when: datetime,
) -> list[dict[str, Any]]:
    """The Rooney rule as gate G2 checks it (``core.rules.check_rooney`` under the
    procedure's profile): the committee invites the best qualifying candidates of the
    target group, or, one time in ten, passes with an approved deviation. Returns the
    waived findings the stage change records."""

    def shortlist() -> list[ShortlistCandidate]:
        return [ShortlistCandidate(c.pseudonym, ok[c.id], c.target, c.id in invited)
                for c, _ in scored]

    found = rules.check_rooney(spec.scale, shortlist(), ctx.profile)
    if not found:
        return []
    if ctx.rng.random() < 0.1:  # not invited: passed with an approved deviation
        dev = b.add(
            "deviations",
            deviation_row(
                ctx, b.procedure_id, "ROONEY", Stage.SCREENING, M.DEVIATION_TEXT["ROONEY"], _A,
                recruiter.id, when - timedelta(days=1), ctx.rng.choice(ctx.people.hr).id, when,
                at[Stage.INTERVIEWS],
            ),
        )
        return [dict(f.to_dict(), waived_by=dev["id"]) for f in found]
    need = rooney_required(shortlist(), ctx.profile.rule("ROONEY").int("min_invited"))
    best = [c for c, _ in scored if c.target is True and ok[c.id]]
    for c in best[:need]:
        invited.add(c.id)
    assert not rules.check_rooney(spec.scale, shortlist(), ctx.profile)
    return []


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
    waivers[Stage.INTERVIEWS] = _rooney(ctx, b, spec, scored, ok, invited, recruiter, at, when)
    outcomes = {}
    for c, s in scored:
        out = (
            ScreeningOutcome.INVITE
            if c.id in invited
            else ScreeningOutcome.RESERVE
            if ok[c.id]
            else ScreeningOutcome.REJECT
        )
        outcomes[c.id] = out.value
        _consensus(ctx, b, crits, c, Stage.SCREENING, out.value, s, chair, when)
    by_id = {c.id: c for c in cands}
    pool = [by_id[i] for i in method.pool(Stage.INTERVIEWS, [c.id for c in cands], outcomes)]
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
        said = (
            InterviewOutcome.SUITABLE
            if good and rank < 2
            else InterviewOutcome.RESERVE
            if good
            else InterviewOutcome.NOT_SUITABLE
        )
        row = _consensus(ctx, b, crits, c, Stage.INTERVIEWS, said.value, s, chair, when)
        totals[c.id] = (row, c)
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
    """The chair chooses the best suitable candidate (``core.method.suitable``) whose choice
    passes the preference check of gate G4 (``core.rules.check_preference``): from the
    profile's scale on, an equally suitable candidate of the target group goes first."""
    if not totals:
        return
    order = sorted(totals.values(), key=lambda rc: -(rc[0]["total"] or 0))
    fit = {c.id: method.suitable(r["outcome"], r["scores"], crits, ctx.scale) for r, c in order}

    def preference_blocks(chosen: Cand) -> bool:
        facts = DecisionFacts(spec.scale, tuple(
            DecisionCandidate(c.pseudonym, fit[c.id], r["total"], c.target, c is chosen)
            for r, c in order))
        return any(f.blocks for f in rules.check_preference(facts, ctx.profile))

    ranked = [c for _, c in order if fit[c.id]] + [c for _, c in order if not fit[c.id]]
    best = next((c for c in ranked if not preference_blocks(c)), ranked[0])
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
