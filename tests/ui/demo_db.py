"""The demo organisation as a database file for UI tests, built once and cached.

Building the demo takes half a minute of CPU, so the file is kept in pytest's cache under a
key made of the source that shapes it (core, store, services); a test gets its own copy."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from pathlib import Path

import pytest

from bewustwerven.services.app import open_app

PASSPHRASE = "demo-wachtwoordzin-voor-tests"
_run_folder: list[Path] = []
ROOT = Path(__file__).resolve().parents[2] / "bewustwerven"


def _source_key() -> str:
    h = hashlib.sha256()
    for sub in ("core", "store", "services"):
        for p in sorted((ROOT / sub).rglob("*")):
            if p.is_file() and p.suffix in {".py", ".txt", ".toml", ".json", ".yaml", ".sql"}:
                h.update(p.relative_to(ROOT).as_posix().encode())
                h.update(p.read_bytes())
    return h.hexdigest()[:16]


def demo_file(config: pytest.Config) -> Path:
    """The cached demo database (built when missing or when the source changed). Without
    pytest's cache (``-p no:cacheprovider``) it is built once per run in a temporary folder."""
    from bewustwerven.services.demo import build_demo

    cache = getattr(config, "cache", None)
    if cache is not None:
        folder = Path(cache.mkdir("bewustwerven-demo"))
    else:
        if not _run_folder:
            _run_folder.append(Path(tempfile.mkdtemp(prefix="bewustwerven-demo-")))
        folder = _run_folder[0]
    target = folder / f"demo-{_source_key()}.db"
    if not target.exists():
        for old in folder.glob("demo-*.db"):
            old.unlink()
        building = folder / "building.db"
        building.unlink(missing_ok=True)
        app = open_app(str(building), user="admin", passphrase=PASSPHRASE)
        try:
            build_demo(app)
        finally:
            app.close()
        building.replace(target)
    return target


def copy_demo(config: pytest.Config, folder: Path) -> str:
    path = folder / "demo.db"
    shutil.copyfile(demo_file(config), path)
    return str(path)
