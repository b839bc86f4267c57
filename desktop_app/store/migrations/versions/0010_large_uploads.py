"""Large files (issue 13): the asynchronous phase of an upload job, the title the wiki
really used, and per-wiki upload state (the chunk limit it taught us, a hold on the whole
wiki with its reason and end).

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("upload_jobs", sa.Column("async_phase", sa.String(20), nullable=True))
    op.add_column("upload_jobs", sa.Column("wiki_stage", sa.String(20), nullable=True))
    op.add_column("upload_jobs", sa.Column("requested_title", sa.String(500), nullable=True))
    op.create_table(
        "wiki_upload_states",
        sa.Column("api_url", sa.String(500), primary_key=True),
        sa.Column("chunk_limit", sa.Integer(), nullable=True),
        sa.Column("hold_code", sa.String(100), nullable=True),
        sa.Column("hold_message", sa.Text(), nullable=True),
        sa.Column("hold_until", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("wiki_upload_states")
    with op.batch_alter_table("upload_jobs") as batch:
        batch.drop_column("requested_title")
        batch.drop_column("wiki_stage")
        batch.drop_column("async_phase")
