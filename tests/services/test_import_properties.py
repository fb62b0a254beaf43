"""The service with generated hostile files (issue 17): a file with any row error stores
nothing at all; an accepted file stores every row exactly as given."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from sqlalchemy import func, select

from bewustwerven.core.procedure import Stage
from bewustwerven.services.app import App
from bewustwerven.store.models import Candidate
from tests.core.test_import_properties import files
from tests.services.conftest import make_procedure


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(f=files())
def test_all_or_nothing_with_hostile_files(org: App, f: tuple) -> None:  # type: ignore[type-arg]
    data, _rows, _enc = f
    rita = org.as_user("rita")
    pids = [p.id for p in rita.procedures.list() if p.stage is Stage.OPEN]
    if not pids:
        pid = make_procedure(org)
        assert rita.procedures.advance(pid, acknowledge_warnings=True).stage is Stage.OPEN
    else:
        pid = pids[0]
    with org.db.read() as s:
        before = s.execute(select(func.count(Candidate.id))).scalar_one()
    expected = rita.candidates.preview(data)
    result = rita.candidates.import_csv(pid, data, duplicates="import")
    with org.db.read() as s:
        after = s.execute(select(func.count(Candidate.id))).scalar_one()
    if result.errors or result.already_imported_at is not None:
        assert after == before and result.imported == 0
        return
    assert after == before + len(expected.applicants) == before + result.imported
    stored = {r.pseudonym: r for r in rita.candidates.list(pid, with_identity=True)}
    got = sorted((stored[c].name, stored[c].email) for c in result.pseudonyms)
    assert got == sorted((a.name, a.email) for a in expected.applicants)
