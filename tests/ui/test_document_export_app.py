"""The CLI's offscreen application must not stop widgets from being made later on."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from desktop_app.documents.export import ensure_gui_application
ensure_gui_application()
from PySide6.QtWidgets import QWidget
QWidget()
print("widget made")
"""


def test_widgets_can_be_made_after_the_cli_made_its_application() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=60,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "widget made" in result.stdout
