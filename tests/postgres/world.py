"""A small organisation on PostgreSQL: everyone works through the server (tests/server)."""

from __future__ import annotations

from tests.server.harness import ServerWorld as World
from tests.server.harness import build, password

__all__ = ["World", "build", "password"]
