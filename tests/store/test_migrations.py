"""Migrations: upgrade from empty, round-trip, match the models, refuse a newer database."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from bewustwerven.services.app import open_app
from bewustwerven.services.errors import DatabaseTooNewError
from bewustwerven.store import migrate
from bewustwerven.store.db import make_engine
from bewustwerven.store.models import Base


def test_upgrade_from_empty_matches_the_models(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    migrate.upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    engine.dispose()


def test_round_trip_down_and_up(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    migrate.upgrade(engine)
    migrate.downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    migrate.upgrade(engine)
    assert "audit_events" in inspect(engine).get_table_names()
    engine.dispose()


def test_a_newer_database_is_refused(tmp_path):
    path = tmp_path / "t.db"
    open_app(str(path), user="admin").close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    with pytest.raises(DatabaseTooNewError, match="nieuwere versie") as info:
        open_app(str(path), user="admin")
    assert isinstance(info.value.__cause__, migrate.DatabaseTooNew)
    assert "Update the program" in info.value.message("en")  # a plain dialog, not a crash


def test_head_constant_matches_alembic():
    assert migrate.head_revision() == migrate.HEAD, "update HEAD in store/migrate.py"
