"""The worker host: a real upload to the test wiki seen from the GUI thread, and holds."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from pytestqt.qtbot import QtBot

from desktop_app.cli import run
from desktop_app.core.uploads import UploadSpec
from desktop_app.services.upload_limits import UploadLimits, load_limits, save_limits
from desktop_app.services.upload_queue import UploadQueue
from desktop_app.store.context import AppContext
from desktop_app.sync.uploads.chunking import KIB, ChunkPolicy
from desktop_app.sync.uploads.engine import UploadProgress
from desktop_app.ui.areas.uploads import UploadsArea
from desktop_app.ui.i18n import install_language
from desktop_app.ui.uploads.job_model import STATE
from desktop_app.ui.uploads.worker_host import UploadWorkerHost
from tests.fixtures.mediawiki import TestWiki
from tests.ui.conftest import wait_for_operations
from tests.ui.uploads.conftest import job_row
from tests.uploads.conftest import noise_file, unique_title

SMALL_CHUNKS = ChunkPolicy(
    initial=64 * KIB, minimum=64 * KIB, maximum=128 * KIB, single_request_limit=32 * KIB
)


@pytest.fixture
def wiki_ctx(
    data_dir: Path, wiki_up: TestWiki, monkeypatch: pytest.MonkeyPatch
) -> Iterator[AppContext]:
    """A data folder with the test wiki's account and no keyring (as in CI)."""
    keyring.set_keyring(keyring.backends.fail.Keyring())
    monkeypatch.setenv("FIELDKIT_PASSWORD", wiki_up.bot_password)
    assert run(["account", "set", "--api", wiki_up.api_url, "--user", wiki_up.bot_user]) == 0
    ctx = AppContext.open(data_dir, log_to_file=False)
    yield ctx
    ctx.close()


@pytest.mark.wiki
def test_worker_host_uploads_to_the_wiki_and_reports_progress_on_the_gui_thread(
    qtbot: QtBot, wiki_ctx: AppContext, tmp_path: Path
) -> None:
    install_language("en")
    path = noise_file(tmp_path, 300 * KIB)
    [job_id] = UploadQueue(wiki_ctx.db).enqueue(
        [UploadSpec(str(path), unique_title("Fieldkit UI upload"), "== Summary ==\nUI test")]
    )
    host = UploadWorkerHost(
        wiki_ctx, metered=lambda: False, engine_options={"policy": SMALL_CHUNKS}
    )
    reports: list[tuple[UploadProgress, bool]] = []
    gui_thread = threading.get_ident()
    host.progress.connect(lambda p: reports.append((p, threading.get_ident() == gui_thread)))
    area = UploadsArea(wiki_ctx, host=host)  # starts the worker: a file waits
    qtbot.addWidget(area)
    area.show()
    try:
        assert host.running
        qtbot.waitUntil(lambda: job_row(wiki_ctx, job_id).state == "verified", timeout=60_000)
        qtbot.waitUntil(lambda: any(p.state == "verified" for p, _ in reports), timeout=5_000)
        area.refresh()
        assert area.queue_view.model.index(0, STATE).data() == "Uploaded"
        assert job_row(wiki_ctx, job_id).page_url
        chunks = [p for p, _ in reports if p.state in ("uploading", "stashed")]
        assert len(chunks) >= 3  # 300 KiB in chunks of 64-128 KiB
        assert all(on_gui for _, on_gui in reports)
        assert chunks[-1].confirmed_bytes == path.stat().st_size
    finally:
        area.shutdown()
        wait_for_operations(qtbot)
    assert not host.running


def test_unmetered_only_holds_jobs_on_a_metered_link(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    install_language("en")
    save_limits(ctx.db, UploadLimits(unmetered_only=True, bandwidth_cap_kib=64))
    path = noise_file(tmp_path, 10 * KIB)
    [job_id] = UploadQueue(ctx.db).enqueue([UploadSpec(str(path), "Held.png", "text")])
    host = UploadWorkerHost(ctx, metered=lambda: True)
    area = UploadsArea(ctx, host=host, autostart=False)
    qtbot.addWidget(area)
    area.show()
    try:
        assert host.current_limits().bytes_per_second == 64 * KIB
        with qtbot.waitSignal(host.held, timeout=5_000) as blocker:
            host.wake()
        assert blocker.args == ["metered"]
        area.refresh()
        banner = area.queue_view.hold_label
        assert banner.isVisible() and "unmetered" in banner.text()
        job = job_row(ctx, job_id)
        assert (job.state, job.bytes_sent, job.error_code) == ("queued", 0, None)
    finally:
        area.shutdown()


def test_unknown_metering_counts_as_metered_while_the_switch_is_on(ctx: AppContext) -> None:
    save_limits(ctx.db, UploadLimits(unmetered_only=True))
    host = UploadWorkerHost(ctx, metered=lambda: None)
    assert host._allowed() is False and host.held_reason == "metered_unknown"
    save_limits(ctx.db, UploadLimits(unmetered_only=False))
    host.reload_limits()
    assert host._allowed() is True and host.held_reason == ""


def test_upload_settings_are_saved_as_the_user_changes_them(qtbot: QtBot, ctx: AppContext) -> None:
    from desktop_app.ui.settings_uploads import UploadSettingsWidget

    install_language("en")
    widget = UploadSettingsWidget(ctx.db)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.cap_spin.text() == "No limit"
    with qtbot.waitSignal(widget.limits_changed):
        widget.unmetered_check.click()
    assert load_limits(ctx.db) == UploadLimits(unmetered_only=True, bandwidth_cap_kib=0)
    widget.cap_spin.setValue(256)
    widget.cap_spin.editingFinished.emit()
    assert load_limits(ctx.db).bandwidth_cap_kib == 256
