"""Which service methods the server offers, read from the services' own type hints.

One operation per public method of a service of ``App``: ``POST /api/v1/{service}/{method}``
with the keyword arguments as a JSON object, the return value as ``{"result": ...}``.
The wire shapes are pydantic models built from the method's hints, so the server, the
client (bewustwerven/remote) and the OpenAPI description cannot disagree.

``ALLOWED`` is the explicit list of what crosses the wire; ``EXCLUDED`` names every other
public method with the reason. ``unlisted()`` (tested) finds a new method in neither, so
adding a service method without deciding about the API fails the tests.
"""

from __future__ import annotations

import collections.abc
import inspect
import sys
import typing
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from pydantic import BaseModel, ConfigDict, create_model

from bewustwerven.services.app import App

WIRE = ConfigDict(ser_json_bytes="base64", val_json_bytes="base64", extra="forbid")

ALLOWED: tuple[str, ...] = (
    "procedures.advance", "procedures.create", "procedures.gate", "procedures.list",
    "procedures.open_findings", "procedures.restart", "procedures.show",
    "setup.committee_findings", "setup.preview_committee", "setup.set_channels",
    "setup.set_committee", "setup.set_criteria", "setup.update_vacancy",
    "candidates.confirm_redactions", "candidates.import_csv", "candidates.list",
    "candidates.preview", "candidates.preview_for", "candidates.reveal",
    "candidates.set_self_identification",
    "scoring.amend", "scoring.declare_conflict", "scoring.form", "scoring.my_tasks",
    "scoring.others", "scoring.question_order", "scoring.save",
    "consensus.decide", "consensus.decision", "consensus.record", "consensus.view",
    "privacy.add_complaint", "privacy.complaint_counts", "privacy.complaints",
    "privacy.complaints_due", "privacy.delete_on_request", "privacy.handle_complaint",
    "privacy.record_objection", "privacy.run_retention", "privacy.subject_access",
    "ranking.interview_ranking",
    "deviations.decide", "deviations.list", "deviations.request",
    "audit.head", "audit.signing_key", "audit.timeline", "audit.verify",
    "users.add", "users.add_unit", "users.change_password", "users.list",
    "users.set_active", "users.set_password", "users.set_roles", "users.set_trained",
    "users.units",
    "profiles.current", "profiles.import_profile",
    "reporting.dossier", "reporting.organisation", "reporting.render_dossier",
    "reporting.render_organisation",
)

EXCLUDED: dict[str, str] = {
    "procedures.clock": "a pure helper (static): the client runs it itself",
    "setup.clock": "a pure helper (static): the client runs it itself",
    "privacy.clock": "a pure helper (static): the client runs it itself",
    "privacy.export_key": "the data key never leaves the server",
    "audit.rotate_key": "the signing key lives on the server: rotate it there "
    "(bewustwerven audit rotate-key)",
    "privacy.note_key_restored": "a key restore happens on the server itself",
    "reporting.export_dossier": "writes a file at a path on the caller's machine: the "
    "client renders it through render_dossier and writes the bytes there",
    "reporting.export_organisation": "writes a file at a path on the caller's machine: the "
    "client renders it through render_organisation and writes the bytes there",
}

_BASE_METHODS = {"require", "write", "read", "event"}


@dataclass(frozen=True)
class Operation:
    service: str
    method: str
    func: Callable[..., Any]
    request: type[BaseModel]
    response: type[BaseModel]

    @property
    def name(self) -> str:
        return f"{self.service}.{self.method}"

    @property
    def path(self) -> str:
        return f"/api/v1/{self.service}/{self.method}"


def service_classes() -> dict[str, type]:
    out: dict[str, type] = {}
    for name, attr in vars(App).items():
        if isinstance(attr, cached_property):
            from bewustwerven.services import reporting

            space = {**vars(sys.modules[App.__module__])}
            space["ReportingService"] = reporting.ReportingService
            out[name] = typing.get_type_hints(attr.func, globalns=space)["return"]
    return out


def public_methods() -> list[str]:
    names = []
    for svc, cls in service_classes().items():
        for meth, _ in inspect.getmembers(cls, inspect.isfunction):
            if not meth.startswith("_") and meth not in _BASE_METHODS:
                names.append(f"{svc}.{meth}")
    return sorted(names)


def unlisted() -> list[str]:
    """Public methods neither allowed nor excluded (must be empty), and listed names that
    are no method (must be empty too)."""
    public = set(public_methods())
    listed = set(ALLOWED) | set(EXCLUDED)
    return sorted((public - listed) | (listed - public))


def _is_callback(hint: Any) -> bool:
    origin = typing.get_origin(hint)
    return origin is collections.abc.Callable or hint is collections.abc.Callable


def _models(
    svc: str, meth: str, func: Callable[..., Any]
) -> tuple[type[BaseModel], type[BaseModel]]:
    hints = typing.get_type_hints(func)
    fields: dict[str, Any] = {}
    for pname, param in inspect.signature(func).parameters.items():
        if pname == "self" or param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        hint = hints[pname]
        if _is_callback(hint):
            if param.default is param.empty:
                raise TypeError(f"{svc}.{meth}: a callback cannot cross the wire")
            continue  # progress callbacks stay on the server, with their default
        default = ... if param.default is param.empty else param.default
        fields[pname] = (hint, default)
    stem = f"{svc.title()}{''.join(p.title() for p in meth.split('_'))}"
    request = create_model(f"{stem}Request", __config__=WIRE, **fields)
    returns: Any = hints["return"]
    response = create_model(f"{stem}Response", __config__=WIRE, result=(returns, ...))
    return request, response


@cache
def operations() -> tuple[Operation, ...]:
    classes = service_classes()
    out = []
    for name in ALLOWED:
        svc, meth = name.split(".")
        func = getattr(classes[svc], meth)
        request, response = _models(svc, meth, func)
        out.append(Operation(svc, meth, func, request, response))
    return tuple(out)


def by_name() -> dict[str, Operation]:
    return {op.name: op for op in operations()}
