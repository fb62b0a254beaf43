"""Score-submit latency with 50 concurrent clients on loopback PostgreSQL, and the time of
`procedures list` on a larger database.

    .venv/bin/python tests/benchmarks/pg_submit_latency.py [--clients 50] [--sheets 20]
        [--procedures 300]

Uses BEWUSTWERVEN_TEST_PG (superuser URL) or starts a throwaway cluster like the tests.
Each client is its own process and its own database login; after a barrier, every client
submits its sheets with a think time between them (``--pace``; 0 = back to back,
which measures throughput on this 2-core machine rather than latency); latency is the
wall time of ``ScoringService.save``.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import keyring
import psycopg

from tests.conftest import MemoryKeyring

keyring.set_keyring(MemoryKeyring())

from bewustwerven.services.app import open_app  # noqa: E402
from tests.postgres import conftest as pgc  # noqa: E402
from tests.postgres.test_concurrency import big_procedure  # noqa: E402
from tests.postgres.world import build  # noqa: E402


def client(url: str, pid: int, start, out, pace: float) -> None:  # type: ignore[no-untyped-def]
    import random

    app = open_app(url)
    tasks = app.scoring.my_tasks()
    forms = {t.pseudonym: app.scoring.form(pid, t.pseudonym) for t in tasks}
    start.wait()
    times = []
    rng = random.Random(url)
    for code, form in forms.items():
        if pace:
            time.sleep(rng.uniform(0.5 * pace, 1.5 * pace))  # a person's think time
        vals = {i.key: (4, "onderbouwing") for i in form.items}
        t0 = time.perf_counter()
        app.scoring.save(pid, code, vals, submit=True)
        times.append(time.perf_counter() - t0)
    app.close()
    out.put(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--sheets", type=int, default=20)
    ap.add_argument("--procedures", type=int, default=300)
    ap.add_argument("--pace", type=float, default=1.0,
                    help="mean seconds between one client's submits; 0 = back to back")
    args = ap.parse_args()
    base = None
    server = os.environ.get("BEWUSTWERVEN_TEST_PG")
    if not server:
        server, base = pgc._start_cluster()
    with psycopg.connect(server, autocommit=True) as c:
        if not c.execute("SELECT 1 FROM pg_roles WHERE rolname=%s", (pgc.OWNER,)).fetchone():
            c.execute(f"CREATE ROLE {pgc.OWNER} LOGIN CREATEROLE PASSWORD '{pgc.OWNER_PW}'")
        name = "bw_bench_" + uuid.uuid4().hex[:6]
        c.execute(f"CREATE DATABASE {name} OWNER {pgc.OWNER}")
    try:
        w = build({"server": server, "name": name,
                   "owner_url": pgc.sa_url(server, pgc.OWNER, pgc.OWNER_PW, name)})
        pid = big_procedure(w, args.clients, args.sheets)
        ctx = mp.get_context("fork")
        start, out = ctx.Event(), ctx.Queue()
        procs = [ctx.Process(target=client, args=(w.url(f"m{i:02d}"), pid, start, out, args.pace))
                 for i in range(args.clients)]
        for p in procs:
            p.start()
        time.sleep(3 + args.clients * 0.15)
        t0 = time.perf_counter()
        start.set()
        lat = [x for _ in procs for x in out.get()]
        wall = time.perf_counter() - t0
        for p in procs:
            p.join()
        lat.sort()
        p50 = statistics.median(lat) * 1000
        p95 = lat[int(len(lat) * 0.95) - 1] * 1000
        print(f"submit: {len(lat)} sheets by {args.clients} concurrent clients in {wall:.1f} s "
              f"({len(lat) / wall:.0f}/s); p50 {p50:.1f} ms, p95 {p95:.1f} ms "
              f"(target p95 < 50 ms; pace {args.pace} s between a client's submits)")
        bulk_and_list(w, args.procedures)
        w.close()
    finally:
        pass
    with psycopg.connect(server, autocommit=True) as c:
        c.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    if base is not None:
        import subprocess

        subprocess.run(pgc._as_postgres([str(pgc.PG_BIN / "pg_ctl"), "-D", str(base / "data"),
                                         "-m", "immediate", "stop"]), capture_output=True)


def bulk_and_list(w, n: int) -> None:  # type: ignore[no-untyped-def]
    from tests.services.conftest import make_procedure

    t0 = time.perf_counter()
    for _ in range(n):
        make_procedure(w)
    print(f"set up {n} more procedures through the services in {time.perf_counter() - t0:.0f} s")
    for login in ("rita", "hanna", "mila"):
        app = w.as_user(login)
        t0 = time.perf_counter()
        rows = app.procedures.list()
        print(f"procedures list as {login}: {len(rows)} procedures in "
              f"{(time.perf_counter() - t0) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
