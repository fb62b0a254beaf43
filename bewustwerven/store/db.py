"""Opening a database: URL resolution, engine set-up, migrations, the data key.

SQLite (the embedded default) runs with WAL, foreign keys and secure_delete on; every
writing transaction starts with BEGIN IMMEDIATE so two processes never interleave the
audit chain. PostgreSQL serialises chain appends with an advisory lock (store/audit.py).
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from bewustwerven.core.files import FILE_MODE, make_private, private_dir
from bewustwerven.core.messages import BilingualError
from bewustwerven.store import audit, keyfile, keys, migrate, trail_keys
from bewustwerven.store.crypto import FieldCipher
from bewustwerven.store.models import Meta
from bewustwerven.store.pg import roles as pg_roles

__all__ = ["Database", "DatabaseUnavailable", "NeedsUpgrade", "open_database"]

ENV_DB = "BEWUSTWERVEN_DB"
ENV_PASSPHRASE = "BEWUSTWERVEN_PASSPHRASE"


class DatabaseUnavailable(BilingualError):
    """The database cannot be reached or refused the login (Dutch and English apart)."""


def unavailable(exc: BaseException, url_text: str) -> DatabaseUnavailable:
    url = make_url(url_text)
    where = f"{url.username}@{url.host}:{url.port or 5432}/{url.database}"
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0:1]
    return DatabaseUnavailable(
        f"De database {where} is niet bereikbaar of weigert de inlog. Controleer de "
        f"verbinding en het wachtwoord (in de URL of ~/.pgpass) en probeer het opnieuw. "
        f"({' '.join(detail)})",
        f"The database {where} cannot be reached or refused the login. Check the "
        f"connection and the password (in the URL or ~/.pgpass), and try again. "
        f"({' '.join(detail)})"
    )


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir("BewustWerven", appauthor=False)) / "bewustwerven.db"


def resolve_url(db: str | None = None) -> str:
    """``--db`` beats ``BEWUSTWERVEN_DB`` beats the file in the user's data directory."""
    value = db or os.environ.get(ENV_DB) or str(default_db_path())
    if "://" in value:
        return value
    path = Path(value).expanduser().resolve()
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA busy_timeout=15000")
        cur.execute("PRAGMA secure_delete=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        write = conn.get_execution_options().get("bw_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _private_sqlite_file(path: Path) -> None:
    """The database (and so SQLite's -wal/-shm files, which take its mode) is readable by its
    owner only: a new one is made 0600 in a 0700 folder, an own older one is set to 0600."""
    private_dir(path.parent)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, FILE_MODE))
    if path.stat().st_uid == os.getuid():
        make_private(path)
        for extra in ("-wal", "-shm"):
            make_private(path.with_name(path.name + extra))


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = sqlite_path(url)
        if path is not None:
            _private_sqlite_file(path)
        engine = create_engine(url, connect_args={"timeout": 15})
        _sqlite_setup(engine)
        return engine
    return create_engine(
        url,
        pool_pre_ping=True,
        # A fixed pool as large as the server's thread pool (server/app.py): every request
        # finds an open connection. With SQLAlchemy's default (5, overflow 10) a busy server
        # opened and closed a connection (a PostgreSQL backend and a SCRAM sign-in) per
        # request beyond the fifth.
        pool_size=pool_size(),
        max_overflow=POOL_OVERFLOW,
        pool_timeout=20,
        connect_args={"connect_timeout": 10, "application_name": "bewustwerven"},
    )


ENV_POOL = "BEWUSTWERVEN_DB_POOL"
DEFAULT_POOL = 8
POOL_OVERFLOW = 2


def pool_size() -> int:
    """Connections kept open per process (``BEWUSTWERVEN_DB_POOL``, default 8)."""
    try:
        return max(1, int(os.environ.get(ENV_POOL, DEFAULT_POOL)))
    except ValueError:
        return DEFAULT_POOL


def is_postgres(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


class NeedsUpgrade(BilingualError):
    """The schema is older than the code and the caller asked not to upgrade."""


@dataclass
class Database:
    url: str
    engine: Engine
    cipher: FieldCipher
    db_id: str
    _reader: sessionmaker[Session]
    _writer: sessionmaker[Session]
    key_in_keyring: bool = True
    data_key: bytes = field(default=b"", repr=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def shown_url(self) -> str:
        """The URL to print or show: a password in it becomes ***."""
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One writing transaction; commits at the end, rolls back on any error."""
        with self._writer() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _upgrade_with_backup(engine: Engine, url: str) -> Path | None:
    with engine.connect() as conn:
        needed = migrate.check_revision(conn)
        current = migrate.current_revision(conn)
    if not needed:
        return None
    backup = None
    path = sqlite_path(url)
    if path is not None and current is not None and path.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = path.with_name(f"{path.stem}.voor-upgrade-{current}-{stamp}{path.suffix}")
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(path, backup)
        make_private(backup)
    migrate.upgrade(engine)
    return backup


def ensure_policies(engine: Engine, *, force: bool = False) -> bool:
    """PostgreSQL: apply the server role's grants and the audit trigger (store/pg/roles.py)
    when the code wants other ones. Only the owner can; the server's login only checks that
    they are in place. Returns True when they were (re)applied."""
    if engine.dialect.name != "postgresql":
        return False
    with engine.begin() as conn:
        if not pg_roles.owns_schema(conn):
            if pg_roles.applied(conn) is None:
                raise NeedsUpgrade(
                    "De rechten van deze database zijn nog niet ingesteld. Vraag de "
                    "beheerder `bewustwerven db upgrade` uit te voeren.", "The grants of "
                    "this database are not set up yet. Ask the administrator to run "
                    "`bewustwerven db upgrade`."
                )
            return False
        if not force and pg_roles.applied(conn) == pg_roles.expected(conn):
            return False
        pg_roles.apply(conn)
        return True


def _meta(session: Session) -> dict[str, str]:
    return {m.key: m.value for m in session.execute(select(Meta)).scalars()}


def _obtain_key(
    engine: Engine, passphrase: str | None, key_file: Path | None = None
) -> tuple[bytes, str, bool]:
    """The data key: from ``key_file`` (the server's), the keyring or the passphrase.

    With ``key_file``: a new database's key is written there (mode 0600) and not to the
    keyring; an existing file must fit; a missing file is written from the keyring or
    passphrase (moving a database's key to its server)."""
    if key_file is not None:
        return _key_from_file(engine, passphrase, key_file)
    passphrase = passphrase or os.environ.get(ENV_PASSPHRASE) or None
    with Session(engine) as session, session.begin():
        meta = _meta(session)
        if "db_id" not in meta:
            db_id = str(uuid.uuid4())
            key = keys.new_key()
            in_keyring = keys.store_in_keyring(db_id, key)
            if not in_keyring and not passphrase:
                raise keys.KeyUnavailable(*keys.NO_KEYRING)
            session.add(Meta(key="db_id", value=db_id))
            session.add(Meta(key="key_check", value=keys.key_check(key)))
            if passphrase:
                session.add(Meta(key="key_wrapped", value=keys.wrap_key(key, passphrase)))
            return key, db_id, in_keyring
        db_id = meta["db_id"]
        key_or_none = keys.load_from_keyring(db_id)
        if key_or_none is not None and keys.key_matches(key_or_none, meta["key_check"]):
            return key_or_none, db_id, True
        if passphrase and "key_wrapped" in meta:
            key = keys.unwrap_key(meta["key_wrapped"], passphrase)
            if keys.key_matches(key, meta["key_check"]):
                return key, db_id, False
        if key_or_none is not None:
            raise keys.KeyUnavailable(
                "De sleutel in de sleutelbos past niet bij deze database. Zet de back-up van de "
                "sleutel terug.", "The key in the keyring does not fit this database. Restore the "
                "key backup."
            )
        if "key_wrapped" in meta and not passphrase:
            raise keys.KeyUnavailable(*keys.NO_KEYRING)
        raise keys.KeyUnavailable(
            "De sleutel van deze database is niet gevonden. Zonder sleutel zijn de "
            "persoonsgegevens niet te lezen. Zet de back-up van de sleutel terug "
            "(bewustwerven key restore).", "The key of this database was not found. Without it "
            "personal data cannot be read. Restore the key backup (bewustwerven key restore)."
        )


def _key_from_file(
    engine: Engine, passphrase: str | None, key_file: Path
) -> tuple[bytes, str, bool]:
    with Session(engine) as session, session.begin():
        meta = _meta(session)
        if "db_id" not in meta:
            key = keys.new_key()
            keyfile.write(key_file, key)
            db_id = str(uuid.uuid4())
            session.add(Meta(key="db_id", value=db_id))
            session.add(Meta(key="key_check", value=keys.key_check(key)))
            return key, db_id, False
    if key_file.exists():
        key = keyfile.read(key_file)
        if not keys.key_matches(key, meta["key_check"]):
            raise keys.KeyUnavailable(
                f"Het sleutelbestand {key_file} past niet bij deze database.", "The key file "
                f"{key_file} does not fit this database."
            )
        return key, meta["db_id"], False
    key, db_id, _ = _obtain_key(engine, passphrase)
    keyfile.write(key_file, key)
    return key, db_id, False


def open_database(
    db: str | None = None,
    *,
    passphrase: str | None = None,
    upgrade: bool = True,
    key_file: Path | None = None,
) -> Database:
    url = resolve_url(db)
    path = sqlite_path(url)
    new_file = path is not None and not path.exists()
    engine = make_engine(url)
    try:
        if is_postgres(url):
            _check_reachable(engine, url)
        if upgrade:
            _upgrade_with_backup(engine, url)
            ensure_policies(engine)
        else:
            with engine.connect() as conn:
                if migrate.check_revision(conn):
                    raise NeedsUpgrade(
                        "Het databaseschema is ouder dan het programma: voer `bewustwerven db "
                        "upgrade` uit.", "The schema is older than the program: run `bewustwerven "
                        "db upgrade`."
                    )
            ensure_policies(engine)
        key, db_id, in_keyring = _obtain_key(engine, passphrase, key_file)
    except BaseException:
        engine.dispose()
        if new_file and path is not None:
            _remove_sqlite_file(path)  # a failed first open leaves no database behind
        raise
    source = _key_source(url, db_id, passphrase)
    info = {trail_keys.INFO: source}
    writer = sessionmaker(
        engine.execution_options(bw_write=True), expire_on_commit=False, info=info
    )
    reader = sessionmaker(engine, expire_on_commit=False, info=info)
    audit.install(writer)
    audit.install(reader)
    database = Database(
        url=url,
        engine=engine,
        cipher=FieldCipher(key),
        db_id=db_id,
        _reader=reader,
        _writer=writer,
        key_in_keyring=in_keyring,
        data_key=key,
    )
    try:
        _start_signing(database, source)
    except BaseException:
        engine.dispose()
        raise
    return database


def _key_source(url: str, db_id: str, passphrase: str | None) -> trail_keys.KeySource:
    """Where the trail's signing key is kept (store/trail_keys.py). On PostgreSQL a new key
    is only made in a key file (the server's ``BEWUSTWERVEN_SIGNING_KEY``)."""
    path = keys.signing_key_path()
    return trail_keys.KeySource(
        db_id,
        passphrase=passphrase or os.environ.get(ENV_PASSPHRASE) or None,
        path=path,
        create=not is_postgres(url) or path is not None,
    )


def _start_signing(database: Database, source: trail_keys.KeySource) -> None:
    """Sign from now on: a new database, or one from before signing (its old events stay
    unsigned, up to the signed "audit.signing_started" event)."""
    with database.read() as session:
        if source.started(session):
            return
    with database.write() as session:
        trail_keys.ensure_started(session, "systeem")


def _remove_sqlite_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _check_reachable(engine: Engine, url: str) -> None:
    from sqlalchemy.exc import DBAPIError

    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except DBAPIError as exc:
        raise unavailable(exc, url) from exc
