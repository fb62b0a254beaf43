"""Benchmark: the bulk generator (``demo --scale year``) on a fresh SQLite file.

Usage:
    .venv/bin/python tests/benchmarks/bulk_year.py [--per-year N] [--seed S]

Generates N procedures (default 300, plus the 1,000-application traineeship) and prints one
JSON line: seconds, rows, scores per second, and next to them a floor measured in the same
run on the same machine: inserting the same number of score-sized rows with one
executemany into a bare SQLite table in the same folder (what storage alone costs). The
ratio total/floor is the figure to compare between two versions of the generator; the
seconds themselves depend on the machine's load. A fingerprint of the consensus rows lets
two runs with the same code be compared.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def _floor(folder: Path, rows: int) -> float:
    conn = sqlite3.connect(folder / "floor.db")
    conn.execute("CREATE TABLE scores (id INTEGER PRIMARY KEY, sheet_id INT, item_key TEXT, "
                 "criterion_key TEXT, value INT, evidence TEXT)")
    data = [(i, i // 8, "analyse-q1", "analyse", 3, "Noemt een concreet voorbeeld.")
            for i in range(1, rows + 1)]
    t0 = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO scores VALUES (?, ?, ?, ?, ?, ?)", data)
    took = time.perf_counter() - t0
    conn.close()
    return took


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-year", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    import keyring
    from sqlalchemy import text

    from bewustwerven.services.app import open_app
    from bewustwerven.store.bulk import generate
    from tests.conftest import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        app = open_app(str(folder / "year.db"), passphrase="bench-passphrase-0123")
        t0 = time.perf_counter()
        report = generate(app.db, actor=app.actor.login, per_year=args.per_year,
                          seed=args.seed, now=datetime(2025, 6, 30, 12))
        took = time.perf_counter() - t0
        with app.db.read() as s:
            rows = s.execute(text(
                "SELECT candidate_id, stage, outcome, total FROM consensus ORDER BY id")).all()
        app.close()
        written = (report.candidates + report.sheets + report.scores + report.deviations
                   + report.events)
        floor = _floor(folder, report.scores)
    print(json.dumps({
        "procedures": report.procedures, "candidates": report.candidates,
        "scores": report.scores, "events": report.events, "seconds": round(took, 2),
        "scores_per_s": round(report.scores / took), "rows_written": written,
        "floor_insert_scores_s": round(floor, 3), "ratio_to_floor": round(took / floor, 1),
        "fingerprint": hashlib.sha256(repr(rows).encode()).hexdigest()[:16],
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
