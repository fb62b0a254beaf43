"""``RemoteApp``: the services of ``App``, called on a BewustWerven server over HTTPS.

``RemoteApp(...).procedures.list()`` returns what ``App.procedures.list()`` returns: the
arguments and the answer are checked against the same pydantic models the server built
from the service's type hints (bewustwerven/server/catalogue.py), so the UI works on either
without knowing. A known error on the server is raised here as the same class; a lost
connection is ``ConnectionLost`` (nothing was saved unless the server answered).
"""

from __future__ import annotations

import contextlib
import inspect
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
from pydantic import ValidationError

from bewustwerven.api.catalogue import EXCLUDED, Operation, by_name, service_classes
from bewustwerven.api.wire import ErrorResponse, raise_from
from bewustwerven.services.base import Actor
from bewustwerven.services.errors import ConnectionLost, KnownError, SessionInvalid

if TYPE_CHECKING:
    from bewustwerven.services.app import App

TIMEOUT = httpx.Timeout(30.0, connect=10.0)

SERVER_LOST = ConnectionLost(
    "De verbinding met de server is verbroken. Als de server niet heeft geantwoord, is uw "
    "wijziging niet opgeslagen. Probeer het opnieuw.",
    "The connection to the server was lost. If the server did not answer, your change was "
    "not saved. Try again.",
)


class NotOnServer(KnownError):
    """A service method that does not cross the wire (see catalogue.EXCLUDED)."""


class Connection:
    """One HTTPS client with the session token; every call is one request."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        verify: bool | str = True,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self._http = httpx.Client(
            base_url=self.base_url, timeout=TIMEOUT, verify=verify, transport=transport
        )

    def request(self, method: str, path: str, body: bytes | None = None) -> bytes:
        headers = {"Content-Type": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            reply = self._http.request(method, path, content=body, headers=headers)
        except httpx.TransportError as exc:
            raise SERVER_LOST from exc
        if reply.status_code >= 400:
            try:
                err = ErrorResponse.model_validate_json(reply.content)
            except ValidationError:
                raise KnownError(
                    f"De server gaf een onverwacht antwoord ({reply.status_code}).",
                    f"The server gave an unexpected answer ({reply.status_code}).",
                ) from None
            raise raise_from(err)
        return reply.content

    def call(self, op: Operation, kwargs: dict[str, Any]) -> Any:
        body = op.request(**kwargs).model_dump_json().encode()
        raw = self.request("POST", op.path, body)
        return op.response.model_validate_json(raw).result  # type: ignore[attr-defined]

    def close(self) -> None:
        self._http.close()


class RemoteService:
    """Stands in for one service: each allowed method becomes a request."""

    def __init__(self, conn: Connection, service: str) -> None:
        self._conn = conn
        self._service = service
        self._ops = {n.split(".")[1]: op for n, op in by_name().items() if op.service == service}

    def __getattr__(self, method: str) -> Callable[..., Any]:
        if method.startswith("_"):
            raise AttributeError(method)
        op = self._ops.get(method)
        if op is None:
            static = inspect.getattr_static(service_classes()[self._service], method, None)
            if isinstance(static, staticmethod):  # a pure helper (the clock): runs here
                return static.__func__
            local = _LOCAL.get(f"{self._service}.{method}")
            if local is not None:  # made on the server, written on this machine
                return lambda *a, **k: local(self, *a, **k)
            reason = EXCLUDED.get(f"{self._service}.{method}")
            if reason is None:
                raise AttributeError(method)
            raise NotOnServer(
                f"Dit kan niet via de server ({self._service}.{method}: {reason}).",
                f"This cannot be done through the server ({self._service}.{method}: {reason}).",
            )
        signature = inspect.signature(op.func)
        fields = set(op.request.model_fields)

        def call(*args: Any, **kwargs: Any) -> Any:
            bound = signature.bind(None, *args, **kwargs)
            sent = {k: v for k, v in bound.arguments.items() if k in fields}
            return self._conn.call(op, sent)

        call.__name__ = method
        call.__doc__ = op.func.__doc__
        return call


def _save(rendered: Any, path: str | os.PathLike[str]) -> Any:
    """Write a report the server made to ``path`` here, readable by its owner only."""
    from bewustwerven.core.files import private_open
    from bewustwerven.services.reporting import ExportResult

    target = Path(path)
    with private_open(target, "wb") as out:
        out.write(rendered.data)
    return ExportResult(target, rendered.format, rendered.sha256, rendered.head_hash)


def _export_dossier(svc: RemoteService, pid: int, path: str, *, lang: str = "nl") -> Any:
    from bewustwerven.services.reporting import format_of

    fmt = format_of(Path(path))
    return _save(svc.render_dossier(pid, fmt, lang=lang), path)


def _export_organisation(
    svc: RemoteService,
    start: Any,
    end: Any,
    path: str,
    *,
    units: Any = (),
    lang: str = "nl",
    progress: Callable[[str], None] = lambda _m: None,
) -> Any:
    from bewustwerven.services.reporting import format_of

    fmt = format_of(Path(path))
    progress("render")
    rendered = svc.render_organisation(start, end, fmt, units=list(units), lang=lang)
    return _save(rendered, path)


# Methods that write a file at a path: over the server the file is made there and its bytes
# are written here, with the same audit event as on one laptop.
_LOCAL: dict[str, Callable[..., Any]] = {
    "reporting.export_dossier": _export_dossier,
    "reporting.export_organisation": _export_organisation,
}


class RemoteApp:
    """What the UI needs of ``App``, without a database: the services and the actor."""

    def __init__(self, conn: Connection, actor: Actor) -> None:
        self.conn = conn
        self.actor = actor
        for name in service_classes():
            setattr(self, name, RemoteService(conn, name))

    def describe(self) -> str:
        return self.conn.base_url

    def close(self) -> None:
        with contextlib.suppress(KnownError):
            self.conn.request("POST", "/api/v1/logout")
        self.conn.close()


def as_app(remote: RemoteApp) -> App:
    """For the type checker: a RemoteApp offers what the UI uses of App."""
    return remote  # type: ignore[return-value]


def actor_of(me: dict[str, Any]) -> Actor:
    from bewustwerven.services.users import parse_roles

    return Actor(int(me["user_id"]), str(me["login"]), str(me["display_name"]),
                 parse_roles(list(me["roles"])))


def sign_in(conn: Connection, login: str, password: str) -> tuple[str, Actor]:
    import json

    raw = conn.request("POST", "/api/v1/login",
                       json.dumps({"login": login, "password": password}).encode())
    data = json.loads(raw)
    conn.token = str(data["token"])
    return conn.token, actor_of(data["me"])


def who_am_i(conn: Connection) -> Actor:
    import json

    return actor_of(json.loads(conn.request("GET", "/api/v1/me")))


__all__ = ["Connection", "NotOnServer", "RemoteApp", "SessionInvalid", "sign_in", "who_am_i"]
