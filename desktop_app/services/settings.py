"""Reading and changing the user's settings (the UI's forms, the CLI's ``set`` commands)."""

from __future__ import annotations

from typing import Any

from desktop_app.core.settings import AppSettings
from desktop_app.store.db import Database
from desktop_app.store.repositories import settings as rows


def get_settings(db: Database) -> AppSettings:
    """The stored settings over the defaults."""
    with db.session() as session:
        return rows.load_settings(session)


def change_settings(db: Database, **changes: Any) -> AppSettings:
    """Change some fields (committed at once); returns the new settings."""
    with db.session() as session:
        return rows.update_settings(session, **changes)
