"""Start-up does no work for areas nobody looks at: a batch's rows wait for Media."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop_app.services.media_batches import ensure_batch
from desktop_app.store.context import AppContext
from desktop_app.store.models import new_uuid
from desktop_app.store.repositories import media_scans
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.sync_monitor import SyncMonitor
from tests.ui.conftest import wait_for_operations


def add_items(ctx: AppContext, count: int) -> int:
    batch_id = ensure_batch(ctx.db, "Nordic Museum", "Postcards")[0].id
    with ctx.db.session() as session:
        media_scans.insert_items(
            session,
            [
                {
                    "uuid": new_uuid(),
                    "batch_id": batch_id,
                    "path": f"/nonexistent/IMG_{number:04d}.jpg",
                    "size": 1000 + number,
                    "mtime": 1.0,
                    "sha1": f"{number:040x}",
                    "kind": "jpeg",
                    "title": f"Postcard {number}",
                }
                for number in range(count)
            ],
        )
    return int(batch_id)


def test_media_rows_are_read_only_when_media_is_shown(
    qtbot: QtBot, ctx: AppContext, monitor: SyncMonitor
) -> None:
    add_items(ctx, 25)
    window = MainWindow(ctx, monitor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wait_for_operations(qtbot)
    assert window.current_area() is not window.media_area
    assert window.media_area.model.total_rows() == 0
    assert window.media_area.edits.batch_id is None

    window.show_area(window.areas.index(window.media_area))
    qtbot.waitUntil(lambda: window.media_area.model.total_rows() == 25, timeout=10_000)
    window.close()
    wait_for_operations(qtbot)
