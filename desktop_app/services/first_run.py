"""The first start: is a welcome due, and remembering that it was finished or skipped.

The answer lives in the data folder's database (``AppSettings.welcome_state``), not in
per-computer settings: a data folder carried to another computer on a USB stick is not
welcomed again, and a fresh folder on a computer that knew Fieldkit is. A folder that
already holds work (partnerships, help requests, a wiki account, the helpdesk's desk)
came from before the welcome existed: it is not welcomed either.
"""

from __future__ import annotations

import enum
import logging
from typing import TYPE_CHECKING

from desktop_app.store.repositories.partnerships import has_any_work
from desktop_app.store.repositories.settings import load_settings, update_settings

if TYPE_CHECKING:
    from desktop_app.store.db import Database

log = logging.getLogger(__name__)


class WelcomeEnd(enum.StrEnum):
    FINISHED = "finished"
    SKIPPED = "skipped"


def welcome_needed(db: Database) -> bool:
    """True on a first start: never finished nor skipped, and nothing done here yet."""
    with db.session() as session:
        settings = load_settings(session)
        if settings.welcome_state:
            return False
        configured = settings.has_account or settings.desk_enabled
        return not configured and not has_any_work(session)


def end_welcome(db: Database, how: WelcomeEnd) -> None:
    """Remember that the welcome was finished or skipped: it is never shown again here."""
    with db.session() as session:
        update_settings(session, welcome_state=how.value)
    log.info("Welcome %s", how.value)


def choose_language(db: Database, language: str) -> None:
    """Keep the interface language picked in the welcome (as Settings does)."""
    with db.session() as session:
        update_settings(session, language=language)
