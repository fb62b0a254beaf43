"""Schema migrations with Alembic: upgrade on open, refuse a database newer than the code."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

SCRIPT_LOCATION = "bewustwerven.store:migrations"


class DatabaseTooNew(RuntimeError):
    """The database was written by a newer BewustWerven."""


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def check_revision(conn: Connection) -> bool:
    """True when the schema must be upgraded; raises DatabaseTooNew when it is ahead."""
    current = current_revision(conn)
    if current is None:
        return True
    script = ScriptDirectory.from_config(_config())
    if current == script.get_current_head():
        return False
    try:
        script.get_revision(current)
    except Exception as exc:  # alembic raises several kinds for an unknown revision
        raise DatabaseTooNew(
            "Deze database is gemaakt met een nieuwere versie van BewustWerven "
            f"(schema {current}). Werk het programma bij. / This database was made by a newer BewustWerven "
            f"(schema {current}). Update the program."
        ) from exc
    return True


def upgrade(engine: Engine, target: str = "head") -> None:
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def downgrade(engine: Engine, target: str) -> None:
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, target)


def autogenerate(engine: Engine, message: str) -> None:  # developer tool
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.revision(cfg, message=message, autogenerate=True)
