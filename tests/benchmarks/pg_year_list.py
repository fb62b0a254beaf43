"""`procedures list` on a year-sized PostgreSQL database (issue 6), next to SQLite.

    .venv/bin/python tests/benchmarks/pg_year_list.py [--per-year 3000] [--sqlite year.db]

Uses BEWUSTWERVEN_TEST_PG (superuser URL) or starts a throwaway cluster like the tests;
generates one year with ``demo --scale year`` as the schema owner (the first administrator),
then times the command ``procedures list`` (a fresh process, as an administrator sees every
procedure) and the two service calls behind it: the quick list the desktop app paints first
and the list with each open procedure's gate findings.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import psycopg

from tests.postgres import conftest as pgc

PY = sys.executable


def _cli(url: str, *args: str, env: dict[str, str]) -> tuple[float, str]:
    t0 = time.perf_counter()
    out = subprocess.run([PY, "-m", "bewustwerven.cli", "--db", url, *args], env=env,
                         capture_output=True, text=True, check=False)
    took = time.perf_counter() - t0
    if out.returncode:
        raise SystemExit(f"{args} failed: {out.stderr[-3000:]}")
    return took, out.stdout


def _service_times(url: str, env: dict[str, str]) -> str:
    code = (
        "import time, statistics\n"
        "from bewustwerven.services.app import open_app\n"
        f"app = open_app({url!r})\n"
        "for flag in (False, True):\n"
        "    xs = []\n"
        "    for _ in range(3):\n"
        "        t = time.perf_counter(); rows = app.procedures.list(with_findings=flag)\n"
        "        xs.append(time.perf_counter() - t)\n"
        "    print(f'  service list(with_findings={flag}): {len(rows)} procedures, median '\n"
        "          f'{statistics.median(xs) * 1000:.0f} ms')\n"
        "app.close()\n"
    )
    return subprocess.run([PY, "-c", code], env=env, capture_output=True, text=True,
                          check=True).stdout


def measure(label: str, url: str, env: dict[str, str]) -> None:
    runs = [_cli(url, "procedures", "list", env=env)[0] for _ in range(3)]
    lines = _cli(url, "procedures", "list", env=env)[1].count("\n") - 2
    print(f"{label}: command `procedures list` ({lines} rows, fresh process): median "
          f"{statistics.median(runs):.2f} s")
    print(_service_times(url, env), end="")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-year", type=int, default=3000)
    ap.add_argument("--sqlite", help="a year-sized SQLite file to compare with")
    args = ap.parse_args()
    env = dict(os.environ)
    env.setdefault("BEWUSTWERVEN_PASSPHRASE", "bench-passphrase-2024")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # passphrase-wrapped key
    base = None
    server = os.environ.get("BEWUSTWERVEN_TEST_PG")
    if not server:
        server, base = pgc._start_cluster()
    name = "bw_year_" + uuid.uuid4().hex[:6]
    try:
        with psycopg.connect(server, autocommit=True) as c:
            if not c.execute("SELECT 1 FROM pg_roles WHERE rolname=%s", (pgc.OWNER,)).fetchone():
                c.execute(f"CREATE ROLE {pgc.OWNER} LOGIN CREATEROLE PASSWORD '{pgc.OWNER_PW}'")
            c.execute(f"CREATE DATABASE {name} OWNER {pgc.OWNER}")
        url = pgc.sa_url(server, pgc.OWNER, pgc.OWNER_PW, name)
        _cli(url, "db", "upgrade", env=env)
        took, out = _cli(url, "demo", "--scale", "year", "--per-year", str(args.per_year),
                         env=env)
        print(f"PostgreSQL: generated in {took:.0f} s: {out.splitlines()[0]}")
        measure("PostgreSQL", url, env)
        if args.sqlite:
            measure("SQLite", args.sqlite, env)
    finally:
        with psycopg.connect(server, autocommit=True) as c:
            c.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        if base is not None:
            subprocess.run(pgc._as_postgres([str(pgc.PG_BIN / "pg_ctl"), "-D",
                                             str(base / "data"), "-m", "immediate", "stop"]),
                           capture_output=True)


if __name__ == "__main__":
    main()
