"""Resumable uploads and outcome reports (issue 5).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Reserved; filled in by that work."""


def downgrade() -> None:
    """Reverse of :func:`upgrade`."""
