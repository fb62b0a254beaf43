"""Key loss is data loss: the admin's backup of the data key, its restore, and what the app
and the command line say when the key is missing."""

from __future__ import annotations

import io
import json

import keyring
import pytest

from bewustwerven.cli import main
from bewustwerven.services.app import open_app
from bewustwerven.services.errors import Forbidden, InvalidInput, KeyMissing
from bewustwerven.services.privacy import PrivacyService, restore_key
from bewustwerven.store import keys

BACKUP_PASS = "back-up wachtwoordzin 2024"
CSV = "Naam;E-mail\nAnna de Vries;anna@example.nl\n"


def _seed(path):
    app = open_app(str(path), user="admin")
    app.users.add_unit("PO", "P&O")
    app.users.add("rita", roles=["recruiter"], unit_code="PO", trained=True)
    from datetime import date, timedelta

    from bewustwerven.services.dto import VacancyInput

    rita = app.as_user("rita")
    pid = rita.procedures.create(VacancyInput("Adviseur", "PO", 9, 36, "Amsterdam", "tekst",
                                              date.today() + timedelta(days=9)))
    rita.procedures.advance(pid, acknowledge_warnings=True)
    code = rita.candidates.import_csv(pid, CSV.encode()).pseudonyms[0]
    return app, pid, code


def test_export_lose_and_restore_the_key(tmp_path, _isolated):
    path = tmp_path / "k.db"
    app, pid, _code = _seed(path)
    with pytest.raises(Forbidden):
        PrivacyService(app.db, app.as_user("rita").actor).export_key(BACKUP_PASS)
    backup = PrivacyService(app.db, app.actor).export_key(BACKUP_PASS)
    assert json.loads(backup)["db_id"] == app.db.db_id
    assert keys.load_from_keyring(app.db.db_id) is not None
    raw_key = keyring.get_password(keys.SERVICE, keys.keyring_name(app.db.db_id))
    assert raw_key not in backup  # the backup never holds the key in plain text
    db_id = app.db.db_id
    app.close()

    _isolated.secrets.clear()  # the laptop's keyring is gone
    with pytest.raises(KeyMissing) as err:
        open_app(str(path), user="admin")
    assert "niet gevonden" in err.value.message("nl") and "back-up" in err.value.message("nl")
    assert "not found" in err.value.message("en")

    with pytest.raises(KeyMissing, match="wachtwoordzin klopt niet"):
        restore_key(str(path), backup, "een andere zin")
    other = tmp_path / "other.db"
    open_app(str(other), user="admin").close()
    with pytest.raises(InvalidInput, match="andere database"):
        restore_key(str(other), backup, BACKUP_PASS)
    with pytest.raises(InvalidInput, match="geen sleutelback-up"):
        restore_key(str(path), "{}", BACKUP_PASS)

    assert restore_key(str(path), backup, BACKUP_PASS) == db_id
    app = open_app(str(path), user="admin")
    rows = app.as_user("rita").candidates.list(pid, with_identity=True)
    assert rows[0].name == "Anna de Vries"  # the data is readable again
    PrivacyService(app.db, app.actor).note_key_restored()
    assert app.audit.verify().ok
    app.close()


def test_without_a_keyring_the_restored_key_opens_with_the_backup_passphrase(tmp_path, _isolated):
    path = tmp_path / "k.db"
    app, _pid, _code = _seed(path)
    backup = PrivacyService(app.db, app.actor).export_key(BACKUP_PASS)
    app.close()
    _isolated.secrets.clear()

    class NoKeyring(type(_isolated)):
        def set_password(self, service, username, password):
            raise keyring.errors.PasswordSetError("no backend")

    keyring.set_keyring(NoKeyring())
    restore_key(str(path), backup, BACKUP_PASS)
    with pytest.raises(KeyMissing):
        open_app(str(path), user="admin")  # a passphrase is now needed
    app = open_app(str(path), user="admin", passphrase=BACKUP_PASS)
    # in passphrase mode the export is the stored wrapping, checked with the passphrase
    with pytest.raises(InvalidInput):
        PrivacyService(app.db, app.actor).export_key("niet de goede zin")
    again = PrivacyService(app.db, app.actor).export_key(BACKUP_PASS)
    assert json.loads(again)["wrapped"] == json.loads(backup)["wrapped"]
    app.close()


def test_key_commands_and_the_missing_key_message(tmp_path, _isolated, capsys, monkeypatch):
    path = tmp_path / "k.db"
    app, _pid, _code = _seed(path)
    app.close()
    out = tmp_path / "sleutel.json"
    monkeypatch.setattr("sys.stdin", io.StringIO(BACKUP_PASS + "\n" + BACKUP_PASS + "\n"))
    assert main(["--db", str(path), "--user", "admin", "key", "export", "--out", str(out),
                 "--backup-passphrase-stdin"]) == 0
    assert out.stat().st_mode & 0o077 == 0
    _isolated.secrets.clear()
    capsys.readouterr()
    assert main(["--db", str(path), "--user", "admin", "procedures", "list"]) == 1
    err = capsys.readouterr().err
    assert "sleutel van deze database is niet gevonden" in err
    monkeypatch.setattr("sys.stdin", io.StringIO(BACKUP_PASS + "\n"))
    assert main(["--db", str(path), "--user", "admin", "key", "restore", str(out),
                 "--backup-passphrase-stdin"]) == 0
    assert "teruggezet" in capsys.readouterr().out
    assert main(["--db", str(path), "--user", "admin", "audit", "verify"]) == 0
