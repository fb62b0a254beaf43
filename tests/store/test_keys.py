"""The data key: in the keyring, or wrapped under a passphrase; never in plain text."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from bewustwerven.services.app import open_app
from bewustwerven.services.errors import KeyMissing
from bewustwerven.store import keys
from bewustwerven.store.crypto import DecryptionError, FieldCipher


def test_cipher_binds_values_to_their_place():
    c = FieldCipher(keys.new_key())
    sealed = c.seal("Jan de Vries", "candidates.name")
    assert b"Jan" not in sealed
    assert c.open(sealed, "candidates.name") == "Jan de Vries"
    with pytest.raises(DecryptionError):
        c.open(sealed, "candidates.email")
    with pytest.raises(DecryptionError):
        FieldCipher(keys.new_key()).open(sealed, "candidates.name")


def test_key_lives_in_the_keyring(tmp_path, _isolated):
    app = open_app(str(tmp_path / "t.db"), user="admin")
    db_id = app.db.db_id
    app.close()
    stored = _isolated.secrets[(keys.SERVICE, keys.keyring_name(db_id))]
    assert len(stored) == 44  # base64 of 32 bytes
    raw = (tmp_path / "t.db").read_bytes()
    assert stored.encode() not in raw


def test_no_keyring_says_so_and_a_passphrase_works(tmp_path):
    keyring.set_keyring(FailKeyring())
    with pytest.raises(KeyMissing) as exc:
        open_app(str(tmp_path / "t.db"), user="admin")
    assert "sleutelbos" in exc.value.nl and "keyring" in exc.value.en
    app = open_app(str(tmp_path / "t.db"), user="admin", passphrase="lang genoeg wachtwoord")
    app.users.add_unit("PO", "P&O")
    app.close()
    with pytest.raises(KeyMissing, match="wachtwoordzin klopt niet"):
        open_app(str(tmp_path / "t.db"), user="admin", passphrase="verkeerde wachtwoordzin")
    app = open_app(str(tmp_path / "t.db"), user="admin", passphrase="lang genoeg wachtwoord")
    assert app.users.units() == [("PO", "P&O")]
    app.close()


def test_missing_key_is_explained(tmp_path, _isolated):
    app = open_app(str(tmp_path / "t.db"), user="admin")
    app.close()
    _isolated.secrets.clear()
    with pytest.raises(KeyMissing, match="back-up"):
        open_app(str(tmp_path / "t.db"), user="admin")


def test_short_passphrase_is_refused():
    with pytest.raises(keys.KeyUnavailable):
        keys.wrap_key(keys.new_key(), "kort")


def test_a_password_in_the_url_is_never_shown(tmp_path):
    import dataclasses

    app = open_app(str(tmp_path / "t.db"), user="admin")
    try:
        assert app.db.shown_url == app.db.url  # nothing to hide in a file URL
        server = dataclasses.replace(app.db, url="postgresql+psycopg://rita:geheim@db.nl/bw")
        assert server.shown_url == "postgresql+psycopg://rita:***@db.nl/bw"
    finally:
        app.close()


def test_a_locked_database_is_a_plain_message(tmp_path):
    """Another writer holds SQLite past the busy timeout: "busy, try again", not a crash."""
    import sqlite3

    from sqlalchemy import event

    from bewustwerven.services.errors import DatabaseBusy

    path = tmp_path / "t.db"
    app = open_app(str(path), user="admin")
    try:
        app.db.engine.dispose()

        @event.listens_for(app.db.engine, "connect")
        def _short(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            dbapi_conn.execute("PRAGMA busy_timeout=100")

        other = sqlite3.connect(path)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(DatabaseBusy) as info:
                app.users.add_unit("WPI", "Werk en Inkomen")
            assert "Try again" in info.value.message("en")
        finally:
            other.rollback()
            other.close()
        app.users.add_unit("WPI", "Werk en Inkomen")  # free again: it works
    finally:
        app.close()
