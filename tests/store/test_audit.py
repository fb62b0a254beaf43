"""The hash-chained trail: every change recorded, and tampering outside the app found."""

from __future__ import annotations

import sqlite3

import pytest

from bewustwerven.services.app import open_app
from bewustwerven.store import audit
from bewustwerven.store.models import Unit

from ..services.conftest import make_procedure, open_and_import, score_all


@pytest.fixture
def scored(tmp_path):
    app = open_app(str(tmp_path / "t.db"), user="admin")
    from ..services.conftest import PEOPLE

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
    pid = make_procedure(app)
    open_and_import(app, pid)
    score_all(app, pid)
    assert app.audit.verify().ok
    app.db.engine.dispose()
    yield app, tmp_path / "t.db"
    app.close()


def _sql(path, statement, *params):
    con = sqlite3.connect(path)
    con.execute(statement, params)
    con.commit()
    con.close()


def _event_for(path, table, pk):
    con = sqlite3.connect(path)
    rows = con.execute("SELECT seq, action, rows FROM audit_events ORDER BY seq").fetchall()
    con.close()
    last = None
    for seq, action, rows_json in rows:
        if f'["{table}",{pk},' in rows_json:
            last = (seq, action)
    return last


def test_altering_a_score_is_found_and_names_the_event(scored):
    app, path = scored
    seq, action = _event_for(path, "scores", 1)
    assert action == "sheet.submitted"
    _sql(path, "UPDATE scores SET value = 1 WHERE id = 1")
    result = app.audit.verify()
    assert not result.ok
    assert result.broken_seq == seq
    assert "scores #1 was changed" in result.problem


def test_deleting_a_row_or_an_event_is_found(scored):
    app, path = scored
    seq, _ = _event_for(path, "conflicts", 1) or (None, None)
    assert seq is None  # no conflicts were declared
    _sql(path, "DELETE FROM scores WHERE id = 2")
    result = app.audit.verify()
    assert not result.ok and "scores #2 was deleted" in result.problem


def test_deleting_or_reordering_events_breaks_the_chain(scored):
    app, path = scored
    _sql(path, "DELETE FROM audit_events WHERE seq = 5")
    result = app.audit.verify()
    assert not result.ok and result.broken_seq == 6


def test_rewriting_an_event_is_found(scored):
    app, path = scored
    _sql(path, "UPDATE audit_events SET actor = 'iemand' WHERE seq = 3")
    result = app.audit.verify()
    assert not result.ok and result.broken_seq == 3


def test_inserting_a_row_outside_the_app_is_found(scored):
    app, path = scored
    _sql(path, "INSERT INTO units (code, name) VALUES ('X', 'Stiekem')")
    result = app.audit.verify()
    assert not result.ok and "not in the trail" in result.problem


def test_head_hash_from_a_report_stays_provable(scored):
    app, _path = scored
    head = app.audit.head()
    assert head is not None
    assert app.audit.verify(head[1]).head_found is True
    assert app.audit.verify("f" * 64).head_found is False


def test_a_change_without_an_event_is_refused(tmp_path):
    app = open_app(str(tmp_path / "t.db"), user="admin")
    with pytest.raises(audit.UnauditedChange), app.db.write() as session:
        session.add(Unit(code="X", name="zonder spoor"))
    with app.db.read() as session:
        assert session.query(Unit).count() == 0
    app.close()
