"""The command line as a new user meets it: one language, a hint on an empty database, no
database left behind by a failed unlock, a quiet end on a closed pipe."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from bewustwerven.cli import main

PASS = "eerste-uur-wachtwoord"


class _NoKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("no keyring here")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("no keyring here")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    old = os.environ.get("BEWUSTWERVEN_PASSPHRASE")
    os.environ["BEWUSTWERVEN_PASSPHRASE"] = PASS
    try:
        assert main(["--db", str(path), "--user", "beheer", "demo"]) == 0
    finally:
        if old is None:
            del os.environ["BEWUSTWERVEN_PASSPHRASE"]
    return path


def test_an_empty_database_says_where_the_demo_is(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BEWUSTWERVEN_PASSPHRASE", PASS)
    db = tmp_path / "leeg.db"
    assert main(["--db", str(db), "procedures", "list"]) == 0
    err = capsys.readouterr().err
    assert "demo/bewustwerven-demo.db" in err and "bewustwerven demo" in err
    assert main(["--db", str(db), "--lang", "en", "procedures", "list"]) == 0
    err = capsys.readouterr().err
    assert "This database has no procedures yet" in err and "Deze" not in err


def test_a_failed_unlock_leaves_no_database_file(tmp_path, capsys):
    keyring.set_keyring(_NoKeyring())  # the autouse fixture puts its own back afterwards
    db = tmp_path / "nieuw" / "x.db"
    assert main(["--db", str(db), "procedures", "list"]) == 1
    assert "wachtwoordzin" in capsys.readouterr().err
    assert not db.exists()
    assert list(db.parent.iterdir()) == []


def test_english_output_is_english_throughout(demo_db, monkeypatch, capsys):
    monkeypatch.setenv("BEWUSTWERVEN_PASSPHRASE", PASS)
    base = ["--db", str(demo_db), "--user", "beheer", "--lang", "en"]
    assert main([*base, "procedures", "list"]) == 0
    out = capsys.readouterr().out
    header = out.splitlines()[0].split()
    assert header[:5] == ["id", "vacancy", "unit", "scale", "stage"]
    for dutch in ("vacature", "schaal", "fase", "afw."):
        assert dutch not in out.splitlines()[0]
    ids = [line.split()[0] for line in out.splitlines()[2:]]
    shown = []
    for pid in ids:
        assert main([*base, "procedure", "show", pid]) == 0
        shown.append(capsys.readouterr().out)
    # Justifications are what a person typed (in Dutch): data, not the program's words.
    text = "\n".join(
        line for out in shown for line in out.splitlines() if not line.startswith("  deviation #")
    )
    assert "Stage:" in text and "Committee:" in text and ", scale " in text
    assert " to " in text and "Gate " in text
    for dutch in ("Fase:", "Commissie:", "schaal", " naar ", "afwijking", "(ronde", "; beleid"):
        assert dutch not in text, dutch
    assert main(["--db", str(demo_db), "--user", "beheer", "procedures", "list"]) == 0
    assert capsys.readouterr().out.split()[:5] == ["id", "vacature", "afd.", "schaal", "fase"]


def test_a_closed_pipe_ends_quietly(demo_db, tmp_path):
    env = {**os.environ, "BEWUSTWERVEN_PASSPHRASE": PASS, "QT_QPA_PLATFORM": "offscreen",
           "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    cmd = [sys.executable, "-m", "bewustwerven.cli", "--db", str(demo_db), "--user", "beheer",
           "procedures", "list", "--json"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the first line, as `| head -0` would be
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=120) != 0
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
