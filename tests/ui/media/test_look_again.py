"""Media → "Look again": the batch's files looked at again after the partner's folder changed.

The re-scan service (also ``fieldkit media rescan``) from the window: in the background with
progress, a summary that names what changed, moved and went missing, and the table
following the moved file to its new place.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.ui.areas.media import MediaArea
from tests.ui.conftest import wait_for_operations
from tests.ui.media.conftest import import_files, row_named


def test_look_again_finds_edited_moved_and_missing_files(
    qtbot: QtBot, area: MediaArea, samples: Path
) -> None:
    import_files(qtbot, area, [samples])
    bar = area.batch_bar
    assert bar.rescan_button.isEnabled() and "g" in bar.rescan_button.text().lower()

    with (samples / "Canon_40D.jpg").open("ab") as edited:  # edited in place
        edited.write(b"\0" * 64)
    (samples / "sorted").mkdir()
    (samples / "Nikon_D70.jpg").rename(samples / "sorted" / "Nikon_D70.jpg")  # moved
    (samples / "portrait_6.jpg").unlink()  # gone

    assert bar.start_rescan() is not None
    assert not bar.rescan_button.isEnabled()  # busy: no second run, no import meanwhile
    wait_for_operations(qtbot)

    summary = bar.summary_label.message()
    assert summary.startswith("Looked again:"), summary
    for said in ("1 changed", "1 moved", "1 missing"):
        assert said in summary, summary
    assert bar.rescan_button.isEnabled()
    qtbot.waitUntil(lambda: row_named(area, "Nikon_D70.jpg") >= 0, timeout=5000)

    (samples / "sorted" / "Nikon_D70.jpg").rename(samples / "Nikon_D70.jpg")
    assert bar.start_rescan() is not None
    wait_for_operations(qtbot)
    assert "1 moved" in bar.summary_label.message()


def test_look_again_needs_a_batch(area: MediaArea) -> None:
    assert area.batch_bar.batch_id is None
    assert not area.batch_bar.rescan_button.isEnabled()
    assert area.batch_bar.start_rescan() is None


def test_new_batch_offers_the_open_batchs_partnership(
    area: MediaArea, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.ui.media import batch_bar

    area.batch_bar.create_batch("Museu Nacional", "Postais")
    offered: list[str] = []

    def exec_(dialog: batch_bar.NewBatchDialog) -> int:
        offered.append(dialog.partnership_combo.currentText())
        return 0  # cancelled

    monkeypatch.setattr(batch_bar.NewBatchDialog, "exec", exec_)
    area.batch_bar.open_new_batch()
    assert offered == ["Museu Nacional"]
