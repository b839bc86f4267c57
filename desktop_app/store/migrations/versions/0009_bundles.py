"""Work that travels: stable uuids, the installation's id, bundle and receipt bookkeeping,
merge ancestors, conflicts and aliases (issue 14).

Partnerships, batches and checklists get a uuid (existing rows too: bundles merge by it);
outbox entries already have one (``idempotency_key``) and get ``travelled_at``. Columns
are added with plain ``ALTER TABLE`` rather than a batch copy: copying ``partnerships``
would drop the old table, and with foreign keys on SQLite would cascade that to batches.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import json
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

UUID_TABLES = ("partnerships", "media_batches", "checklists")
INSTALLATION_KEY = "installation_id"


def _fill_uuids(table: str) -> None:
    connection = op.get_bind()
    ids = [row[0] for row in connection.execute(sa.text(f"SELECT id FROM {table}"))]
    for row_id in ids:
        connection.execute(
            sa.text(f"UPDATE {table} SET uuid = :uuid WHERE id = :id"),
            {"uuid": str(uuid.uuid4()), "id": row_id},
        )


def upgrade() -> None:
    for table in UUID_TABLES:
        op.add_column(
            table, sa.Column("uuid", sa.String(36), nullable=False, server_default="")
        )
        _fill_uuids(table)
        op.create_index(f"uq_{table}_uuid", table, ["uuid"], unique=True)
    op.add_column("outbox", sa.Column("travelled_at", sa.DateTime(), nullable=True))
    op.create_table(
        "bundles_sent",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("bundle_id", sa.String(36), nullable=False, unique=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("answers_bundle_id", sa.String(36), nullable=True),
        sa.Column("partnership_uuid", sa.String(36), nullable=True),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "bundles_received",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("bundle_id", sa.String(36), nullable=False, unique=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("source_installation", sa.String(36), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("answers_bundle_id", sa.String(36), nullable=True),
        sa.Column("records", sa.JSON(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "bundle_bases",
        sa.Column("key", sa.String(300), primary_key=True),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.Column("source_installation", sa.String(36), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "bundle_conflicts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("record_key", sa.String(300), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("field", sa.String(80), nullable=False),
        sa.Column("local_value", sa.JSON(), nullable=True),
        sa.Column("incoming_value", sa.JSON(), nullable=True),
        sa.Column("bundle_id", sa.String(36), nullable=False),
        sa.Column("source_installation", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(20), nullable=True),
    )
    op.create_index(
        "ix_bundle_conflicts_open", "bundle_conflicts", ["resolved_at", "record_key"]
    )
    op.create_table(
        "bundle_aliases",
        sa.Column("foreign_uuid", sa.String(36), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("local_uuid", sa.String(36), nullable=False),
    )
    # Every data folder knows who it is from the start, so reading a bundle never writes.
    op.get_bind().execute(
        sa.text("INSERT OR IGNORE INTO settings (key, value) VALUES (:key, :value)"),
        {"key": INSTALLATION_KEY, "value": json.dumps(str(uuid.uuid4()))},
    )


def downgrade() -> None:
    op.execute(f"DELETE FROM settings WHERE key = '{INSTALLATION_KEY}'")
    op.drop_table("bundle_aliases")
    op.drop_index("ix_bundle_conflicts_open", table_name="bundle_conflicts")
    op.drop_table("bundle_conflicts")
    op.drop_table("bundle_bases")
    op.drop_table("bundles_received")
    op.drop_table("bundles_sent")
    op.drop_column("outbox", "travelled_at")
    for table in reversed(UUID_TABLES):
        op.drop_index(f"uq_{table}_uuid", table_name=table)
        op.drop_column(table, "uuid")
