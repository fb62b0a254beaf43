"""Alembic environment: always run with a connection handed in by store/db.py."""

from __future__ import annotations

from alembic import context

from bewustwerven.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only alembic's own command line would get here
    raise RuntimeError("Run migrations through `bewustwerven db upgrade`.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
