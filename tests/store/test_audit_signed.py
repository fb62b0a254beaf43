"""The signed trail on SQLite: tampering without the signing key fails verify WITHOUT
``--head`` and names the event; rotation, legacy trails and an auditor's public key."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from bewustwerven.services.app import open_app
from bewustwerven.services.errors import KeyMissing
from bewustwerven.store import audit, keys, signing, trail_keys
from bewustwerven.store.models import Unit

from ..services.conftest import PEOPLE, make_procedure
from . import audit_tamper as T


def _org(path):
    app = open_app(str(path), user="admin")
    for code in ("PO", "WPI", "ICT", "VTH"):
        app.users.add_unit(code, code)
    for login, roles, unit, trained, gender, year, outside in PEOPLE:
        app.users.add(
            login,
            roles=roles,
            unit_code=unit,
            trained=trained,
            gender=gender,
            birth_year=year,
            outside_european_background=outside,
        )
    return app


@pytest.fixture
def signed(tmp_path):
    app = _org(tmp_path / "t.db")
    make_procedure(app)
    result = app.audit.verify()
    assert result.ok and result.trusted and result.signed == result.events > 10
    app.db.engine.dispose()
    yield app, tmp_path / "t.db"
    app.close()


def _tamper(path, fn, *args):
    con = sqlite3.connect(path)
    out = fn(con, *args)
    con.commit()
    con.close()
    return out


def _verify(app):
    app.db.engine.dispose()
    return app.audit.verify()


def test_every_event_is_signed_and_the_first_starts_signing(signed):
    app, path = signed
    evs = T.events(sqlite3.connect(path))
    assert evs[0]["action"] == signing.STARTED
    key = app.audit.signing_key()
    assert key is not None
    assert all(e["key_id"] == key.key_id and len(e["signature"]) == 88 for e in evs)
    info = json.loads(evs[0]["payload"])
    assert info["key"] == key.key_id and info["unsigned_before"] == 0


def test_rechained_rewrite_fails_and_names_the_event(signed):
    app, path = signed
    _tamper(path, T.rewrite_rechained, 5, "?")
    r = _verify(app)
    assert not r.ok and r.broken_seq == 5
    assert "signature does not match" in r.problem


def test_appended_event_with_a_correct_chain_hash_fails(signed):
    app, path = signed
    seq = _tamper(path, T.append_chained, "?")
    r = _verify(app)
    assert not r.ok and r.broken_seq == seq and "not signed" in r.problem


def test_appended_event_signed_with_another_key_fails(signed):
    app, path = signed
    seq = _tamper(path, T.append_chained, "?", signing.SigningKey.generate())
    r = _verify(app)
    assert not r.ok and r.broken_seq == seq and "signed with key" in r.problem


@pytest.mark.parametrize("rechain", [False, True])
def test_changed_actor_fails_and_names_the_event(signed, rechain):
    app, path = signed
    _tamper(path, T.change_actor, 7, "?", rechain)
    r = _verify(app)
    assert not r.ok and r.broken_seq == 7


def test_deleted_event_fails_and_names_the_next(signed):
    app, path = signed
    _tamper(path, T.delete_event, 6, "?")
    r = _verify(app)
    assert not r.ok and r.broken_seq == 7 and "missing" in r.problem


def test_swapped_key_fails_at_the_start_of_signing(signed):
    app, path = signed
    _tamper(path, T.swap_key, "?")
    r = _verify(app)
    assert not r.ok and r.broken_seq == 1 and "swapped" in r.problem
    # every event verifies against the swapped-in key itself: only the trusted key tells
    assert r.signed == r.events


def test_stripped_signatures_fail(signed):
    """Rewriting the whole trail without any signature does not make it a "legacy" trail."""
    app, path = signed
    _tamper(path, lambda con: con.execute("DELETE FROM audit_events WHERE seq = 1"))
    _tamper(path, lambda con: con.execute("UPDATE audit_events SET key_id=NULL, signature=NULL"))
    r = _verify(app)
    assert not r.ok and r.broken_seq == 1


def test_an_auditor_verifies_a_copy_with_the_public_key_only(signed, tmp_path):
    app, path = signed
    pem = tmp_path / "public.pem"
    pem.write_text(app.audit.signing_key().public_pem)
    copy = tmp_path / "copy.db"
    app.db.engine.dispose()
    shutil.copy(path, copy)
    engine = create_engine(f"sqlite:///{copy}")
    Session = sessionmaker(engine)
    trusted = [signing.public_from_pem(pem.read_bytes())]
    with Session() as session:  # no data key, no signing key: a bare copy
        assert audit.verify(session, public_keys=trusted).ok
    T.rewrite_rechained(con := sqlite3.connect(copy), 3, "?")
    con.commit()
    con.close()
    with Session() as session:
        r = audit.verify(session, public_keys=trusted)
    assert not r.ok and r.broken_seq == 3
    engine.dispose()


def test_cli_verify_with_public_key_names_the_event(signed, tmp_path):
    app, path = signed
    pem = tmp_path / "public.pem"
    cli = [sys.executable, "-m", "bewustwerven.cli", "--db", str(path), "--user", "hanna"]
    # the CLI runs in another process: give it the keys the way a headless machine would
    env = _headless_env(app, tmp_path)
    out = subprocess.run(
        [*cli, "audit", "public-key", "--out", str(pem)], env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    _tamper(path, T.change_actor, 4, "?", True)
    out = subprocess.run(
        [*cli, "audit", "verify", "--public-key", str(pem), "--json"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 1, out.stderr
    assert json.loads(out.stdout)["broken_event"] == 4


def _headless_env(app, tmp_path):
    """Put the data key and the signing key where a process without keyring finds them."""
    import os

    key_file = tmp_path / "signing.pem"
    with app.db.read() as session:
        keys.write_signing_key_file(key_file, trail_keys.source(session).signing_key(session))
    passphrase = "a-test-passphrase-1"
    with app.db.write() as session:
        from bewustwerven.store.models import Meta

        session.merge(Meta(key="key_wrapped", value=keys.wrap_key(app.db.data_key, passphrase)))
    env = dict(os.environ)
    env.update(
        BEWUSTWERVEN_PASSPHRASE=passphrase,
        BEWUSTWERVEN_SIGNING_KEY=str(key_file),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return env


def test_rotation_old_and_new_public_key_both_verify(signed, tmp_path):
    app, path = signed
    old_pem = app.audit.signing_key().public_pem.encode()
    old_id, new_id = app.audit.rotate_key()
    app.users.add_unit("NEW", "after rotation")
    new_pem = app.audit.signing_key().public_pem.encode()
    assert old_id != new_id
    for pem in (old_pem, new_pem):
        r = app.audit.verify(public_keys=[signing.public_from_pem(pem)])
        assert r.ok and r.trusted, r.problems
        assert r.key_ids == [old_id, new_id]
    evs = T.events(sqlite3.connect(path))
    assert evs[-2]["action"] == signing.ROTATED and evs[-2]["key_id"] == old_id
    assert evs[-1]["key_id"] == new_id


def test_a_forged_rotation_to_the_attackers_key_fails(signed):
    """Without the old key's signature (and the new key's word) a rotation brings nothing."""
    app, path = signed
    mine = signing.SigningKey.generate()
    con = sqlite3.connect(path)
    evs = T.events(con)
    old_raw = signing.public_from_pem(app.audit.signing_key().public_pem.encode())
    payload = {
        "old_key": evs[0]["key_id"],
        "new_key": mine.key_id,
        "new_public_key": signing.b64(mine.public_raw),
        "follows": mine.vouch_follows(old_raw),
    }
    seq = T.append_chained(con, "?", mine)
    con.execute(
        "UPDATE audit_events SET action=?, payload=? WHERE seq=?",
        (signing.ROTATED, audit.canonical(payload), seq),
    )
    e = T.events(con)[-1]
    T.rechain_from(con, T.events(con), seq, "?", mine)
    con.commit()
    con.close()
    r = _verify(app)
    assert not r.ok and r.broken_seq == seq and e["action"] == signing.ROTATED


def test_a_legacy_trail_is_unsigned_up_to_the_signed_start(tmp_path, _isolated):
    path = tmp_path / "old.db"
    app = _org(path)
    db_id = app.db.db_id
    app.close()
    con = sqlite3.connect(path)  # make it a trail from before signing existed
    evs = T.events(con)
    con.execute("DELETE FROM audit_events WHERE seq = 1")
    con.execute("UPDATE audit_events SET hash = 'x' || hash")
    prev = audit.GENESIS
    for e in evs[1:]:
        e["seq"] -= 1
        e["prev_hash"], e["key_id"], e["signature"] = prev, None, None
        e["hash"] = T._hash(e)
        con.execute(
            "UPDATE audit_events SET seq=?, prev_hash=?, hash=?, key_id=NULL, signature=NULL "
            "WHERE seq=?",
            (e["seq"], e["prev_hash"], e["hash"], e["seq"] + 1),
        )
        prev = e["hash"]
    con.commit()
    con.close()
    _isolated.secrets.pop((keys.SERVICE, keys.signing_keyring_name(db_id)))
    app = open_app(str(path), user="admin")  # the upgrade: a new key, a signed start
    try:
        r = app.audit.verify()
        n = len(evs) - 1
        assert r.ok and r.unsigned_before == n and r.signed == 1 and r.events == n + 1
        app.db.engine.dispose()
        con = sqlite3.connect(path)  # an old event rewritten and re-chained up to the start
        T.rewrite_rechained(con, 3, "?")
        con.commit()
        con.close()
        r = _verify(app)
        assert not r.ok and r.broken_seq == n + 1 and "signature" in r.problem
    finally:
        app.close()


def test_headless_laptop_keeps_the_signing_key_wrapped_under_the_passphrase(tmp_path):
    keyring.set_keyring(FailKeyring())
    path = tmp_path / "t.db"
    app = open_app(str(path), user="admin", passphrase="correct horse battery")
    app.users.add_unit("PO", "P&O")
    assert app.audit.verify().ok and app.audit.verify().trusted
    app.close()
    con = sqlite3.connect(path)
    wrapped = con.execute(
        "SELECT value FROM meta WHERE key = ?", (keys.SIGNING_WRAPPED,)
    ).fetchone()
    con.close()
    assert wrapped and "BEGIN" not in wrapped[0]  # wrapped, never a PEM in clear
    app = open_app(str(path), user="admin", passphrase="correct horse battery")
    app.users.add_unit("ICT", "ICT")
    assert app.audit.verify().ok
    app.close()


def test_writes_without_the_signing_key_are_refused_plainly(signed, _isolated):
    app, path = signed
    db_id = app.db.db_id
    app.close()
    _isolated.secrets.pop((keys.SERVICE, keys.signing_keyring_name(db_id)))
    other = open_app(str(path), user="admin")  # the data key is there, the signing key not
    try:
        with pytest.raises(KeyMissing) as exc:
            other.users.add_unit("X", "X")
        assert "ondertekeningssleutel" in exc.value.nl and "signing key" in exc.value.en
        with other.db.read() as session:
            assert session.query(Unit).filter_by(code="X").count() == 0
    finally:
        other.close()


def test_key_file_must_be_private(tmp_path):
    key = signing.SigningKey.generate()
    path = tmp_path / "signing.pem"
    keys.write_signing_key_file(path, key)
    assert (path.stat().st_mode & 0o777) == 0o600
    assert keys.signing_key_from_file(path).key_id == key.key_id
    path.chmod(0o644)
    with pytest.raises(keys.KeyUnavailable) as exc:
        keys.signing_key_from_file(path)
    assert "chmod 600" in str(exc.value)
    path.chmod(0o600)
    path.write_text("not a key")
    with pytest.raises(keys.KeyUnavailable):
        keys.signing_key_from_file(path)
