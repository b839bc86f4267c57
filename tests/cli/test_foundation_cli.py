"""The foundation's CLI contract: --version, self-test, account, sync exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from desktop_app import __version__
from desktop_app.cli import run


def test_version_names_the_product(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        run(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"Fieldkit {__version__}"


def test_self_test_is_sound_on_a_fresh_data_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--data-dir", str(tmp_path / "d"), "self-test", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True
    names = {check["name"] for check in report["checks"]}
    assert {"data folder", "database", "resources", "translation fieldkit_sv"} <= names
    database = next(c for c in report["checks"] if c["name"] == "database")
    assert "journal wal" in database["detail"]


def test_self_test_fails_when_the_data_folder_cannot_be_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert run(["--data-dir", str(blocker / "data"), "self-test"]) == 1
    assert "[FAIL] data folder" in capsys.readouterr().out


def test_self_test_fails_on_a_damaged_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "fieldkit.sqlite3").write_bytes(b"this is not a database" * 100)
    assert run(["--data-dir", str(tmp_path), "self-test"]) == 1
    assert "[FAIL] database" in capsys.readouterr().out


def test_account_set_without_keyring_keeps_account_and_explains(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    monkeypatch.setenv("FIELDKIT_PASSWORD", "secret-that-must-not-be-stored-0001")
    data = str(tmp_path)
    api = "http://127.0.0.1:9/api.php"
    assert run(["--data-dir", data, "account", "set", "--api", api, "--user", "Ann@kit"]) == 0
    assert "FIELDKIT_PASSWORD" in capsys.readouterr().out
    assert run(["--data-dir", data, "account", "show", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"api": api, "user": "Ann@kit"}
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"secret-that-must-not-be-stored-0001" not in path.read_bytes(), path


def test_account_user_must_be_a_bot_password_login(tmp_path: Path) -> None:
    args = ["--data-dir", str(tmp_path), "account", "set", "--api", "http://x/api.php"]
    assert run([*args, "--user", "Ann"]) == 2


def test_sync_with_nothing_queued_sends_nothing_and_succeeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--data-dir", str(tmp_path), "sync", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["sent"], report["remaining"], report["exit_code"]) == (0, 0, 0)


def test_sync_without_account_is_a_failure_with_advice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.services.requests.drafts import new_request
    from desktop_app.services.requests.queueing import queue_request
    from desktop_app.store.context import AppContext
    from desktop_app.store.repositories.settings import update_settings

    ctx = AppContext.open(tmp_path)
    with ctx.db.session() as session:
        update_settings(session, wiki_username="")
    queue_request(ctx.db, new_request(ctx.db, subject="s", body="b"))
    ctx.close()
    assert run(["--data-dir", str(tmp_path), "sync"]) == 1
    assert "fieldkit account set" in capsys.readouterr().out


def test_module_entry_point_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(tmp_path), "self-test"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Fieldkit is ready." in result.stdout
