"""The configured wiki account as a client: settings, password, connection.

One place builds the client every sync path uses (deliveries, uploads, replies, online
checks, usage). A missing account or password is a login fault with its own code
(``not_configured``, ``no_password``) so that every path stops the same way and the UI
can say what to do.
"""

from __future__ import annotations

from desktop_app.core.faults import Fault, FaultKind
from desktop_app.store.context import AppContext
from desktop_app.store.repositories.settings import load_settings
from desktop_app.system.credentials import CredentialError, load_password
from desktop_app.wiki.client import LazyClient, WikiAccount, WikiClient
from desktop_app.wiki.errors import LoginFailed

NOT_CONFIGURED = (
    "No wiki account is set up. Add one in Settings or run "
    "'fieldkit account set --api URL --user USER@BOTNAME'."
)
NO_PASSWORD = (
    "No password is stored for this account. Set it again in Settings, or set FIELDKIT_PASSWORD."
)


def connect_account(ctx: AppContext) -> WikiClient:
    """A client logged in as the configured account; raises a ``WikiError`` otherwise."""
    with ctx.db.session() as session:
        settings = load_settings(session)
    if not settings.has_account:
        raise LoginFailed(Fault(FaultKind.LOGIN, "not_configured", NOT_CONFIGURED))
    try:
        password = load_password(settings.wiki_api_url, settings.wiki_username)
    except CredentialError as error:
        raise LoginFailed(Fault(FaultKind.LOGIN, "no_password", str(error))) from error
    if not password:
        raise LoginFailed(Fault(FaultKind.LOGIN, "no_password", NO_PASSWORD))
    account = WikiAccount(api_url=settings.wiki_api_url, username=settings.wiki_username)
    client = WikiClient(ctx.paths.pywikibot_home, account, password)
    client.connect()
    return client


def account_client(ctx: AppContext) -> LazyClient:
    """The configured account, connected on first use (once per pass)."""
    return LazyClient(lambda: connect_account(ctx))
