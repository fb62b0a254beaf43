"""Benchmark: time and peak memory of the organisation report on a (year-sized) database.

Usage:
    BEWUSTWERVEN_PASSPHRASE=... .venv/bin/python tests/benchmarks/org_report.py DB \
        [--from 2025-01-01 --to 2025-12-31] [--user root] [--out /tmp/org.pdf]

Make a year-sized database first with ``bewustwerven --db DB demo --scale year``
(a municipality of ~17,000 staff: ~3,000 procedures, ~100k applications, ~2M scores).
Prints the time and peak
memory of gathering the figures (SQL + decryption + suppression) and of the whole export
to PDF. Target: under 10 s and 400 MB. Peak memory is measured twice: Python allocations
(tracemalloc) and the process's maximum resident set size (getrusage).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
from datetime import date
from pathlib import Path

from sqlalchemy import func, select


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("db")
    p.add_argument("--from", dest="start", type=date.fromisoformat, default=date(1900, 1, 1))
    p.add_argument("--to", dest="end", type=date.fromisoformat, default=date(2100, 12, 31))
    p.add_argument("--user", default="root")
    p.add_argument("--unit", action="append", default=[])
    p.add_argument("--out", type=Path, default=Path("/tmp/org_report_bench.pdf"))
    p.add_argument(
        "--no-tracemalloc", action="store_true", help="time without tracemalloc's overhead"
    )
    args = p.parse_args(argv)

    from bewustwerven.services.app import open_app
    from bewustwerven.services.reporting import ReportingService
    from bewustwerven.store.models import Candidate, Procedure, Score

    app = open_app(args.db, user=args.user)
    with app.db.read() as s:
        sizes = {
            "procedures": s.execute(select(func.count(Procedure.id))).scalar_one(),
            "applications": s.execute(select(func.count(Candidate.id))).scalar_one(),
            "scores": s.execute(select(func.count(Score.id))).scalar_one(),
        }
    print("database:", ", ".join(f"{k} {v:,}" for k, v in sizes.items()))
    svc = ReportingService(app.db, app.actor)
    marks: list[tuple[str, float]] = []

    def progress(step: str) -> None:
        marks.append((step, time.perf_counter()))

    if not args.no_tracemalloc:
        tracemalloc.start()
    t0 = time.perf_counter()
    data = svc.organisation(args.start, args.end, args.unit, progress=progress)
    t1 = time.perf_counter()
    gather_peak = tracemalloc.get_traced_memory()[1] if not args.no_tracemalloc else 0
    result = svc.export_organisation(args.start, args.end, args.out, units=args.unit)
    t2 = time.perf_counter()
    peak = tracemalloc.get_traced_memory()[1] if not args.no_tracemalloc else 0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB -> MiB on Linux
    app.close()
    steps = [m[0] for m in marks[:5]]
    times = [m[1] for m in marks[:5]] + [t1]
    print(
        "figures:",
        data.procedures,
        "procedures;",
        data.group_funnel.grand_total,
        "applications in scope",
    )
    print(
        "steps:",
        ", ".join(f"{s} {b - a:.2f} s" for s, a, b in zip(steps, times, times[1:], strict=False)),
    )
    print(f"gather figures: {t1 - t0:.2f} s; export PDF (gather again + render): {t2 - t1:.2f} s")
    if not args.no_tracemalloc:
        print(
            f"peak Python memory (tracemalloc): gather {gather_peak / 2**20:.0f} MiB, "
            f"with export {peak / 2**20:.0f} MiB"
        )
    print(f"peak resident memory of the process (ru_maxrss): {rss:.0f} MiB")
    print(f"report: {result.path} ({result.path.stat().st_size / 1024:.0f} KiB)")
    ok = (t2 - t1) < 10 and rss < 400
    print("target (< 10 s, < 400 MB):", "met" if ok else "NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
