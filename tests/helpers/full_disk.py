"""Fieldkit on a really full disk: a small tmpfs, filled to the last byte.

Used by tests/system/test_full_disk.py, which starts it in a private mount namespace
(``unshare --mount``), so the tmpfs exists only for this process and its children and
vanishes with them, whatever happens:

    unshare --mount --propagation private python -m tests.helpers.full_disk WORK_DIR

It mounts a tmpfs on ``WORK_DIR/disk``, puts a data folder there with a partnership, a
request and a media batch, fills the disk, then runs ``fieldkit`` commands (each its own
process, as a user would) and the request composer of the GUI (offscreen) against it, frees
the disk and looks again. Prints one JSON object with everything seen.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
DISK_SIZE = "8m"
SAMPLE = REPO / "tests" / "data" / "media" / "camera" / "Canon_40D.jpg"


def fieldkit(data_dir: Path, *args: str, stdin: str | None = None) -> dict[str, Any]:
    finished = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
        check=False,
        env=os.environ | {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    return {"code": finished.returncode, "out": finished.stdout, "err": finished.stderr}


def fill(disk: Path) -> int:
    """Write a filler file until the disk says no more; returns the bytes written."""
    written = 0
    with (disk / "filler.bin").open("wb", buffering=0) as filler:
        for size in (1 << 20, 1 << 16, 1 << 12, 1 << 9, 1):
            block = b"\0" * size
            while True:
                try:
                    written += filler.write(block)
                except OSError:
                    break
    return written


def main(work: Path) -> dict[str, Any]:
    disk = work / "disk"
    disk.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_SIZE}", "tmpfs", str(disk)], check=True
    )
    data = disk / "fieldkit"
    shots = work / "shots"
    samples = work / "samples"
    samples.mkdir(exist_ok=True)
    shutil.copy(SAMPLE, samples / SAMPLE.name)
    seen: dict[str, Any] = {"before": {}, "full": {}, "after": {}}
    description = "Två tusen glasplåtar — نص ✓"
    seen["before"]["partnership"] = fieldkit(data, "partnership", "add", "Museum ✓", "--json")
    seen["before"]["request"] = fieldkit(
        data,
        "request",
        "add",
        "--partnership",
        "Museum ✓",
        "--subject",
        "Glass plates",
        "--description-file",
        "-",
        "--draft",
        "--json",
        stdin=description,
    )
    # A second data folder, closed cleanly: on a full disk it cannot even be opened.
    seen["before"]["second_folder"] = fieldkit(disk / "second", "partnership", "add", "Museum")
    seen["before"]["import"] = fieldkit(
        data, "media", "import", "--partnership", "Museum ✓", "--batch", "Plates", str(samples)
    )

    gui = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.full_disk_gui", "running", str(data), str(shots)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
    )
    assert gui.stdout is not None and gui.stdin is not None
    seen["gui_ready"] = gui.stdout.readline().strip()

    seen["filled_bytes"] = fill(disk)
    seen["free_when_full"] = shutil.disk_usage(disk).free
    full = seen["full"]
    full["request"] = fieldkit(
        data,
        "request",
        "add",
        "--partnership",
        "Museum ✓",
        "--subject",
        "Lost?",
        "--description-file",
        "-",
        "--draft",
        "--json",
        stdin="Typed on a full disk",
    )
    full["partnership"] = fieldkit(data, "partnership", "add", "Another museum", "--json")
    full["export_csv"] = fieldkit(data, "media", "export", "--batch", "Plates", str(disk / "s.csv"))
    full["export_xlsx"] = fieldkit(
        data, "media", "export", "--batch", "Plates", str(disk / "s.xlsx")
    )
    full["report"] = fieldkit(data, "report", "--batch", "Plates", str(disk / "report.html"))
    full["agreement"] = fieldkit(
        data, "partnership", "agreement", "Museum ✓", str(disk / "agreement.pdf")
    )
    full["self_test"] = fieldkit(data, "self-test", "--json")
    full["list_second"] = fieldkit(disk / "second", "partnership", "list", "--json")
    out, err = gui.communicate("the disk is full\n", timeout=120)
    full["gui_running"] = {"code": gui.returncode, "out": out, "err": err}
    started = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.helpers.full_disk_gui",
            "start",
            str(disk / "second"),
            str(shots),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
    )
    full["gui_start"] = {"code": started.returncode, "out": started.stdout, "err": started.stderr}
    full["left_on_disk"] = sorted(path.name for path in disk.iterdir())

    (disk / "filler.bin").unlink()
    after = seen["after"]
    after["self_test"] = fieldkit(data, "self-test", "--json")
    after["requests"] = fieldkit(data, "request", "list", "--json")
    after["partnerships"] = fieldkit(data, "partnership", "list", "--json")
    after["request_again"] = fieldkit(
        data,
        "request",
        "add",
        "--partnership",
        "Museum ✓",
        "--subject",
        "Now there is room",
        "--description-file",
        "-",
        "--draft",
        "--json",
        stdin="Saved at last",
    )
    return seen


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1])), ensure_ascii=False))
