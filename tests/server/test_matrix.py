"""Every API operation x every role, no token, an expired and a revoked token, and another
procedure's ids: allowed or refused, as the one table in matrix.py says."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import update

from bewustwerven.api.catalogue import by_name, operations, unlisted
from bewustwerven.services import accounts
from bewustwerven.services.dto import SeatInput
from bewustwerven.store.models import LoginSession
from tests.postgres.conftest import pg_db, pg_server  # noqa: F401  (fixtures)
from tests.server.harness import ServerWorld, build, password
from tests.server.matrix import JUSTIFICATION, LOGINS, ROLES, RULES, Ctx
from tests.services.conftest import make_procedure, open_and_import, score_all

pytestmark = pytest.mark.postgres
REFUSED = (401, 403)


def test_the_table_names_every_operation_and_the_catalogue_every_method() -> None:
    assert unlisted() == []
    assert sorted(RULES) == sorted(op.name for op in operations())


def _other_procedure(w: ServerWorld) -> int:
    owner = w.owner
    owner.users.add("rob", roles=["recruiter"], unit_code="PO", trained=True,
                    password=password("rob"))
    owner.users.add("carl", roles=["chair", "member"], unit_code="ICT", trained=True,
                    password=password("carl"))
    owner.users.add("mo", roles=["member"], unit_code="VTH", trained=True,
                    password=password("mo"))
    real_as_user = w.as_user

    class AsRob:
        def as_user(self, login: str):  # type: ignore[no-untyped-def]
            return real_as_user("rob" if login == "rita" else login)

    return make_procedure(AsRob(), seats=[  # type: ignore[arg-type]
        SeatInput("carl", "chair"), SeatInput("mo", "member"), SeatInput("henk", "hr")])


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory, pg_server: str  # noqa: F811
          ) -> Iterator[tuple[ServerWorld, Ctx]]:
    import uuid

    import psycopg

    from tests.postgres.conftest import OWNER, sa_url

    name = "bw_" + uuid.uuid4().hex[:10]
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} OWNER {OWNER}")
    from tests.postgres.conftest import OWNER_PW

    db = {"server": pg_server, "name": name, "owner_url": sa_url(pg_server, OWNER, OWNER_PW, name)}
    w = build(db, Path(tmp_path_factory.mktemp("matrix")))
    w.owner.users.add("ada", roles=["admin"], password=password("ada"))
    p = make_procedure(w)  # type: ignore[arg-type]
    codes = open_and_import(w, p)  # type: ignore[arg-type]
    score_all(w, p, members=("mila", "chris"))
    s = make_procedure(w)  # type: ignore[arg-type]
    q = _other_procedure(w)
    form = w.as_user("mila").scoring.form(p, codes[0])
    deviation = w.as_user("rita").deviations.request(p, "ROONEY", JUSTIFICATION)
    complaint = w.as_user("hanna").privacy.add_complaint(p, "een klacht")
    ctx = Ctx(p, s, q, codes, deviation, complaint, form.items[0].key)
    yield w, ctx
    w.close()
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


class Tokens:
    def __init__(self, w: ServerWorld) -> None:
        self.w, self.cache = w, {}  # type: ignore[var-annotated]

    def of(self, login: str) -> str:
        if login not in self.cache:
            r = httpx.post(f"{self.w.url}/api/v1/login",
                           json={"login": login, "password": password(login)})
            assert r.status_code == 200, r.text
            self.cache[login] = r.json()["token"]
        return str(self.cache[login])


@pytest.fixture(scope="module")
def tokens(setup) -> Tokens:  # type: ignore[no-untyped-def]
    return Tokens(setup[0])


def _call(w: ServerWorld, name: str, body: dict, token: str | None) -> httpx.Response:  # type: ignore[type-arg]
    op = by_name()[name]
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return httpx.post(f"{w.url}{op.path}", content=op.request(**body).model_dump_json(),
                      headers=headers, timeout=60)


def _dead_tokens(w: ServerWorld) -> tuple[str, str]:
    actor = w.owner.as_user("mila").actor
    expired = accounts.open_session(w.owner.db, actor)
    revoked = accounts.open_session(w.owner.db, actor)
    with w.owner.db.write() as s:
        s.execute(update(LoginSession)
                  .where(LoginSession.token_hash == accounts.token_hash(expired.token))
                  .values(expires_at=datetime.now() - timedelta(seconds=1)))
        s.execute(update(LoginSession)
                  .where(LoginSession.token_hash == accounts.token_hash(revoked.token))
                  .values(revoked_at=datetime.now()))
    return expired.token, revoked.token


@pytest.mark.parametrize("name", sorted(RULES))
def test_matrix(setup, tokens: Tokens, name: str) -> None:  # type: ignore[no-untyped-def]
    w, ctx = setup
    allowed, args = RULES[name]
    wrong: list[str] = []
    for role in ROLES:
        ctx.caller = LOGINS[role]
        r = _call(w, name, args(ctx), tokens.of(ctx.caller))
        if name == "users.change_password":
            tokens.cache.pop(ctx.caller, None)  # every session of theirs ended
        if (r.status_code not in REFUSED) != (role in allowed) or r.status_code >= 500:
            wrong.append(f"{role}: {r.status_code} {r.text[:160]}")
    ctx.caller = "mila"
    expired, revoked = _dead_tokens(w)
    for label, token in (("no token", None), ("expired", expired), ("revoked", revoked),
                         ("garbage", "x" * 43)):
        r = _call(w, name, args(ctx), token)
        if r.status_code != 401:
            wrong.append(f"{label}: {r.status_code} {r.text[:160]}")
    body = args(ctx)
    key = "pid" if "pid" in body else "procedure_id" if "procedure_id" in body else None
    if key is not None:  # another procedure's ids: people of P have no business in Q
        for role in ("member", "chair", "recruiter"):
            ctx.caller = LOGINS[role]
            r = _call(w, name, {**args(ctx), key: ctx.q}, tokens.of(ctx.caller))
            if r.status_code not in REFUSED:
                wrong.append(f"{role} on Q: {r.status_code} {r.text[:160]}")
    assert not wrong, "\n".join(wrong)
