"""One of a kind on PostgreSQL, raced for real: two transactions that both read "nothing
yet" and both insert. The unique indexes leave one row; the other caller gets a clear
"changed meanwhile" (SQLite: tests/services/test_one_current.py)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import func, select

from bewustwerven.services import accounts
from bewustwerven.services import facts as F
from bewustwerven.services.app import App
from bewustwerven.services.errors import ChangedMeanwhile, KnownError
from bewustwerven.services.scoring import ScoringService
from bewustwerven.store.models import Consensus, ScoreSheet
from tests.postgres.world import World, build, password
from tests.services.conftest import make_procedure, open_and_import, score_all

pytestmark = pytest.mark.postgres


@pytest.fixture
def world(pg_db, tmp_path) -> Iterator[World]:  # type: ignore[no-untyped-def]
    w = build(pg_db, tmp_path)
    yield w
    w.close()


def _server_app(w: World, login: str) -> App:
    """As the server runs a request: the server's own database login, the person's actor."""
    return App(w.db, accounts.check_password(w.db, login, password(login)))


def _both_read_then_write(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str,
                          calls: list[Callable[[], object]]) -> list[object]:
    """Both calls read (``owner.name``) before either writes: a barrier right after it."""
    meet = threading.Barrier(len(calls), timeout=30)
    original = getattr(owner, name)

    def read_then_wait(*args: Any, **kw: Any) -> Any:
        found = original(*args, **kw)
        meet.wait()
        return found

    monkeypatch.setattr(owner, name, read_then_wait)
    out: list[object] = [None] * len(calls)

    def run(i: int) -> None:
        try:
            out[i] = calls[i]()
        except KnownError as exc:
            out[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not any(t.is_alive() for t in threads)
    return out


def test_two_clients_create_the_same_sheet_one_row(world: World, monkeypatch) -> None:
    pid = make_procedure(world)  # type: ignore[arg-type]
    code = open_and_import(world, pid)[0]  # type: ignore[arg-type]
    a, b = _server_app(world, "mila"), _server_app(world, "mila")
    key = a.scoring.form(pid, code).items[0].key
    # no expected_version: only the unique index stands between the two inserts
    out = _both_read_then_write(monkeypatch, ScoringService, "_my_sheet", [
        lambda: a.scoring.save(pid, code, {key: (2, "links")}),
        lambda: b.scoring.save(pid, code, {key: (4, "rechts")}),
    ])
    assert sorted(type(o).__name__ for o in out) == ["ChangedMeanwhile", "str"], out
    refused = next(o for o in out if isinstance(o, ChangedMeanwhile))
    assert "intussen gewijzigd" in refused.nl and "changed meanwhile" in refused.en
    with world.db.read() as s:
        n = s.execute(select(func.count()).select_from(ScoreSheet).where(
            ScoreSheet.procedure_id == pid, ScoreSheet.status.in_(("draft", "submitted")))
        ).scalar_one()
    assert n == 1
    assert world.as_user("hanna").audit.verify().ok


def test_two_windows_record_the_first_consensus_one_row_and_who(world: World,
                                                                monkeypatch) -> None:
    pid = make_procedure(world)  # type: ignore[arg-type]
    codes = open_and_import(world, pid)  # type: ignore[arg-type]
    score_all(world, pid)  # type: ignore[arg-type]
    a, b = _server_app(world, "chris"), _server_app(world, "chris")
    keys = [k for k, *_ in a.consensus.view(pid).criteria]
    scores, why = {k: 4.0 for k in keys}, {k: "samen besproken" for k in keys}
    out = _both_read_then_write(monkeypatch, F, "consensus_rows", [
        lambda: a.consensus.record(pid, codes[0], "invite", scores, why),
        lambda: b.consensus.record(pid, codes[0], "reserve", scores, why),
    ])
    assert sorted(type(o).__name__ for o in out) == ["ChangedMeanwhile", "bool"], out
    refused = next(o for o in out if isinstance(o, ChangedMeanwhile))
    assert refused.nl.startswith("chris heeft intussen") and "chris recorded" in refused.en
    with world.db.read() as s:
        rows = s.execute(select(Consensus.outcome)).scalars().all()
    assert len(rows) == 1
    assert world.as_user("hanna").audit.verify().ok
