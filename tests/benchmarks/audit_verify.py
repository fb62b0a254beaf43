"""Benchmark: time and peak memory of ``audit.verify`` on a (year-sized) database.

Usage:
    .venv/bin/python tests/benchmarks/audit_verify.py DB [--impl new|reference|floor]

Make a year-sized database first with ``bewustwerven --db DB demo --scale year``. DB is a
SQLite file or an SQLAlchemy URL; no key is needed: the trail is checked on the stored
(encrypted) values, so the database is opened with a bare engine. ``--impl new`` runs
``store.audit.verify``; ``reference`` runs the old algorithm kept in
tests/store/test_audit_scale.py (one dict entry per audited row); ``floor`` reads every
event and every audited row once without hashing. Run each in its own process: the peak
resident set size (getrusage) is per process. Prints one JSON line: seconds, peak RSS
before and after, and a fingerprint of the result so two runs can be compared.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _floor(session: Any) -> dict[str, Any]:
    from sqlalchemy import select

    from bewustwerven.store.models import AuditEvent, Base, audited_tables

    events = rows = 0
    for _row in session.execute(select(AuditEvent.seq, AuditEvent.rows).order_by(AuditEvent.seq)):
        events += 1
    for name in audited_tables():
        t = Base.metadata.tables[name]
        for _r in session.execute(select(t).order_by(t.c.id)):
            rows += 1
    return {"events": events, "rows": rows}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("db")
    p.add_argument("--impl", choices=("new", "reference", "floor"), default="new")
    args = p.parse_args(argv)

    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from bewustwerven.store import audit

    url = args.db if "://" in args.db else f"sqlite:///{args.db}"
    engine = create_engine(url)
    before = _peak_mb()
    out: dict[str, Any] = {"impl": args.impl}
    with Session(engine) as session, session.begin():
        t0 = time.perf_counter()
        if args.impl == "floor":
            out.update(_floor(session))
            seconds = time.perf_counter() - t0
        else:
            if args.impl == "new":
                result = audit.verify(session)
            else:
                from tests.store.test_audit_scale import reference_verify

                result = reference_verify(session)
            seconds = time.perf_counter() - t0
            fingerprint = hashlib.sha256(
                json.dumps(
                    [
                        result.ok,
                        result.events,
                        result.head_hash,
                        result.broken_seq,
                        result.problem,
                        result.problems,
                    ]
                ).encode()
            ).hexdigest()[:16]
            # models.audited_tables() comes from a frozenset of mappers: its order, and so
            # the order of problems, can differ between processes. Also compare sorted.
            unordered = hashlib.sha256(json.dumps(sorted(result.problems)).encode()).hexdigest()
            out.update(
                fingerprint_sorted=unordered[:16],
                ok=result.ok,
                events=result.events,
                problems=len(result.problems),
                fingerprint=fingerprint,
            )
        out["seconds"] = round(seconds, 2)
    out["peak_rss_mb_before"] = round(before, 1)
    out["peak_rss_mb"] = round(_peak_mb(), 1)
    engine.dispose()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
