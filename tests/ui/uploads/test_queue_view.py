"""The Uploads area's queue: what the user sees per file and batch, and what buttons do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.services.upload_queue import UploadQueue
from desktop_app.store.context import AppContext
from desktop_app.store.models import utcnow
from desktop_app.sync.uploads.engine import UploadProgress
from desktop_app.ui.areas.uploads import UploadsArea
from desktop_app.ui.uploads.job_model import PROBLEM, STATE, TITLE
from tests.ui.uploads.conftest import IdleHost, job_row, make_batch, set_job

AreaFactory = Callable[[], UploadsArea]


def cell(area: UploadsArea, row: int, column: int) -> str:
    return str(area.queue_view.model.index(row, column).data() or "")


def select(area: UploadsArea, job_id: int) -> None:
    assert area.queue_view.select_job(job_id)


def test_empty_queue_says_how_files_get_here(make_area: AreaFactory) -> None:
    area = make_area()
    view = area.queue_view
    assert view.content.currentWidget() is view.empty_label
    assert "Upload" in view.empty_label.text()


def test_queued_files_show_in_the_table_with_their_state_and_batch(
    ctx: AppContext, queue_files: Callable[..., list[int]], make_area: AreaFactory
) -> None:
    batch = make_batch(ctx, "Museum photos 1920s")
    queue_files(3, batch_id=batch)
    area = make_area()
    model = area.queue_view.model
    assert model.rowCount() == 3
    assert [cell(area, row, TITLE) for row in range(3)] == [
        "Portrait 1.png",
        "Portrait 2.png",
        "Portrait 3.png",
    ]
    assert {cell(area, row, STATE) for row in range(3)} == {"Waiting"}
    item = area.queue_view.batches.topLevelItem(0)
    assert item is not None
    assert item.text(0) == "Museum photos 1920s"
    assert item.text(1) == "0 of 3 uploaded"


def test_live_progress_moves_the_row_and_the_batch(
    ctx: AppContext, queue_files: Callable[..., list[int]], make_area: AreaFactory
) -> None:
    [job_id] = queue_files(1, batch_id=make_batch(ctx))
    area = make_area()
    size = job_row(ctx, job_id).file_size
    area.queue_view.apply_progress(
        UploadProgress(job_id, "uploading", size // 2, size, size // 2, 1000, 2500.0, 1.0)
    )
    model = area.queue_view.model
    assert cell(area, 0, STATE) == "Uploading"
    assert abs(model.index(0, 3).data(Qt.ItemDataRole.UserRole + 1) - 0.5) < 0.01
    assert "/s" in cell(area, 0, 5) and "left" in cell(area, 0, 6)
    item = area.queue_view.batches.topLevelItem(0)
    assert item is not None and item.text(2) == "50%"


def test_pause_resume_and_cancel_a_batch_change_the_database(
    ctx: AppContext,
    queue_files: Callable[..., list[int]],
    make_area: AreaFactory,
    host: IdleHost,
) -> None:
    batch = make_batch(ctx)
    other = make_batch(ctx, "Other batch")
    ids = queue_files(2, batch_id=batch)
    [other_id] = queue_files(1, batch_id=other, stem="Other")
    area = make_area()
    view = area.queue_view
    batch_items = [view.batches.topLevelItem(i) for i in range(view.batches.topLevelItemCount())]
    view.batches.setCurrentItem(
        next(
            i
            for i in batch_items
            if i and i.text(0) != "All batches" and i.text(0) != "Other batch"
        )
    )
    assert view.model.rowCount() == 2  # the table follows the chosen batch
    assert view.pause_batch_button.text() == "&Pause batch"

    view.pause_batch_button.click()
    assert all(job_row(ctx, job_id).paused for job_id in ids)
    assert not job_row(ctx, other_id).paused
    assert view.pause_batch_button.text() == "R&esume batch"
    assert cell(area, 0, STATE) == "Paused"

    view.pause_batch_button.click()
    assert not any(job_row(ctx, job_id).paused for job_id in ids)
    assert host.wakes == 1

    view.batch_actions.cancel_batch(confirm=False)
    assert {job_row(ctx, job_id).state for job_id in ids} == {"cancelled"}
    assert job_row(ctx, other_id).state == "queued"


def test_pause_all_holds_everything_and_says_so(
    ctx: AppContext,
    queue_files: Callable[..., list[int]],
    make_area: AreaFactory,
    host: IdleHost,
) -> None:
    queue_files(2, batch_id=make_batch(ctx))
    area = make_area()
    view = area.queue_view
    view.pause_all_button.click()
    assert UploadQueue(ctx.db).paused_all()
    assert view.hold_label.isVisible() and "paused" in view.hold_label.text()
    assert view.pause_all_button.text() == "Resume &all"
    view.pause_all_button.click()
    assert not UploadQueue(ctx.db).paused_all()
    assert not view.hold_label.isVisible()
    assert host.wakes == 1


def test_a_failed_file_shows_its_reason_and_retry_makes_it_due(
    ctx: AppContext,
    queue_files: Callable[..., list[int]],
    make_area: AreaFactory,
    host: IdleHost,
) -> None:
    [job_id] = queue_files(1, batch_id=make_batch(ctx))
    set_job(
        ctx,
        job_id,
        state="failed",
        error_code="local-file",
        last_error="FileNotFoundError: /media/usb/Portrait-1.png",
    )
    area = make_area()
    view = area.queue_view
    assert cell(area, 0, STATE) == "Failed"
    assert cell(area, 0, PROBLEM) == "File missing on this computer"
    assert "Retry" in str(area.queue_view.model.index(0, PROBLEM).data(Qt.ItemDataRole.ToolTipRole))
    select(area, job_id)
    assert "could not be read" in view.detail_label.text()
    assert view.retry_button.isEnabled() and not view.decide_button.isEnabled()

    view.retry_button.click()
    job = job_row(ctx, job_id)
    assert job.state == "queued"
    assert job.next_attempt_at is not None and job.next_attempt_at <= utcnow()
    assert host.wakes == 1
    assert cell(area, 0, STATE) == "Waiting"


def test_fix_metadata_asks_to_open_the_file_in_media(
    ctx: AppContext,
    queue_files: Callable[..., list[int]],
    make_area: AreaFactory,
    qtbot: QtBot,
) -> None:
    from desktop_app.store.models import MediaItem

    batch = make_batch(ctx)
    [job_id] = queue_files(1, batch_id=batch)
    with ctx.db.session() as session:
        item = MediaItem(batch_id=batch, path="/photos/portrait-1.png", title="Portrait 1")
        session.add(item)
        session.flush()
        item_id = item.id
    set_job(ctx, job_id, media_item_id=item_id, state="failed", error_code="invalidtitle")
    area = make_area()
    select(area, job_id)
    with qtbot.waitSignal(area.showMediaItem) as blocker:
        area.queue_view.fix_button.click()
    assert blocker.args == [item_id]
