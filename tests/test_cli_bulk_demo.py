"""`demo --scale year` (the bulk generator) runs only for an administrator, through the CLI."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bewustwerven.cli import main
from bewustwerven.services.app import open_app
from bewustwerven.store.models import AuditEvent, Procedure

PASS = "bulk-wachtwoord-test"


@pytest.fixture
def db(tmp_path, monkeypatch) -> str:  # type: ignore[no-untyped-def]
    """An empty database with its first administrator (beheer) and three other people."""
    monkeypatch.setenv("BEWUSTWERVEN_PASSPHRASE", PASS)
    path = str(tmp_path / "org.db")
    app = open_app(path, user="beheer", passphrase=PASS)
    app.users.add_unit("PO", "P&O")
    for login, roles in (("kees", ["member"]), ("fatima", ["hr"]), ("sanne", ["recruiter"]),
                         ("pieter", ["chair", "member"])):
        app.users.add(login, roles=roles, unit_code="PO", trained=True)
    app.close()
    return path


def _counts(path: str) -> tuple[int, int]:
    app = open_app(path, user="beheer", passphrase=PASS)
    try:
        with app.db.read() as s:
            return (s.execute(select(func.count(Procedure.id))).scalar_one(),
                    s.execute(select(func.count(AuditEvent.id))).scalar_one())
    finally:
        app.close()


@pytest.mark.parametrize("user", ["kees", "fatima", "sanne", "pieter"])
def test_anyone_but_an_administrator_is_refused_and_nothing_is_written(
    db: str, user: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _counts(db)
    code = main(["--db", db, "--user", user, "demo", "--scale", "year", "--per-year", "2"])
    err = capsys.readouterr().err
    assert code == 1
    assert "Alleen een functioneel beheerder mag een database in bulk vullen" in err
    assert f"U bent ingelogd als {user}" in err
    assert _counts(db) == before  # no procedure, no event


def test_the_refusal_in_english(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", db, "--user", "kees", "--lang", "en", "demo", "--scale", "year"])
    assert code == 1
    assert "Only an administrator may fill a database with test data in bulk" in (
        capsys.readouterr().err
    )


def test_an_administrator_fills_an_empty_database_once(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--db", db, "--user", "beheer", "demo", "--scale", "year", "--per-year", "2"]
    assert main(args) == 0
    assert "Demo klaar" in capsys.readouterr().out
    assert _counts(db)[0] == 3  # two procedures and the traineeship
    assert main(args) == 1  # a second time: the database is no longer empty
    assert "heeft al procedures" in capsys.readouterr().err
