"""Fieldkit's encrypted password file (no keyring): sealed, private, and usable from the CLI.

Issue 9, item 14 (the GUI's side is tests/ui/test_password_file.py).
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from desktop_app.cli import run
from desktop_app.system import credentials
from desktop_app.system.password_file import PasswordFile, WrongPassphrase
from tests.fixtures.mediawiki import TestWiki

REPO = Path(__file__).resolve().parents[2]
SECRET = "p@ss w/ørd%+&= 0123456789"
PASSPHRASE = "correct horse battery"


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for variable in ("FIELDKIT_PASSWORD", "FIELDKIT_PASSPHRASE", "FIELDKIT_SMTP_PASSWORD"):
        monkeypatch.delenv(variable, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)
    credentials.use_password_file(None)


def test_the_file_opens_only_with_its_passphrase_and_holds_no_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "passwords.fernet"
    store = PasswordFile(path)
    store.create(PASSPHRASE)
    store.set("Fieldkit https://wiki/api.php", "Ann@kit", SECRET)
    store.set("Fieldkit smtp://mail:587", "ann", "smtp-" + SECRET)

    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = path.read_bytes()
    for plain in (SECRET, PASSPHRASE, "Ann@kit", "smtp://mail"):
        assert plain.encode() not in raw
    again = PasswordFile(path)  # another session
    with pytest.raises(WrongPassphrase):
        again.unlock("wrong horse battery")
    again.unlock(PASSPHRASE)
    assert again.get("Fieldkit https://wiki/api.php", "Ann@kit") == SECRET
    assert again.get("Fieldkit smtp://mail:587", "ann") == "smtp-" + SECRET

    stored = json.loads(path.read_text())
    token = stored["data"]
    stored["data"] = token[:-8] + ("A" if token[-8] != "A" else "B") + token[-7:]
    path.write_text(json.dumps(stored))
    with pytest.raises(WrongPassphrase):  # a changed file is refused, never half-read
        PasswordFile(path).unlock(PASSPHRASE)


def test_without_a_keyring_the_wiki_and_smtp_passwords_go_to_the_file(
    no_keyring: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    credentials.use_password_file(tmp_path / "passwords.fernet")
    with pytest.raises(credentials.PassphraseNeeded):
        credentials.save_password("https://wiki/api.php", "Ann@kit", SECRET)
    credentials.unlock_password_file(PASSPHRASE)  # the first time: creates the file
    credentials.save_password("https://wiki/api.php", "Ann@kit", SECRET)
    credentials.save_password("smtp://mail:587", "ann", "smtp-" + SECRET)

    credentials.use_password_file(None)  # a new session
    credentials.use_password_file(tmp_path / "passwords.fernet")
    with pytest.raises(credentials.PassphraseNeeded):
        credentials.load_password("https://wiki/api.php", "Ann@kit")
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)  # as the CLI may be given it
    assert credentials.load_password("https://wiki/api.php", "Ann@kit") == SECRET
    smtp = credentials.load_password("smtp://mail:587", "ann", env_var="FIELDKIT_SMTP_PASSWORD")
    assert smtp == "smtp-" + SECRET


@pytest.mark.wiki
def test_the_cli_stores_in_the_file_and_sync_unlocks_it_with_fieldkit_passphrase(
    no_keyring: None,
    data_dir: Path,
    wiki_up: TestWiki,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("FIELDKIT_PASSWORD", wiki_up.bot_password)
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    assert run(["account", "set", "--api", wiki_up.api_url, "--user", wiki_up.bot_user]) == 0
    assert "encrypted password file" in capsys.readouterr().out
    assert run(["helpdesk", "set", "--wiki-page", "Project:Fieldkit CLI passphrase"]) == 0
    description = tmp_path / "text.txt"
    description.write_text("Sent by the CLI, password from the file", encoding="utf-8")
    assert run(["partnership", "add", "CLI Museum"]) == 0
    assert (
        run(
            [
                "request",
                "add",
                "--partnership",
                "CLI Museum",
                "--subject",
                "CLI file",
                "--description-file",
                str(description),
            ]
        )
        == 0
    )
    capsys.readouterr()
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert wiki_up.bot_password.encode() not in path.read_bytes(), path

    # Another process, with no password anywhere but in the file: the passphrase opens it.
    environment = {k: v for k, v in os.environ.items() if k != "FIELDKIT_PASSWORD"}
    environment["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    wrong = subprocess.run(
        [sys.executable, "-m", "desktop_app", "sync", "--json"],
        cwd=REPO,
        env=environment | {"FIELDKIT_PASSPHRASE": "not it at all"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert json.loads(wrong.stdout)["halted_by"] == "no_password"
    assert "does not open the password file" in wrong.stderr
    synced = subprocess.run(
        [sys.executable, "-m", "desktop_app", "sync", "--json"],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert synced.returncode == 0, synced.stdout + synced.stderr[-2000:]
    assert json.loads(synced.stdout)["sent"] == 1
