"""Media intake: scanned metadata, editable fields, checks (issue 4).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Reserved; filled in by that work."""


def downgrade() -> None:
    """Reverse of :func:`upgrade`."""
