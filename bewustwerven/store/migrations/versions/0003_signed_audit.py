"""signed audit trail: each event's Ed25519 signature and the signing key's id (issue 11)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 09:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Events written before this revision stay unsigned; the first program that opens the
    # database with a signing key appends a signed "audit.signing_started" event.
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("key_id", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("signature", sa.String(length=128), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_column("signature")
        batch_op.drop_column("key_id")
