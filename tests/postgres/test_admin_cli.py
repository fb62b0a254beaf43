"""The administrator's set-up commands from docs/server-admin.md, run as written."""

from __future__ import annotations

import io
import json
import os
import stat

import psycopg
import pytest
from sqlalchemy.engine import make_url

from bewustwerven.cli import main
from bewustwerven.store.db import open_database
from tests.postgres.conftest import OWNER, OWNER_PW


def test_setup_commands_give_people_accounts_but_no_database_login(pg_db, tmp_path, monkeypatch,
                                                                   capsys):
    owner_url = pg_db["owner_url"]
    key_file = tmp_path / "etc" / "data.key"
    base = ["--db", owner_url, "--key-file", str(key_file)]
    cli = [*base, "--user", OWNER]
    assert main([*base, "db", "upgrade"]) == 0
    assert main([*base, "db", "upgrade"]) == 0
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    monkeypatch.setattr("sys.stdin", io.StringIO("alice-geheim-123\n"))
    assert main([*cli, "users", "add", "alice", "--role",
                 "member", "--password-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("alice-nieuw-4567\n"))
    assert main([*cli, "users", "password", "alice",
                 "--password-stdin"]) == 0
    assert main([*cli, "users", "disable", "alice"]) == 0
    capsys.readouterr()
    assert main([*cli, "users", "list", "--json"]) == 0
    users = {u["login"]: u for u in json.loads(capsys.readouterr().out)}
    assert set(users) == {OWNER, "alice"} and users["alice"]["active"] is False
    with psycopg.connect(pg_db["server"]) as c:
        assert c.execute("SELECT 1 FROM pg_roles WHERE rolname = 'alice'").fetchone() is None
    # the server's login, in bw_server, opens the database with the key file alone
    with psycopg.connect(pg_db["server"], autocommit=True) as c:
        c.execute("CREATE ROLE bw_srv_cli LOGIN PASSWORD 'srv-pw-12345' IN ROLE bw_server")
    srv = make_url(owner_url).set(username="bw_srv_cli", password="srv-pw-12345")
    db = open_database(srv.render_as_string(hide_password=False), key_file=key_file,
                       upgrade=False)
    db.close()
    with psycopg.connect(pg_db["server"], autocommit=True) as c:
        c.execute(f"REASSIGN OWNED BY bw_srv_cli TO {OWNER}")
        c.execute("DROP OWNED BY bw_srv_cli")
        c.execute("DROP ROLE bw_srv_cli")


def test_a_key_file_others_may_read_is_refused(pg_db, tmp_path):
    from bewustwerven.store.keys import KeyUnavailable

    key_file = tmp_path / "data.key"
    open_database(pg_db["owner_url"], key_file=key_file).close()
    os.chmod(key_file, 0o644)
    with pytest.raises(KeyUnavailable):
        open_database(pg_db["owner_url"], key_file=key_file).close()


def test_wrong_password_is_a_clear_message(pg_db):
    from bewustwerven.store.db import DatabaseUnavailable

    url = make_url(pg_db["owner_url"]).set(password="wrong-password")
    with pytest.raises(DatabaseUnavailable) as info:
        open_database(url.render_as_string(hide_password=False))
    assert "weigert de inlog" in str(info.value) and "refused the login" in str(info.value)
    assert "wrong-password" not in str(info.value)
    assert OWNER_PW not in str(info.value)
