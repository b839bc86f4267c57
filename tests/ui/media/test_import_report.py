"""The import summary names each skipped path and why (a pipe, a folder it cannot open)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.ui.areas.media import MediaArea
from tests.conftest import MEDIA_SAMPLES
from tests.media.test_special_files import unenterable_folder
from tests.ui.conftest import wait_for_operations


def test_the_summary_lists_skipped_paths_with_their_reasons(
    qtbot: QtBot, area: MediaArea, tmp_path: Path
) -> None:
    folder = tmp_path / "partner"
    folder.mkdir()
    shutil.copy2(MEDIA_SAMPLES / "camera" / "Canon_40D.jpg", folder / "photo.jpg")
    os.mkfifo(folder / "pipe.jpg")
    unenterable_folder(folder)
    area.batch_bar.create_batch("Nordic Museum", "Special files")

    assert area.batch_bar.start_import([folder]) is not None
    wait_for_operations(qtbot)
    qtbot.waitUntil(lambda: area.model.total_rows() == 1, timeout=10000)

    text = area.batch_bar.summary_label.text()
    lines = text.splitlines()
    assert "1 added" in lines[0] and "2 skipped" in lines[0]
    assert any(str(folder / "pipe.jpg") in line and "named pipe" in line for line in lines)
    assert any(str(folder / "deep") in line and "folder cannot be opened" in line for line in lines)
