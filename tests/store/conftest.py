"""Fixtures: the small organisation of tests/services (SQLite)."""

from tests.services.conftest import app, org  # noqa: F401  (fixtures)
