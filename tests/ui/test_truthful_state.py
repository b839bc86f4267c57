"""Every area says what really holds the work: no account, a refused login, no connection.

Offline with no account set up, the Requests area must not promise "the next connection",
the Uploads area must not blame a refused login nor show a file "Publishing" at 0 %, and
the status bar must not say only "Offline". A job is "Publishing" only while a runner
holds it. The status bar counts files to upload beside requests. The real main window,
the real upload runner (it finds no account) and a wiki address nobody answers.
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from desktop_app.core.timeutil import utcnow
from desktop_app.core.uploads import UploadSpec
from desktop_app.services.requests.drafts import new_request
from desktop_app.services.requests.queueing import queue_request
from desktop_app.services.upload_queue import UploadQueue
from desktop_app.store.context import AppContext
from desktop_app.store.models.uploads import UploadJob
from desktop_app.store.repositories.settings import update_settings
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.sync_monitor import SyncMonitor
from desktop_app.ui.uploads.job_model import PROBLEM, STATE, TITLE

LONG = "Nordiska museet - glass plate negative from the Sundsvall collection, 1923 ({n}).png"


def queue_uploads(ctx: AppContext, folder: Path, count: int = 2) -> list[int]:
    specs = []
    for number in range(1, count + 1):
        path = folder / f"plate-{number}.png"
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(3000 + number))
        specs.append(UploadSpec(str(path), LONG.format(n=number), "== Summary ==\nTest"))
    return UploadQueue(ctx.db).enqueue(specs)


def set_job(ctx: AppContext, job_id: int, **values: object) -> None:
    with ctx.db.session() as session:
        session.execute(update(UploadJob).where(UploadJob.id == job_id).values(**values))


def job_value(ctx: AppContext, job_id: int, name: str) -> object:
    with ctx.db.session() as session:
        return getattr(session.get_one(UploadJob, job_id), name)


def check(qtbot: QtBot, monitor: SyncMonitor) -> None:
    with qtbot.waitSignal(monitor.check_finished, timeout=10_000):
        monitor.check_now()


def cells(window: MainWindow, column: int) -> list[str]:
    model = window.uploads_area.queue_view.model
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def test_offline_without_an_account_every_area_says_no_account(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, monitor: SyncMonitor, tmp_path: Path
) -> None:
    request_id = new_request(ctx.db, subject="Glass plates", body="Help, please.")
    queue_request(ctx.db, request_id)
    jobs = queue_uploads(ctx, tmp_path)
    window.uploads_area.batch_queued()  # the real runner: it finds no account
    check(qtbot, monitor)

    status = window.connection_status
    assert status.state_label.text() == "No wiki account yet — set it up in Settings (and offline)"
    assert status.pending_label.text() == "Requests waiting: 1 · Files to upload: 2"
    assert status.settings_button.isVisible()

    requests = window.requests_area
    window.show_area(window.areas.index(requests))
    requests.open_request(request_id)
    panel = requests.delivery_panel
    text = panel.detail_label.text()
    assert "No wiki account yet — set it up in Settings." in text
    assert "next connection" not in text
    assert panel.settings_button.isVisible()
    panel.settings_button.click()
    assert window.current_area() is window.settings_area

    uploads = window.uploads_area
    window.show_area(window.areas.index(uploads))
    qtbot.waitUntil(
        lambda: job_value(ctx, jobs[0], "error_code") == "not_configured", timeout=10_000
    )
    assert job_value(ctx, jobs[0], "state") == "queued"  # never "committing" without a login
    uploads.refresh()
    view = uploads.queue_view
    assert cells(window, STATE) == ["Waiting", "Waiting"]
    assert cells(window, PROBLEM)[0] == "No wiki account yet"
    assert view.hold_label.text() == (
        "No wiki account yet — set it up in Settings. Uploads start after that."
    )
    shown = " ".join([view.hold_label.text(), *cells(window, PROBLEM)])
    assert "refused the login" not in shown and "not_configured" not in shown
    assert view.settings_button.isVisible()
    view.settings_button.click()
    assert window.current_area() is window.settings_area


def test_offline_with_an_account_says_waiting_for_a_connection(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, monitor: SyncMonitor, tmp_path: Path
) -> None:
    with ctx.db.session() as session:
        update_settings(session, wiki_username="Volunteer@Fieldkit")
    request_id = new_request(ctx.db, subject="Glass plates", body="Help, please.")
    queue_request(ctx.db, request_id)
    queue_uploads(ctx, tmp_path, count=1)
    window.uploads_area.refresh()
    check(qtbot, monitor)

    assert (
        window.connection_status.state_label.text()
        == "Offline — your work is saved and will be sent later"
    )
    assert not window.connection_status.settings_button.isVisible()
    window.requests_area.open_request(request_id)
    text = window.requests_area.delivery_panel.detail_label.text()
    assert "Waiting for a connection." in text
    assert not window.requests_area.delivery_panel.settings_button.isVisible()
    assert window.uploads_area.queue_view.hold_label.text().startswith("Waiting for a connection")


def test_a_refused_login_says_check_the_bot_password(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    with ctx.db.session() as session:
        update_settings(session, wiki_username="Volunteer@Fieldkit")
    request_id = new_request(ctx.db, subject="Glass plates", body="Help, please.")
    queue_request(ctx.db, request_id)
    [job_id] = queue_uploads(ctx, tmp_path, count=1)
    set_job(ctx, job_id, error_code="login_failed", last_error="Failed: Incorrect password")
    window.monitor.state_changed.emit("login_failed", "Failed: Incorrect password")
    window.uploads_area.refresh()

    status = window.connection_status
    assert status.state_label.text() == "Login refused: check the bot password"
    window.requests_area.open_request(request_id)
    assert "Login refused: check the bot password." in (
        window.requests_area.delivery_panel.detail_label.text()
    )
    view = window.uploads_area.queue_view
    assert view.hold_label.text().startswith("Login refused: check the bot password in Settings")
    assert cells(window, PROBLEM) == ["Login refused"]
    assert "Incorrect password" not in str(view.model.index(0, PROBLEM).data(3))  # tooltip


def test_the_runner_s_login_failure_reaches_the_status_bar_even_when_the_probe_answers(
    window: MainWindow, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [job_id] = queue_uploads(ctx, tmp_path, count=1)
    set_job(ctx, job_id, error_code="login_failed")
    # The runner has tried already. Kept from trying again on the probe's "online", so it
    # cannot replace the stored refusal with this fixture's "no account" before refresh().
    monkeypatch.setattr(window.uploads_area.host, "link_returned", lambda: None)
    window.monitor.state_changed.emit("online", "MediaWiki 1.39")  # a probe, no login
    window.uploads_area.refresh()
    assert window.connection_status.state_label.text() == "Login refused: check the bot password"


def test_a_job_is_publishing_only_while_a_runner_holds_it(
    window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    [job_id] = queue_uploads(ctx, tmp_path, count=1)
    set_job(ctx, job_id, state="committing")
    window.uploads_area.refresh()
    assert cells(window, STATE) == ["Waiting"]  # stopped half way: it waits

    set_job(
        ctx,
        job_id,
        lease_owner="upload-test-runner",
        lease_expires_at=utcnow() + timedelta(seconds=60),
    )
    window.uploads_area.refresh()
    assert cells(window, STATE) == ["Publishing"]

    set_job(ctx, job_id, lease_expires_at=utcnow() - timedelta(seconds=1))
    window.uploads_area.refresh()
    assert cells(window, STATE) == ["Waiting"]  # a lease that ran out: nobody works on it


def test_long_titles_keep_their_distinguishing_end(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyleOptionViewItem

    queue_uploads(ctx, tmp_path, count=2)
    uploads = window.uploads_area
    window.show_area(window.areas.index(uploads))
    uploads.refresh()
    table = uploads.queue_view.table
    table.setColumnWidth(TITLE, 260)
    model = uploads.queue_view.model
    for row in range(2):
        index = model.index(row, TITLE)
        option = QStyleOptionViewItem()
        table.itemDelegateForColumn(TITLE).initStyleOption(option, index)
        assert option.textElideMode == Qt.TextElideMode.ElideMiddle
        shown = option.fontMetrics.elidedText(
            option.text, option.textElideMode, table.columnWidth(TITLE) - 10
        )
        assert shown.startswith("Nordiska") and shown.endswith(f"({row + 1}).png")
        assert "…" in shown
        assert model.index(row, TITLE).data(Qt.ItemDataRole.ToolTipRole) == LONG.format(n=row + 1)


def test_details_open_the_log_at_the_entry_and_messages_carry_no_developer_detail(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, monitor: SyncMonitor, tmp_path: Path
) -> None:
    [job_id] = queue_uploads(ctx, tmp_path, count=1)
    window.uploads_area.batch_queued()
    qtbot.waitUntil(
        lambda: job_value(ctx, job_id, "error_code") == "not_configured", timeout=10_000
    )
    uploads = window.uploads_area
    window.show_area(window.areas.index(uploads))
    uploads.refresh()
    view = uploads.queue_view
    view.select_job(job_id)
    detail = view.detail_label
    assert "No wiki account yet — set it up in Settings" in detail.message()
    assert "fieldkit account set" not in detail.text()  # no CLI command lines in the GUI
    assert "not_configured" not in detail.message()
    link = re.search(r'href="([^"]+)"', detail.text())
    assert link is not None
    detail.linkActivated.emit(link.group(1))
    assert window.current_area() is window.log_area
    qtbot.waitUntil(lambda: bool(window.log_area.selected_entry()), timeout=5000)
    entry = window.log_area.selected_entry()
    assert f"Upload job {job_id}: not_configured" in entry  # the technical side, one click away
