"""Acting as another person on an embedded database (``--user``) needs that person's password
once they have one; only a database made by ``demo`` lets anyone be anyone (issue 17)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from bewustwerven.cli import main
from bewustwerven.services.app import open_app
from bewustwerven.services.errors import SignInFailed, SignInLocked
from bewustwerven.services.users import PasswordRequired, mark_demo, os_login

PASS = "acting-as-passphrase"
SARA_PW = "sara-heeft-een-lang-wachtwoord"


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BEWUSTWERVEN_PASSPHRASE", PASS)
    path = tmp_path / "t.db"
    assert main(["--db", str(path), "--user", "boss", "users", "list"]) == 0
    assert main(["--db", str(path), "--user", "boss", "users", "add", "sara", "--role", "hr"]) == 0
    return path


def _run(
    db: Path, monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["--db", str(db), *args])
    return code, "", ""


def test_acting_as_someone_with_a_password_needs_it(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # no password yet: --user still works (the administrator gives one next)
    assert _run(db, monkeypatch, "--user", "sara", "users", "list")[0] == 0
    code, *_ = _run(
        db,
        monkeypatch,
        "--user",
        "boss",
        "users",
        "password",
        "sara",
        "--password-stdin",
        stdin=SARA_PW + "\n",
    )
    assert code == 0
    capsys.readouterr()
    # now: without the password, refused with a plain message (standard input is no terminal)
    assert _run(db, monkeypatch, "--user", "sara", "users", "list")[0] == 1
    err = capsys.readouterr().err
    assert "het wachtwoord van 'sara' nodig" in err
    assert "sara" not in capsys.readouterr().out
    # a wrong password: refused; the right one: in
    wrong = _run(
        db,
        monkeypatch,
        "--user",
        "sara",
        "--user-password-stdin",
        "users",
        "list",
        stdin="niet-het-goede-wachtwoord\n",
    )
    assert wrong[0] == 1
    assert "Inloggen is mislukt" in capsys.readouterr().err
    right = _run(
        db,
        monkeypatch,
        "--user",
        "sara",
        "--user-password-stdin",
        "users",
        "list",
        stdin=SARA_PW + "\n",
    )
    assert right[0] == 0


def test_the_service_door_checks_and_throttles_like_the_server(db: Path) -> None:
    app = open_app(str(db), user="boss")
    app.users.set_password("sara", SARA_PW)
    app.close()
    with pytest.raises(PasswordRequired):
        open_app(str(db), user="sara")
    for _ in range(5):
        with pytest.raises(SignInFailed):
            open_app(str(db), user="sara", password="fout-fout-fout-fout")
    with pytest.raises(SignInLocked):  # the sixth try waits, even with the right password
        open_app(str(db), user="sara", password=SARA_PW)


def test_own_os_login_needs_no_password(db: Path) -> None:
    me = os_login()
    boss = open_app(str(db), user="boss")
    boss.users.add(me, roles=["member"])
    boss.users.set_password(me, "mijn-eigen-wachtwoord-lang")
    boss.close()
    mine = open_app(str(db))  # no --user: who is logged in on this computer
    assert mine.actor.login == me
    mine.close()


def test_a_user_sets_their_own_first_password_but_not_someone_elses(db: Path) -> None:
    from bewustwerven.services.errors import Forbidden

    sara = open_app(str(db), user="sara")
    try:
        with pytest.raises(Forbidden):
            sara.users.set_password("boss", "overname-van-de-baas")
        sara.users.set_password("sara", SARA_PW)
        with pytest.raises(Forbidden):  # a second time needs the old one (change_password)
            sara.users.set_password("sara", "nog-een-ander-wachtwoord")
    finally:
        sara.close()


def test_in_a_demo_database_anyone_may_be_anyone(db: Path) -> None:
    boss = open_app(str(db), user="boss")
    boss.users.set_password("sara", SARA_PW)
    assert boss.is_demo is False
    with boss.db.write() as session:
        mark_demo(session, "boss")
    boss.close()
    sara = open_app(str(db), user="sara")
    assert sara.is_demo is True and sara.actor.login == "sara"
    sara.close()
