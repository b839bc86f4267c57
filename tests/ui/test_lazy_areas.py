"""The window builds an area when it is first wanted (issue 11: memory at idle, time to a
usable window), and the status bar still tells what the Uploads area would have told."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.store.context import AppContext
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.navigation import MEDIA_ROW, UPLOADS_ROW
from desktop_app.ui.sync_monitor import SyncMonitor
from desktop_app.ui.uploads.worker_host import UploadWorkerHost
from tests.ui.conftest import wait_for_operations
from tests.ui.test_truthful_state import queue_uploads, set_job

LOGIN_REFUSED = "Login refused: check the bot password"


def built(window: MainWindow) -> list[str]:
    return [type(area).__name__ for area in window.slots.built_areas()]


def test_only_the_opening_area_is_built_until_another_is_wanted(window: MainWindow) -> None:
    assert built(window) == ["PartnershipsArea"]
    window.show_area(MEDIA_ROW)
    assert built(window) == ["PartnershipsArea", "MediaArea"]
    assert window.current_area() is window.media_area
    # The Media menu holds the area's own tools once the area exists.
    assert window.media_area.table.undo_action in window.menus.media_menu.actions()
    assert len(window.areas) == 7 and len(built(window)) == 7  # asked for all: all built


def test_the_status_bar_names_an_account_halt_before_uploads_is_ever_shown(
    window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    [job_id, _second] = queue_uploads(ctx, tmp_path, count=2)
    window.upload_watch.refresh()
    assert window.connection_status.pending_label.text() == "Files to upload: 2"
    set_job(ctx, job_id, error_code="login_failed")
    window.upload_watch.refresh()
    assert window.connection_status.state_label.text() == LOGIN_REFUSED
    set_job(ctx, job_id, error_code=None)
    window.upload_watch.refresh()
    assert window.connection_status.state_label.text() != LOGIN_REFUSED
    assert window.slots.built_area(UPLOADS_ROW) is None


def test_a_halt_from_the_last_session_shows_at_start(
    qtbot: QtBot,
    ctx: AppContext,
    monitor: SyncMonitor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    [job_id] = queue_uploads(ctx, tmp_path, count=1)
    set_job(ctx, job_id, error_code="login_failed")
    # The worker would try again at once and find this fixture's "no account" instead.
    monkeypatch.setattr(UploadWorkerHost, "start_if_pending", lambda _host: False)
    window = MainWindow(ctx, monitor)
    qtbot.addWidget(window)
    assert window.connection_status.state_label.text() == LOGIN_REFUSED
    assert window.slots.built_area(UPLOADS_ROW) is None
    window.close()
    wait_for_operations(qtbot)
