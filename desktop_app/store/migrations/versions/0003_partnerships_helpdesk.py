"""Partnership details, checklists and helpdesk request fields (issue 3).

Revision ID: 0003
Revises: 0002

New NOT NULL columns get a server default so rows written by earlier versions stay valid.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_REQUEST_TEXT_COLUMNS = (
    ("requester_name", sa.String(300)),
    ("requester_username", sa.String(300)),
    ("requester_affiliation_kind", sa.String(40)),
    ("requester_affiliation", sa.String(300)),
    ("requester_country", sa.String(80)),
    ("requester_languages", sa.String(200)),
    ("requester_email", sa.String(300)),
    ("partner_name", sa.String(300)),
    ("material_kind", sa.Text()),
    ("volume", sa.String(300)),
    ("expected_outcome", sa.Text()),
    ("impact", sa.Text()),
    ("knowledge_gap", sa.Text()),
    ("partner_commitment", sa.Text()),
    ("licence_status", sa.Text()),
    ("help_other", sa.Text()),
)


def upgrade() -> None:
    with op.batch_alter_table("partnerships") as batch:
        batch.add_column(sa.Column("licence_id", sa.String(40), nullable=False, server_default=""))
        batch.add_column(sa.Column("material", sa.Text(), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("credit_line", sa.String(500), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("first_contact_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("agreed_on", sa.Date(), nullable=True))

    op.create_table(
        "checklists",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "partnership_id",
            sa.Integer(),
            sa.ForeignKey("partnerships.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("template_id", sa.String(80), nullable=False),
        sa.Column("template_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index(
        "uq_checklist_template", "checklists", ["partnership_id", "template_id"], unique=True
    )
    op.create_table(
        "checklist_items",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "checklist_id",
            sa.Integer(),
            sa.ForeignKey("checklists.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("item_key", sa.String(80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("responsible", sa.String(300), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index(
        "uq_checklist_item_key", "checklist_items", ["checklist_id", "item_key"], unique=True
    )

    with op.batch_alter_table("help_requests") as batch:
        batch.add_column(
            sa.Column(
                "checklist_item_id",
                sa.Integer(),
                sa.ForeignKey(
                    "checklist_items.id",
                    name="fk_help_requests_checklist_item",
                    ondelete="SET NULL",
                ),
                nullable=True,
            )
        )
        for name, type_ in _REQUEST_TEXT_COLUMNS:
            batch.add_column(sa.Column(name, type_, nullable=False, server_default=""))
        batch.add_column(sa.Column("help_wanted", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("remote_page", sa.String(500), nullable=True))
        batch.add_column(sa.Column("message_id", sa.String(300), nullable=True))
        batch.add_column(sa.Column("replies_checked_at", sa.DateTime(), nullable=True))

    op.create_table(
        "request_attachments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "help_request_id",
            sa.Integer(),
            sa.ForeignKey("help_requests.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("media_type", sa.String(120), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "request_replies",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "help_request_id",
            sa.Integer(),
            sa.ForeignKey("help_requests.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("reply_key", sa.String(64), nullable=False),
        sa.Column("author", sa.String(300), nullable=False),
        sa.Column("signed_at", sa.String(100), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("seen", sa.Boolean(), nullable=False),
        sa.Column("fetched_at", sa.DateTime(), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=False),
    )
    op.create_index(
        "uq_reply_key", "request_replies", ["help_request_id", "reply_key"], unique=True
    )


def downgrade() -> None:
    op.drop_index("uq_reply_key", table_name="request_replies")
    op.drop_table("request_replies")
    op.drop_table("request_attachments")
    with op.batch_alter_table("help_requests") as batch:
        batch.drop_column("replies_checked_at")
        batch.drop_column("message_id")
        batch.drop_column("remote_page")
        batch.drop_column("help_wanted")
        for name, _type in reversed(_REQUEST_TEXT_COLUMNS):
            batch.drop_column(name)
        batch.drop_constraint("fk_help_requests_checklist_item", type_="foreignkey")
        batch.drop_column("checklist_item_id")
    op.drop_index("uq_checklist_item_key", table_name="checklist_items")
    op.drop_table("checklist_items")
    op.drop_index("uq_checklist_template", table_name="checklists")
    op.drop_table("checklists")
    with op.batch_alter_table("partnerships") as batch:
        batch.drop_column("agreed_on")
        batch.drop_column("first_contact_on")
        batch.drop_column("credit_line")
        batch.drop_column("material")
        batch.drop_column("licence_id")
