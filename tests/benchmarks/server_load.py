"""200 simulated committee members scoring through the server on loopback, next to the
same framework's trivial endpoint under the same load, in the same run.

    .venv/bin/python tests/benchmarks/server_load.py [--members 200] [--seconds 60]
        [--think 1.0] [--workers 2]

PostgreSQL: BEWUSTWERVEN_TEST_PG (superuser URL) or a throwaway cluster like the tests.
The server runs as ``uvicorn --workers N`` in a subprocess with its own database login
(bw_server) and key file. Each member is an httpx client (asyncio, one connection each)
that signed in beforehand; every ``think`` seconds (±50%) it saves one of its draft sheets
with one score and its evidence changed (so every save writes rows and an audit event).
Phase 1 drives ``/api/v1/ping`` (no database, no session) with the same clients and think
time: the floor. Phase 2 drives ``scoring/save``. Prints p50/p95 latency, throughput and
the RSS of every worker.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import httpx
import keyring
import psycopg

from tests.conftest import MemoryKeyring

keyring.set_keyring(MemoryKeyring())

from bewustwerven.server.run import HEALTHCHECK_SECONDS  # noqa: E402
from bewustwerven.services.app import App, ensure_default_profile  # noqa: E402
from bewustwerven.services.dto import ChannelInput, SeatInput  # noqa: E402
from bewustwerven.services.users import bootstrap  # noqa: E402
from bewustwerven.store.db import open_database  # noqa: E402
from tests.postgres import conftest as pgc  # noqa: E402
from tests.services.conftest import CSV, criteria  # noqa: E402

PW = "bench-password-0123"
PER_COMMITTEE = 20


def setup(owner_url: str, key_file: Path, members: int) -> None:
    from tests.server.matrix import vacancy

    db = open_database(owner_url, key_file=key_file)
    admin = App(db, bootstrap(db, "adam"))
    ensure_default_profile(db, "adam")
    for code in ("PO", "WPI", "ICT", "VTH"):
        admin.users.add_unit(code, code)
    units = ("PO", "ICT", "VTH")
    logins = [f"m{i:03d}" for i in range(members)]
    for i, login in enumerate(logins):
        admin.users.add(login, roles=["member"], unit_code=units[i % 3], trained=True,
                        gender=("woman", "man")[i % 2], birth_year=1960 + i % 40,
                        outside_european_background=i % 3 == 0, password=PW)
    for start in range(0, members, PER_COMMITTEE):
        chair = f"c{start:03d}"
        admin.users.add(chair, roles=["chair", "member"], unit_code="WPI", trained=True,
                        gender="woman", birth_year=1970, outside_european_background=True)
        pid = admin.procedures.create(vacancy())
        admin.setup.set_criteria(pid, criteria())
        seats = [SeatInput(chair, "chair"), SeatInput("adam", "hr")]
        seats += [SeatInput(m, "member") for m in logins[start:start + PER_COMMITTEE]]
        admin.setup.set_committee(pid, seats)
        admin.setup.set_channels(pid, [ChannelInput("werkenbij"), ChannelInput("Divers", True)])
        assert admin.procedures.advance(pid, acknowledge_warnings=True).advanced
        res = admin.candidates.import_csv(pid, CSV.encode())
        for code in res.pseudonyms:
            admin.candidates.confirm_redactions(pid, code)
        assert admin.procedures.advance(pid, acknowledge_warnings=True).advanced
    db.close()


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def workers_of(master: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(master)], capture_output=True, text=True)
    return [int(p) for p in out.stdout.split()]


async def sign_in_all(url: str, members: int) -> list[tuple[str, str]]:
    async with httpx.AsyncClient(base_url=url, timeout=60) as c:
        sem = asyncio.Semaphore(4)

        async def one(login: str) -> tuple[str, str]:
            async with sem:
                r = await c.post("/api/v1/login", json={"login": login, "password": PW})
                r.raise_for_status()
                return login, str(r.json()["token"])

        return await asyncio.gather(*(one(f"m{i:03d}") for i in range(members)))


async def member(url: str, token: str, seconds: float, think: float, scoring: bool,
                 times: list[float], errors: list[str], seed: int) -> None:
    rng = random.Random(seed)
    headers = {"Authorization": f"Bearer {token}"}
    limits = httpx.Limits(max_connections=1)
    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=30,
                                 limits=limits) as c:
        work: list[tuple[int, str, dict[str, list[object]]]] = []
        if scoring:
            tasks = (await c.post("/api/v1/scoring/my_tasks", json={})).json()["result"]
            for t in tasks:
                form = (await c.post("/api/v1/scoring/form", json={
                    "pid": t["procedure_id"], "pseudonym": t["pseudonym"]})).json()["result"]
                vals = {it["key"]: [rng.randint(1, 5), "onderbouwing"] for it in form["items"]}
                work.append((t["procedure_id"], t["pseudonym"], vals))
        end = time.monotonic() + seconds
        await asyncio.sleep(rng.uniform(0, think))
        n = 0
        while time.monotonic() < end:
            t0 = time.perf_counter()
            try:
                if scoring:  # one score changes per save, as a member works through a sheet
                    pid, code, vals = work[n % len(work)]
                    item = list(vals)[(n // len(work)) % len(vals)]
                    vals[item] = [rng.randint(1, 5), f"onderbouwing {n}"]
                    r = await c.post("/api/v1/scoring/save", json={
                        "pid": pid, "pseudonym": code, "values": vals, "submit": False})
                else:
                    r = await c.get("/api/v1/ping")
            except httpx.TransportError as exc:  # counted, not fatal: a reset is a finding
                errors.append(f"transport: {type(exc).__name__}")
            else:
                if r.status_code != 200:
                    errors.append(f"{r.status_code} {r.text[:120]}")
            times.append(time.perf_counter() - t0)
            n += 1
            await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))


async def phase(url: str, tokens: list[tuple[str, str]], seconds: float, think: float,
                scoring: bool) -> tuple[list[float], list[str], float]:
    times: list[float] = []
    errors: list[str] = []
    t0 = time.monotonic()
    await asyncio.gather(*(member(url, tok, seconds, think, scoring, times, errors, i)
                           for i, (_, tok) in enumerate(tokens)))
    return times, errors, time.monotonic() - t0


def report(label: str, times: list[float], errors: list[str], wall: float) -> float:
    q = statistics.quantiles(times, n=100)
    p50, p95 = q[49] * 1000, q[94] * 1000
    print(f"{label:14s} requests {len(times):6d}  errors {len(errors):4d}  "
          f"throughput {len(times) / wall:7.1f}/s  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms")
    for e in errors[:3]:
        print("   error:", e)
    return p95


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--members", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--think", type=float, default=1.0)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    base = None
    server = os.environ.get("BEWUSTWERVEN_TEST_PG")
    if not server:
        server, base = pgc._start_cluster()
    name = "bw_bench_" + uuid.uuid4().hex[:8]
    tmp = Path(tempfile.mkdtemp(prefix="bw-bench-"))
    proc = None
    try:
        with psycopg.connect(server, autocommit=True) as c:
            if not c.execute("SELECT 1 FROM pg_roles WHERE rolname = %s",
                             (pgc.OWNER,)).fetchone():
                c.execute(f"CREATE ROLE {pgc.OWNER} LOGIN CREATEROLE PASSWORD '{pgc.OWNER_PW}'")
            c.execute(f"CREATE DATABASE {name} OWNER {pgc.OWNER}")
        t0 = time.monotonic()
        setup(pgc.sa_url(server, pgc.OWNER, pgc.OWNER_PW, name), tmp / "key", args.members)
        print(f"set-up: {args.members} members in {args.members // PER_COMMITTEE} committees, "
              f"{time.monotonic() - t0:.0f} s")
        role = "bw_srv_bench_" + uuid.uuid4().hex[:6]
        with psycopg.connect(server, autocommit=True) as c:
            c.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'srv-pw-123' IN ROLE bw_server")
        port = pgc._free_port()
        env = {**os.environ,
               "BEWUSTWERVEN_SERVER_DB": pgc.sa_url(server, role, "srv-pw-123", name),
               "BEWUSTWERVEN_SERVER_KEY_FILE": str(tmp / "key")}
        proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--factory", "bewustwerven.server.run:"
             "from_environment", "--host", "127.0.0.1", "--port", str(port), "--workers",
             str(args.workers), "--timeout-worker-healthcheck", str(HEALTHCHECK_SECONDS),
             "--log-level", "warning", "--no-access-log"], env=env)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/api/v1/ping").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit("server did not start")
            time.sleep(0.3)
        tokens = asyncio.run(sign_in_all(url, args.members))
        print(f"uvicorn --workers {args.workers}; {len(tokens)} members signed in; "
              f"think time {args.think} s (±50%), {args.seconds:.0f} s per phase")
        floor = report("floor (ping)", *asyncio.run(
            phase(url, tokens, args.seconds, args.think, False)))
        save = report("scoring.save", *asyncio.run(
            phase(url, tokens, args.seconds, args.think, True)))
        rss = [rss_mb(p) for p in workers_of(proc.pid)]
        print("RSS per worker (MB): " + ", ".join(f"{r:.0f}" for r in rss))
        print(f"p95 save / p95 floor: {save / floor:.1f}x (target: p95 < 50 ms and <= 3x)")
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(20)
        with psycopg.connect(server, autocommit=True) as c:
            c.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        if base is not None:
            subprocess.run(pgc._as_postgres([str(pgc.PG_BIN / "pg_ctl"), "-D",
                                             str(base / "data"), "-m", "immediate", "stop"]),
                           capture_output=True)


if __name__ == "__main__":
    main()
