"""Issue 17 through the server: the same member signed in twice (two windows or two
devices) on the same draft. The stale window's save is refused with 409 and the Dutch and
English "changed meanwhile"; the first save stays."""

from __future__ import annotations

import httpx
import pytest

from bewustwerven.services.errors import ChangedMeanwhile
from tests.server.harness import ServerWorld
from tests.services.conftest import make_procedure, open_and_import

pytestmark = pytest.mark.postgres


def test_a_stale_window_is_refused_through_the_server(world: ServerWorld) -> None:
    pid = make_procedure(world)  # type: ignore[arg-type]
    code = open_and_import(world, pid)[0]  # type: ignore[arg-type]
    left, right = world.sign_in("mila"), world.sign_in("mila")
    key = left.scoring.form(pid, code).items[0].key
    left.scoring.save(pid, code, {key: (2, "begin")})
    seen_left, seen_right = left.scoring.form(pid, code), right.scoring.form(pid, code)
    assert seen_left.row_version == seen_right.row_version

    left.scoring.save(pid, code, {key: (5, "links")}, expected_version=seen_left.row_version)
    with pytest.raises(ChangedMeanwhile) as err:
        right.scoring.save(pid, code, {key: (1, "rechts")},
                           expected_version=seen_right.row_version)
    assert "ander venster" in err.value.nl and "another window" in err.value.en
    assert left.scoring.form(pid, code).values[key] == (5, "links")

    # the same refusal for a tool of one's own: a 409 with both texts
    r = httpx.post(f"{world.url}/api/v1/scoring/save",
                   headers={"Authorization": f"Bearer {right.conn.token}"},
                   json={"pid": pid, "pseudonym": code, "values": {key: [1, "rechts"]},
                         "expected_version": seen_right.row_version})
    assert r.status_code == 409
    assert r.json()["error"]["type"] == "ChangedMeanwhile"
    assert left.scoring.form(pid, code).values[key] == (5, "links")
