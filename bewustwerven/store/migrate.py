"""Schema migrations with Alembic: upgrade on open, refuse a database newer than the code.

Alembic is imported only when a migration has to run: on an up-to-date database the check
is one small query against ``HEAD`` (a test keeps ``HEAD`` equal to Alembic's head).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

from bewustwerven.core.messages import BilingualError

if TYPE_CHECKING:
    from alembic.config import Config

SCRIPT_LOCATION = "bewustwerven.store:migrations"
HEAD = "0005"  # the newest revision in migrations/versions (tests/store/test_migrations.py)


class DatabaseTooNew(BilingualError):
    """The database was written by a newer BewustWerven."""


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_revision(conn: Connection) -> bool:
    """True when the schema must be upgraded; raises DatabaseTooNew when it is ahead."""
    current = current_revision(conn)
    if current == HEAD:
        return False
    if current is None:
        return True
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    try:
        script.get_revision(current)
    except Exception as exc:  # alembic raises several kinds for an unknown revision
        raise DatabaseTooNew(
            "Deze database is gemaakt met een nieuwere versie van BewustWerven "
            f"(schema {current}). Werk het programma bij.",
            "This database was made by a newer "
            f"BewustWerven (schema {current}). Update the program."
        ) from exc
    return current != script.get_current_head()


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def downgrade(engine: Engine, target: str) -> None:
    from alembic import command

    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, target)


def autogenerate(engine: Engine, message: str) -> None:  # developer tool
    from alembic import command

    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.revision(cfg, message=message, autogenerate=True)
