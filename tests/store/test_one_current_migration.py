"""Migration 0005 on a database that already holds twin sheets: the sheet that counts is
kept, the others archived with a signed audit event, or the upgrade refuses and changes
nothing when the signing key is not at hand."""

from __future__ import annotations

import keyring
import pytest
from sqlalchemy import inspect, select

from bewustwerven.services.app import App
from bewustwerven.store import audit, keys, migrate
from bewustwerven.store.models import AuditEvent, ScoreSheet
from bewustwerven.store.one_current import ACTION, DuplicatesNeedKey
from tests.services.conftest import make_procedure, open_and_import


def _with_twins(org: App) -> tuple[int, list[int]]:
    """Back at 0004, the member's draft plus two twins written (and audited) like a racing
    client would have: the second twin submitted."""
    pid = make_procedure(org)
    code = open_and_import(org, pid)[0]
    mila = org.as_user("mila")
    mila.scoring.save(pid, code, {mila.scoring.form(pid, code).items[0].key: (3, "eerste")})
    migrate.downgrade(org.db.engine, "0004")
    with org.db.write() as s:
        first = s.execute(select(ScoreSheet)).scalar_one()
        ids = [first.id]
        for status in ("draft", "submitted"):
            twin = ScoreSheet(procedure_id=pid, candidate_id=first.candidate_id,
                              member_id=first.member_id, stage=first.stage, round=first.round,
                              version=1, status=status)
            s.add(twin)
            s.flush()
            ids.append(twin.id)
        audit.record(s, "mila", "sheet.saved", procedure_id=pid, payload={"test": "twins"})
    return pid, ids


def _statuses(org: App) -> dict[int, str]:
    with org.db.read() as s:
        return {r.id: r.status for r in s.execute(select(ScoreSheet)).scalars()}


def test_twins_are_archived_in_the_signed_trail_and_the_index_is_built(org: App) -> None:
    pid, (a, b, submitted) = _with_twins(org)
    migrate.upgrade(org.db.engine)
    assert _statuses(org) == {a: "archived", b: "archived", submitted: "submitted"}
    names = {i["name"] for i in inspect(org.db.engine).get_indexes("score_sheets")}
    assert "uq_score_sheets_current" in names
    with org.db.read() as s:
        ev = s.execute(select(AuditEvent).where(AuditEvent.action == ACTION)).scalar_one()
    assert ev.procedure_id == pid and ev.signature is not None
    assert f'"archived":[{a},{b}]' in ev.payload and f'"kept":[{submitted}]' in ev.payload
    assert org.as_user("hanna").audit.verify().ok


def test_without_the_signing_key_the_upgrade_refuses_and_changes_nothing(org: App) -> None:
    _, ids = _with_twins(org)
    before = _statuses(org)
    keyring.delete_password(keys.SERVICE, keys.signing_keyring_name(org.db.db_id))
    with pytest.raises(DuplicatesNeedKey) as err:
        migrate.upgrade(org.db.engine)
    assert "Er is niets gewijzigd" in err.value.msg.nl
    assert "Nothing was changed" in err.value.msg.en
    assert _statuses(org) == before
    with org.db.engine.connect() as conn:
        assert migrate.current_revision(conn) == "0004"
    names = {i["name"] for i in inspect(org.db.engine).get_indexes("score_sheets")}
    assert "uq_score_sheets_current" not in names
    assert len(ids) == 3
