"""A really full disk: every write says "the disk is full: free N MB", nothing is lost.

Issue 9, item 12. Not a mock of the message: ``tests/helpers/full_disk.py`` mounts a small
tmpfs in a private mount namespace (``unshare --mount``: it exists only for that process
tree and vanishes with it), puts a data folder on it, fills it to the last byte, and runs
real ``fieldkit`` processes and the GUI (offscreen) against it: SQLite's own "database or
disk is full" and "disk I/O error", the kernel's ENOSPC on exports. Then it frees the
disk and checks that the database is intact and nothing saved before was lost.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
FULL = "The disk is full: free "

pytestmark = pytest.mark.slow


def in_private_mount_namespace(command: list[str]) -> list[str]:
    """``command`` run where it may mount a tmpfs that nobody else sees."""
    unshare = shutil.which("unshare")
    assert unshare, "the full-disk test needs unshare (util-linux) to mount a private tmpfs"
    if os.geteuid() == 0:
        return [unshare, "--mount", "--propagation", "private", *command]
    return [unshare, "--map-root-user", "--mount", "--propagation", "private", *command]


@pytest.fixture(scope="module")
def seen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    work = tmp_path_factory.mktemp("full-disk")
    finished = subprocess.run(
        in_private_mount_namespace([sys.executable, "-m", "tests.helpers.full_disk", str(work)]),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr[-3000:]
    result: dict[str, Any] = json.loads(finished.stdout)
    result["shots"] = sorted(path.name for path in (work / "shots").iterdir())
    return result


def said_disk_full(run: dict[str, Any]) -> bool:
    """Exit 1, the message with a number of MB, and no traceback anywhere."""
    clean = "Traceback" not in run["err"] and "Exception ignored" not in run["err"]
    return run["code"] == 1 and FULL in run["err"] and " MB on the disk of " in run["err"] and clean


def test_the_disk_is_really_full(seen: dict[str, Any]) -> None:
    assert all(run["code"] == 0 for run in seen["before"].values()), seen["before"]
    assert seen["free_when_full"] == 0 and seen["filled_bytes"] > 1_000_000


@pytest.mark.parametrize("command", ["request", "partnership", "list_second"])
def test_saving_on_a_full_disk_says_free_n_mb_in_text_and_json(
    seen: dict[str, Any], command: str
) -> None:
    run = seen["full"][command]
    assert said_disk_full(run), run
    answer = json.loads(run["out"])
    assert (answer["ok"], answer["code"]) == (False, "disk_full")
    assert answer["params"]["free_mb"] >= 1 and answer["message"].startswith(FULL)


@pytest.mark.parametrize("export", ["export_csv", "export_xlsx", "report", "agreement"])
def test_exports_on_a_full_disk_say_so_and_leave_no_half_file(
    seen: dict[str, Any], export: str
) -> None:
    assert said_disk_full(seen["full"][export]), seen["full"][export]
    assert seen["full"]["left_on_disk"] == ["fieldkit", "filler.bin", "second"]


def test_self_test_warns_about_free_space_and_finds_the_database_intact(
    seen: dict[str, Any],
) -> None:
    full = {
        check["name"]: check for check in json.loads(seen["full"]["self_test"]["out"])["checks"]
    }
    assert full["free space"]["ok"] is False and "free 1 MB" in full["free space"]["detail"]
    assert full["database"]["ok"] is True
    after = json.loads(seen["after"]["self_test"]["out"])
    checks = {check["name"]: check for check in after["checks"]}
    assert after["ok"] and checks["free space"]["ok"]
    assert "integrity ok" in checks["database"]["detail"]


def test_the_gui_says_it_where_it_saves_and_keeps_what_was_typed(seen: dict[str, Any]) -> None:
    run = seen["full"]["gui_running"]
    assert run["code"] == 0, run["err"][-2000:]
    gui = json.loads(run["out"])
    assert gui["saved"] is False
    for where in ("status", "partnership_status", "step_message", "box"):
        assert gui[where].startswith(FULL) and "What you typed is still here" in gui[where], where
    assert gui["notices_open"] == 1  # one notice, however many saves failed
    assert (gui["typed_kept"], gui["notes_kept"], gui["step_note_kept"]) == (
        "Två tusen glasplåtar",
        "A note",
        "Step note",
    )
    started = json.loads(seen["full"]["gui_start"]["out"])
    assert started["opened"] is False
    assert started["box"].startswith("Fieldkit cannot open its data because the disk is full")
    assert {"composer-disk-full.png", "notice-disk-full.png", "start-disk-full.png"} <= set(
        seen["shots"]
    )


def test_nothing_saved_before_is_lost_and_saving_works_again(seen: dict[str, Any]) -> None:
    after = seen["after"]
    requests = json.loads(after["requests"]["out"])["requests"]
    assert [request["subject"] for request in requests] == ["Glass plates"]
    partnerships = json.loads(after["partnerships"]["out"])["partnerships"]
    assert [partnership["name"] for partnership in partnerships] == ["Museum ✓"]
    assert after["request_again"]["code"] == 0
