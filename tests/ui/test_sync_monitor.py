"""The sync monitor: periodic checks off the GUI thread, never overlapping, no real wiki."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.services import link_monitor
from desktop_app.services.link_monitor import LinkState, MonitorReport
from desktop_app.services.requests.drafts import new_request
from desktop_app.services.requests.queueing import queue_request
from desktop_app.services.sync_pass import PassReport
from desktop_app.store.context import AppContext
from desktop_app.store.repositories.settings import update_settings
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.operations import OpContext
from desktop_app.ui.sync_monitor import SyncMonitor
from desktop_app.wiki.connectivity import Connectivity, ConnectivityResult


def with_account(ctx: AppContext) -> None:
    """A wiki account is set up (the fixture's data folder has none)."""
    with ctx.db.session() as session:
        update_settings(session, wiki_username="Volunteer@Fieldkit")


def test_unreachable_wiki_shows_offline_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, monitor: SyncMonitor
) -> None:
    with_account(ctx)
    with qtbot.waitSignal(monitor.check_finished, timeout=10_000):
        monitor.check_now()
    assert monitor.state == LinkState.OFFLINE
    status = window.connection_status
    assert status.state_label.text() == "Offline — your work is saved and will be sent later"
    assert "later" in status.state_label.toolTip()
    assert "refused" not in status.state_label.toolTip()  # no exception text in tooltips
    assert status.details_label.isVisible() and not status.settings_button.isVisible()


def test_checks_never_overlap_and_a_request_meanwhile_runs_once_after(
    qtbot: QtBot, monitor: SyncMonitor, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    lock = threading.Lock()
    running = 0
    most_at_once = 0
    calls = 0

    def slow_check(_ctx: AppContext, _op: OpContext, **_options: bool) -> MonitorReport:
        nonlocal running, most_at_once, calls
        with lock:
            running += 1
            calls += 1
            most_at_once = max(most_at_once, running)
        release.wait(5)
        with lock:
            running -= 1
        return MonitorReport(LinkState.OFFLINE, "", 0)

    monkeypatch.setattr(link_monitor, "check_and_sync", slow_check)
    monitor.check_now()
    monitor.check_now()
    monitor.check_now()
    assert monitor.busy
    finished: list[int] = []
    monitor.check_finished.connect(lambda: finished.append(1))
    release.set()
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=5000)
    qtbot.wait(100)
    assert (calls, most_at_once, len(finished)) == (2, 1, 2)
    assert not monitor.busy


def test_online_with_waiting_requests_runs_a_sync_pass_and_refreshes(
    qtbot: QtBot,
    window: MainWindow,
    ctx: AppContext,
    monitor: SyncMonitor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with_account(ctx)
    queue_request(ctx.db, new_request(ctx.db, subject="Hello", body="World"))
    monitor.refresh_pending()
    assert window.connection_status.pending_label.text() == "Requests waiting: 1"
    passes: list[bool] = []

    def fake_check(api_url: str, **_kwargs: object) -> ConnectivityResult:
        return ConnectivityResult(Connectivity.ONLINE, "MediaWiki 1.39")

    def fake_sync(_ctx: AppContext, **_options: bool) -> PassReport:
        passes.append(threading.current_thread() is not threading.main_thread())
        return PassReport(sent=1, remaining=0)

    monkeypatch.setattr(link_monitor, "check_connectivity", fake_check)
    monkeypatch.setattr(link_monitor, "run_sync_pass", fake_sync)
    with qtbot.waitSignal(monitor.outbox_changed, timeout=5000):
        monitor.check_now()
    assert passes == [True]  # ran once, on a worker thread
    assert window.connection_status.state_label.text() == "Online"
    assert window.connection_status.pending_label.text() == "Nothing waiting to send"


def test_refused_login_during_sync_shows_login_failed(
    qtbot: QtBot,
    window: MainWindow,
    ctx: AppContext,
    monitor: SyncMonitor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    queue_request(ctx.db, new_request(ctx.db, subject="Hello", body="World"))
    monkeypatch.setattr(
        link_monitor,
        "check_connectivity",
        lambda api_url, **_kw: ConnectivityResult(Connectivity.ONLINE, ""),
    )
    monkeypatch.setattr(
        link_monitor,
        "run_sync_pass",
        lambda _ctx, **_kw: PassReport(
            halted_by="login_failed",
            remaining=1,
            errors=[{"entry": 1, "code": "login_failed", "message": "Wrong password"}],
        ),
    )
    with qtbot.waitSignal(monitor.check_finished, timeout=5000):
        monitor.check_now()
    status = window.connection_status
    assert status.state_label.text() == "Login refused: check the bot password"
    assert "Wrong password" not in status.state_label.toolTip()  # in the log, not here
    assert status.settings_button.isVisible()
    assert status.pending_label.text() == "Requests waiting: 1"


def test_stopped_monitor_starts_no_more_checks(monitor: SyncMonitor) -> None:
    monitor.stop()
    monitor.check_now()
    assert not monitor.busy


def _online(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        link_monitor,
        "check_connectivity",
        lambda api_url, **_kw: ConnectivityResult(Connectivity.ONLINE, ""),
    )


def test_check_now_in_the_status_bar_sends_without_waiting_for_the_backoff(
    qtbot: QtBot,
    window: MainWindow,
    ctx: AppContext,
    monitor: SyncMonitor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    queue_request(ctx.db, new_request(ctx.db, subject="Hello", body="World"))
    _online(monkeypatch)
    passes: list[bool] = []

    def fake_sync(_ctx: AppContext, *, due_only: bool, fetch_replies: bool) -> PassReport:
        passes.append(due_only)
        return PassReport(sent=1, remaining=0)

    monkeypatch.setattr(link_monitor, "run_sync_pass", fake_sync)
    with qtbot.waitSignal(monitor.check_finished, timeout=5000):
        window.connection_status.check_button.click()
    with qtbot.waitSignal(monitor.check_finished, timeout=5000):
        monitor.check_now()  # the periodic check respects the backoff
    assert passes == [False, True]


def test_replies_are_fetched_when_online_at_most_every_interval_and_shown(
    qtbot: QtBot,
    window: MainWindow,
    ctx: AppContext,
    monitor: SyncMonitor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop_app.store.models import HelpRequest, RequestReply, RequestState
    from desktop_app.sync.replies import RepliesReport

    with_account(ctx)
    request_id = new_request(ctx.db, subject="Sent one", body="...")
    with ctx.db.session() as session:
        session.get_one(HelpRequest, request_id).state = RequestState.SENT
    _online(monkeypatch)
    fetches: list[bool] = []

    def fake_fetch(_ctx: AppContext) -> RepliesReport:
        fetches.append(threading.current_thread() is not threading.main_thread())
        with ctx.db.session() as session:
            session.add(RequestReply(help_request_id=request_id, reply_key=f"k{len(fetches)}"))
        return RepliesReport(checked=1, new=1)

    monkeypatch.setattr(link_monitor, "run_reply_fetch", fake_fetch)
    with qtbot.waitSignal(monitor.replies_arrived, timeout=5000):
        monitor.check_now()
    with qtbot.waitSignal(monitor.check_finished, timeout=5000):
        monitor.check_now()  # within 15 minutes: no second page read
    assert fetches == [True]  # once, on a worker thread
    row = window.requests_area.list_widget.topLevelItem(0)
    assert row is not None and row.text(2) == "1 new"  # the list was refreshed

    monkeypatch.setattr(monitor, "_replies_interval_s", 0.0)
    with qtbot.waitSignal(monitor.check_finished, timeout=5000):
        monitor.check_now()
    assert len(fetches) == 2
