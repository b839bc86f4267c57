"""A title with ':' '/' '\\' offers "Replace with -", which sets the suggested title."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.ui.areas.media import MediaArea
from desktop_app.ui.media.table_columns import TITLE
from tests.ui.media.conftest import import_files, row_named, wait_for_checks
from tests.ui.media.test_media_detail import codes, select


def test_replace_illegal_title_characters_with_one_click_and_undo(
    qtbot: QtBot, area: MediaArea, samples: Path
) -> None:
    import_files(qtbot, area, [samples])
    item_id = select(qtbot, area, "Canon_40D.jpg")
    row = row_named(area, "Canon_40D.jpg")
    assert area.model.setData(area.model.index(row, TITLE), "Stockholm: the harbour 1920/21")
    wait_for_checks(qtbot, area)
    select(qtbot, area, "Canon_40D.jpg")
    assert "title-illegal-file-characters" in codes(area, item_id)

    button = area.detail.problems.fix_buttons["replace-title-characters"]
    assert "-" in button.text()
    button.click()
    wait_for_checks(qtbot, area)

    assert area.model.index(row, TITLE).data() == "Stockholm - the harbour 1920-21"
    assert "title-illegal-file-characters" not in codes(area, item_id)
    area.table.undo_action.trigger()
    assert area.model.index(row, TITLE).data() == "Stockholm: the harbour 1920/21"
