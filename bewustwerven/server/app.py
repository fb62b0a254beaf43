"""The HTTP API: sign-in, and one typed operation per allowed service method.

Every request stands alone: the session token names the person (services/accounts.py),
the service runs as them on the server's own database, in its own transaction, with the
same role checks and audit event as on a laptop. The server keeps nothing between
requests except in the database, so several instances can share one PostgreSQL.
"""

# No `from __future__ import annotations`: FastAPI reads these hints at run time.

import inspect
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Annotated, Any

import anyio.to_thread
from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

from bewustwerven import __version__
from bewustwerven.api import wire
from bewustwerven.api.catalogue import Operation, operations
from bewustwerven.core.policy import PolicyError
from bewustwerven.core.procedure import Role
from bewustwerven.server.auth import Authenticator, PasswordAuthenticator, SignIn
from bewustwerven.services import accounts
from bewustwerven.services.app import App
from bewustwerven.services.base import Actor
from bewustwerven.services.errors import InvalidInput, KnownError
from bewustwerven.store.db import Database, pool_size

log = logging.getLogger("bewustwerven.server")

_bearer = HTTPBearer(auto_error=False, description="the session token from /api/v1/login")
Token = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


class Me(BaseModel):
    user_id: int
    login: str
    display_name: str
    roles: list[Role]


class Session(BaseModel):
    token: str
    expires_at: datetime
    me: Me


class Ping(BaseModel):
    ok: bool


def _me(actor: Actor) -> Me:
    return Me(
        user_id=actor.user_id,
        login=actor.login,
        display_name=actor.display_name,
        roles=sorted(actor.roles),
    )


def _json(model: BaseModel, status: int = 200) -> Response:
    return Response(model.model_dump_json(), status_code=status, media_type="application/json")


@asynccontextmanager
async def _threads_as_connections(_: FastAPI) -> AsyncIterator[None]:
    """Requests run in anyio's thread pool (40 threads by default). More threads than pooled
    database connections only wait for one while contending for the GIL, so a worker runs
    as many requests at once as it holds connections; the others queue in order."""
    anyio.to_thread.current_default_thread_limiter().total_tokens = pool_size()
    yield


def create_app(db: Database, authenticator: Authenticator | None = None) -> FastAPI:
    auth = authenticator or PasswordAuthenticator()
    api = FastAPI(
        lifespan=_threads_as_connections,
        title="BewustWerven",
        version=__version__,
        description="Inclusive recruitment and selection: the services of BewustWerven, "
        "one operation per service method. Sign in at /api/v1/login and send the token "
        "as `Authorization: Bearer ...`.",
    )

    def who(token: Token) -> Actor:
        if token is None:
            raise accounts.SESSION_INVALID
        return accounts.resolve(db, token.credentials)

    @api.exception_handler(KnownError)
    def _known(_: Request, exc: KnownError) -> Response:
        return _json(wire.body_of(exc), wire.status_of(exc))

    @api.exception_handler(PolicyError)
    def _policy(_: Request, exc: PolicyError) -> Response:
        text = str(exc)
        nl, _sep, en = text.partition(" / ")
        return _json(wire.body_of(InvalidInput(nl, en or nl)), 400)

    @api.exception_handler(RequestValidationError)
    def _invalid(_: Request, exc: RequestValidationError) -> Response:
        where = "; ".join(
            ".".join(str(p) for p in e.get("loc", ())) + f": {e.get('msg', '')}"
            for e in exc.errors()[:5]
        )
        return _json(
            wire.ErrorResponse(
                error=wire.ErrorBody(
                    type="InvalidInput",
                    nl=f"De aanvraag klopt niet: {where}",
                    en=f"The request is not valid: {where}",
                )
            ),
            422,
        )

    @api.exception_handler(Exception)
    def _unknown(request: Request, exc: Exception) -> Response:
        log.exception("error in %s", request.url.path)
        return _json(wire.INTERNAL, 500)

    errors_doc: dict[int | str, dict[str, Any]] = {
        code: {"model": wire.ErrorResponse} for code in (400, 401, 403, 404, 409, 429, 503)
    }

    @api.post("/api/v1/login", response_model=Session, responses=errors_doc, tags=["session"])
    def login(body: SignIn) -> Response:
        actor = auth.authenticate(db, body)
        issued = accounts.open_session(db, actor, via=auth.name)
        return _json(Session(token=issued.token, expires_at=issued.expires_at, me=_me(actor)))

    @api.post("/api/v1/logout", response_model=Ping, tags=["session"])
    def logout(token: Token) -> Response:
        if token is not None:
            accounts.close_session(db, token.credentials)
        return _json(Ping(ok=True))

    @api.get("/api/v1/me", response_model=Me, responses=errors_doc, tags=["session"])
    def me(actor: Annotated[Actor, Depends(who)]) -> Response:
        return _json(_me(actor))

    @api.get("/api/v1/ping", response_model=Ping, tags=["session"])
    def ping() -> Response:
        """No database, no session: the framework's own floor (benchmarks, load balancers)."""
        return _json(Ping(ok=True))

    for op in operations():
        api.add_api_route(
            op.path,
            _endpoint(db, op, who),
            methods=["POST"],
            response_model=op.response,
            responses=errors_doc,
            tags=[op.service],
            name=op.name,
            summary=op.name,
            description=inspect.getdoc(op.func) or "",
        )
    return api


def _endpoint(db: Database, op: Operation, who: Callable[..., Actor]) -> Callable[..., Response]:
    names = list(op.request.model_fields)

    def endpoint(body: BaseModel, actor: Actor) -> Response:
        service = getattr(App(db, actor), op.service)
        result = getattr(service, op.method)(**{n: getattr(body, n) for n in names})
        return _json(op.response(result=result))

    endpoint.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [
            inspect.Parameter("body", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                              annotation=op.request),
            inspect.Parameter("actor", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                              annotation=Actor, default=Depends(who)),
        ]
    )
    endpoint.__annotations__ = {}
    return endpoint
