"""A real BewustWerven server on PostgreSQL for tests: uvicorn on a free loopback port.

The owner creates the schema (and the key file); the server connects as its own login
in ``bw_server``; people sign in over HTTP with their own password and get a RemoteApp.
"""

from __future__ import annotations

import socket
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import uvicorn

from bewustwerven.remote.client import Connection, RemoteApp, sign_in
from bewustwerven.server.app import create_app
from bewustwerven.services.app import App, ensure_default_profile
from bewustwerven.services.users import bootstrap
from bewustwerven.store.db import Database, open_database
from tests.postgres.conftest import libpq, sa_url
from tests.services.conftest import PEOPLE

SERVER_PW = "server-login-pw-0123"


def password(login: str) -> str:
    return f"{login}-pw-0123456"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Running:
    """uvicorn serving ``db`` in a thread of this process, stopped by ``stop()``."""

    def __init__(self, db: Database) -> None:
        self.port = free_port()
        config = uvicorn.Config(create_app(db), host="127.0.0.1", port=self.port,
                                log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(20)


@dataclass
class ServerWorld:
    """``as_user(login)`` signs in over HTTP with that person's own password."""

    server: str  # the superuser URL of the cluster
    name: str
    owner: App
    db: Database  # the server's own connection (as its login in bw_server)
    running: Running
    role: str
    apps: dict[str, RemoteApp] = field(default_factory=dict)
    others: list[RemoteApp] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.running.url

    def server_dsn(self) -> str:
        return libpq(self.server, self.role, SERVER_PW, self.name)

    def sign_in(self, login: str, pw: str | None = None) -> RemoteApp:
        conn = Connection(self.url)
        try:
            _, actor = sign_in(conn, login, pw or password(login))
        except BaseException:
            conn.close()
            raise
        app = RemoteApp(conn, actor)
        self.others.append(app)
        return app

    def as_user(self, login: str) -> RemoteApp:
        if login not in self.apps or self.apps[login].conn.token is None:
            self.apps[login] = self.sign_in(login)
        return self.apps[login]

    def close(self) -> None:
        for a in self.others:
            a.conn.close()
        self.running.stop()
        self.db.close()
        self.owner.close()


def build(pg_db: dict[str, str], tmp: Path) -> ServerWorld:
    key_file = tmp / "server.key"
    owner_db = open_database(pg_db["owner_url"], key_file=key_file)
    owner = App(owner_db, bootstrap(owner_db, "adam"))
    ensure_default_profile(owner_db, "adam")
    owner.users.set_password("adam", password("adam"))
    for code in ("PO", "WPI", "ICT", "VTH"):
        owner.users.add_unit(code, f"Afdeling {code}")
    for login, roles, unit, trained, gender, year, outside in PEOPLE:
        owner.users.add(login, roles=roles, unit_code=unit, trained=trained, gender=gender,
                        birth_year=year, outside_european_background=outside,
                        password=password(login))
    db, running, role = serve_database(pg_db, key_file)
    return ServerWorld(pg_db["server"], pg_db["name"], owner, db, running, role)


def serve_database(pg_db: dict[str, str], key_file: Path) -> tuple[Database, Running, str]:
    """The server's own login (in bw_server), its Database with the key file, and uvicorn."""
    role = "bw_srv_" + uuid.uuid4().hex[:8]
    with psycopg.connect(pg_db["server"], autocommit=True) as c:
        c.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{SERVER_PW}' IN ROLE bw_server")
        c.execute(f"GRANT CONNECT ON DATABASE {pg_db['name']} TO {role}")
    db = open_database(sa_url(pg_db["server"], role, SERVER_PW, pg_db["name"]),
                       key_file=key_file, upgrade=False)
    return db, Running(db), role
