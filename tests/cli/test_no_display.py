"""``fieldkit`` without a graphical session says so and points to the CLI (exit 4).

Qt itself would abort (exit 134) blaming a missing "libxcb-cursor0". The real process is
started with no DISPLAY, no WAYLAND_DISPLAY and no QT_QPA_PLATFORM.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.system.display import missing_display


@pytest.mark.parametrize(
    ("environ", "platform", "missing"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "vnc:size=1024x768"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, "linux", True),
        ({"DISPLAY": "  "}, "freebsd14", True),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_a_graphical_session_is_recognised(
    environ: dict[str, str], platform: str, missing: bool
) -> None:
    assert missing_display(environ, platform) is missing


def test_without_a_display_the_window_says_so_and_points_to_the_cli(tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["FIELDKIT_DATA_DIR"] = str(tmp_path / "data")
    finished = subprocess.run(
        [sys.executable, "-m", "desktop_app"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert finished.returncode == 4, finished.stderr
    assert "needs a graphical session" in finished.stderr
    assert "fieldkit --help" in finished.stderr
    assert "xcb" not in finished.stderr and "Traceback" not in finished.stderr
    assert finished.stdout == ""
    assert not (tmp_path / "data").exists()  # nothing was opened or created
