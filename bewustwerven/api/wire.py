"""Errors on the wire: a known error crosses as its type and both texts, then is raised
again on the client as the same class; anything else is a 500 without internals."""

from __future__ import annotations

from pydantic import BaseModel

from bewustwerven.services import errors

STATUS: dict[type[errors.KnownError], int] = {
    errors.SessionInvalid: 401,
    errors.SignInFailed: 401,
    errors.SignInLocked: 429,
    errors.Forbidden: 403,
    errors.NotFound: 404,
    errors.InvalidInput: 400,
    errors.ChangedMeanwhile: 409,
    errors.StateError: 409,
    errors.KeyMissing: 503,
    errors.ConnectionLost: 503,
    errors.DatabaseUnreachable: 503,
    errors.DatabaseBusy: 503,
    errors.DatabaseTooNewError: 503,
}

KNOWN: dict[str, type[errors.KnownError]] = {
    cls.__name__: cls
    for cls in vars(errors).values()
    if isinstance(cls, type) and issubclass(cls, errors.KnownError)
}


class ErrorBody(BaseModel):
    type: str
    nl: str
    en: str
    details: list[str] = []


class ErrorResponse(BaseModel):
    error: ErrorBody


def status_of(exc: errors.KnownError) -> int:
    for cls in type(exc).__mro__:
        if cls in STATUS:
            return STATUS[cls]
    return 400


def body_of(exc: errors.KnownError) -> ErrorResponse:
    return ErrorResponse(
        error=ErrorBody(type=type(exc).__name__, nl=exc.nl, en=exc.en, details=exc.details)
    )


INTERNAL = ErrorResponse(
    error=ErrorBody(
        type="InternalError",
        nl="Er ging iets mis op de server. Er is niets opgeslagen. De beheerder vindt de "
        "details in het logboek van de server.",
        en="Something went wrong on the server. Nothing was saved. The administrator finds "
        "the details in the server's log.",
    )
)


def raise_from(body: ErrorResponse) -> errors.KnownError:
    """The error to raise on the client for a server's answer."""
    cls = KNOWN.get(body.error.type, errors.KnownError)
    return cls(body.error.nl, body.error.en, details=body.error.details)
