"""User settings as a typed value object.

Secrets are not settings: passwords live in the keyring (``system.credentials``). Each field
is one row of the ``settings`` table, so a new field needs no migration.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any
from urllib.parse import urlparse

COMMONS_API_URL = "https://commons.wikimedia.org/w/api.php"
COMMONS_HOSTS = frozenset({"commons.wikimedia.org", "commons.m.wikimedia.org"})
# The Content Partnerships Helpdesk's page: it exists on Commons only.
DEFAULT_HELPDESK_PAGE = "Commons:Batch uploading"
# Every language the interface, the bundled resources and the partner's documents come in;
# tests check that each resource has all of them.
SUPPORTED_LANGUAGES = ("en", "sv", "es", "fr", "pt", "ar")
SMTP_SECURITY = ("starttls", "tls", "none")
IMAP_SECURITY = ("tls", "starttls", "none")


@dataclass(frozen=True)
class AppSettings:
    """Everything the user can set, with defaults that work for Wikimedia Commons."""

    wiki_api_url: str = COMMONS_API_URL
    wiki_username: str = ""  # "User@BotName" for a bot password
    language: str = "en"
    helpdesk_page: str = DEFAULT_HELPDESK_PAGE
    helpdesk_email: str = ""  # empty: requests are not mailed
    helpdesk_smtp_host: str = ""
    helpdesk_smtp_port: int = 587
    helpdesk_smtp_security: str = "starttls"  # one of SMTP_SECURITY
    helpdesk_smtp_user: str = ""  # empty: the server needs no login; password in the keyring
    helpdesk_from_address: str = ""  # empty: the requester's own address is used
    # Who is asking: prefilled into every new help request.
    requester_name: str = ""
    requester_affiliation_kind: str = ""
    requester_affiliation: str = ""
    requester_country: str = ""
    requester_languages: str = ""
    requester_email: str = ""
    # Uploads: hold them on metered links, cap the bandwidth (KiB/s, 0 = none), pause all.
    upload_unmetered_only: bool = False
    upload_bandwidth_cap_kib: int = 0
    uploads_paused_all: bool = False
    # The helpdesk's desk (issue 15): shown when the user works for a helpdesk; where it
    # gathers requests. Replies by mail go out through the helpdesk_smtp_* server.
    desk_enabled: bool = False
    desk_wiki_pages: tuple[str, ...] = ()
    desk_imap_host: str = ""
    desk_imap_port: int = 993
    desk_imap_user: str = ""  # password: keyring or FIELDKIT_IMAP_PASSWORD
    desk_imap_folder: str = "INBOX"
    desk_imap_security: str = "tls"  # one of IMAP_SECURITY
    desk_from_address: str = ""  # empty: the IMAP user (when an address) is the sender
    # The requester's own mailbox, where the helpdesk's mailed replies arrive (optional).
    reply_imap_host: str = ""
    reply_imap_port: int = 993
    reply_imap_user: str = ""
    reply_imap_folder: str = "INBOX"
    reply_imap_security: str = "tls"
    # The first start's welcome (issue 12), kept in the data folder so a folder carried to
    # another computer on a USB stick is not welcomed again: "" until it was "finished" or
    # "skipped". The sample partnership it made (0: none), for "Remove sample".
    welcome_state: str = ""
    sample_partnership_id: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> AppSettings:
        """Build from stored values, ignoring unknown keys and keeping defaults for missing ones."""
        known = {f.name for f in fields(cls)}
        kept = {k: v for k, v in values.items() if k in known and v is not None}
        if isinstance(kept.get("desk_wiki_pages"), list):
            kept["desk_wiki_pages"] = tuple(kept["desk_wiki_pages"])
        return cls(**kept)

    @property
    def has_account(self) -> bool:
        return bool(self.wiki_api_url and self.wiki_username)

    @property
    def on_commons(self) -> bool:
        return is_commons(self.wiki_api_url)

    @property
    def helpdesk_page_for_wiki(self) -> str:
        """Where requests are posted on the configured wiki ("" for nowhere).

        The Commons default means nothing on another wiki ("Commons:" is an interwiki
        prefix there: a bad title), so elsewhere it counts as not chosen.
        """
        page = self.helpdesk_page.strip()
        if page == DEFAULT_HELPDESK_PAGE and not self.on_commons:
            return ""
        return page

    @property
    def helpdesk_page_unchosen(self) -> bool:
        """A wiki other than Commons, and no helpdesk page of its own was chosen for it."""
        return not self.on_commons and self.helpdesk_page.strip() == DEFAULT_HELPDESK_PAGE

    @property
    def helpdesk_by_wiki(self) -> bool:
        """Requests go to the wiki page when one is set (for this wiki)."""
        return bool(self.helpdesk_page_for_wiki)

    @property
    def helpdesk_by_email(self) -> bool:
        """Requests are mailed when an address and an SMTP server are set."""
        return bool(self.helpdesk_email.strip() and self.helpdesk_smtp_host.strip())


def is_commons(api_url: str) -> bool:
    """Whether ``api_url`` is Wikimedia Commons' API (where the helpdesk's page is)."""
    try:
        host = urlparse(api_url.strip()).hostname or ""
    except ValueError:
        return False
    return host.lower() in COMMONS_HOSTS
