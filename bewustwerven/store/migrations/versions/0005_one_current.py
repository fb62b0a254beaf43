"""one of a kind: one current score sheet per member, candidate, stage and round (issue 11)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 13:40:00

Twins that already exist are settled first (store/one_current.py): the sheet that counts
is kept, the others are archived with a signed audit event, or the upgrade stops with a
message and changes nothing. One consensus per candidate, stage and round has been a
unique constraint since 0001.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

WHERE = "status IN ('draft', 'submitted')"


def upgrade() -> None:
    from bewustwerven.store.one_current import archive_duplicates

    archive_duplicates(op.get_bind())
    op.create_index(
        "uq_score_sheets_current",
        "score_sheets",
        ["candidate_id", "member_id", "stage", "round"],
        unique=True,
        sqlite_where=sa.text(WHERE),
        postgresql_where=sa.text(WHERE),
    )


def downgrade() -> None:
    op.drop_index("uq_score_sheets_current", table_name="score_sheets")
