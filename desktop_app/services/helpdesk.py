"""Setting up the helpdesk: where requests go (wiki page, email), and the SMTP login.

One use case for ``fieldkit helpdesk set`` and the Settings area: check the changes,
save them, then keep the SMTP password in the keyring (never in the database). The
password is asked for only after the settings are saved, so a refused or missing
password never loses the rest.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_app.core.helpdesk import HelpdeskChanges, settings_changes
from desktop_app.mail.smtp import SMTP_PASSWORD_ENV
from desktop_app.services.requests.queueing import requeue_after_page_change
from desktop_app.store.repositories.settings import load_settings, update_settings
from desktop_app.sync.deliveries.email import save_smtp_password
from desktop_app.sync.mail_replies import reply_mailbox
from desktop_app.system.credentials import CredentialError

if TYPE_CHECKING:
    from desktop_app.core.settings import AppSettings
    from desktop_app.store.db import Database

log = logging.getLogger(__name__)

__all__ = [
    "SMTP_PASSWORD_ENV",
    "HelpdeskChanges",
    "HelpdeskSaved",
    "HelpdeskView",
    "PasswordOutcome",
    "check_helpdesk",
    "get_helpdesk",
    "set_helpdesk",
]


@dataclass(frozen=True)
class HelpdeskView:
    """The helpdesk settings as shown (``channels``: how requests go, "wiki" and/or "email")."""

    wiki_page: str
    email: str
    smtp_host: str
    smtp_port: int
    smtp_security: str
    smtp_user: str
    from_address: str
    channels: tuple[str, ...]
    # On a wiki other than Commons with no helpdesk page of its own chosen yet.
    wiki_page_missing: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (the ``helpdesk set|show`` object of the CLI contract)."""
        return dict(self.__dict__) | {"channels": list(self.channels)}


class PasswordOutcome(enum.StrEnum):
    """What became of the SMTP password when the helpdesk was set."""

    NOT_NEEDED = "not_needed"  # no SMTP login was set
    STORED = "stored"  # in the keyring
    NOT_GIVEN = "not_given"  # a login without a password: it is read when sending
    NOT_STORED = "not_stored"  # the keyring refused it (``password_error`` says why)


@dataclass(frozen=True)
class HelpdeskSaved:
    """The saved helpdesk settings and what became of the SMTP password."""

    helpdesk: HelpdeskView
    password: PasswordOutcome
    password_error: str = ""


def _view(settings: AppSettings) -> HelpdeskView:
    channels = [
        name
        for name, on in (("wiki", settings.helpdesk_by_wiki), ("email", settings.helpdesk_by_email))
        if on
    ]
    return HelpdeskView(
        wiki_page=settings.helpdesk_page_for_wiki,
        email=settings.helpdesk_email,
        smtp_host=settings.helpdesk_smtp_host,
        smtp_port=settings.helpdesk_smtp_port,
        smtp_security=settings.helpdesk_smtp_security,
        smtp_user=settings.helpdesk_smtp_user,
        from_address=settings.helpdesk_from_address,
        channels=tuple(channels),
        wiki_page_missing=settings.helpdesk_page_unchosen,
    )


def check_helpdesk(changes: HelpdeskChanges) -> None:
    """Raise :class:`InvalidInput` for changes :func:`set_helpdesk` would refuse.

    Lets a caller refuse before it opens anything (the CLI, before the data folder).
    """
    settings_changes(changes)


def get_helpdesk(db: Database) -> HelpdeskView:
    """Where help requests go now."""
    with db.session() as session:
        return _view(load_settings(session))


def set_helpdesk(
    db: Database,
    changes: HelpdeskChanges,
    *,
    smtp_password: str | Callable[[], str | None] | None = None,
    imap_password: Callable[[], str | None] | None = None,
) -> HelpdeskSaved:
    """Check and save the helpdesk settings; with an SMTP login, store its password.

    ``smtp_password`` is the password, or a function asked for it once the settings are
    saved (the CLI reads the environment or prompts); it is used only when
    ``changes.smtp_user`` names a login. Raises :class:`InvalidInput` (problems name the
    settings fields, e.g. ``helpdesk_email``) and then saves nothing.
    """
    fields = settings_changes(changes)
    with db.session() as session:
        before = load_settings(session).helpdesk_page_for_wiki
        settings = update_settings(session, **fields)
    if settings.helpdesk_page_for_wiki and settings.helpdesk_page_for_wiki != before:
        requeue_after_page_change(db)
    saved = _view(settings)
    mailbox = reply_mailbox(settings)
    if changes.reply_imap_user and mailbox is not None and imap_password is not None:
        secret = imap_password()
        if secret:
            try:
                mailbox.save_password(secret)
            except CredentialError as error:
                # No keyring: FIELDKIT_IMAP_PASSWORD is read when syncing instead.
                log.warning("The reply mailbox's password was not stored: %s", error)
    if not changes.smtp_user:
        return HelpdeskSaved(saved, PasswordOutcome.NOT_NEEDED)
    password = smtp_password() if callable(smtp_password) else smtp_password
    if not password:
        return HelpdeskSaved(saved, PasswordOutcome.NOT_GIVEN)
    try:
        save_smtp_password(settings, password)
    except CredentialError as error:
        return HelpdeskSaved(saved, PasswordOutcome.NOT_STORED, str(error))
    return HelpdeskSaved(saved, PasswordOutcome.STORED)
