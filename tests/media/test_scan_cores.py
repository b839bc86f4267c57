"""The scanner sizes its pool by the cores it may use (affinity, cgroup quota), not the
machine's: under ``taskset -c 0`` it must not start two busy workers on one core."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.files import scanner
from desktop_app.files.hashing import sha1_of_file
from desktop_app.system.cores import cgroup_quota, usable_cores
from tests.conftest import MEDIA_SAMPLES

REPO = Path(__file__).resolve().parents[2]

# Pinned to one core *inside* the child (no taskset needed), then asked and made to scan.
ONE_CORE = """
import json, os, sys
from desktop_app.files.scanner import scan_paths
from desktop_app.system.cores import usable_cores

os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
outcome = scan_paths(sys.argv[1:])
print(json.dumps({"cores": usable_cores(), "cpu_count": os.cpu_count(),
                  "mode": outcome.mode, "workers": outcome.workers,
                  "scanned": len(outcome.files)}))
"""


def test_usable_cores_follow_the_affinity_mask_not_cpu_count() -> None:
    assert usable_cores() == len(os.sched_getaffinity(0))


def test_pinned_to_one_core_the_scanner_uses_one_core(tmp_path: Path) -> None:
    sample = MEDIA_SAMPLES / "camera" / "Canon_40D.jpg"
    paths = []
    for index in range(scanner.PROCESS_MIN_FILES + 6):  # enough for worker processes
        path = tmp_path / f"copy_{index}.jpg"
        shutil.copy(sample, path)
        paths.append(str(path))

    done = subprocess.run(
        [sys.executable, "-c", ONE_CORE, *paths],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
        timeout=120,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])

    assert result["cores"] == 1
    assert result["scanned"] == len(paths)
    assert (result["mode"], result["workers"]) == ("serial", 1)  # no worker processes, no pool


def test_a_cgroup_quota_caps_the_cores(tmp_path: Path) -> None:
    cpu_max = tmp_path / "cpu.max"
    cpu_max.write_text("150000 100000\n")  # 1.5 cores' worth: two may run
    assert cgroup_quota(cpu_max) == 2
    cpu_max.write_text("50000 100000\n")
    assert cgroup_quota(cpu_max) == 1
    assert usable_cores(cpu_max) == 1
    cpu_max.write_text("max 100000\n")
    assert cgroup_quota(cpu_max) is None
    assert usable_cores(cpu_max) == len(os.sched_getaffinity(0))
    assert cgroup_quota(tmp_path / "absent") is None
    cpu_max.write_text("garbage")
    assert cgroup_quota(cpu_max) is None


def test_on_one_core_small_files_are_scanned_in_order_here_and_cancel_stops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No pool for small files on one core; a big one still goes to a stoppable thread."""
    sample = MEDIA_SAMPLES / "camera" / "Canon_40D.jpg"
    paths = []
    for index in range(10):
        path = tmp_path / f"copy_{index}.jpg"
        tail = bytes([index]) * (1 + 10 * (index % 2))  # each its own SHA-1; odd ones "big"
        path.write_bytes(sample.read_bytes() + tail)
        paths.append(str(path))
    monkeypatch.setattr(scanner, "usable_cores", lambda: 1)
    monkeypatch.setattr(scanner.file_scan, "WHOLE_FILE_BYTES", sample.stat().st_size + 5)
    outcome = scanner.scan_paths(paths)
    assert (outcome.mode, outcome.workers, outcome.cancelled) == ("serial", 1, False)
    assert [scanned.path for scanned in outcome.files] == paths
    assert [scanned.sha1 for scanned in outcome.files] == [sha1_of_file(path) for path in paths]

    asked = iter(range(100))
    outcome = scanner.scan_paths(paths, cancelled=lambda: next(asked) >= 4)
    assert outcome.cancelled and 0 < len(outcome.files) < len(paths)
