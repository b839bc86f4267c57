"""bench/scan_speed.py's floors do the same work as Fieldkit, or their figures mean nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bench.scan_speed import READING_ALONE, REPO, RESCAN_FLOOR, generate


def _fieldkit(data_dir: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), *arguments]
    environment = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run(command, capture_output=True, text=True, env=environment, check=True)


def _script(tmp_path: Path, name: str, text: str, *arguments: str) -> str:
    script = tmp_path / name
    script.write_text(text)
    environment = dict(os.environ, PYTHONPATH=str(REPO))
    done = subprocess.run(
        [sys.executable, str(script), *arguments],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
    )
    return done.stdout


def test_rescan_floor_writes_the_entries_fieldkit_writes(tmp_path: Path) -> None:
    media = tmp_path / "media"
    generate(media, files=12, big=0, big_mb=0)
    data_dir = tmp_path / "data"
    _fieldkit(data_dir, "partnership", "add", "Bench")
    import_command = ["media", "import", "--partnership", "Bench", "--batch", "B", str(media)]
    _fieldkit(data_dir, *import_command, "--json")
    again = json.loads(_fieldkit(data_dir, *import_command, "--json").stdout)
    assert again["counts"]["unchanged"] == 12

    seconds = tmp_path / "seconds"
    database = str(data_dir / "fieldkit.sqlite3")
    output = _script(tmp_path, "floor.py", RESCAN_FLOOR, database, str(media), str(seconds))

    assert json.loads(output)["files"] == again["files"]  # the same entries, same order
    assert 0 < float(seconds.read_text()) < 60


def test_rescan_floor_refuses_a_changed_file(tmp_path: Path) -> None:
    media = tmp_path / "media"
    paths = generate(media, files=3, big=0, big_mb=0)
    data_dir = tmp_path / "data"
    _fieldkit(data_dir, "partnership", "add", "Bench")
    _fieldkit(data_dir, "media", "import", "--partnership", "Bench", "--batch", "B", str(media))
    paths[1].write_bytes(paths[1].read_bytes() + b"more")

    script = tmp_path / "floor.py"
    script.write_text(RESCAN_FLOOR)
    arguments = [str(data_dir / "fieldkit.sqlite3"), str(media), str(tmp_path / "s")]
    done = subprocess.run([sys.executable, str(script), *arguments], capture_output=True)

    assert done.returncode != 0  # a floor that skipped the comparison would be no floor
    assert b"changed" in done.stderr


def test_reading_alone_times_both_passes(tmp_path: Path) -> None:
    media = tmp_path / "media"
    generate(media, files=6, big=0, big_mb=0)

    seconds = json.loads(_script(tmp_path, "reading.py", READING_ALONE, str(media)))

    assert set(seconds) == {"hash", "reader"}
    assert all(0 < value < 60 for value in seconds.values())
