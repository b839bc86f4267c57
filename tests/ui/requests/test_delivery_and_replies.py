"""The list and what it says about delivery: send, failure with Retry now, replies, opening."""

from __future__ import annotations

from datetime import timedelta
from unittest.mock import patch

from pytestqt.qtbot import QtBot

from desktop_app.services.requests.drafts import get_request, list_requests, new_request
from desktop_app.services.requests.queueing import queue_request
from desktop_app.services.requests.replies import list_replies
from desktop_app.store.context import AppContext
from desktop_app.store.models import (
    HelpRequest,
    OutboxEntry,
    OutboxState,
    RequestReply,
    RequestState,
    utcnow,
)
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.requests.request_list import REPLIES, STATE


def make_failed(ctx: AppContext, subject: str = "Broken") -> int:
    request_id = new_request(ctx.db, subject=subject, body="Will fail")
    queue_request(ctx.db, request_id)
    with ctx.db.session() as session:
        entry = session.query(OutboxEntry).filter_by(help_request_id=request_id).one()
        entry.state = OutboxState.FAILED
        entry.last_error = "refused:protectedpage: The page is protected"
        entry.next_attempt_at = utcnow() + timedelta(hours=2)
        session.get_one(HelpRequest, request_id).state = RequestState.FAILED
    return request_id


def make_sent(ctx: AppContext, subject: str = "Answered") -> int:
    request_id = new_request(ctx.db, subject=subject, body="Please help")
    queue_request(ctx.db, request_id)
    with ctx.db.session() as session:
        entry = session.query(OutboxEntry).filter_by(help_request_id=request_id).one()
        entry.state = OutboxState.SENT
        request = session.get_one(HelpRequest, request_id)
        request.state = RequestState.SENT
        request.remote_url = "https://commons.example/w/index.php?oldid=42"
        request.remote_page = "Commons:Batch uploading"
    return request_id


def test_send_queues_and_the_status_bar_counts_it(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    editor = window.requests_area.editor
    qtbot.keyClicks(editor.subject_edit, "Category help")
    qtbot.keyClicks(editor.body_edit, "Which category for 1920s postcards?")
    editor.send_button.click()
    [summary] = list_requests(ctx.db)
    assert summary.state == RequestState.QUEUED
    assert window.connection_status.pending_label.text() == "Requests waiting: 1"
    panel = window.requests_area.delivery_panel
    assert panel.isVisible()
    assert "Wiki page: waiting to send" in panel.detail_label.text()


def test_failed_request_shows_the_reason_and_retry_now_makes_it_due(
    window: MainWindow, ctx: AppContext
) -> None:
    request_id = make_failed(ctx)
    area = window.requests_area
    area.open_request(request_id)
    panel = area.delivery_panel
    text = panel.detail_label.text()
    assert "Wiki page: failed" in text
    # Worded from the code; the wiki's own words are in the log, one click away.
    assert "The wiki does not accept “Project:Help desk” as the helpdesk page" in text
    assert "The page is protected" not in text and "refused:" not in text
    assert "Details…" in text
    assert panel.settings_button.isVisible()  # the fix is in Settings
    assert "Next try:" in text
    assert panel.retry_button.isVisible()
    assert area.list_widget.currentItem().text(STATE) == "Failed"

    with patch.object(window.monitor, "check_now") as check_now:
        panel.retry_button.click()
    check_now.assert_called()  # the monitor is asked to deliver at once

    [channel] = get_request(ctx.db, request_id).summary.channels
    assert channel.state == OutboxState.QUEUED
    assert channel.next_attempt_at is not None and channel.next_attempt_at <= utcnow()
    assert not panel.retry_button.isVisible()
    assert area.list_widget.currentItem().text(STATE) == "Waiting to send"


def test_sent_request_is_read_only_and_links_to_its_revision(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    request_id = make_sent(ctx)
    area = window.requests_area
    area.open_request(request_id)
    assert area.editor.subject_edit.isReadOnly()
    assert not area.editor.send_button.isEnabled()
    assert not area.editor.withdraw_button.isVisible()
    assert 'href="https://commons.example/w/index.php?oldid=42"' in (
        area.delivery_panel.detail_label.text()
    )
    opened: list[str] = []
    with patch(
        "desktop_app.ui.requests.delivery_panel.QDesktopServices.openUrl",
        side_effect=lambda url: opened.append(url.toString()),
    ):
        area.delivery_panel.detail_label.linkActivated.emit(
            "https://commons.example/w/index.php?oldid=42"
        )
    assert opened == ["https://commons.example/w/index.php?oldid=42"]


def test_stored_replies_show_as_new_and_are_marked_seen_after_viewing(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    request_id = make_sent(ctx)
    with ctx.db.session() as session:
        session.add(
            RequestReply(
                help_request_id=request_id,
                reply_key="k1",
                author="Helper",
                signed_at="10:12, 5 March 2026 (UTC)",
                text=":Try {{Map}} here.",
            )
        )
    area = window.requests_area
    area.open_request(request_id)
    row = area.list_widget.currentItem()
    assert row.text(REPLIES) == "1 new"
    assert area.tabs.tabText(1) == "&Replies (1 new)"
    assert [reply.new for reply in list_replies(ctx.db, request_id)] == [True]  # not yet shown

    area.tabs.setCurrentWidget(area.replies_pane)

    html = area.replies_pane.browser.toHtml()
    assert "Helper" in html and "Try {{Map}} here." in html
    assert "New" in area.replies_pane.browser.toPlainText()  # still marked while reading
    assert [reply.new for reply in list_replies(ctx.db, request_id)] == [False]
    assert area.tabs.tabText(1) == "&Replies"
    assert area.list_widget.isColumnHidden(REPLIES)


def test_replies_pane_explains_itself_for_a_draft(window: MainWindow, ctx: AppContext) -> None:
    area = window.requests_area
    area.open_request(new_request(ctx.db, subject="Draft", body="..."))
    area.tabs.setCurrentWidget(area.replies_pane)
    assert "after the request is on the wiki" in area.replies_pane.empty_label.text()


def test_open_request_selects_and_shows_it(window: MainWindow, ctx: AppContext) -> None:
    first = new_request(ctx.db, subject="First", body="...")
    second = new_request(ctx.db, subject="Second", body="...")
    area = window.requests_area
    area.open_request(first)
    assert area.list_widget.currentItem().text(0) == "First"
    assert area.editor.subject_edit.text() == "First"
    area.open_request(second)
    assert area.editor.request_id == second
    assert area.editor.subject_edit.text() == "Second"


def test_main_window_opens_a_request_asked_for_elsewhere(
    window: MainWindow, ctx: AppContext
) -> None:
    request_id = new_request(ctx.db, subject="From a checklist step", body="...")
    window.show_area(0)
    window.open_help_request(request_id)
    assert window.current_area() is window.requests_area
    assert window.requests_area.editor.request_id == request_id
    partnerships = window.partnerships_area
    if hasattr(partnerships, "helpRequested"):  # wired once the Partnerships area has it
        window.show_area(0)
        partnerships.helpRequested.emit(request_id)
        assert window.current_area() is window.requests_area
