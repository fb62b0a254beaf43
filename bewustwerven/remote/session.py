"""Signing in to a server from the desktop or the command line; the token in the keyring.

The session token is kept in the OS keyring (service "BewustWerven", name
``session:<login>@<server>``), never in a file; the password is never kept. A kept token
that the server no longer accepts (expired, revoked) is forgotten and the password asked.
"""

from __future__ import annotations

from collections.abc import Callable

import keyring
import keyring.errors

from bewustwerven.remote.client import Connection, RemoteApp, sign_in, who_am_i
from bewustwerven.services.errors import SessionInvalid

SERVICE = "BewustWerven"

AskPassword = Callable[[str, str], str | None]  # (server, login) -> password or None


def _entry(server: str, login: str) -> str:
    return f"session:{login}@{server.rstrip('/')}"


def kept_token(server: str, login: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, _entry(server, login))
    except keyring.errors.KeyringError:
        return None


def keep_token(server: str, login: str, token: str | None) -> None:
    try:
        if token is None:
            keyring.delete_password(SERVICE, _entry(server, login))
        else:
            keyring.set_password(SERVICE, _entry(server, login), token)
    except keyring.errors.KeyringError:
        pass  # no keyring: the session lasts as long as this program


def open_remote(
    server: str, login: str, ask: AskPassword, *, verify: bool | str = True
) -> RemoteApp | None:
    """A RemoteApp signed in as ``login``: the kept token, else the password ``ask`` gives
    (None: the person cancelled). Wrong passwords raise SignInFailed / SignInLocked."""
    conn = Connection(server, kept_token(server, login), verify=verify)
    try:
        if conn.token:
            try:
                actor = who_am_i(conn)
                if actor.login == login:
                    return RemoteApp(conn, actor)
            except SessionInvalid:
                keep_token(server, login, None)
            conn.token = None
        password = ask(server, login)
        if password is None:
            conn.close()
            return None
        token, actor = sign_in(conn, login, password)
        keep_token(server, login, token)
        return RemoteApp(conn, actor)
    except BaseException:
        conn.close()
        raise


def ask_on_terminal(server: str, login: str) -> str | None:
    import getpass

    try:
        return getpass.getpass(f"Wachtwoord / password voor {login} op {server}: ")
    except (EOFError, KeyboardInterrupt):
        return None


def open_remote_cli(server: str, login: str | None) -> RemoteApp:
    from bewustwerven.services.errors import InvalidInput
    from bewustwerven.services.users import os_login

    app = open_remote(server, login or os_login(), ask_on_terminal)
    if app is None:
        raise InvalidInput("Inloggen afgebroken.", "Sign-in cancelled.")
    return app
