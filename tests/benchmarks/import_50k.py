"""Import 50,000 applications from one CSV file (a mass vacancy, or a year's traineeship).

Targets: under 60 s and under 400 MB peak memory, all or nothing, and the database's write
lock held only for the final inserts (not for parsing, checking, redacting and sealing).

Floors, measured in the same run and on the same file, so the ratios do not depend on how
busy the (shared) machine is:
- time: reading the same file with the ``csv`` module alone (decode + ``csv.reader``);
- memory: a fresh Python process that imports the application and holds the file and its
  parsed rows (``csv.reader`` into a list) — what any import must at least keep.

Each import runs in its own process (peak RSS from ``resource.getrusage``), on a new SQLite
file with one open procedure. The write lock's share is the time spent inside the one
writing transaction that stores the candidates (measured around ``Database.write``).

Run: .venv/bin/python tests/benchmarks/import_50k.py [--rows 50000]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIRST = ["Jan", "Fatima", "Piet", "Sevda", "Noah", "Emma", "Mohamed", "Lotte", "Ravi", "Aisha"]
LAST = ["de Vries", "El Amrani", "Bakker", "Yilmaz", "Jansen", "Visser", "Bouali", "Smit"]
COUNTRIES = ["NL", "MA", "TR", "SR", "DE", "PL", "IN", "NL", "NL"]
LETTER = (
    "Beste commissie, ik solliciteer naar deze functie omdat ik graag werk aan een stad "
    "waar iedereen mee kan doen. Ik werk nu {years} jaar als adviseur bij een andere "
    "gemeente. Met vriendelijke groet, {name}"
)


def make_csv(rows: int, seed: int = 17, letters: bool = True) -> bytes:
    rng = random.Random(seed)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";")
    w.writerow(
        ["Naam", "E-mail", "Telefoon", "Kanaal", "Motivatie", "Geboorteland",
         "Geboorteland moeder", "Geboorteland vader", "Geboortejaar"]
    )
    for i in range(rows):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}"
        w.writerow(
            [name, f"persoon{i}@example.nl", f"06{i:08d}", "werkenbij",
             LETTER.format(years=rng.randint(1, 20), name=name) if letters else "",
             rng.choice(COUNTRIES), rng.choice(COUNTRIES), rng.choice(COUNTRIES),
             rng.randint(1960, 2004)]
        )
    return buf.getvalue().encode("utf-8")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_floor(path: str) -> None:
    import bewustwerven.services.app  # noqa: F401  (the application's own imports)

    t0 = time.perf_counter()
    data = Path(path).read_bytes()
    rows = list(csv.reader(io.StringIO(data.decode("utf-8")), delimiter=";"))
    seconds = time.perf_counter() - t0
    print(json.dumps({"seconds": seconds, "rows": len(rows) - 1, "rss_mb": _rss_mb()}))


def child_import(path: str, workdir: str) -> None:
    import keyring

    sys.path.insert(0, str(ROOT))
    from tests.conftest import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    from bewustwerven.services.app import open_app
    from bewustwerven.store.db import Database
    from tests.services.conftest import PEOPLE, make_procedure

    app = open_app(str(Path(workdir) / "bench.db"), user="admin")
    for code in ("PO", "WPI", "ICT", "VTH"):
        app.users.add_unit(code, f"Afdeling {code}")
    for login, roles, unit, trained, *_ in PEOPLE:
        app.users.add(login, roles=roles, unit_code=unit, trained=trained)
    pid = make_procedure(app)
    rita = app.as_user("rita")
    assert rita.procedures.advance(pid, acknowledge_warnings=True).advanced
    data = Path(path).read_bytes()
    rss_before = _rss_mb()

    locked: list[float] = []
    plain_write = Database.write

    @contextmanager
    def timed_write(self: Database):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        with plain_write(self) as session:
            yield session
        locked.append(time.perf_counter() - t)

    Database.write = timed_write  # type: ignore[method-assign,assignment]
    t0 = time.perf_counter()
    result = rita.candidates.import_csv(pid, data)
    seconds = time.perf_counter() - t0
    Database.write = plain_write  # type: ignore[method-assign]
    assert not result.errors, result.errors[:3]
    print(
        json.dumps(
            {
                "seconds": seconds,
                "imported": result.imported,
                "write_lock_seconds": max(locked) if locked else 0.0,
                "rss_mb": _rss_mb(),
                "rss_before_mb": rss_before,
            }
        )
    )
    app.close()


def _run_child(*args: str) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), BEWUSTWERVEN_PASSPHRASE="bench-import-50k")
    out = subprocess.run(
        [sys.executable, __file__, *args],
        capture_output=True, text=True, env=env, timeout=900, check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"child failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        {"floor": child_floor, "import": child_import}[kind](*rest)
        return
    from bewustwerven.bench.table import Row, render

    rows: list[Row] = []
    for letters in (False, True):
        label = "with letters" if letters else "no letters"
        with tempfile.TemporaryDirectory(prefix="bw-import-") as tmp:
            path = Path(tmp) / "applications.csv"
            path.write_bytes(make_csv(args.rows, letters=letters))
            size = path.stat().st_size / 1e6
            print(f"{args.rows:,} applications {label}, {size:.1f} MB of CSV", flush=True)
            floor = _run_child("--child", "floor", str(path))
            got = _run_child("--child", "import", str(path), tmp)
        assert got["imported"] == args.rows, got
        rows += [
            Row(f"import, {label}", got["seconds"], floor["seconds"], "< 60 s",
                abs_target=60, floor_name="csv.reader alone"),
            Row(f"write lock, {label}", got["write_lock_seconds"], got["seconds"],
                "< 0.5x of the import", ratio_target=0.5, floor_name="the whole import"),
            Row(f"peak memory, {label}", got["rss_mb"], floor["rss_mb"], "< 400 MB",
                abs_target=400, unit="MB", floor_name="app + file + csv rows"),
        ]
    print(render(rows))

if __name__ == "__main__":
    main()
