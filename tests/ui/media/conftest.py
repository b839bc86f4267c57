"""Fixtures for the media editor: the area in the main window and real sample files."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.ui.areas.media import MediaArea
from desktop_app.ui.main_window import MainWindow
from tests.conftest import MEDIA_SAMPLES
from tests.ui.conftest import wait_for_operations

# A few real files: two cameras, an EXIF orientation 6 portrait, a GPS photo, a damaged file.
SAMPLES = (
    "camera/Canon_40D.jpg",
    "camera/Nikon_D70.jpg",
    "orientation/portrait_6.jpg",
    "gps/DSCN0010.jpg",
    "damaged/truncated_nikon-e950.jpg",
    "damaged/text_named_as.jpg",
)


@pytest.fixture
def samples(tmp_path: Path) -> Path:
    """Copies of :data:`SAMPLES` in one folder (tests must never touch the shared originals)."""
    folder = tmp_path / "partner-files"
    folder.mkdir()
    for name in SAMPLES:
        shutil.copy2(MEDIA_SAMPLES / name, folder / Path(name).name)
    return folder


@pytest.fixture
def area(window: MainWindow) -> MediaArea:
    """The media area, shown."""
    window.show_area(window.areas.index(window.media_area))
    return window.media_area


def import_files(qtbot: QtBot, area: MediaArea, paths: Sequence[Path]) -> None:
    """Import through the area's own helper and wait for the rows and the first check."""
    if area.batch_bar.batch_id is None:
        area.batch_bar.create_batch("Nordic Museum", "Samples")
    assert area.batch_bar.start_import(paths) is not None
    wait_for_operations(qtbot)
    qtbot.waitUntil(lambda: area.model.total_rows() > 0, timeout=5000)
    wait_for_checks(qtbot, area)


def wait_for_checks(qtbot: QtBot, area: MediaArea) -> None:
    """Run the batch check now and wait for its results (no debounce timer)."""
    area.run_checks()
    wait_for_operations(qtbot)
    qtbot.waitUntil(
        lambda: all(
            area.model.check_for(area.model.item_id(row)) is not None
            for row in range(area.model.rowCount())
        ),
        timeout=5000,
    )


def row_named(area: MediaArea, file_name: str) -> int:
    """The view row of the file called ``file_name``."""
    from desktop_app.ui.media.table_columns import FILE

    for row in range(area.model.rowCount()):
        if area.model.index(row, FILE).data() == file_name:
            return row
    raise AssertionError(f"{file_name} is not in the table")
