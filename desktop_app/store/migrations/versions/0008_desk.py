"""The helpdesk's desk: gathered requests, their sources, fetch state, reviews, replies
(issue 15). Replies and status updates are outbox entries (kinds ``desk_reply.*`` and
``desk_status.*``): the outbox needs no change.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "desk_requests",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(600), nullable=False, unique=True),
        sa.Column("fieldkit_uuid", sa.String(36), nullable=True),
        sa.Column("subject", sa.String(500), nullable=False),
        sa.Column("requester_name", sa.String(300), nullable=False),
        sa.Column("requester_user", sa.String(300), nullable=False),
        sa.Column("requester_email", sa.String(300), nullable=False),
        sa.Column("partner", sa.String(300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("first_channel", sa.String(10), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("state", sa.String(30), nullable=False),
        sa.Column("assignee", sa.String(200), nullable=False),
        sa.Column("state_published", sa.Boolean(), nullable=False),
        sa.Column("state_changed_at", sa.DateTime(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "desk_sources",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "desk_request_id",
            sa.Integer(),
            sa.ForeignKey("desk_requests.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("source_key", sa.String(1200), nullable=False, unique=True),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("role", sa.String(10), nullable=False),
        sa.Column("page_title", sa.String(500), nullable=True),
        sa.Column("section_key", sa.String(100), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=True),
        sa.Column("message_id", sa.String(600), nullable=True),
        sa.Column("in_reply_to", sa.String(600), nullable=True),
        sa.Column("references", sa.JSON(), nullable=False),
        sa.Column("mailbox", sa.String(600), nullable=True),
        sa.Column("uidvalidity", sa.Integer(), nullable=True),
        sa.Column("uid", sa.Integer(), nullable=True),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.Column("sender", sa.String(300), nullable=False),
        sa.Column("reply_to", sa.String(300), nullable=False),
        sa.Column("subject", sa.String(500), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("was_html", sa.Boolean(), nullable=False),
        sa.Column("attachments", sa.JSON(), nullable=False),
        sa.Column("wikitext", sa.Text(), nullable=False),
        sa.Column("discussion", sa.JSON(), nullable=False),
        sa.Column("gone", sa.Boolean(), nullable=False),
        sa.Column("fetched_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_desk_sources_message_id", "desk_sources", ["message_id"])
    op.create_table(
        "desk_fetch_state",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source", sa.String(1000), nullable=False, unique=True),
        sa.Column("last_revision", sa.Integer(), nullable=True),
        sa.Column("uidvalidity", sa.Integer(), nullable=True),
        sa.Column("last_uid", sa.Integer(), nullable=True),
        sa.Column("fetched_at", sa.DateTime(), nullable=True),
    )
    op.create_table(
        "desk_reviews",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "desk_request_id",
            sa.Integer(),
            sa.ForeignKey("desk_requests.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("reviewer", sa.String(200), nullable=False),
        sa.Column("criterion", sa.String(40), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index(
        "uq_desk_review", "desk_reviews", ["desk_request_id", "reviewer", "criterion"], unique=True
    )
    op.create_table(
        "desk_replies",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False, unique=True),
        sa.Column(
            "desk_request_id",
            sa.Integer(),
            sa.ForeignKey("desk_requests.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("template", sa.String(40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column(
            "outbox_entry_id",
            sa.Integer(),
            sa.ForeignKey("outbox.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("where", sa.String(1000), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("desk_replies")
    op.drop_index("uq_desk_review", table_name="desk_reviews")
    op.drop_table("desk_reviews")
    op.drop_table("desk_fetch_state")
    op.drop_index("ix_desk_sources_message_id", table_name="desk_sources")
    op.drop_table("desk_sources")
    op.drop_table("desk_requests")
