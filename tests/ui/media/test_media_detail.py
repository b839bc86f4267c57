"""Thumbnails, the detail pane, problems with their fixes, wikitext, spreadsheets, drops."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QPixmap
from pytestqt.qtbot import QtBot

from desktop_app.services.media_edit import load_rows
from desktop_app.store.context import AppContext
from desktop_app.ui.areas.media import MediaArea
from desktop_app.ui.media.table_columns import THUMB, TITLE
from desktop_app.ui.media.thumbnails import THUMB_EDGE, load_thumbnail
from tests.conftest import MEDIA_SAMPLES
from tests.ui.conftest import wait_for_operations
from tests.ui.media.conftest import import_files, row_named, wait_for_checks


def select(qtbot: QtBot, area: MediaArea, file_name: str) -> int:
    item_id = area.model.item_id(row_named(area, file_name))
    area.table.select_ids([item_id])
    assert area.detail.detail is not None and area.detail.detail.id == item_id
    return item_id


def codes(area: MediaArea, item_id: int) -> set[str]:
    problems = area.model.check_for(item_id)
    assert problems is not None
    return {problem.code for problem in problems}


def test_orientation_6_thumbnail_is_upright_and_cached_on_disk(
    qtbot: QtBot, area: MediaArea, samples: Path, ctx: AppContext
) -> None:
    import_files(qtbot, area, [samples])
    path = str(samples / "portrait_6.jpg")
    loader = area.thumbnails
    first = loader.pixmap(path)
    if first is False:  # not painted yet: wait for the worker
        with qtbot.waitSignal(loader.ready, timeout=5000):
            pass
    pixmap = loader.pixmap(path)
    assert isinstance(pixmap, QPixmap)
    assert pixmap.height() > pixmap.width()  # stored landscape, EXIF says rotate 90°
    assert max(pixmap.width(), pixmap.height()) <= THUMB_EDGE
    cached = list((ctx.paths.cache / "thumbs").glob("*.png"))
    assert cached, "thumbnail was not written to the disk cache"
    again = load_thumbnail(path, THUMB_EDGE, ctx.paths.cache / "thumbs")
    assert again is not None and again.height() > again.width()
    row = row_named(area, "portrait_6.jpg")
    assert isinstance(area.model.index(row, THUMB).data(Qt.ItemDataRole.DecorationRole), QPixmap)


def test_a_damaged_file_gets_a_problem_and_no_preview_not_a_crash(
    qtbot: QtBot, area: MediaArea, samples: Path
) -> None:
    import_files(qtbot, area, [samples])
    item_id = select(qtbot, area, "truncated_nikon-e950.jpg")
    assert "file-truncated" in codes(area, item_id)
    assert "cut short" in area.detail.problems.heading.text() or any(
        "cut short" in label.text()
        for label in area.detail.problems.list_widget.findChildren(type(area.detail.info_label))
    )
    not_an_image = str(samples / "text_named_as.jpg")
    assert load_thumbnail(not_an_image, THUMB_EDGE, None) is None
    area.thumbnails.pixmap(not_an_image)
    qtbot.waitUntil(lambda: area.thumbnails.pixmap(not_an_image) is None, timeout=5000)
    select(qtbot, area, "text_named_as.jpg")  # the detail pane copes too


def test_fix_set_licence_clears_licence_missing_and_can_be_undone(
    qtbot: QtBot, area: MediaArea, samples: Path
) -> None:
    import_files(qtbot, area, [samples])
    item_id = select(qtbot, area, "Canon_40D.jpg")
    assert "licence-missing" in codes(area, item_id)
    button = area.detail.problems.fix_buttons["set-licence"]
    menu = button.menu()
    assert menu is not None
    [cc_by] = [a for a in menu.actions() if a.data() == "cc-by-4.0"]
    cc_by.trigger()
    wait_for_checks(qtbot, area)
    assert "licence-missing" not in codes(area, item_id)
    assert "licence-missing" not in {
        p.code for p in area.model.check_for(area.model.item_id(0)) or ()
    }  # a batch licence: every file has one now
    assert "set-licence" not in area.detail.problems.fix_buttons
    assert "CC BY 4.0" in area.detail.settings.summary_label.text()

    area.table.undo_action.trigger()
    wait_for_checks(qtbot, area)
    assert "licence-missing" in codes(area, item_id)


def test_fix_remove_location_sets_the_batch_gps_policy(
    qtbot: QtBot, area: MediaArea, samples: Path
) -> None:
    import_files(qtbot, area, [samples])
    item_id = select(qtbot, area, "DSCN0010.jpg")
    assert "gps-present" in codes(area, item_id)
    area.detail.problems.fix_buttons["strip-gps"].click()
    wait_for_checks(qtbot, area)
    assert "gps-present" not in codes(area, item_id)
    assert "gps-will-be-stripped" in codes(area, item_id)
    assert area.detail.settings.gps_radios["strip"].isChecked()


def test_wikitext_preview_shows_the_information_template_once_a_licence_is_chosen(
    qtbot: QtBot, area: MediaArea, samples: Path
) -> None:
    import_files(qtbot, area, [samples])
    select(qtbot, area, "Nikon_D70.jpg")
    assert "No wikitext yet" in area.detail.wikitext.toPlainText()
    area.detail.settings.batch_licence_chosen.emit("cc-by-sa-4.0")
    text = area.detail.wikitext.toPlainText()
    assert "{{Information" in text
    assert "{{cc-by-sa-4.0}}" in text


def test_fields_typed_in_the_detail_pane_are_saved_and_bad_ones_explained(
    qtbot: QtBot, area: MediaArea, samples: Path, ctx: AppContext
) -> None:
    import_files(qtbot, area, [samples])
    item_id = select(qtbot, area, "Canon_40D.jpg")
    description = area.detail.fields.edits["description:en"]
    description.setPlainText("Male green iguana, head")  # type: ignore[union-attr]
    description.editing_finished.emit()  # type: ignore[union-attr]
    date = area.detail.fields.edits["date"]
    date.setText("not a date")  # type: ignore[union-attr]
    date.editingFinished.emit()  # type: ignore[union-attr]
    assert "not a date" in area.detail.fields.error_label.text()
    [row] = [r for r in load_rows(ctx.db, area.edits.batch_id or 0) if r.id == item_id]
    assert row.descriptions == {"en": "Male green iguana, head"}
    assert row.date != "not a date"
    assert "Male green iguana" in area.detail.wikitext.toPlainText() or (
        "No wikitext yet" in area.detail.wikitext.toPlainText()
    )


def test_title_pattern_previews_live_and_applies_to_the_selection(
    qtbot: QtBot, area: MediaArea, samples: Path
) -> None:
    import_files(qtbot, area, [samples])
    select(qtbot, area, "Nikon_D70.jpg")
    area.detail.pattern.pattern_edit.setText("{partner} - {filename} ({n:03})")
    preview = area.detail.pattern.preview_label.text()
    assert "Nordic Museum - Nikon_D70 (" in preview
    area.detail.pattern.apply_button.click()
    row = row_named(area, "Nikon_D70.jpg")
    assert area.model.index(row, TITLE).data().startswith("Nordic Museum - Nikon_D70 (0")
    area.table.undo_action.trigger()  # the pattern setting
    area.table.undo_action.trigger()  # the titles
    assert area.model.index(row, TITLE).data() == "Nikon D70"


def test_spreadsheet_round_trip_reports_rows_and_is_one_undo_step(
    qtbot: QtBot, area: MediaArea, samples: Path, tmp_path: Path
) -> None:
    import_files(qtbot, area, [samples])
    sheet = tmp_path / "batch.csv"
    operation = area.sheets.export_sheet(sheet)
    assert operation is not None
    wait_for_operations(qtbot)
    with sheet.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    title, date = header.index("title"), header.index("date")
    rows[1][title] = "Edited in a spreadsheet"
    rows[2][date] = "not-a-date"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)

    dialog = area.sheets.apply_sheet(sheet)
    assert "rows changed: 1" in dialog.summary_label.text()
    assert "refused: 1" in dialog.summary_label.text()
    assert dialog.table.rowCount() == 2
    titles = {area.model.index(r, TITLE).data() for r in range(area.model.rowCount())}
    assert "Edited in a spreadsheet" in titles
    area.table.undo_action.trigger()
    titles = {area.model.index(r, TITLE).data() for r in range(area.model.rowCount())}
    assert "Edited in a spreadsheet" not in titles


def test_dropping_a_folder_on_the_area_imports_it(
    qtbot: QtBot, area: MediaArea, samples: Path
) -> None:
    area.batch_bar.create_batch("Nordic Museum", "Dropped")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(MEDIA_SAMPLES / "orientation"))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    area.dropEvent(event)
    wait_for_operations(qtbot)
    qtbot.waitUntil(lambda: area.model.total_rows() == 6, timeout=5000)
