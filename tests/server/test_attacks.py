"""What people could try with their own account and a tool of their own (curl, httpx)."""

from __future__ import annotations

import httpx
import pytest

from bewustwerven.services.errors import Forbidden
from tests.server.harness import ServerWorld
from tests.services.conftest import make_procedure, open_and_import, score_all

pytestmark = pytest.mark.postgres


def _post(w: ServerWorld, who: str, path: str, body: dict) -> httpx.Response:  # type: ignore[type-arg]
    token = w.as_user(who).conn.token
    return httpx.post(f"{w.url}/api/v1/{path}", json=body,
                      headers={"Authorization": f"Bearer {token}"})


def test_hr_cannot_approve_their_own_deviation(world: ServerWorld) -> None:
    pid = make_procedure(world)  # type: ignore[arg-type]
    world.owner.users.set_roles("ina", ["member", "hr"])  # ina: HR and on the committee
    ina = world.as_user("ina")
    dev = ina.deviations.request(pid, "ROONEY", "een afwijking die ik zelf wil goedkeuren")
    with pytest.raises(Forbidden):
        ina.deviations.decide(dev, True, "mag van mezelf")
    assert [d.status for d in world.as_user("hanna").deviations.list(procedure_id=pid)] == [
        "pending"]


def test_a_member_cannot_approve_or_forge_an_approval(world: ServerWorld) -> None:
    pid = make_procedure(world)  # type: ignore[arg-type]
    dev = world.as_user("rita").deviations.request(pid, "ROONEY", "een gewone afwijking hier")
    r = _post(world, "mila", "deviations/decide", {"deviation_id": dev, "approve": True})
    assert r.status_code == 403
    # fields the service does not take (who decided, the status) are refused, not ignored
    r = _post(world, "mila", "deviations/request", {
        "pid": pid, "rule_code": "ROONEY", "justification": "al goedgekeurd door P&O hoor",
        "status": "approved", "decided_by": "hanna"})
    assert r.status_code == 422
    assert [d.status for d in world.as_user("hanna").deviations.list(procedure_id=pid)] == [
        "pending"]


def test_no_one_scores_in_another_members_name_or_rewrites_a_sealed_sheet(
        world: ServerWorld) -> None:
    pid = make_procedure(world)  # type: ignore[arg-type]
    codes = open_and_import(world, pid)  # type: ignore[arg-type]
    score_all(world, pid, members=("mila",))
    form = world.as_user("mila").scoring.form(pid, codes[0])
    values = {it.key: [1, "herschreven na het indienen"] for it in form.items}
    r = _post(world, "chris", "scoring/save", {"pid": pid, "pseudonym": codes[0],
                                                "values": values, "member": "mila"})
    assert r.status_code == 422  # there is no "as whom": the session says who
    r = _post(world, "mila", "scoring/save", {"pid": pid, "pseudonym": codes[0],
                                               "values": values, "submit": True})
    assert r.status_code in (403, 409), r.text  # sealed
    assert world.as_user("mila").scoring.form(pid, codes[0]).status == "submitted"
    assert world.as_user("hanna").audit.verify().ok


def test_a_member_cannot_steer_reveal_or_decide(world: ServerWorld) -> None:
    pid = make_procedure(world)  # type: ignore[arg-type]
    codes = open_and_import(world, pid)  # type: ignore[arg-type]
    for path, body in (
        ("procedures/advance", {"pid": pid, "acknowledge_warnings": True}),
        ("candidates/reveal", {"pid": pid, "pseudonym": codes[0]}),
        ("candidates/list", {"pid": pid, "with_identity": True}),
        ("consensus/record", {"pid": pid, "pseudonym": codes[0], "outcome": "yes",
                              "scores": {}, "motivations": {}}),
        ("audit/verify", {}),
        ("users/set_roles", {"login": "mila", "roles": ["admin"]}),
    ):
        r = _post(world, "mila", path, body)
        if path == "candidates/list":  # allowed, but without a single name
            assert r.status_code == 200
            assert all(row["name"] is None for row in r.json()["result"]), r.text
        else:
            assert r.status_code == 403, (path, r.text)
    assert world.as_user("rita").procedures.show(pid).stage.value == "screening"


def test_the_data_key_and_internals_never_cross_the_wire(world: ServerWorld) -> None:
    r = _post(world, "adam", "privacy/export_key", {"passphrase": "give me the key"})
    assert r.status_code == 404
    spec = httpx.get(f"{world.url}/openapi.json").json()
    assert "/api/v1/privacy/export_key" not in spec["paths"]
    assert "/api/v1/scoring/save" in spec["paths"]
