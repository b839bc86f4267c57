"""Importing, editing in the table, bulk tools with undo/redo, sorting and filtering."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from desktop_app.services.media_edit import load_rows
from desktop_app.store.context import AppContext
from desktop_app.ui.areas.media import MediaArea
from desktop_app.ui.media.table_columns import AUTHOR, DATE, FILE, TITLE
from tests.ui.media.conftest import SAMPLES, import_files, row_named


def db_rows(ctx: AppContext, area: MediaArea) -> dict[str, object]:
    assert area.edits.batch_id is not None
    return {Path(row.path).name: row for row in load_rows(ctx.db, area.edits.batch_id)}


def select_rows(area: MediaArea, rows: list[int], column: int = FILE) -> None:
    """Select whole rows; the current cell is in ``column`` of the first row."""
    selection = area.table.view.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(area.model.index(row, FILE), flags)
    selection.setCurrentIndex(
        area.model.index(rows[0], column), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def test_an_empty_area_says_how_to_start(area: MediaArea) -> None:
    assert area.content.currentWidget() is area.empty_label
    assert "New batch" in area.empty_label.text()
    assert not area.batch_bar.files_button.isEnabled()


def test_imported_samples_appear_as_rows_with_a_summary(
    qtbot: QtBot, area: MediaArea, samples: Path
) -> None:
    import_files(qtbot, area, [samples])
    assert area.model.total_rows() == len(SAMPLES)
    assert area.content.currentWidget() is area.splitter
    assert "added" in area.batch_bar.summary_label.text()
    assert not area.batch_bar.progress.isVisible()


def test_importing_again_reports_files_as_unchanged(
    qtbot: QtBot, area: MediaArea, samples: Path
) -> None:
    import_files(qtbot, area, [samples])
    import_files(qtbot, area, [samples])
    assert f"{len(SAMPLES)} unchanged" in area.batch_bar.summary_label.text()
    assert area.model.total_rows() == len(SAMPLES)


def test_an_edited_cell_is_in_the_database(
    qtbot: QtBot, area: MediaArea, samples: Path, ctx: AppContext
) -> None:
    import_files(qtbot, area, [samples])
    row = row_named(area, "Canon_40D.jpg")
    assert area.model.setData(area.model.index(row, TITLE), "Iguana head, Costa Rica")
    assert db_rows(ctx, area)["Canon_40D.jpg"].title == "Iguana head, Costa Rica"  # type: ignore[attr-defined]
    assert area.model.index(row, TITLE).data() == "Iguana head, Costa Rica"


def test_an_invalid_date_is_refused_with_a_message_and_not_stored(
    qtbot: QtBot, area: MediaArea, samples: Path, ctx: AppContext
) -> None:
    import_files(qtbot, area, [samples])
    row = row_named(area, "Nikon_D70.jpg")
    before = area.model.index(row, DATE).data()
    # 5 June or 6 May? Never guessed: refused with the question (31/12/1999 is read day first).
    assert not area.model.setData(area.model.index(row, DATE), "05/06/1999")
    assert db_rows(ctx, area)["Nikon_D70.jpg"].date == before  # type: ignore[attr-defined]
    assert area.table.message_label.isVisibleTo(area)
    assert "05/06/1999" in area.table.message_label.text()
    assert "1999-06-05" in area.table.message_label.text()
    assert not area.model.setData(area.model.index(row, DATE), "last summer")
    assert "not a date" in area.table.message_label.text()


def test_bulk_edit_applies_to_all_selected_and_undo_redo_restore(
    qtbot: QtBot, area: MediaArea, samples: Path, ctx: AppContext
) -> None:
    import_files(qtbot, area, [samples])
    select_rows(area, [0, 1, 2], column=AUTHOR)
    chosen = [area.model.item_id(row) for row in (0, 1, 2)]
    area.table.open_bulk_edit()
    dialog = area.table._dialog
    assert dialog.field_combo.currentData() == "author"  # follows the current column
    dialog.value_edit.setText("Nordic Museum photo studio")
    dialog.buttons.accepted.emit()
    authors = {row.id: row.author for row in db_rows(ctx, area).values()}  # type: ignore[attr-defined]
    assert [authors[i] for i in chosen] == ["Nordic Museum photo studio"] * 3
    assert sum(1 for a in authors.values() if a == "Nordic Museum photo studio") == 3

    area.table.undo_action.trigger()
    authors = {row.id: row.author for row in db_rows(ctx, area).values()}  # type: ignore[attr-defined]
    assert "Nordic Museum photo studio" not in authors.values()
    assert area.model.index(0, AUTHOR).data() != "Nordic Museum photo studio"

    area.table.redo_action.trigger()
    authors = {row.id: row.author for row in db_rows(ctx, area).values()}  # type: ignore[attr-defined]
    assert [authors[i] for i in chosen] == ["Nordic Museum photo studio"] * 3
    assert area.model.index(0, AUTHOR).data() == "Nordic Museum photo studio"


def test_a_refused_bulk_value_keeps_the_dialog_open_with_the_reason(
    qtbot: QtBot, area: MediaArea, samples: Path
) -> None:
    import_files(qtbot, area, [samples])
    select_rows(area, [0, 1], column=DATE)
    area.table.open_bulk_edit()
    dialog = area.table._dialog
    dialog.value_edit.setText("yesterday")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert "not a date" in dialog.error_label.text()
    dialog.reject()


def test_fill_down_copies_the_first_rows_value_in_view_order(
    qtbot: QtBot, area: MediaArea, samples: Path, ctx: AppContext
) -> None:
    import_files(qtbot, area, [samples])
    assert area.model.setData(area.model.index(0, DATE), "1921-05")
    select_rows(area, [0, 1, 2, 3], column=DATE)
    area.table.fill_action.trigger()
    dates = [area.model.index(row, DATE).data() for row in range(4)]
    assert dates == ["1921-05"] * 4
    ids = {area.model.item_id(row) for row in range(4)}
    stored = [r.date for r in db_rows(ctx, area).values() if r.id in ids]  # type: ignore[attr-defined]
    assert stored == ["1921-05"] * 4
    area.table.undo_action.trigger()
    assert area.model.index(1, DATE).data() != "1921-05"


def test_find_and_replace_changes_titles_of_the_selection(
    qtbot: QtBot, area: MediaArea, samples: Path, ctx: AppContext
) -> None:
    import_files(qtbot, area, [samples])
    select_rows(area, list(range(area.model.rowCount())))
    area.table.open_find_replace()
    dialog = area.table._dialog
    dialog.find_edit.setText("nikon")
    dialog.replace_edit.setText("Nikon camera")
    dialog.case_box.setChecked(False)
    dialog.field_combo.setCurrentIndex(dialog.field_combo.findData("title"))
    dialog.buttons.accepted.emit()
    titles = {name: row.title for name, row in db_rows(ctx, area).items()}  # type: ignore[attr-defined]
    assert titles["Nikon_D70.jpg"] == "Nikon camera D70"
    assert titles["truncated_nikon-e950.jpg"] == "truncated Nikon camera-e950"
    assert titles["Canon_40D.jpg"] == "Canon 40D"


def test_sorting_and_filtering_happen_in_the_model(
    qtbot: QtBot, area: MediaArea, samples: Path
) -> None:
    import_files(qtbot, area, [samples])
    area.table.view.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
    titles = [area.model.index(row, TITLE).data() for row in range(area.model.rowCount())]
    assert titles == sorted(titles, key=str.casefold, reverse=True)
    assert area.table.view.model() is area.model  # no proxy in between

    area.table.filter_edit.setText("NIKON")
    names = {area.model.index(row, FILE).data() for row in range(area.model.rowCount())}
    assert names == {"Nikon_D70.jpg", "truncated_nikon-e950.jpg"}

    area.table.filter_edit.clear()
    area.table.problems_only.setChecked(True)
    assert 0 < area.model.rowCount() <= len(SAMPLES)
    assert all(
        area.model.check_for(area.model.item_id(row)) for row in range(area.model.rowCount())
    )
