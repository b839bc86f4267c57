"""The wiki account: set it (settings + password) and test it; where passwords are kept.

One use case for ``fieldkit account set`` and the Settings area. The password goes to
the system keyring, or where there is none to Fieldkit's encrypted password file (which
needs its passphrase once per session); never to the database or the log.
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.settings import AppSettings
from desktop_app.services.requests.queueing import requeue_after_page_change
from desktop_app.store.context import AppContext
from desktop_app.store.repositories.settings import load_settings, update_settings
from desktop_app.system import credentials
from desktop_app.system.logs import register_secret
from desktop_app.wiki.connectivity import check_connectivity

PASSWORD_ENV = credentials.PASSWORD_ENV
PASSPHRASE_ENV = credentials.PASSPHRASE_ENV
PasswordError = credentials.CredentialError
WrongPassphrase = credentials.WrongPassphraseError
MIN_PASSPHRASE_LENGTH = credentials.MIN_PASSPHRASE_LENGTH


class InvalidLogin(ValueError):
    """A login that is not a bot-password login (``name@bot``)."""


def check_login(username: str) -> None:
    """Raise :class:`InvalidLogin` unless ``username`` is empty or ``name@bot``."""
    if username and "@" not in username:
        raise InvalidLogin(
            "The login must have the form name@bot, as shown on Special:BotPasswords."
        )


class PasswordOutcome(enum.StrEnum):
    NOT_GIVEN = "not_given"  # only the settings changed
    STORED = "stored"  # in the keyring
    STORED_IN_FILE = "stored_in_file"  # no keyring: in the encrypted password file
    NEEDS_PASSPHRASE = "needs_passphrase"  # no keyring: unlock the password file first
    NO_KEYRING = "no_keyring"  # this system has none: use FIELDKIT_PASSWORD
    FAILED = "failed"  # the keyring refused; ``problem`` says how


@dataclass(frozen=True)
class PasswordStorage:
    """Where this installation keeps passwords, and whether they can be read now."""

    kind: str  # "keyring" or "file"
    path: Path | None  # the password file (kind "file")
    exists: bool
    unlocked: bool

    @property
    def needs_passphrase(self) -> bool:
        """The password file must be unlocked (or created) before passwords are used."""
        return self.kind == "file" and not self.unlocked


def password_storage() -> PasswordStorage:
    """The keyring, or the password file of the open data folder."""
    store = credentials.password_file()
    if store is None:
        return PasswordStorage("keyring", None, False, True)
    return PasswordStorage("file", store.path, store.exists, store.unlocked)


def passphrase_asked_at_start() -> bool:
    """Whether the app should ask for the passphrase now: a locked password file that
    holds the passwords (and no ``FIELDKIT_PASSWORD`` standing in for them). Without a
    password file nothing is asked, and the keyring is not looked for at start."""
    if not credentials.password_file_exists():
        return False
    storage = password_storage()
    return storage.needs_passphrase and storage.exists and not os.environ.get(PASSWORD_ENV)


def unlock_passwords(passphrase: str) -> None:
    """Unlock the password file for this session (creating it with this passphrase if
    there is none yet). Blocking (a deliberately slow key derivation): off the GUI thread.
    Raises ``CredentialError`` with a message for the user."""
    credentials.unlock_password_file(passphrase)


@dataclass(frozen=True)
class AccountSaved:
    settings: AppSettings
    password: PasswordOutcome
    problem: str = ""


def set_account(
    ctx: AppContext, api_url: str, username: str, password: str | None = None
) -> AccountSaved:
    """Save the wiki and the login, then the password (if given) in the keyring.

    Blocking when a password is given (the keyring may ask the desktop): call it off the
    GUI thread. Raises :class:`InvalidLogin` before saving anything.
    """
    api_url, username = api_url.strip(), username.strip()
    check_login(username)
    with ctx.db.session() as session:
        page_before = load_settings(session).helpdesk_page_for_wiki
        settings = update_settings(
            session, wiki_api_url=api_url or AppSettings.wiki_api_url, wiki_username=username
        )
    if settings.helpdesk_page_for_wiki and settings.helpdesk_page_for_wiki != page_before:
        requeue_after_page_change(ctx.db)  # another wiki: its page may work where one failed
    if not password or not username:
        return AccountSaved(settings, PasswordOutcome.NOT_GIVEN)
    register_secret(password)
    try:
        credentials.save_password(settings.wiki_api_url, username, password)
    except credentials.PassphraseNeeded as error:
        return AccountSaved(settings, PasswordOutcome.NEEDS_PASSPHRASE, str(error))
    except credentials.NoKeyringError as error:
        return AccountSaved(settings, PasswordOutcome.NO_KEYRING, str(error))
    except credentials.CredentialError as error:
        return AccountSaved(settings, PasswordOutcome.FAILED, str(error))
    if password_storage().kind == "file":
        return AccountSaved(settings, PasswordOutcome.STORED_IN_FILE)
    return AccountSaved(settings, PasswordOutcome.STORED)


@dataclass(frozen=True)
class ConnectionTest:
    """What "Test connection" found (computed on a worker thread)."""

    state: str  # "online", "offline", "login_failed", "unconfigured"
    detail: str
    password_problem: str | None = None
    no_keyring: bool = False


def test_connection(ctx: AppContext, api_url: str, username: str, password: str) -> ConnectionTest:
    """Probe and, with an account, log in; an empty password means "the stored one"."""
    if password:
        register_secret(password)
    problem, no_keyring = None, False
    if username and not password:
        try:
            password = credentials.load_password(api_url, username) or ""
        except credentials.PassphraseNeeded as error:
            problem = str(error)
        except credentials.NoKeyringError:
            no_keyring = True
        except credentials.CredentialError as error:
            problem = str(error)
    result = check_connectivity(
        api_url,
        username=username or None,
        password=password or None,
        home=ctx.paths.pywikibot_home,
    )
    return ConnectionTest(str(result.state), result.detail, problem, no_keyring)


def password_source_note() -> str | None:
    """Once per process: a note that the password comes from the environment."""
    return credentials.password_source_note()
