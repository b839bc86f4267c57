"""Outcome reports: the cached file usage shown offline (issue 5).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "file_usage",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("api_url", sa.Text(), nullable=False, server_default=""),
        sa.Column("file_title", sa.String(500), nullable=False),
        sa.Column("source", sa.String(20), nullable=False, server_default="imageusage"),
        sa.Column("pages", sa.JSON(), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
    )
    op.create_index("uq_file_usage_file", "file_usage", ["api_url", "file_title"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_file_usage_file", table_name="file_usage")
    op.drop_table("file_usage")
