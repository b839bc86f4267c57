"""Reading and writing :class:`AppSettings` in the ``settings`` table."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.settings import AppSettings
from desktop_app.store.models import Setting


def load_settings(session: Session) -> AppSettings:
    """Stored settings over the defaults."""
    rows = session.scalars(select(Setting)).all()
    return AppSettings.from_dict({row.key: row.value for row in rows})


def save_settings(session: Session, settings: AppSettings) -> None:
    """Persist every field (one row per key, so later fields need no migration)."""
    for key, value in settings.to_dict().items():
        session.merge(Setting(key=key, value=value))


def read_setting(session: Session, key: str, default: Any = None) -> Any:
    """One stored value (cheap: for checks that run every few hundred milliseconds)."""
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return default if value is None else value


def update_settings(session: Session, **changes: Any) -> AppSettings:
    """Change some fields and save only those; returns the new settings.

    Only the changed rows are written: two sessions changing different fields at the same
    time (the welcome's login saved on a worker while the GUI thread marks the welcome
    done) must not undo each other with the values they read before.
    """
    updated = replace(load_settings(session), **changes)
    values = updated.to_dict()
    for key in changes:
        session.merge(Setting(key=key, value=values[key]))
    return updated
