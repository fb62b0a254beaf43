"""The administrator's set-up commands from docs/postgres-admin.md, run as written."""

from __future__ import annotations

import io
import json

import keyring
import psycopg
import pytest
from sqlalchemy.engine import make_url

from bewustwerven.cli import main
from tests.postgres.conftest import OWNER, OWNER_PW


def test_setup_commands_then_a_user_connects_with_the_keyring_password(pg_db, monkeypatch,
                                                                       capsys):
    url = make_url(pg_db["owner_url"])
    base = f"postgresql+psycopg://{{}}@{url.host}:{url.port}/{url.database}?sslmode=prefer"
    owner_url = base.format(OWNER)
    keyring.set_password("BewustWerven", f"db:{OWNER}@{url.host}/{url.database}", OWNER_PW)
    assert main(["--db", owner_url, "db", "upgrade"]) == 0
    assert main(["--db", owner_url, "db", "upgrade"]) == 0  # idempotent
    monkeypatch.setattr("sys.stdin", io.StringIO("alice-geheim-123\n"))
    assert main(["--db", owner_url, "users", "add", "alice", "--role", "member",
                 "--password-stdin"]) == 0
    # alice's own computer: her password in her keyring, nothing else
    keyring.set_password("BewustWerven", f"db:alice@{url.host}/{url.database}",
                         "alice-geheim-123")
    capsys.readouterr()
    assert main(["--db", base.format("alice"), "users", "list", "--json"]) == 0
    logins = {u["login"] for u in json.loads(capsys.readouterr().out)}
    assert logins == {OWNER, "alice"}
    assert main(["--db", base.format("alice"), "--user", OWNER, "users", "list"]) == 1
    dsn = make_url(pg_db["owner_url"]).set(drivername="postgresql", username="alice",
                                           password="alice-geheim-123")
    with psycopg.connect(dsn.render_as_string(hide_password=False)) as c:
        groups = c.execute("SELECT array_agg(b.rolname::text) FROM pg_auth_members m JOIN "
                           "pg_roles b ON b.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                           "WHERE u.rolname = 'alice'").fetchone()[0]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            c.execute("SELECT count(*) FROM self_identifications")
    assert groups == ["bw_member"]


def test_wrong_password_is_a_clear_message(pg_db):
    from bewustwerven.store.db import DatabaseUnavailable, open_database

    url = make_url(pg_db["owner_url"]).set(password="wrong-password")
    with pytest.raises(DatabaseUnavailable) as info:
        open_database(url.render_as_string(hide_password=False))
    assert "weigert de inlog" in str(info.value) and "refused the login" in str(info.value)
    assert "wrong-password" not in str(info.value)
