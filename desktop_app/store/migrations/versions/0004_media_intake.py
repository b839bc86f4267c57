"""Media intake: scanned file facts, editable metadata and batch defaults (issue 4).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_BATCH_COLUMNS = [
    sa.Column("licence_id", sa.String(60), nullable=True),
    sa.Column("title_pattern", sa.Text(), nullable=False, server_default=""),
    sa.Column("gps_policy", sa.String(12), nullable=False, server_default="undecided"),
    sa.Column("language", sa.String(12), nullable=False, server_default="en"),
]


def _item_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("kind", sa.String(20), nullable=False, server_default="unknown"),
        sa.Column("file_state", sa.String(12), nullable=False, server_default="present"),
        sa.Column("scanned_at", sa.DateTime(), nullable=True),
        sa.Column("scan_problems", sa.JSON(), nullable=False, server_default="[]"),
        sa.Column("taken_at", sa.String(32), nullable=True),
        sa.Column("camera_make", sa.String(200), nullable=False, server_default=""),
        sa.Column("camera_model", sa.String(200), nullable=False, server_default=""),
        sa.Column("gps_latitude", sa.Float(), nullable=True),
        sa.Column("gps_longitude", sa.Float(), nullable=True),
        sa.Column("gps_altitude", sa.Float(), nullable=True),
        sa.Column("orientation", sa.Integer(), nullable=True),
        sa.Column("exif_artist", sa.Text(), nullable=False, server_default=""),
        sa.Column("exif_copyright", sa.Text(), nullable=False, server_default=""),
        sa.Column("exif_description", sa.Text(), nullable=False, server_default=""),
        sa.Column("width", sa.Integer(), nullable=True),
        sa.Column("height", sa.Integer(), nullable=True),
        sa.Column("descriptions", sa.JSON(), nullable=False, server_default="{}"),
        sa.Column("captions", sa.JSON(), nullable=False, server_default="{}"),
        sa.Column("depicts", sa.JSON(), nullable=False, server_default="[]"),
        sa.Column("categories", sa.JSON(), nullable=False, server_default="[]"),
        sa.Column("date", sa.String(40), nullable=False, server_default=""),
        sa.Column("author", sa.Text(), nullable=False, server_default=""),
        sa.Column("source", sa.Text(), nullable=False, server_default=""),
        sa.Column("institution", sa.Text(), nullable=False, server_default=""),
        sa.Column("licence_id", sa.String(60), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("template", sa.String(20), nullable=False, server_default="information"),
    ]


def upgrade() -> None:
    with op.batch_alter_table("media_batches") as batch:
        for column in _BATCH_COLUMNS:
            batch.add_column(column)
    # uuid: added nullable, filled for existing rows, then made NOT NULL and unique.
    with op.batch_alter_table("media_items") as batch:
        batch.add_column(sa.Column("uuid", sa.String(36), nullable=True))
        for column in _item_columns():
            batch.add_column(column)
    op.execute(
        "UPDATE media_items SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2))"
        " || '-4' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(2)) || '-'"
        " || hex(randomblob(6))) WHERE uuid IS NULL"
    )
    with op.batch_alter_table("media_items") as batch:
        batch.alter_column("uuid", existing_type=sa.String(36), nullable=False)
        batch.create_index("uq_media_items_uuid", ["uuid"], unique=True)
        batch.create_index("ix_media_items_batch", ["batch_id", "id"])
        batch.create_index("ix_media_items_path", ["path"])


def downgrade() -> None:
    with op.batch_alter_table("media_items") as batch:
        batch.drop_index("ix_media_items_path")
        batch.drop_index("ix_media_items_batch")
        batch.drop_index("uq_media_items_uuid")
        for column in reversed(_item_columns()):
            batch.drop_column(column.name)
        batch.drop_column("uuid")
    with op.batch_alter_table("media_batches") as batch:
        for column in reversed(_BATCH_COLUMNS):
            batch.drop_column(column.name)
