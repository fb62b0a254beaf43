"""The command line on the demo organisation, as an administrator would use it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from bewustwerven.cli import main

PASS = "demo-wachtwoord-test"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    old = os.environ.get("BEWUSTWERVEN_PASSPHRASE")
    os.environ["BEWUSTWERVEN_PASSPHRASE"] = PASS
    try:
        assert main(["--db", str(path), "--user", "beheer", "demo"]) == 0
    finally:
        if old is None:
            del os.environ["BEWUSTWERVEN_PASSPHRASE"]
    return path


@pytest.fixture
def cli(demo_db, monkeypatch, capsys):
    monkeypatch.setenv("BEWUSTWERVEN_PASSPHRASE", PASS)

    def run(*args: str, user: str = "beheer") -> tuple[int, str, str]:
        code = main(["--db", str(demo_db), "--user", user, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_demo_shows_a_rooney_block_and_a_committee_finding(cli):
    code, out, _ = cli("procedures", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 20 and {r["stage"] for r in rows} >= {
        "concept",
        "open",
        "screening",
        "interviews",
        "decision",
        "closed",
    }
    blocked = []
    for row in rows:
        if row["scale"] >= 12 and row["stage"] == "screening":
            _, shown, _ = cli("procedure", "show", str(row["id"]), "--json")
            data = json.loads(shown)
            codes = {f["code"] for f in data["gate"]["findings"] if f["severity"] == "block"}
            if "ROONEY" in codes and data["committee_findings"]:
                blocked.append(data)
    assert blocked, "the demo needs a scale-12 procedure blocked by ROONEY with a committee finding"
    assert blocked[0]["procedure"]["committee"]


def test_demo_has_pending_and_approved_deviations_and_a_preference_case(cli):
    code, out, _ = cli("deviations", "list", "--json")
    statuses = {d["status"] for d in json.loads(out)}
    assert code == 0 and {"pending", "approved"} <= statuses
    _, out, _ = cli("procedures", "list", "--json")
    decision = [r for r in json.loads(out) if r["stage"] == "decision" and r["scale"] >= 15]
    _, shown, _ = cli("procedure", "show", str(decision[0]["id"]), "--json")
    assert "PREF" in {f["code"] for f in json.loads(shown)["gate"]["findings"]}


def test_members_see_pseudonyms_only(cli):
    code, out, _ = cli("procedures", "list", "--json", user="kees.lid")
    mine = [r["id"] for r in json.loads(out) if r["candidates"]]
    assert code == 0 and mine
    for pid in mine:
        code, out, _ = cli(
            "candidates", "list", str(pid), "--identities", "--json", user="kees.lid"
        )
        rows = json.loads(out)
        assert code == 0 and rows
        assert all(r["name"] is None for r in rows if not r["revealed"])
    code, out, err = cli("users", "add", "x", "--role", "member", user="kees.lid")
    assert code == 1 and "beheerder" in err


def test_audit_verify_json_names_the_broken_event(demo_db, tmp_path, monkeypatch, capsys):
    if shutil.which("sqlite3") is None:
        pytest.skip("needs the sqlite3 tool")
    monkeypatch.setenv("BEWUSTWERVEN_PASSPHRASE", PASS)
    copy = tmp_path / "copy.db"
    subprocess.run(["sqlite3", str(demo_db), f".backup '{copy}'"], check=True)
    flip = "UPDATE scores SET value = CASE WHEN value = 5 THEN 1 ELSE 5 END WHERE id = 10"
    subprocess.run(["sqlite3", str(copy), flip], check=True)
    assert main(["--db", str(copy), "--user", "beheer", "audit", "verify", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and data["broken_event"] > 0
    assert "scores #10" in data["problem"]


def test_check_text_and_db_upgrade(cli, tmp_path):
    text = tmp_path / "v.txt"
    text.write_text("Wij zoeken een jonge, dynamische teamspeler.", encoding="utf-8")
    code = main(["check-text", str(text), "--scale", "10"])
    assert code == 0
    code, out, _ = cli("db", "upgrade")
    assert code == 0 and "al bij" in out


@pytest.mark.parametrize("code", ["GATE-CLOSING", "GATE-EMPTY", "NO-SUCH-RULE"])
def test_deviations_request_refuses_what_the_registry_cannot_waive(cli, code):
    _, out, _ = cli("procedures", "list", "--json")
    pid = next(r["id"] for r in json.loads(out) if r["stage"] == "open")
    reason = "De kandidaten wachten al lang en de afdeling heeft haast."
    rc, out, err = cli("deviations", "request", str(pid), code, reason, user="sanne.wsadviseur")
    assert rc == 1 and out == ""
    assert ("nooit te omzeilen" in err) if code.startswith("GATE-") else ("geen regel" in err)
    _, listed, _ = cli("deviations", "list", "--json")
    assert code not in {d["rule_code"] for d in json.loads(listed)}


def test_audit_verify_speaks_one_language(cli):
    code, out, _ = cli("audit", "verify")
    assert code == 0 and "Auditspoor intact" in out and "Ondertekend" in out
    assert "Audit trail" not in out and " / " not in out
    code, out, _ = cli("--lang", "en", "audit", "verify")
    assert code == 0 and "Audit trail intact" in out and "Signed:" in out
    assert "Auditspoor" not in out and "Ondertekend" not in out
