"""Leases on network jobs: who works an outbox entry or an upload job, and until when;
the "pause all uploads" switch becomes an ordinary setting (issue 8).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TABLES = ("outbox", "upload_jobs")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("lease_owner", sa.String(120), nullable=True))
        op.add_column(table, sa.Column("lease_expires_at", sa.DateTime(), nullable=True))
    op.execute("UPDATE settings SET key = 'uploads_paused_all' WHERE key = 'uploads.paused_all'")


def downgrade() -> None:
    op.execute("UPDATE settings SET key = 'uploads.paused_all' WHERE key = 'uploads_paused_all'")
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("lease_expires_at")
            batch.drop_column("lease_owner")
