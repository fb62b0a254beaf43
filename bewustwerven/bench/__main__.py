"""``python -m bewustwerven.bench``: the benchmark suite, printed as one table.

Every timing is shown next to a floor measured in the same run (a bare PySide6 window,
plain SQLAlchemy reads of the same rows, ...) and as a ratio to it. A year-sized database
is generated first when it is not there (``bewustwerven demo --scale year``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bewustwerven.bench.table import Row, render

PY = sys.executable


def _env(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("BEWUSTWERVEN_PASSPHRASE", "bench-passphrase-2024")
    env["QT_QPA_PLATFORM"] = "offscreen"
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        env[var] = str(work / "home" / sub)
    return env


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, list[str]]:
    """Seconds from process start to its READY line (or to its end), and its output."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    assert proc.stdout is not None
    ready, lines = None, []
    for line in proc.stdout:
        if line.strip() == "READY" and ready is None:
            ready = time.perf_counter() - t
        else:
            lines.append(line)
    _, err = proc.communicate()
    end = time.perf_counter() - t
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {err[-2000:]}")
    return (ready if ready is not None else end), lines


def _child(kind: str, db: Path, env: dict[str, str]) -> tuple[float, dict[str, object]]:
    took, lines = _run([PY, "-m", "bewustwerven.bench.child", kind, str(db)], env)
    data = json.loads(lines[-1]) if lines else {}
    return took, data


def _median_run(cmd: list[str], env: dict[str, str], repeat: int) -> float:
    _run(cmd, env)  # warm the disk cache
    return statistics.median(_run(cmd, env)[0] for _ in range(repeat))


def _ensure(db: Path, scale: str, env: dict[str, str]) -> float | None:
    if db.exists():
        return None
    db.parent.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    subprocess.run(
        [PY, "-m", "bewustwerven.cli", "--db", str(db), "demo", "--scale", scale],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bewustwerven.bench")
    ap.add_argument("--work", default="/tmp/bewustwerven-bench", help="work folder")
    ap.add_argument("--db", help="a year-sized SQLite file (made when missing)")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--sheets", type=int, default=60, help="score sheets to submit")
    args = ap.parse_args(argv)
    work = Path(args.work)
    env = _env(work)
    os.environ.update({k: env[k] for k in ("BEWUSTWERVEN_PASSPHRASE", "QT_QPA_PLATFORM")})
    year = Path(args.db) if args.db else work / "year.db"
    small = work / "small.db"
    rows: list[Row] = []
    made = _ensure(year, "year", env)
    if made is not None:
        rows.append(Row("generate a year (demo --scale year)", made, None, "minutes"))
    _ensure(small, "small", env)
    print("start-up ...", file=sys.stderr)
    # The app prints READY once its main window is on screen (run_app, READY_ENV).
    smoke = [PY, "-m", "bewustwerven.cli", "--db", str(small), "--smoke"]
    bare = [PY, "-m", "bewustwerven.bench.child", "bare_window"]
    rows.append(
        Row(
            "start-up to main window shown (bewustwerven, demo db)",
            _median_run(smoke, {**env, "BEWUSTWERVEN_PRINT_READY": "1"}, args.repeat),
            _median_run(bare, env, args.repeat),
            "<= 1.5x",
            ratio_target=1.5,
            floor_name="bare PySide6 window",
        )
    )
    app_paint = [PY, "-m", "bewustwerven.bench.child", "app_data", str(year)]
    bare_paint = [PY, "-m", "bewustwerven.bench.child", "bare_table", str(year)]
    rows.append(
        Row(
            "start-up to first data painted (year db)",
            _median_run(app_paint, env, 3),
            _median_run(bare_paint, env, 3),
            "<= 1.5x",
            ratio_target=1.5,
            floor_name="PySide6+SQLAlchemy table",
        )
    )
    rows += _in_process(year, work, args)
    print("organisation report ...", file=sys.stderr)
    rows += _report(year, env)
    print("audit verify ...", file=sys.stderr)
    _took, data = _child("verify", year, env)
    _ftook, _ = _child("verify_floor", year, env)
    rows.append(
        Row(
            f"audit verify, whole trail ({data.get('events')} events, ok={data.get('ok')})",
            float(data["seconds"]),  # type: ignore[arg-type]
            float(_["seconds"]),  # type: ignore[arg-type]
            "(none)",
            floor_name="read all rows",
        )
    )
    rows.append(
        Row(
            "audit verify, peak memory (MB)",
            float(data["rss_mb"]),  # type: ignore[arg-type]
            None,
            "(none)",
            unit="MB",
        )
    )
    print(render(rows))
    return 0


def _in_process(year: Path, work: Path, args: argparse.Namespace) -> list[Row]:
    from bewustwerven.bench import service as S
    from bewustwerven.services.app import open_app

    copy = work / "year-copy.db"
    shutil.copy(year, copy)
    app = open_app(str(copy))
    try:
        pid, n = S.biggest_procedure(app)
        print(f"open procedure {pid} ({n} candidates) ...", file=sys.stderr)
        t, f = S.open_procedure(app, pid, args.repeat)
        rows = [
            Row(
                f"open a procedure with {n} candidates (p50)",
                t.p50,
                f.p50,
                "< 0.200 s",
                abs_target=0.2,
                floor_name="SELECT its rows",
            )
        ]
        print("submit sheets ...", file=sys.stderr)
        t, f = S.submit_sheets(app, args.sheets)
        rows.append(
            Row(
                f"submit a score sheet p50 ({len(t.samples)} sheets)",
                t.p50,
                f.p50,
                "",
                floor_name="Core insert sheet+scores",
            )
        )
        rows.append(
            Row(
                "submit a score sheet p95",
                t.p95,
                f.p95,
                "< 0.030 s",
                abs_target=0.03,
                floor_name="Core insert sheet+scores",
            )
        )
        t, f = S.submit_sheets(app, 20, pid)
        if t.samples:
            rows.append(
                Row(
                    f"submit a sheet, {n}-candidate procedure p95",
                    t.p95,
                    f.p95,
                    "< 0.030 s",
                    abs_target=0.03,
                    floor_name="Core insert sheet+scores",
                )
            )
    finally:
        app.close()
        copy.unlink(missing_ok=True)
    return rows


def _report(year: Path, env: dict[str, str]) -> list[Row]:
    try:
        import bewustwerven.services.reporting  # noqa: F401
    except ImportError:
        return [Row("organisation report: not built yet", None, None, "< 10 s")]
    _, data = _child("org_report", year, env)
    _, floor = _child("org_floor", year, env)
    _, base = _child("open_only", year, env)
    return [
        Row(
            "organisation report, one year",
            float(data["seconds"]),  # type: ignore[arg-type]
            float(floor["seconds"]),  # type: ignore[arg-type]
            "< 10 s",
            abs_target=10.0,
            floor_name="SQL funnel + open self-id",
        ),
        Row(
            "organisation report, peak memory (MB)",
            float(data["rss_mb"]),  # type: ignore[arg-type]
            float(base["rss_mb"]),  # type: ignore[arg-type]
            "< 400 MB",
            abs_target=400.0,
            unit="MB",
            floor_name="app opened only",
        ),
    ]


if __name__ == "__main__":
    sys.exit(main())
