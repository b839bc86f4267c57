"""A reader that closes the CLI's output early (``fieldkit ... --json | head``).

The command stops writing without a traceback and exits 1 (docs/cli.md, "Exit codes");
what it did before is kept.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import MEDIA_SAMPLES


def run_into_closed_pipe(arguments: list[str]) -> subprocess.CompletedProcess[str]:
    """``python -m desktop_app ARGUMENTS`` with standard output a pipe nobody reads."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the first write fails: EPIPE
    try:
        return subprocess.run(
            [sys.executable, "-m", "desktop_app", *arguments],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)


def assert_quiet_failure(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr


@pytest.mark.parametrize(
    "command", [["--version"], ["partnership", "list", "--json"], ["partnership", "list"]]
)
def test_a_closed_output_ends_a_command_quietly(tmp_path: Path, command: list[str]) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    if command == ["--version"]:  # answered before anything else is imported
        assert_quiet_failure(run_into_closed_pipe(command))
        return
    # A database at the head: the light path prints.
    setup = [sys.executable, "-m", "desktop_app", *data, "partnership", "add", "P"]
    subprocess.run(setup, check=True, capture_output=True, timeout=120)
    assert_quiet_failure(run_into_closed_pipe([*data, *command]))


def test_an_import_whose_output_is_closed_keeps_what_it_imported(tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    photos.mkdir()
    for name in ("camera/Canon_40D.jpg", "gps/DSCN0010.jpg"):
        shutil.copy2(MEDIA_SAMPLES / name, photos)
    data = ["--data-dir", str(tmp_path / "data")]
    import_photos = [*data, "media", "import", "--partnership", "P", "--batch", "B"]
    # A new partnership: the ordinary import, through the full CLI.
    assert_quiet_failure(run_into_closed_pipe([*import_photos, str(photos), "--json"]))
    # The same folder again: the light re-import, unchanged.
    assert_quiet_failure(run_into_closed_pipe([*import_photos, str(photos), "--json"]))
    with sqlite3.connect(tmp_path / "data" / "fieldkit.sqlite3") as connection:
        (count,) = connection.execute("SELECT count(*) FROM media_items").fetchone()
    connection.close()
    assert count == 2
