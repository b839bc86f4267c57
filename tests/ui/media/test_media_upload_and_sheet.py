"""The Media area's way out and in: "Upload ready files", "Check against the wiki" while
offline, and "Import from spreadsheet…"."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.services.media_batches import set_gps_policy
from desktop_app.services.media_edit import set_field_text
from desktop_app.store.context import AppContext
from desktop_app.store.models import MediaItem
from desktop_app.store.models.uploads import UploadJob
from desktop_app.store.repositories.settings import update_settings
from desktop_app.ui.areas.media import MediaArea
from desktop_app.ui.main_window import MainWindow
from tests.conftest import MEDIA_SAMPLES
from tests.ui.conftest import wait_for_operations
from tests.ui.media.conftest import import_files, wait_for_checks


def two_samples(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(exist_ok=True)
    ready = folder / "Canon_40D.jpg"
    unready = folder / "Nikon_D70.jpg"
    shutil.copy2(MEDIA_SAMPLES / "camera" / "Canon_40D.jpg", ready)
    shutil.copy2(MEDIA_SAMPLES / "camera" / "Nikon_D70.jpg", unready)
    return ready, unready


def make_ready(ctx: AppContext, batch_id: int, path: Path) -> int:
    """Fill in everything one file needs; returns its item id."""
    with ctx.db.session() as session:
        item_id = session.scalar(
            select(MediaItem.id).where(MediaItem.batch_id == batch_id, MediaItem.path == str(path))
        )
        assert item_id is not None
    for field, text in (
        ("title", "Fieldkit GUI upload test Canon"),
        ("licence", "cc-by-sa-4.0"),
        ("author", "Test Museum"),
        ("source", "Test Museum archive"),
        ("date", "2008-05-30"),
        ("description:en", "A sample photo, queued from the GUI"),
    ):
        set_field_text(ctx.db, [item_id], field, text)
    set_gps_policy(ctx.db, batch_id, "strip")
    return item_id


def test_upload_ready_files_queues_only_the_ready_file_and_says_so(
    qtbot: QtBot, window: MainWindow, area: MediaArea, ctx: AppContext, tmp_path: Path
) -> None:
    ready, unready = two_samples(tmp_path / "partner")
    import_files(qtbot, area, [ready, unready])
    assert area.edits.batch_id is not None
    ready_id = make_ready(ctx, area.edits.batch_id, ready)
    wait_for_checks(qtbot, area)
    assert area.batch_actions.upload_action.isEnabled()

    with qtbot.waitSignal(area.batchQueued, timeout=10_000) as signal:
        area.batch_actions.upload_action.trigger()
    wait_for_operations(qtbot)

    assert signal.args == [area.edits.batch_id]
    with ctx.db.session() as session:
        jobs = session.scalars(select(UploadJob)).all()
        assert [job.media_item_id for job in jobs] == [ready_id]
    message = area.table.message_label.text()
    assert "Queued for upload: 1" in message and "not ready yet: 1" in message
    assert window.current_area() is window.uploads_area


def test_pressing_upload_again_queues_nothing_twice(
    qtbot: QtBot, window: MainWindow, area: MediaArea, ctx: AppContext, tmp_path: Path
) -> None:
    ready, unready = two_samples(tmp_path / "partner")
    import_files(qtbot, area, [ready, unready])
    assert area.edits.batch_id is not None
    make_ready(ctx, area.edits.batch_id, ready)
    with qtbot.waitSignal(area.batchQueued, timeout=10_000):
        area.batch_actions.upload_ready()
    wait_for_operations(qtbot)
    emitted: list[int] = []
    area.batchQueued.connect(emitted.append)

    area.batch_actions.upload_ready()
    wait_for_operations(qtbot)

    assert emitted == []
    assert "already queued" in area.table.message_label.text()
    with ctx.db.session() as session:
        assert len(session.scalars(select(UploadJob)).all()) == 1


def test_upload_and_online_check_are_disabled_without_a_batch(area: MediaArea) -> None:
    assert area.batch_bar.batch_id is None
    assert not area.batch_actions.upload_action.isEnabled()
    assert not area.batch_actions.online_check_action.isEnabled()
    assert not area.batch_bar.sheet_button.isEnabled()


def test_check_against_the_wiki_while_offline_says_so_clearly(
    qtbot: QtBot,
    area: MediaArea,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ready, _unready = two_samples(tmp_path / "partner")
    import_files(qtbot, area, [ready])

    # No account yet: that is what stops the check, and it is what the message says.
    assert area.batch_actions.check_online() is not None
    wait_for_operations(qtbot)
    message = area.table.message_label.message()
    assert message.startswith("No wiki account yet — set it up in Settings, so nothing")
    assert "fieldkit account set" not in message  # no command lines in the window

    with ctx.db.session() as session:
        update_settings(session, wiki_username="Volunteer@Fieldkit")
    monkeypatch.setenv("FIELDKIT_PASSWORD", "a-bot-password-for-this-test-0001")
    assert area.batch_actions.check_online() is not None
    wait_for_operations(qtbot)
    message = area.table.message_label.message()
    assert "cannot be reached" in message and "offline checks still apply" in message
    assert area.table.message_label.details  # the technical side, behind "Details…"
    assert area.batch_actions.online_check_action.isEnabled()


def test_import_from_a_spreadsheet_imports_the_listed_files(
    qtbot: QtBot, area: MediaArea, tmp_path: Path
) -> None:
    ready, unready = two_samples(tmp_path / "partner")
    sheet = tmp_path / "partner" / "list.csv"
    sheet.write_text(f"path,note\n{ready.name},first\n{unready},second\n", encoding="utf-8")
    area.batch_bar.create_batch("Nordic Museum", "From a sheet")

    assert area.batch_bar.import_from_sheet(sheet) is not None
    wait_for_operations(qtbot)
    qtbot.waitUntil(lambda: area.model.total_rows() == 2, timeout=5000)

    assert "2 added" in area.batch_bar.summary_label.text()


def test_a_sheet_without_a_path_column_imports_nothing(
    qtbot: QtBot, area: MediaArea, tmp_path: Path
) -> None:
    ready, _unready = two_samples(tmp_path / "partner")
    sheet = tmp_path / "list.csv"
    sheet.write_text(f"photo,note\n{ready},first\n", encoding="utf-8")
    area.batch_bar.create_batch("Nordic Museum", "From a sheet")

    assert area.batch_bar.import_from_sheet(sheet) is None
    wait_for_operations(qtbot)

    assert area.model.total_rows() == 0
    assert "Nothing was imported" in area.batch_bar.summary_label.text()
