"""A real PostgreSQL 15 for these tests.

BEWUSTWERVEN_TEST_PG (a superuser URL, as .ci/start-postgres exports) wins; otherwise a
throwaway cluster is started with initdb + pg_ctl as the ``postgres`` OS user on a free
loopback port. Without a server the tests are skipped, except in CI (CI=true): there
they fail, so a missing server never passes unnoticed.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

PG_BIN = Path("/usr/lib/postgresql/15/bin")
OWNER = "bw_owner"
OWNER_PW = "owner-secret-pw"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(args: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


def _start_cluster() -> tuple[str, Path]:
    base = Path(tempfile.mkdtemp(prefix="bw-pg-"))
    os.chmod(base, 0o777)
    data = base / "data"
    pwfile = base / "pw"
    pwfile.write_text("super-secret-pw\n")
    os.chmod(pwfile, 0o644)
    port = _free_port()
    subprocess.run(
        _as_postgres([str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres",
                      "--auth-local=trust", "--auth-host=scram-sha-256",
                      f"--pwfile={pwfile}", "-E", "UTF8", "--no-sync"]),
        check=True, capture_output=True,
    )
    opts = (f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c max_connections=200 -c shared_buffers=256MB")
    subprocess.run(
        _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", opts,
                      "-l", str(base / "log"), "-w", "start"]),
        check=True, capture_output=True,
    )
    return f"postgresql://postgres:super-secret-pw@127.0.0.1:{port}/postgres", base


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A superuser URL (plain libpq form)."""
    url = os.environ.get("BEWUSTWERVEN_TEST_PG")
    base: Path | None = None
    if not url:
        try:
            if not (PG_BIN / "initdb").exists():
                raise FileNotFoundError(PG_BIN / "initdb")
            url, base = _start_cluster()
        except (OSError, subprocess.CalledProcessError) as exc:
            if os.environ.get("CI") == "true":
                pytest.fail(f"CI needs a PostgreSQL server for tests/postgres: {exc}")
            pytest.skip(f"no PostgreSQL server: {exc}")
    with psycopg.connect(url, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (OWNER,)).fetchone()
        if not exists:
            conn.execute(f"CREATE ROLE {OWNER} LOGIN CREATEROLE PASSWORD '{OWNER_PW}'")
    yield url
    if base is not None:
        subprocess.run(
            _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(base / "data"), "-m", "immediate",
                          "stop"]),
            capture_output=True,
        )
        shutil.rmtree(base, ignore_errors=True)


def sa_url(libpq_url: str, user: str, password: str | None, db: str) -> str:
    u = make_url(libpq_url).set(drivername="postgresql+psycopg", username=user,
                                password=password, database=db)
    return u.render_as_string(hide_password=False)


def libpq(libpq_url: str, user: str, password: str, db: str) -> str:
    u = make_url(libpq_url).set(username=user, password=password, database=db)
    return u.render_as_string(hide_password=False)


@pytest.fixture()
def pg_db(pg_server: str) -> Iterator[dict[str, str]]:
    """A fresh, empty database owned by the schema owner role."""
    name = "bw_" + uuid.uuid4().hex[:10]
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} OWNER {OWNER}")
    yield {
        "server": pg_server,
        "name": name,
        "owner_url": sa_url(pg_server, OWNER, OWNER_PW, name),
    }
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
