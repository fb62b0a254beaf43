"""The whole blind-scoring flow works when every person is their own database login."""

from __future__ import annotations

import pytest

from tests.postgres.world import World, build
from tests.services.conftest import make_procedure, open_and_import, score_all


@pytest.fixture
def world(pg_db):
    w = build(pg_db)
    yield w
    w.close()


def test_flow_as_own_logins(world: World):
    pid = make_procedure(world)
    codes = open_and_import(world, pid)
    assert len(codes) == 4
    score_all(world, pid)
    others = world.as_user("mila").scoring.others(pid, codes[0])
    assert {o.member for o in others} == {"chris", "mila", "omar"}
    hr = world.as_user("hanna")
    result = hr.audit.verify()
    assert result.ok, result.problems
