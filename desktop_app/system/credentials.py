"""Passwords (the wiki's bot password, the SMTP password) in the system keyring, never in
Fieldkit's database or files.

An environment variable overrides the keyring (``FIELDKIT_PASSWORD`` for the wiki,
``FIELDKIT_SMTP_PASSWORD`` for mail) for CI, headless machines and minimal Linux installs
that have no keyring. Every password that passes through here
is registered with :func:`register_secret`, so it is masked if it ever reaches a log.
"""

from __future__ import annotations

import os
from types import ModuleType

from desktop_app.system.logs import register_secret

PASSWORD_ENV = "FIELDKIT_PASSWORD"
SERVICE_PREFIX = "Fieldkit"

NO_KEYRING_MESSAGE = (
    "No system keyring found, so Fieldkit cannot store the wiki password safely. "
    f"Set the environment variable {PASSWORD_ENV} to the bot password before starting "
    "Fieldkit, or install and unlock a keyring (for example GNOME Keyring or KWallet)."
)

_note_given = False


class CredentialError(Exception):
    """The password could not be stored, read or deleted."""


class NoKeyringError(CredentialError):
    """No usable keyring backend on this system (typical for CI and minimal Linux)."""

    def __init__(self, message: str = NO_KEYRING_MESSAGE) -> None:
        super().__init__(message)


def _keyring() -> ModuleType:
    """The keyring package, imported on first use: it costs ~0.1 s at every window start."""
    import keyring
    import keyring.backends.fail
    import keyring.errors

    return keyring


def _service(api_url: str) -> str:
    """One keyring entry per wiki: the service names the API URL, the user is the login."""
    return f"{SERVICE_PREFIX} {api_url.strip()}"


def _require_keyring() -> None:
    keyring = _keyring()
    if isinstance(keyring.get_keyring(), keyring.backends.fail.Keyring):
        raise NoKeyringError()


def _env_password(variable: str) -> str | None:
    value = os.environ.get(variable)
    if value:
        register_secret(value)
        return value
    return None


def save_password(api_url: str, username: str, password: str) -> None:
    """Store the password for ``username`` on the wiki at ``api_url`` in the keyring."""
    keyring = _keyring()
    register_secret(password)
    _require_keyring()
    try:
        keyring.set_password(_service(api_url), username, password)
    except keyring.errors.NoKeyringError as error:
        raise NoKeyringError() from error
    except keyring.errors.KeyringError as error:
        raise CredentialError(f"Could not store the password in the keyring: {error}") from error


def load_password(api_url: str, username: str, env_var: str = PASSWORD_ENV) -> str | None:
    """The password: ``env_var`` if set, else the keyring's entry, else ``None``.

    ``api_url`` names the service (a wiki's API URL, or ``smtp://host:port``). Raises
    :class:`NoKeyringError` only when neither source can exist.
    """
    from_env = _env_password(env_var)
    if from_env is not None:
        return from_env
    keyring = _keyring()
    _require_keyring()
    try:
        password = keyring.get_password(_service(api_url), username)
    except keyring.errors.NoKeyringError as error:
        raise NoKeyringError() from error
    except keyring.errors.KeyringError as error:
        raise CredentialError(f"Could not read the password from the keyring: {error}") from error
    if password:
        register_secret(password)
    return password or None


def delete_password(api_url: str, username: str) -> None:
    """Remove a stored password; nothing to do if none is stored or no keyring exists."""
    keyring = _keyring()
    if isinstance(keyring.get_keyring(), keyring.backends.fail.Keyring):
        return
    try:
        keyring.delete_password(_service(api_url), username)
    except keyring.errors.PasswordDeleteError:
        return  # not stored: the wanted state already
    except keyring.errors.NoKeyringError:
        return
    except keyring.errors.KeyringError as error:
        raise CredentialError(f"Could not delete the password: {error}") from error


def password_source_note() -> str | None:
    """Once per process, a message saying the password comes from the environment."""
    global _note_given
    if _note_given or not os.environ.get(PASSWORD_ENV):
        return None
    _note_given = True
    return (
        f"Using the wiki password from the environment variable {PASSWORD_ENV}; "
        "the keyring is not used while it is set."
    )
