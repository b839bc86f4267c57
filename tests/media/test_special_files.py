"""Only regular files are read; pipes, sockets and folders that cannot be entered are
reported per path with a reason (issue 9 item 11).

A named pipe called ``*.jpg`` used to hang ``media import`` for ever (reading it waits for a
writer that never comes), and a folder the scanner could not enter was skipped without a
word. The CLI runs in a child process with a time limit, so a hang fails the test.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.files.file_scan import scan_file
from desktop_app.files.folders import expand_inputs
from tests.conftest import MEDIA_SAMPLES


def unenterable_folder(parent: Path) -> Path:
    """A folder no one can list, root included: its path is longer than the system allows
    (ENAMETOOLONG), as deep trees copied from other systems can be. Built with relative
    steps, which are not limited."""
    top = parent / "deep"
    top.mkdir()
    fd = os.open(top, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for _ in range(20):  # 20 × 250 characters > PATH_MAX (4,096)
            os.mkdir("d" * 250, dir_fd=fd)
            inner = os.open("d" * 250, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
            os.close(fd)
            fd = inner
        photo = os.open("lost.jpg", os.O_WRONLY | os.O_CREAT, dir_fd=fd)
        os.close(photo)
    finally:
        os.close(fd)
    return top


@pytest.fixture
def partner_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "partner"
    folder.mkdir()
    shutil.copy2(MEDIA_SAMPLES / "camera" / "Canon_40D.jpg", folder / "photo.jpg")
    os.mkfifo(folder / "pipe.jpg")
    unenterable_folder(folder)
    return folder


def test_import_reads_only_regular_files_and_reports_the_rest_per_path(
    partner_folder: Path, tmp_path: Path
) -> None:
    command = [sys.executable, "-m", "desktop_app", "--data-dir", str(tmp_path / "data")]
    command += ["media", "import", "--partnership", "P", "--batch", "B", str(partner_folder)]
    try:
        done = subprocess.run(
            [*command, "--json"], capture_output=True, text=True, timeout=90, check=False
        )
    except subprocess.TimeoutExpired:
        pytest.fail("media import hangs on a named pipe")

    report = json.loads(done.stdout)
    assert done.returncode == 1 and report["exit_code"] == 1  # something was skipped
    by_name = {Path(entry["path"]).name: entry for entry in report["files"]}
    assert by_name["photo.jpg"]["status"] == "added"
    pipe = by_name["pipe.jpg"]
    assert pipe["status"] == "skipped"
    assert [(p["code"], p["params"]["kind"]) for p in pipe["problems"]] == [
        ("file-not-regular", "fifo")
    ]
    [folder] = [
        entry for entry in report["files"] if entry["path"].startswith(str(partner_folder / "deep"))
    ]
    assert folder["status"] == "skipped"
    [problem] = folder["problems"]
    assert problem["code"] == "folder-unreadable" and problem["params"]["reason"]
    assert report["counts"] == {
        "added": 1,
        "unchanged": 0,
        "changed": 0,
        "moved": 0,
        "missing": 0,
        "skipped": 2,
    }


def test_a_socket_or_pipe_named_directly_is_reported_without_being_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "named.jpg")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "s.jpg"))
    try:
        for name, kind in (("named.jpg", "fifo"), ("s.jpg", "socket")):
            scanned = scan_file(tmp_path / name)
            assert scanned.sha1 is None
            assert [(p.code, p.params["kind"]) for p in scanned.problems] == [
                ("file-not-regular", kind)
            ]
    finally:
        server.close()


def test_folders_that_cannot_be_entered_are_listed_with_the_reason(tmp_path: Path) -> None:
    unenterable_folder(tmp_path)
    files, skipped = expand_inputs([tmp_path])
    assert files == []
    [problem] = skipped
    assert problem.code == "folder-unreadable"
    assert "too long" in problem.params["reason"].lower()
