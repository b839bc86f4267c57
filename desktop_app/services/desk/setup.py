"""Setting up the desk: which wiki pages and which mailbox folder it gathers from.

The IMAP password goes to the keyring (or is read from ``FIELDKIT_IMAP_PASSWORD`` when
sending); it is asked for only after the settings are saved, so a refused keyring loses
nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_app.core.form_checks import InvalidInput, field_error
from desktop_app.core.settings import IMAP_SECURITY, AppSettings
from desktop_app.mail.imap import IMAP_PASSWORD_ENV
from desktop_app.store.repositories.settings import load_settings, update_settings
from desktop_app.sync.deliveries.desk_mail import desk_mailbox, desk_sender
from desktop_app.system.credentials import CredentialError

if TYPE_CHECKING:
    from desktop_app.store.db import Database

__all__ = ["IMAP_PASSWORD_ENV", "DeskChanges", "DeskSaved", "DeskView", "get_desk", "set_desk"]

DEFAULT_PORTS = {"tls": 993, "starttls": 143, "none": 143}


@dataclass(frozen=True)
class DeskChanges:
    """What ``desk set`` (or the Settings area) changes; ``None`` keeps a value."""

    wiki_pages: Sequence[str] | None = None
    imap: str | None = None  # "HOST:PORT" ("" = no mailbox)
    imap_user: str | None = None
    imap_folder: str | None = None
    imap_security: str | None = None  # "tls" | "starttls" | "none"
    from_address: str | None = None
    enabled: bool | None = None


@dataclass(frozen=True)
class DeskView:
    """The desk's settings as shown (the JSON of ``desk set``)."""

    enabled: bool
    wiki_pages: tuple[str, ...]
    imap_host: str
    imap_port: int
    imap_user: str
    imap_folder: str
    imap_security: str
    from_address: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__) | {"wiki_pages": list(self.wiki_pages)}


@dataclass(frozen=True)
class DeskSaved:
    desk: DeskView
    password: str  # "not_needed" | "stored" | "not_given" | "not_stored"
    password_error: str = ""


def desk_view(settings: AppSettings) -> DeskView:
    """The desk part of the settings."""
    return DeskView(
        enabled=settings.desk_enabled,
        wiki_pages=tuple(settings.desk_wiki_pages),
        imap_host=settings.desk_imap_host,
        imap_port=settings.desk_imap_port,
        imap_user=settings.desk_imap_user,
        imap_folder=settings.desk_imap_folder,
        imap_security=settings.desk_imap_security,
        from_address=desk_sender(settings),
    )


def desk_changes(changes: DeskChanges) -> dict[str, Any]:
    """The settings fields to change; raises :class:`InvalidInput` for bad values."""
    fields: dict[str, Any] = {}
    problems = []
    if changes.wiki_pages is not None:
        pages = tuple(dict.fromkeys(" ".join(p.split()) for p in changes.wiki_pages if p.strip()))
        fields["desk_wiki_pages"] = pages
    if changes.imap is not None:
        host, _, port = changes.imap.strip().rpartition(":")
        if not changes.imap.strip():
            fields["desk_imap_host"] = ""
        elif not host or not port.isdigit() or not 0 < int(port) < 65536:
            problems.append(
                field_error("desk.imap_invalid", "imap", "Give the mailbox as HOST:PORT.")
            )
        else:
            fields["desk_imap_host"], fields["desk_imap_port"] = host.strip("[]"), int(port)
    if changes.imap_security is not None:
        if changes.imap_security not in IMAP_SECURITY:
            problems.append(field_error("desk.imap_security", "imap_security", "Unknown security."))
        fields["desk_imap_security"] = changes.imap_security
    if changes.imap_user is not None:
        fields["desk_imap_user"] = changes.imap_user.strip()
    if changes.imap_folder is not None:
        fields["desk_imap_folder"] = changes.imap_folder.strip() or "INBOX"
    if changes.from_address is not None:
        fields["desk_from_address"] = changes.from_address.strip()
    if changes.enabled is not None:
        fields["desk_enabled"] = changes.enabled
    if problems:
        raise InvalidInput(problems)
    return fields


def get_desk(db: Database) -> DeskView:
    """Where the desk gathers from now."""
    with db.session() as session:
        return desk_view(load_settings(session))


def set_desk(
    db: Database,
    changes: DeskChanges,
    *,
    imap_password: str | Callable[[], str | None] | None = None,
) -> DeskSaved:
    """Check and save; with an IMAP user, keep the password in the keyring.

    Setting pages or a mailbox also switches the desk on (the user works for a helpdesk).
    """
    fields = desk_changes(changes)
    if changes.enabled is None and (changes.wiki_pages or changes.imap):
        fields["desk_enabled"] = True
    with db.session() as session:
        settings = update_settings(session, **fields)
    view = desk_view(settings)
    if not changes.imap_user:
        return DeskSaved(view, "not_needed")
    password = imap_password() if callable(imap_password) else imap_password
    if not password:
        return DeskSaved(view, "not_given")
    try:
        desk_mailbox(settings).save_password(password)
    except CredentialError as error:
        return DeskSaved(view, "not_stored", str(error))
    return DeskSaved(view, "stored")
