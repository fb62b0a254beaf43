"""Files the program makes are readable by their owner only, whatever the umask says."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bewustwerven.core.files import private_open
from bewustwerven.services.app import open_app
from bewustwerven.services.reporting import ReportingService
from bewustwerven.store import migrate
from bewustwerven.store.db import make_engine


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0o022)  # the usual default, under which files come out 0644
    yield
    os.umask(old)


def test_database_and_its_wal_files_are_owner_only(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "new" / "bw.db"
    app = open_app(str(path), user="admin")
    try:
        app.users.add_unit("PO", "Personeel")  # a write, so -wal and -shm exist
        assert mode(path.parent) == 0o700
        assert mode(path) == 0o600
        for extra in ("-wal", "-shm"):
            side = path.with_name(path.name + extra)
            assert side.exists() and mode(side) == 0o600, extra
    finally:
        app.close()


def test_an_older_world_readable_database_is_tightened(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0001")
    engine.dispose()
    os.chmod(path, 0o644)
    app = open_app(str(path), user="admin")  # upgrades, with a copy first
    app.close()
    assert mode(path) == 0o600
    copies = list(tmp_path.glob("old.voor-upgrade-*"))
    assert copies and all(mode(c) == 0o600 for c in copies)


def test_exports_are_owner_only(tmp_path: Path, open_umask: None) -> None:
    app = open_app(str(tmp_path / "t.db"), user="admin")
    try:
        svc = ReportingService(app.db, app.actor)
        for fmt in ("csv", "xlsx"):
            out = svc.export_organisation(date(2000, 1, 1), date(2100, 1, 1), tmp_path / f"o.{fmt}")
            assert mode(out.path) == 0o600, fmt
    finally:
        app.close()
    existing = tmp_path / "was-there.csv"
    existing.write_text("x")
    os.chmod(existing, 0o644)
    with private_open(existing, "w") as fh:
        fh.write("y")
    assert mode(existing) == 0o600


def test_the_command_line_sets_an_owner_only_umask(tmp_path: Path, open_umask: None) -> None:
    from bewustwerven.cli import main

    main(["--db", str(tmp_path / "c.db"), "--user", "admin", "procedures", "list"])
    current = os.umask(0o022)
    assert current == 0o077
    assert mode(tmp_path / "c.db") == 0o600
