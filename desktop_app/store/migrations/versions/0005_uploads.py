"""Resumable uploads and outcome reports (issue 5).

Upload jobs become self-contained (path, title, wikitext, SHA-1) so the engine works
without a media item, and carry the resume state (file key, offset) and the outcome.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_NEW_COLUMNS: list[sa.Column[Any]] = [
    sa.Column("batch_id", sa.Integer(), nullable=True),
    sa.Column("local_path", sa.Text(), nullable=False, server_default=""),
    sa.Column("title", sa.String(500), nullable=False, server_default=""),
    sa.Column("wikitext", sa.Text(), nullable=False, server_default=""),
    sa.Column("comment", sa.Text(), nullable=False, server_default=""),
    sa.Column("sha1", sa.String(40), nullable=False, server_default=""),
    sa.Column("file_size", sa.Integer(), nullable=False, server_default="0"),
    sa.Column("captions", sa.JSON(), nullable=True),
    sa.Column("depicts", sa.JSON(), nullable=True),
    sa.Column("paused", sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column("chunk_size", sa.Integer(), nullable=False, server_default="0"),
    sa.Column("restarts", sa.Integer(), nullable=False, server_default="0"),
    sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
    sa.Column("warnings", sa.JSON(), nullable=True),
    sa.Column("decision", sa.String(40), nullable=True),
    sa.Column("error_code", sa.String(100), nullable=True),
    sa.Column("page_url", sa.String(1000), nullable=True),
    sa.Column("verified_at", sa.DateTime(), nullable=True),
    sa.Column("structured_data", sa.String(40), nullable=True),
    sa.Column("finished_at", sa.DateTime(), nullable=True),
]


def upgrade() -> None:
    with op.batch_alter_table("upload_jobs") as batch:
        batch.alter_column("media_item_id", existing_type=sa.Integer(), nullable=True)
        for column in _NEW_COLUMNS:
            batch.add_column(column)
        batch.create_foreign_key(
            "fk_upload_jobs_batch_id",
            "media_batches",
            ["batch_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch.create_index("ix_upload_jobs_state", ["state", "next_attempt_at"])
        batch.create_index("ix_upload_jobs_batch", ["batch_id"])


def downgrade() -> None:
    with op.batch_alter_table("upload_jobs") as batch:
        batch.drop_index("ix_upload_jobs_batch")
        batch.drop_index("ix_upload_jobs_state")
        batch.drop_constraint("fk_upload_jobs_batch_id", type_="foreignkey")
        for column in reversed(_NEW_COLUMNS):
            batch.drop_column(column.name)
        batch.alter_column("media_item_id", existing_type=sa.Integer(), nullable=False)
