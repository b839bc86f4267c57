"""Partnership details, checklists and helpdesk request fields (issue 3).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Filled in by the partnerships/helpdesk work; empty until then."""


def downgrade() -> None:
    """Reverse of :func:`upgrade`."""
