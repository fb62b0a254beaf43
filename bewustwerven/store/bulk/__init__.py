"""An organisation-sized demo database, written in bulk (``bewustwerven demo --scale year``).

About 3,000 procedures, 100,000 applications and 2 million scores a year (a municipality of
~17,000 staff), in every stage, with deviations and self-identification, generated in
minutes: rows are built in Python and inserted with executemany, one transaction per batch
of procedures. Personal fields are sealed with the database's own cipher. Every row is
recorded in the audit trail: one ``bulk.procedure`` event per procedure holds the digests
of all its rows as stored, so ``bewustwerven audit verify`` passes. Deterministic for a
seed and a ``now``.
"""

from __future__ import annotations

import math
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from faker import Faker
from sqlalchemy import func, select

from bewustwerven.core.origin import TargetGroup
from bewustwerven.core.policy import parse_stored_profile
from bewustwerven.core.procedure import Stage
from bewustwerven.store.bulk import material as M
from bewustwerven.store.bulk import writer as W
from bewustwerven.store.bulk.context import Context, Ids, People
from bewustwerven.store.bulk.people import build_people
from bewustwerven.store.bulk.procedure import build_procedure
from bewustwerven.store.bulk.rows import Built, Spec
from bewustwerven.store.db import Database
from bewustwerven.store.models import Base, Candidate, PolicyProfileRow, Unit

ACTION = "bulk.procedure"
TRAINEE_APPLICATIONS = 1000


@dataclass
class BulkReport:
    procedures: int = 0
    candidates: int = 0
    sheets: int = 0
    scores: int = 0
    deviations: int = 0
    events: int = 0
    seals: int = 0
    seal_seconds: float = 0.0
    seconds: float = 0.0
    stages: Counter[str] = field(default_factory=Counter)


def applications(rng: random.Random) -> int:
    """Applications per procedure: about 30 on average, a long tail to several hundred."""
    return max(3, min(600, round(math.exp(rng.gauss(3.25, 0.7)))))


def plan(rng: random.Random, years: int, per_year: int, now: datetime) -> list[Spec]:
    specs = []
    for y in range(years):
        start = now - timedelta(days=365 * (years - y))
        for _ in range(per_year):
            title, template, lo, hi = rng.choice(M.TITLES)
            unit = rng.choice([u for u, _ in M.UNITS])
            created = start + timedelta(seconds=rng.randrange(365 * 86400))
            specs.append(
                Spec(
                    f"{title} {unit}",
                    template,
                    rng.randint(lo, hi),
                    unit,
                    created.replace(microsecond=0),
                    applications(rng),
                )
            )
    title, template, scale, _ = M.TRAINEE
    specs.append(
        Spec(
            title,
            template,
            scale,
            "PO",
            now - timedelta(days=40),
            TRAINEE_APPLICATIONS,
            Stage.SCREENING,
        )
    )
    specs.sort(key=lambda s: s.created_at)
    return specs


def _context(db: Database, session: object, seed: int, now: datetime) -> Context:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    prof_row = session.execute(
        select(PolicyProfileRow).order_by(PolicyProfileRow.id.desc()).limit(1)
    ).scalar_one()
    profile = parse_stored_profile(prof_row.toml)
    start = {
        name: int(session.execute(select(func.max(t.c.id))).scalar() or 0)
        for name, t in Base.metadata.tables.items()
        if name in W.ORDER
    }
    fake = Faker("nl_NL")
    fake.seed_instance(seed)
    codes = set(session.execute(select(Candidate.pseudonym)).scalars())
    return Context(
        rng=random.Random(seed),
        ids=Ids(start),
        cipher=db.cipher,
        people=People(),
        profile_id=prof_row.id,
        profile=profile,
        scale=(profile.scale_min, profile.scale_max),
        target=TargetGroup.from_mapping(profile.target_group),
        now=now,
        unit_ids={},
        first_names=sorted({fake.first_name() for _ in range(400)}),
        last_names=sorted({fake.last_name() for _ in range(400)}),
        taken_codes=codes,
    )


def generate(
    db: Database,
    *,
    actor: str,
    years: int = 1,
    per_year: int = 3000,
    seed: int = 2024,
    now: datetime | None = None,
    batch: int = 25,
    progress: Callable[[str], None] = lambda _m: None,
) -> BulkReport:
    """Fill ``db`` (which must hold the policy profile) with ``years`` of procedures."""
    started = time.perf_counter()
    now = (now or datetime.now()).replace(microsecond=0)
    report = BulkReport()
    with db.write() as session:
        ctx = _context(db, session, seed, now)
        units = {u.code: u.id for u in session.execute(select(Unit)).scalars()}
        chain = W.Chain(session)
        org = build_people(ctx, units, M.UNITS)
        W.insert_rows(session, [org])
        digests = W.stored_digests(session, [org])
        W.write_events(
            session,
            [
                chain.event(
                    actor,
                    "bulk.organisation",
                    None,
                    {"units": len(org["units"]), "users": len(org["users"])},
                    W.trail_rows(org, digests),
                    now,
                )
            ],
        )
        report.events += 1
    specs = plan(ctx.rng, years, per_year, now)
    seal_time = _time_seals(ctx)
    for first in range(0, len(specs), batch):
        built = [build_procedure(ctx, s) for s in specs[first : first + batch]]
        _write(db, built, actor, chain, report)
        if (first // batch) % 20 == 0:
            progress(
                f"{min(first + batch, len(specs))}/{len(specs)} procedures, "
                f"{report.scores:,} scores, {time.perf_counter() - started:.0f} s"
            )
    with db.write() as session:
        W.fix_sequences(session)
    report.seals = ctx.seals
    report.seal_seconds = seal_time * ctx.seals
    report.seconds = time.perf_counter() - started
    return report


def _write(
    db: Database, built: list[Built], actor: str, chain: W.Chain, report: BulkReport
) -> None:
    with db.write() as session:
        check = W.Chain(session)
        if (check.seq, check.hash) != (chain.seq, chain.hash):
            raise RuntimeError("the audit chain moved while generating: another writer is active")
        groups = [b.rows for b in built]
        W.insert_rows(session, groups)
        digests = W.stored_digests(session, groups)
        events = []
        for b in built:
            counts = {t: len(rs) for t, rs in sorted(b.rows.items())}
            last = max((r["at"] for r in b.rows.get("stage_changes", ())), default=None)
            when = last or b.rows["procedures"][0]["created_at"]
            events.append(
                chain.event(
                    actor,
                    ACTION,
                    b.procedure_id,
                    {"source": "demo --scale year", "stage": b.stage.value, "rows": counts},
                    W.trail_rows(b.rows, digests),
                    when,
                )
            )
            report.procedures += 1
            report.stages[b.stage.value] += 1
            report.candidates += b.count("candidates")
            report.sheets += b.count("score_sheets")
            report.scores += b.count("scores")
            report.deviations += b.count("deviations")
        W.write_events(session, events)
        report.events += len(events)


def _time_seals(ctx: Context) -> float:
    """Seconds per seal of a typical personal field, measured on this machine."""
    sample = "Fatima el Amrani, fatima.el.amrani.42@example.nl"
    n = 2000
    t0 = time.perf_counter()
    for _ in range(n):
        ctx.cipher.seal(sample, "candidates.name")
    return (time.perf_counter() - t0) / n


__all__ = ["ACTION", "BulkReport", "generate", "plan"]
