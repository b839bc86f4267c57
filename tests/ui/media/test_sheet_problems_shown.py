"""Sheet problems in the Media area: a sheet that cannot be used says why and changes
nothing; a refused row names its cell; an overlong text on export is said to stay in
Fieldkit; every new message has its Swedish text."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop_app.core.problems import Problem
from desktop_app.services.media_edit import set_field
from desktop_app.store.repositories.media import item_ids
from desktop_app.ui.areas.media import MediaArea
from desktop_app.ui.i18n import install_language
from desktop_app.ui.media.problem_text import problem_message
from desktop_app.ui.media.table_columns import TITLE
from tests.ui.conftest import wait_for_operations
from tests.ui.media.conftest import import_files


def titles(area: MediaArea) -> set[str]:
    return {area.model.index(r, TITLE).data() for r in range(area.model.rowCount())}


def test_a_sheet_that_cannot_be_read_is_shown_as_refused_and_changes_nothing(
    qtbot: QtBot, area: MediaArea, samples: Path, tmp_path: Path
) -> None:
    import_files(qtbot, area, [samples])
    before = titles(area)
    sheet = tmp_path / "photo.csv"
    sheet.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 20)
    messages: list[tuple[str, bool]] = []
    area.sheets.message.connect(lambda notice: messages.append((notice.make(), notice.problem)))

    dialog = area.sheets.apply_sheet(sheet)

    assert dialog.windowTitle() == "Spreadsheet not applied"
    assert "nothing was changed" in dialog.summary_label.text()
    label = dialog.findChild(QLabel, "sheetProblem-sheet-not-text")
    assert label is not None and "not a text file" in label.text()
    assert messages and messages[-1][1] is True
    assert titles(area) == before


def test_a_refused_row_names_its_cell(
    qtbot: QtBot, area: MediaArea, samples: Path, tmp_path: Path
) -> None:
    import_files(qtbot, area, [samples])
    sheet = tmp_path / "batch.csv"
    assert area.sheets.export_sheet(sheet) is not None
    wait_for_operations(qtbot)
    with sheet.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    column = rows[0].index("date")
    rows[1][column] = "05/06/1923"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)

    dialog = area.sheets.apply_sheet(sheet)

    details = dialog.table.item(0, 2).text()
    assert details.startswith(f"{'ABCDEFGHIJKLMNOP'[column]}2: ")
    assert "1923-06-05" in details and "1923-05-06" in details


def test_an_export_says_when_texts_stay_in_fieldkit(
    qtbot: QtBot, area: MediaArea, samples: Path, tmp_path: Path
) -> None:
    import_files(qtbot, area, [samples])
    with area.ctx.db.session() as session:
        first = item_ids(session, area.edits.batch_id or 0)[:1]
    set_field(area.ctx.db, first, "description:en", "x" * 40_000)
    messages: list[str] = []
    area.sheets.message.connect(lambda notice: messages.append(notice.make()))

    assert area.sheets.export_sheet(tmp_path / "batch.xlsx") is not None
    wait_for_operations(qtbot)

    assert messages and "stay in Fieldkit" in messages[-1]


def test_new_problem_messages_are_swedish_in_swedish(area: MediaArea) -> None:
    samples = [
        Problem("sheet-not-text", "", {"file": "a.csv"}),
        Problem(
            "date-ambiguous", "", {"value": "05/06/1923", "day_first": "x", "month_first": "y"}
        ),
        Problem("wikitext-unbalanced", "", {"detail": "[["}),
        Problem("title-illegal-file-characters", "", {"characters": ":", "suggestion": "A - B"}),
        Problem("file-not-regular", "", {"kind": "fifo"}),
        Problem("bad-licence", "", {"value": "CC BY 3.0", "closest": "cc-by-4.0"}),
    ]
    english = [problem_message(problem) for problem in samples]
    assert install_language("sv")
    try:
        swedish = [problem_message(problem) for problem in samples]
    finally:
        install_language("en")
    assert all(sv != en and sv for sv, en in zip(swedish, english, strict=True)), swedish
    assert "{{" in problem_message(samples[2]) and "cc-by-4.0" in swedish[5]
