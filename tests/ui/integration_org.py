"""A small organisation with one procedure, built through the services (shared by the
integration tests of the chair's decision and the recruiter's privacy actions)."""

from __future__ import annotations

from pathlib import Path

from bewustwerven.services.app import App, open_app
from tests.services.conftest import PEOPLE, make_procedure, open_and_import, score_all


def organisation(tmp_path: Path) -> App:
    app = open_app(str(tmp_path / "t.db"), user="admin")
    for code in ("PO", "WPI", "ICT", "VTH"):
        app.users.add_unit(code, f"Afdeling {code}")
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


def procedure_with_candidates(org: App) -> tuple[int, list[str]]:
    """A procedure in screening with four imported candidates (owner: rita)."""
    pid = make_procedure(org)
    return pid, open_and_import(org, pid)


def procedure_at_decision(org: App) -> tuple[int, list[str]]:
    """Screened, interviewed, both consensus rounds by chris (chair): stage Besluit."""
    pid, codes = procedure_with_candidates(org)
    chris = org.as_user("chris")
    for outcome in ("invite", "suitable"):
        score_all(org, pid)
        view = chris.consensus.view(pid)
        for cand in view.candidates:
            scores = {k: 4.0 for k, *_ in view.criteria}
            motiv = {k: "Besproken en eens." for k, *_ in view.criteria}
            chris.consensus.record(pid, cand.pseudonym, outcome, scores, motiv)
        assert chris.procedures.advance(pid, acknowledge_warnings=True).advanced
    return pid, codes
