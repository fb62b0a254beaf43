"""Connecting as a person's own login, and managing those logins.

The password of ``postgresql+psycopg://user@host/db`` lives in the OS keyring under the
service "BewustWerven" and the name ``db:<user>@<host>/<db>``; query parameters such as
``sslmode`` and ``sslrootcert`` pass through to libpq unchanged.

The data key reaches each login wrapped under that login's own database password, in a
``meta`` row ``key_for:<login>`` that row-level security shows to that login only.
"""

from __future__ import annotations

import keyring
import keyring.errors
from sqlalchemy import text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.orm import Session

from bewustwerven.core.messages import BilingualError
from bewustwerven.store import keys
from bewustwerven.store.pg import GROUPS


class DatabaseUnavailable(BilingualError):
    """The server cannot be reached or refused the login."""


def keyring_entry(url: URL) -> str:
    return f"db:{url.username}@{url.host}/{url.database}"


def with_password(url_text: str) -> str:
    """The URL with the password from the keyring, when the URL itself has none."""
    url = make_url(url_text)
    if url.password or not url.username:
        return url_text
    try:
        pw = keyring.get_password(keys.SERVICE, keyring_entry(url))
    except keyring.errors.KeyringError:
        pw = None
    if pw is None:
        return url_text
    return url.set(password=pw).render_as_string(hide_password=False)


def unavailable(exc: BaseException, url_text: str) -> DatabaseUnavailable:
    url = make_url(url_text)
    where = f"{url.username}@{url.host}:{url.port or 5432}/{url.database}"
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0:1]
    return DatabaseUnavailable(
        f"De database {where} is niet bereikbaar of weigert de inlog. Controleer de "
        "verbinding en het wachtwoord in de sleutelbos en probeer het opnieuw.",
        f"The database {where} cannot be reached or refused the login. Check the "
        f"connection and the password in the keyring, and try again. ({' '.join(detail)})"
    )


def set_login(session: Session, login: str, roles: list[str], password: str | None,
              *, create: bool) -> None:
    """Create (or update) ``login`` as a LOGIN role in the group roles for ``roles``."""
    groups = sorted(GROUPS[r] for r in roles if r in GROUPS)
    session.execute(
        text("SELECT public.bw_set_login(:login, CAST(:groups AS text[]), :pw, :create)"),
        {"login": login, "groups": groups, "pw": password, "create": create},
    )


def give_key(session: Session, login: str, key: bytes, password: str) -> None:
    """The data key wrapped under ``login``'s database password, readable by that login."""
    session.execute(
        text(
            "INSERT INTO meta (key, value) VALUES (:k, :v) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"k": f"key_for:{login}", "v": keys.wrap_key(key, password)},
    )


def key_for_me(conn: Connection, password: str | None) -> bytes | None:
    if not password:
        return None
    row = conn.execute(
        text("SELECT value FROM meta WHERE key = 'key_for:' || current_user")
    ).first()
    if row is None:
        return None
    return keys.unwrap_key(row[0], password)
