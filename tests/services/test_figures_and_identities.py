"""Attacks with a member's own credentials: reliability figures wait for their own sheets,
and every path that shows identities ends blind scoring for whoever used it (issue 17)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from bewustwerven.core.procedure import Stage
from bewustwerven.services.app import App
from bewustwerven.services.dto import SeatInput
from bewustwerven.services.errors import Forbidden
from tests.services.conftest import make_procedure, open_and_import, score_all

FROM, TO = date(2000, 1, 1), date(2100, 1, 1)
SEATS = [
    SeatInput("chris", "chair"),
    SeatInput("mila", "member"),
    SeatInput("omar", "member"),
    SeatInput("hugo", "member"),
    SeatInput("ina", "hr"),
]


@pytest.fixture
def world(org: App) -> tuple[App, int, list[str]]:
    org.users.add("hugo", roles=["hr", "member"], unit_code="ICT", trained=True)
    pid = make_procedure(org, seats=SEATS)
    codes = open_and_import(org, pid)
    assert org.procedures.show(pid).stage is Stage.SCREENING
    return org, pid, codes


def _submit(app: App, login: str, pid: int, codes: list[str], value: int = 4) -> None:
    m = app.as_user(login)
    for code in codes:
        form = m.scoring.form(pid, code)
        vals = {it.key: (value, "onderbouwing") for it in form.items}
        m.scoring.save(pid, code, vals, submit=True)


def _export_text(app: App, login: str, pid: int, tmp_path: Path, fmt: str) -> str:
    out = app.as_user(login).reporting.export_dossier(pid, tmp_path / f"{login}.{fmt}")
    return out.path.read_text(encoding="utf-8-sig") if fmt == "csv" else ""


def _figure_rows(text: str, header: str) -> list[list[str]]:
    """The data rows under the table whose header row holds ``header``."""
    rows = list(csv.reader(text.splitlines(), delimiter=_delimiter(text)))
    out: list[list[str]] = []
    inside = False
    for row in rows:
        if header in row:
            inside = True
            continue
        if inside:
            if not any(row):
                break
            out.append(row)
    return [r for r in out if len(r) > 1]


def _delimiter(text: str) -> str:
    return ";" if text.count(";") > text.count(",") else ","


def test_member_sees_no_alpha_or_leniency_before_own_sheets(
    world: tuple[App, int, list[str]], tmp_path: Path
) -> None:
    app, pid, codes = world
    score_all(app, pid, ("chris", "mila", "omar"), lambda login, code, key: 2 + len(login) % 3)
    _submit(app, "hugo", pid, codes[:1])  # one of four sheets
    hugo = app.as_user("hugo")
    assert hugo.reporting.dossier(pid).reliability == ()
    # the export: the chair's (all sheets in) has the figures' rows, the member's not
    text = _export_text(app, "hugo", pid, tmp_path, "csv")
    full = _export_text(app, "chris", pid, tmp_path, "csv")
    assert _figure_rows(full, "Alfa (ordinaal)") and _figure_rows(full, "Verschil met de anderen")
    assert not _figure_rows(text, "Alfa (ordinaal)")
    assert not _figure_rows(text, "Verschil met de anderen")
    # the others (all sheets in) see the figures
    assert [r.stage for r in app.as_user("omar").reporting.dossier(pid).reliability] == [
        "screening"
    ]
    # HR without a scoring seat sees them too
    assert app.as_user("hanna").reporting.dossier(pid).reliability
    _submit(app, "hugo", pid, codes[1:])
    rel = hugo.reporting.dossier(pid).reliability
    assert [r.stage for r in rel] == ["screening"] and rel[0].leniency


def test_a_draft_is_not_a_submitted_sheet(world: tuple[App, int, list[str]]) -> None:
    app, pid, codes = world
    score_all(app, pid, ("chris", "mila", "omar"))
    _submit(app, "hugo", pid, codes[:-1])
    m = app.as_user("hugo")
    form = m.scoring.form(pid, codes[-1])
    m.scoring.save(pid, codes[-1], {it.key: (3, "concept") for it in form.items}, submit=False)
    assert m.reporting.dossier(pid).reliability == ()


def test_a_declared_conflict_is_not_owed(world: tuple[App, int, list[str]]) -> None:
    app, pid, codes = world
    score_all(app, pid, ("chris", "mila", "omar"))
    hugo = app.as_user("hugo")
    hugo.scoring.declare_conflict(pid, codes[-1])
    _submit(app, "hugo", pid, codes[:-1])
    assert [r.stage for r in hugo.reporting.dossier(pid).reliability] == ["screening"]


def test_organisation_report_leaves_out_alpha_the_viewer_may_not_see(
    world: tuple[App, int, list[str]],
) -> None:
    app, pid, codes = world
    score_all(app, pid, ("chris", "mila", "omar"), lambda login, code, key: 1 + len(code + key) % 5)

    def assessed(login: str) -> int:
        data = app.as_user(login).reporting.organisation(FROM, TO)
        return sum(r.assessed for r in data.reliability if r.unit and r.stage == "screening")

    assert assessed("hanna") == 1
    assert assessed("hugo") == 0  # HR and a member who still owes sheets
    _submit(app, "hugo", pid, codes)
    assert assessed("hugo") == 1


def test_subject_access_ends_blind_scoring(world: tuple[App, int, list[str]]) -> None:
    app, pid, codes = world
    hugo = app.as_user("hugo")
    hugo.privacy.subject_access(codes[0])
    with pytest.raises(Forbidden, match="blind"):
        hugo.scoring.form(pid, codes[1])
    with pytest.raises(Forbidden, match="blind"):
        _submit(app, "hugo", pid, codes)
    # the others still score
    _submit(app, "mila", pid, codes)


def test_early_reveal_seen_by_a_member_ends_blind_scoring(
    world: tuple[App, int, list[str]],
) -> None:
    app, pid, codes = world
    chris = app.as_user("chris")
    dev = chris.deviations.request(pid, "REVEAL", "De kandidaat vroeg hier zelf om, eenmalig.")
    app.as_user("hanna").deviations.decide(dev, True, "Akkoord, eenmalig.")
    chris.candidates.reveal(pid, codes[0])
    mila = app.as_user("mila")
    rows = mila.candidates.list(pid, with_identity=True)
    assert any(r.name for r in rows)
    with pytest.raises(Forbidden, match="blind"):
        mila.scoring.form(pid, codes[1])
    # the list without identities changes nothing for the others
    app.as_user("omar").candidates.list(pid)
    _submit(app, "omar", pid, codes)
