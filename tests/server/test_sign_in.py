"""Sign-in: argon2id only, lockout counted in the database, sessions that end."""

from __future__ import annotations

from datetime import datetime, timedelta

import httpx
import psycopg
import pytest
from sqlalchemy import select, update

from bewustwerven.services import accounts
from bewustwerven.services.errors import SessionInvalid, SignInFailed, SignInLocked
from bewustwerven.store.models import Credential, LoginSession, LoginThrottle
from tests.server.harness import ServerWorld, password

pytestmark = pytest.mark.postgres


def _login(w: ServerWorld, login: str, pw: str) -> httpx.Response:
    return httpx.post(f"{w.url}/api/v1/login", json={"login": login, "password": pw})


def test_only_an_argon2id_hash_and_only_the_token_hash_are_stored(world: ServerWorld) -> None:
    r = _login(world, "mila", password("mila"))
    assert r.status_code == 200
    token = r.json()["token"]
    with world.owner.db.read() as s:
        stored = s.execute(select(Credential.password_hash)).scalars().all()
        hashes = s.execute(select(LoginSession.token_hash)).scalars().all()
    assert stored and all(h.startswith("$argon2id$") for h in stored)
    assert not any(password("mila") in h for h in stored)
    assert accounts.token_hash(token) in hashes and token not in hashes


def test_wrong_passwords_lock_the_login_across_instances(world: ServerWorld) -> None:
    for _ in range(accounts.FREE_FAILURES):
        assert _login(world, "omar", "wrong-password!").status_code == 401
    r = _login(world, "omar", password("omar"))  # even the right one waits now
    assert r.status_code == 429 and r.json()["error"]["type"] == "SignInLocked"
    # a second server instance on the same database knows it (the counter is a table)
    with pytest.raises(SignInLocked):
        accounts.check_password(world.db, "omar", password("omar"))
    with world.owner.db.write() as s:  # the lock has passed
        s.execute(update(LoginThrottle).values(locked_until=datetime.now() - timedelta(1)))
    assert _login(world, "omar", password("omar")).status_code == 200
    with world.owner.db.read() as s:
        assert s.get(LoginThrottle, "omar") is None  # a success clears the counter


def test_unknown_login_and_wrong_password_answer_alike(world: ServerWorld) -> None:
    a = _login(world, "nobody-here", "whatever-password")
    b = _login(world, "mila", "whatever-password")
    assert a.status_code == b.status_code == 401
    assert a.json() == b.json()


def test_idle_and_absolute_expiry(world: ServerWorld) -> None:
    app = world.sign_in("mila")
    assert app.scoring.my_tasks() == []
    with world.owner.db.write() as s:
        s.execute(update(LoginSession).values(last_seen_at=datetime.now() - accounts.IDLE
                                                - timedelta(seconds=1)))
    with pytest.raises(SessionInvalid):
        app.scoring.my_tasks()
    app = world.sign_in("mila")
    with world.owner.db.write() as s:
        s.execute(update(LoginSession).where(LoginSession.revoked_at.is_(None))
                  .values(expires_at=datetime.now() - timedelta(seconds=1)))
    with pytest.raises(SessionInvalid):
        app.scoring.my_tasks()


@pytest.mark.parametrize("change", ["roles", "password", "disable"])
def test_sessions_end_on_role_or_password_change_and_disable(world: ServerWorld,
                                                             change: str) -> None:
    mila = world.sign_in("mila")
    admin = world.sign_in("adam")
    assert mila.procedures.list() == []
    if change == "roles":
        admin.users.set_roles("mila", ["member", "recruiter"])
    elif change == "password":
        admin.users.set_password("mila", "a-brand-new-password")
    else:
        admin.users.set_active("mila", False)
    with pytest.raises(SessionInvalid):
        mila.procedures.list()
    if change == "disable":
        with pytest.raises(SignInFailed):
            world.sign_in("mila")
    elif change == "roles":
        assert "recruiter" in {r.value for r in world.sign_in("mila").actor.roles}


def test_own_password_change_needs_the_old_one(world: ServerWorld) -> None:
    from bewustwerven.services.errors import Forbidden, InvalidInput

    mila = world.sign_in("mila")
    with pytest.raises(Forbidden):
        mila.users.change_password("not-the-old-password", "a-brand-new-password")
    with pytest.raises(InvalidInput):
        mila.users.change_password(password("mila"), "short")
    mila.users.change_password(password("mila"), "a-brand-new-password")
    with pytest.raises(SessionInvalid):
        mila.users.list()
    assert world.sign_in("mila", "a-brand-new-password").actor.login == "mila"


def test_server_role_cannot_rewrite_the_audit_trail(world: ServerWorld) -> None:
    with psycopg.connect(world.server_dsn(), autocommit=True) as c:
        assert c.execute("SELECT count(*) FROM audit_events").fetchone()[0] > 0
        for sql in ("UPDATE audit_events SET actor = 'x'", "DELETE FROM audit_events",
                    "TRUNCATE audit_events"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                c.execute(sql)
        # nor slip in an event that is not at the head of the chain with the right hash
        with pytest.raises(psycopg.Error):
            c.execute("INSERT INTO audit_events (seq, at, actor, action, payload, rows, "
                      "prev_hash, hash) VALUES (1, now(), 'x', 'x', '{}', '[]', 'a', 'b')")
        # the server may create no roles and owns nothing it could re-grant
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            c.execute("CREATE ROLE sneaky LOGIN")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            c.execute("DROP TRIGGER bw_guard ON audit_events")


def test_people_have_no_database_login(world: ServerWorld) -> None:
    with psycopg.connect(world.server, autocommit=True) as c:
        people = c.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)",
                           (["mila", "rita", "hanna", "adam", "chris"],)).fetchall()
    assert people == []
