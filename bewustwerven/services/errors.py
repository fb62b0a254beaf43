"""User-facing errors: bad input, refusals, conflicts, missing key.

These are *known* errors: the UI shows them as a plain dialog and the command line as
one line, in Dutch and English. Anything else is a bug and gets the crash dialog.
"""

from __future__ import annotations

from bewustwerven.core.messages import Msg


class KnownError(Exception):
    """An error the user can understand and act on."""

    def __init__(self, nl: str, en: str | None = None, *, details: list[str] | None = None):
        super().__init__(nl)
        self.nl = nl
        self.en = en or nl
        self.details = details or []

    def message(self, lang: str = "nl") -> str:
        return self.en if lang == "en" else self.nl

    @property
    def msg(self) -> Msg:
        return Msg(self.nl, self.en)


class Forbidden(KnownError):
    """The actor's roles do not allow this."""


class NotFound(KnownError):
    pass


class InvalidInput(KnownError):
    pass


class ChangedMeanwhile(KnownError):
    """Optimistic locking: someone else changed the same thing first."""


class StateError(KnownError):
    """The procedure is not in a stage where this can be done."""


class KeyMissing(KnownError):
    """The data key is not available (keyring, passphrase or backup needed)."""


class ConnectionLost(KnownError):
    """The database connection broke during a call: nothing of it was saved; try again."""


class DatabaseUnreachable(KnownError):
    """The database cannot be opened: server down, wrong password, no such file."""


class DatabaseBusy(KnownError):
    """SQLite: another writer held the database longer than the busy timeout."""


class DatabaseTooNewError(KnownError):
    """The database was written by a newer BewustWerven: update the program."""


class SignInFailed(KnownError):
    """Wrong login or password, a disabled account, or no password set (one message for
    all, so the answer does not tell which logins exist)."""


class SignInLocked(KnownError):
    """Too many failed sign-ins for this login: wait before the next try."""


class SessionInvalid(KnownError):
    """No, an expired or a revoked session token: sign in again."""
