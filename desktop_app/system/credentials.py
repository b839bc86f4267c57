"""Passwords (the wiki's bot password, the SMTP password): in the system keyring, or, where
there is none, in Fieldkit's encrypted password file; never in plain text anywhere.

An environment variable overrides both (``FIELDKIT_PASSWORD`` for the wiki,
``FIELDKIT_SMTP_PASSWORD`` for mail) for CI and scripts. Without a usable keyring
(minimal Linux desktops, servers) the passwords go to :mod:`desktop_app.system.password_file`
in the data folder, unlocked once per session with the user's passphrase; the data folder
names the file when it is opened (:func:`use_password_file`). Every password that passes
through here is registered with :func:`register_secret`, so it is masked if it ever
reaches a log.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType

from desktop_app.system.logs import register_secret
from desktop_app.system.password_file import MIN_PASSPHRASE_LENGTH as MIN_PASSPHRASE_LENGTH
from desktop_app.system.password_file import (
    LockedPasswordFile,
    PasswordFile,
    PasswordFileError,
    WrongPassphrase,
    passphrase_from_environment,
)

PASSWORD_ENV = "FIELDKIT_PASSWORD"
PASSPHRASE_ENV = "FIELDKIT_PASSPHRASE"
SERVICE_PREFIX = "Fieldkit"

NO_KEYRING_MESSAGE = (
    "No system keyring found, so Fieldkit cannot store the wiki password safely. "
    f"Set the environment variable {PASSWORD_ENV} to the bot password before starting "
    "Fieldkit, or install and unlock a keyring (for example GNOME Keyring or KWallet)."
)
PASSPHRASE_NEEDED_MESSAGE = (
    "This system has no keyring, so Fieldkit keeps passwords in its encrypted password "
    "file, and that needs its passphrase: type it when Fieldkit asks, or set "
    f"{PASSPHRASE_ENV} (or give the password itself in {PASSWORD_ENV})."
)

_note_given = False
_password_file: PasswordFile | None = None


class CredentialError(Exception):
    """The password could not be stored, read or deleted."""


class NoKeyringError(CredentialError):
    """No usable keyring backend on this system (typical for CI and minimal Linux)."""

    def __init__(self, message: str = NO_KEYRING_MESSAGE) -> None:
        super().__init__(message)


class WrongPassphraseError(CredentialError):
    """The passphrase does not open the password file."""


class PassphraseNeeded(NoKeyringError):
    """No keyring; the password file must be unlocked (or created) with a passphrase first."""

    def __init__(self, message: str = PASSPHRASE_NEEDED_MESSAGE) -> None:
        super().__init__(message)


def use_password_file(path: Path | None) -> None:
    """Name the password file of the open data folder (``None``: no fallback)."""
    global _password_file
    if path is None:
        _password_file = None
    elif _password_file is None or _password_file.path != path:
        _password_file = PasswordFile(path)


def _keyring() -> ModuleType:
    """The keyring package, imported on first use: it costs ~0.1 s at every window start."""
    import keyring
    import keyring.backends.fail
    import keyring.errors

    return keyring


def keyring_usable() -> bool:
    keyring = _keyring()
    return not isinstance(keyring.get_keyring(), keyring.backends.fail.Keyring)


def password_file_exists() -> bool:
    """Whether the open data folder has a password file (a stat: no keyring lookup)."""
    return _password_file is not None and _password_file.exists


def password_file() -> PasswordFile | None:
    """The password file in use: only where there is no keyring and a data folder is open."""
    return None if keyring_usable() else _password_file


def unlock_password_file(passphrase: str) -> None:
    """Open the password file for this session, creating it if there is none yet.

    Raises :class:`CredentialError` (a wrong passphrase, an unreadable file).
    """
    store = password_file()
    if store is None:
        raise NoKeyringError("There is no password file to unlock: the keyring is used.")
    try:
        if store.exists:
            store.unlock(passphrase)
        else:
            store.create(passphrase)
    except WrongPassphrase as error:
        raise WrongPassphraseError(str(error)) from error
    except PasswordFileError as error:
        raise CredentialError(str(error)) from error


def _unlocked_file() -> PasswordFile:
    """The password file, unlocked (with ``FIELDKIT_PASSPHRASE`` if need be)."""
    store = password_file()
    if store is None:
        raise NoKeyringError()
    if not store.unlocked:
        passphrase = passphrase_from_environment()
        if passphrase is None:
            raise PassphraseNeeded()
        unlock_password_file(passphrase)
    return store


def _service(api_url: str) -> str:
    """One keyring entry per wiki: the service names the API URL, the user is the login."""
    return f"{SERVICE_PREFIX} {api_url.strip()}"


def _env_password(variable: str) -> str | None:
    value = os.environ.get(variable)
    if value:
        register_secret(value)
        return value
    return None


def save_password(api_url: str, username: str, password: str) -> None:
    """Store the password for ``username`` on the wiki at ``api_url``.

    In the keyring; without one in the password file (raises :class:`PassphraseNeeded`
    while it is locked, :class:`NoKeyringError` without a data folder).
    """
    keyring = _keyring()
    register_secret(password)
    if not keyring_usable():
        try:
            _unlocked_file().set(_service(api_url), username, password)
        except (LockedPasswordFile, OSError) as error:
            raise CredentialError(f"Could not store the password: {error}") from error
        return
    try:
        keyring.set_password(_service(api_url), username, password)
    except keyring.errors.NoKeyringError as error:
        raise NoKeyringError() from error
    except keyring.errors.KeyringError as error:
        raise CredentialError(f"Could not store the password in the keyring: {error}") from error


def load_password(api_url: str, username: str, env_var: str = PASSWORD_ENV) -> str | None:
    """The password: ``env_var`` if set, else the keyring's or the password file's entry.

    ``api_url`` names the service (a wiki's API URL, or ``smtp://host:port``). Raises
    :class:`NoKeyringError` when no source can exist, :class:`PassphraseNeeded` while the
    password file is locked.
    """
    keyring = _keyring()
    from_env = _env_password(env_var)
    if from_env is not None:
        return from_env
    if not keyring_usable():
        store = password_file()
        if store is None or not store.exists:
            raise NoKeyringError()
        password = _unlocked_file().get(_service(api_url), username)
    else:
        try:
            password = keyring.get_password(_service(api_url), username)
        except keyring.errors.NoKeyringError as error:
            raise NoKeyringError() from error
        except keyring.errors.KeyringError as error:
            raise CredentialError(
                f"Could not read the password from the keyring: {error}"
            ) from error
    if password:
        register_secret(password)
    return password or None


def delete_password(api_url: str, username: str) -> None:
    """Remove a stored password; nothing to do if none is stored."""
    keyring = _keyring()
    if not keyring_usable():
        store = password_file()
        if store is not None and store.unlocked:
            store.delete(_service(api_url), username)
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
