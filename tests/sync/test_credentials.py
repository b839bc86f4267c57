"""Passwords live in the keyring (or FIELDKIT_PASSWORD), never in files, never in logs."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest

from desktop_app.system import credentials
from desktop_app.system.credentials import (
    NoKeyringError,
    delete_password,
    load_password,
    password_source_note,
    save_password,
)
from desktop_app.system.logs import setup_logging

API = "https://commons.wikimedia.org/w/api.php"
USER = "Example@fieldkit"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that forgets everything when the test ends."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.entries:
            raise keyring.errors.PasswordDeleteError("not stored")
        del self.entries[(service, username)]


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.delenv(credentials.PASSWORD_ENV, raising=False)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(credentials.PASSWORD_ENV, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_saved_password_loads_back_and_deletes(memory_keyring: MemoryKeyring) -> None:
    save_password(API, USER, "s3cret-bot-password")
    assert load_password(API, USER) == "s3cret-bot-password"
    assert load_password("https://other.example/w/api.php", USER) is None
    delete_password(API, USER)
    assert load_password(API, USER) is None
    delete_password(API, USER)  # deleting twice is fine


def test_environment_variable_overrides_the_keyring(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_password(API, USER, "from-keyring")
    monkeypatch.setenv("FIELDKIT_PASSWORD", "from-environment")
    assert load_password(API, USER) == "from-environment"


def test_environment_variable_fills_in_without_a_keyring(
    no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDKIT_PASSWORD", "from-environment")
    assert load_password(API, USER) == "from-environment"


def test_no_keyring_raises_an_error_that_says_what_to_do(no_keyring: None) -> None:
    with pytest.raises(NoKeyringError) as raised:
        load_password(API, USER)
    message = str(raised.value)
    assert "No system keyring found" in message
    assert "FIELDKIT_PASSWORD" in message
    assert "GNOME Keyring" in message and "KWallet" in message
    with pytest.raises(NoKeyringError):
        save_password(API, USER, "anything")
    delete_password(API, USER)  # nothing can be stored, so nothing to delete


def test_password_source_note_is_given_once_when_the_environment_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(credentials, "_note_given", False)
    monkeypatch.delenv("FIELDKIT_PASSWORD", raising=False)
    assert password_source_note() is None
    monkeypatch.setenv("FIELDKIT_PASSWORD", "x")
    note = password_source_note()
    assert note is not None and "FIELDKIT_PASSWORD" in note
    assert password_source_note() is None


def test_passwords_are_masked_in_the_log(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    log_file = tmp_path / "fieldkit.log"
    handler = setup_logging(log_file)
    try:
        save_password(API, USER, "never-in-a-log-123")
        logging.getLogger("test").warning("oops: %s", "never-in-a-log-123")
        handler.flush()
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    text = log_file.read_text(encoding="utf-8")
    assert "never-in-a-log-123" not in text
    assert "oops: ***" in text
