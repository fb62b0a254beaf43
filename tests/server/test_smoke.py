"""The blind-scoring flow through the server: every person signs in with their own password."""

from __future__ import annotations

import pytest

from tests.server.harness import ServerWorld
from tests.services.conftest import make_procedure, open_and_import, score_all

pytestmark = pytest.mark.postgres


def test_flow_through_the_server(world: ServerWorld) -> None:
    pid = make_procedure(world)  # type: ignore[arg-type]
    codes = open_and_import(world, pid)  # type: ignore[arg-type]
    assert len(codes) == 4
    score_all(world, pid)  # type: ignore[arg-type]
    others = world.as_user("mila").scoring.others(pid, codes[0])
    assert {o.member for o in others} == {"chris", "mila", "omar"}
    result = world.as_user("hanna").audit.verify()
    assert result.ok, result.problems
