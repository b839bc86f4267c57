"""Bundles in the window: where a user looks for them, with progress, a summary, conflicts
answered, refusals in plain words, and Cancel that leaves nothing behind."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop_app.services.bundles.export import export_bundle
from desktop_app.services.bundles.importing import import_bundle
from desktop_app.services.media_edit import set_field_text
from desktop_app.store.context import AppContext
from desktop_app.store.models import MediaItem
from desktop_app.ui.action_row import ActionRow
from desktop_app.ui.bundles.controller import BundleController
from desktop_app.ui.bundles.export_dialog import ExportChoice, ExportDialog
from desktop_app.ui.bundles.summary_dialog import SummaryDialog
from desktop_app.ui.main_window import MainWindow
from tests.reports.helpers import ready_batch
from tests.ui.conftest import wait_for_operations

SHOTS = os.environ.get("FIELDKIT_SCREENSHOTS")  # a folder: save what the user would see


def shoot(widget: object, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


@pytest.fixture
def other_laptop(tmp_path: Path) -> Iterator[AppContext]:
    """A second data folder: the computer a bundle comes from or goes to."""
    ctx = AppContext.open(tmp_path / "other-laptop", log_to_file=False)
    yield ctx
    ctx.close()


def finish(qtbot: QtBot, controller: BundleController) -> None:
    assert controller.operation is not None
    qtbot.waitUntil(lambda: not controller.operation.is_running, timeout=20_000)  # type: ignore[union-attr]
    wait_for_operations(qtbot)


def message(controller: BundleController) -> str:
    assert isinstance(controller.dialog, QMessageBox), controller.dialog
    return controller.dialog.text()


def test_the_actions_are_in_the_file_menu_and_in_both_areas(window: MainWindow) -> None:
    file_menu = [action.text() for action in window.file_menu.actions() if action.text()]
    bundle_entries = [text for text in file_menu if "undle" in text or "ceipt" in text]
    assert bundle_entries == [
        "E&xport bundle…",
        "&Import bundle…",
        "Export &receipt…",
        "Import re&ceipt…",
        "&Bundle conflicts…",
    ]
    assert file_menu.index("&Bundle conflicts…") - file_menu.index("E&xport bundle…") == 4
    bar = window.partnerships_area.findChild(ActionRow, "partnershipTools")
    assert bar is not None and window.bundles.export_action in bar.actions()
    assert window.bundles.import_action in window.media_area.batch_actions.actions()


def test_export_suggests_the_open_batch_and_writes_the_bundle(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    batch = ready_batch(window.ctx, tmp_path / "photos")
    window.show_area(window.areas.index(window.media_area))
    window.media_area.batch_bar.refresh(select=batch.batch_id)
    qtbot.waitUntil(lambda: window.media_area.batch_bar.batch_id == batch.batch_id)

    dialog = window.bundles.export_bundle()

    assert isinstance(dialog, ExportDialog)
    suggested = dialog.choice()
    assert suggested.partnership == batch.partnership and suggested.batches is None
    assert dialog.batch_list.count() == 1
    dialog.path_edit.setText(str(tmp_path / "museum.fkb"))
    shoot(dialog, "export-dialog")
    dialog.accept()
    finish(qtbot, window.bundles)

    assert "The bundle is written" in message(window.bundles)
    assert (tmp_path / "museum.fkb").is_file()


def test_import_shows_what_was_added_and_conflicts_can_be_answered(
    qtbot: QtBot, window: MainWindow, other_laptop: AppContext, tmp_path: Path
) -> None:
    batch = ready_batch(other_laptop, tmp_path / "photos")
    export_bundle(other_laptop, tmp_path / "first.fkb", batch.partnership)
    window.bundles.start_import(tmp_path / "first.fkb", tmp_path / "media")
    finish(qtbot, window.bundles)
    summary = window.bundles.dialog
    assert isinstance(summary, SummaryDialog)
    assert summary.counts.item(3, 0).text() == "3"  # media files added
    assert "Added 5" in summary.sentence.text()
    shoot(summary, "import-summary")
    summary.close()

    # Both computers retitle the same photo; the other one's bundle comes back.
    with window.ctx.db.session() as session:
        mine = next(i.id for i in session.query(MediaItem) if i.path.endswith("Canon_40D.jpg"))
    with other_laptop.db.session() as session:
        theirs = next(i.id for i in session.query(MediaItem) if i.path.endswith("Canon_40D.jpg"))
    set_field_text(window.ctx.db, [mine], "title", "Harbour at dawn")
    set_field_text(other_laptop.db, [theirs], "title", "Harbour in the morning")
    import_bundle(other_laptop, tmp_path / "first.fkb", tmp_path / "other-media")
    export_bundle(other_laptop, tmp_path / "second.fkb", batch.partnership)
    window.bundles.start_import(tmp_path / "second.fkb", tmp_path / "media")
    finish(qtbot, window.bundles)

    summary = window.bundles.dialog
    assert isinstance(summary, SummaryDialog)
    table = summary.conflicts
    assert table.rowCount() == 1
    assert [table.item(0, column).text() for column in range(1, 4)] == [
        "Title",
        "Harbour at dawn",
        "Harbour in the morning",
    ]
    shoot(summary, "import-conflict")
    take = table.findChildren(QPushButton)[1]
    assert take.text() == "Take theirs"
    take.click()
    assert summary.conflicts_label.text() == "No conflicts."
    with window.ctx.db.session() as session:
        assert session.get_one(MediaItem, mine).title == "Harbour in the morning"


def test_a_refused_bundle_says_why_in_plain_words(
    qtbot: QtBot, window: MainWindow, other_laptop: AppContext, tmp_path: Path
) -> None:
    batch = ready_batch(other_laptop, tmp_path / "photos")
    export_bundle(other_laptop, tmp_path / "m.fkb", batch.partnership, volume_size=96 * 1024)
    (tmp_path / "m.fkb.002").unlink()

    window.bundles.start_import(tmp_path / "m.fkb", tmp_path / "media")
    finish(qtbot, window.bundles)

    assert message(window.bundles).startswith("Part 2 of ")
    assert "m.fkb.002" in message(window.bundles)
    shoot(window.bundles.dialog, "refused")
    assert not (tmp_path / "media").exists()


def test_cancel_stops_an_export_and_leaves_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    batch = ready_batch(window.ctx, tmp_path / "photos")
    big = tmp_path / "photos" / "scan.png"
    with big.open("wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + os.urandom(48 * 1024 * 1024))
    from desktop_app.services.media_import import import_paths

    import_paths(window.ctx.db, batch.batch_id, [big])
    stick = tmp_path / "stick"
    stick.mkdir()

    operation = window.bundles.start_export(
        ExportChoice(partnership=batch.partnership, out=stick / "museum.fkb")
    )
    operation.cancel()
    finish(qtbot, window.bundles)

    assert "nothing was written" in message(window.bundles)
    assert list(stick.iterdir()) == []


def test_the_summary_reads_in_swedish(
    qtbot: QtBot, window: MainWindow, other_laptop: AppContext, tmp_path: Path
) -> None:
    from desktop_app.ui.i18n import install_language

    batch = ready_batch(other_laptop, tmp_path / "photos")
    export_bundle(other_laptop, tmp_path / "m.fkb", batch.partnership)
    install_language("sv")
    window.bundles.start_import(tmp_path / "m.fkb", tmp_path / "media")
    finish(qtbot, window.bundles)

    summary = window.bundles.dialog
    assert isinstance(summary, SummaryDialog)
    assert window.file_menu.title() == "&Arkiv"
    assert "Tillagda 5" in summary.findChild(QLabel, "bundleSummaryText").text()  # type: ignore[union-attr]
    shoot(summary, "import-summary-sv")


def test_a_receipt_is_written_here_and_one_for_a_bundle_never_sent_is_refused(
    qtbot: QtBot, window: MainWindow, other_laptop: AppContext, tmp_path: Path
) -> None:
    from desktop_app.services.bundles.receipts import import_receipt

    batch = ready_batch(other_laptop, tmp_path / "photos")
    export_bundle(other_laptop, tmp_path / "m.fkb", batch.partnership)
    window.bundles.start_import(tmp_path / "m.fkb", tmp_path / "media")
    finish(qtbot, window.bundles)

    window.bundles.start_receipt(tmp_path / "m.fkb", tmp_path / "m.fkr")
    finish(qtbot, window.bundles)
    assert message(window.bundles).startswith("The receipt is written to ")
    assert import_receipt(other_laptop, tmp_path / "m.fkr").bundle_id  # A sent it: accepted

    window.bundles.start_import_receipt(tmp_path / "m.fkr")  # this window never sent it
    finish(qtbot, window.bundles)
    assert message(window.bundles) == (
        "This receipt answers a bundle this computer never sent; nothing was changed."
    )
