"""Fixtures: PostgreSQL (tests/postgres/conftest.py) and a real server on loopback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.postgres.conftest import pg_db, pg_server  # noqa: F401  (fixtures)
from tests.server.harness import ServerWorld, build

pytestmark = pytest.mark.postgres


@pytest.fixture
def world(pg_db, tmp_path) -> Iterator[ServerWorld]:  # noqa: F811
    w = build(pg_db, tmp_path)
    yield w
    w.close()
