"""Requests: drafts are saved as you type, Send queues, the list shows delivery state."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from desktop_app.services.requests.drafts import list_requests, new_request
from desktop_app.services.requests.queueing import queue_request
from desktop_app.store.context import AppContext
from desktop_app.store.models import RequestState, utcnow
from desktop_app.ui.areas.requests import RequestsArea
from desktop_app.ui.main_window import MainWindow


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    """The main window with the Requests area shown (the app itself opens on Partnerships)."""
    window.show_area(window.areas.index(window.requests_area))
    return window


def first_row(area: RequestsArea) -> QTreeWidgetItem:
    item = area.list_widget.topLevelItem(0)
    assert item is not None
    return item


def test_empty_requests_area_explains_how_to_start(window: MainWindow) -> None:
    area = window.requests_area
    assert area.list_stack.currentWidget() is area.empty_label
    assert "No requests yet" in area.empty_label.text()


def test_typed_request_is_in_the_database_within_a_second(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    area = window.requests_area
    area.new_button.click()
    qtbot.keyClicks(area.editor.subject_edit, "Scanner licence question")
    qtbot.keyClicks(area.editor.body_edit, "The archive asks about CC0.")

    def saved() -> None:
        requests = list_requests(ctx.db)
        assert [r.subject for r in requests] == ["Scanner licence question"]

    qtbot.waitUntil(saved, timeout=1000)
    assert area.list_stack.currentWidget() is area.list_widget
    assert first_row(area).text(1) == "Draft"


def test_leaving_the_area_saves_at_once_without_waiting_for_the_timer(
    window: MainWindow, ctx: AppContext
) -> None:
    editor = window.requests_area.editor
    editor.subject_edit.setText("Typed just before switching")
    window.show_area(0)  # hides the editor: no event-loop turn, no timer
    assert [r.subject for r in list_requests(ctx.db)] == ["Typed just before switching"]


def test_closing_the_window_saves_the_open_draft(window: MainWindow, ctx: AppContext) -> None:
    window.requests_area.editor.body_edit.setPlainText("Half a thought")
    window.close()
    assert len(list_requests(ctx.db)) == 1


def test_send_queues_the_request_and_the_status_bar_counts_it(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    area = window.requests_area
    area.new_button.click()
    assert not area.editor.send_button.isEnabled()  # nothing to send yet
    qtbot.keyClicks(area.editor.subject_edit, "Category help")
    qtbot.keyClicks(area.editor.body_edit, "Which category for 1920s postcards?")
    assert area.editor.send_button.isEnabled()
    area.editor.send_button.click()

    [request] = list_requests(ctx.db)
    assert request.state == RequestState.QUEUED
    assert window.connection_status.pending_label.text() == "Requests waiting: 1"
    assert first_row(area).text(1) == "Waiting to send"
    assert not area.editor.send_button.isEnabled()  # already queued


def test_failed_request_shows_its_error_and_next_retry(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    from desktop_app.store.models import OutboxEntry, OutboxState

    request_id = new_request(ctx.db, subject="Broken", body="Will fail")
    queue_request(ctx.db, request_id)
    with ctx.db.session() as session:
        entry = session.query(OutboxEntry).one()
        entry.state = OutboxState.FAILED
        entry.last_error = "http_error: 503 Service Unavailable"
        entry.next_attempt_at = utcnow() + timedelta(minutes=10)
        request = entry.help_request
        assert request is not None
        request.state = RequestState.FAILED
    area = window.requests_area
    area.refresh()
    area.list_widget.setCurrentItem(first_row(area))
    assert first_row(area).text(1) == "Failed"
    detail = area.delivery_panel.detail_label.text()
    assert "The wiki answered with an error." in detail
    assert "503" not in detail  # the server's own words are in the log, behind Details…
    assert "Details…" in detail and "Outbox%20entry" in detail
    assert "Next try" in detail
    assert area.delivery_panel.retry_button.isVisible()
    assert area.editor.subject_edit.text() == "Broken"
    assert area.editor.send_button.isEnabled()  # the user may send again now


def test_queued_request_that_is_due_says_it_waits_for_a_connection(
    window: MainWindow, ctx: AppContext
) -> None:
    queue_request(ctx.db, new_request(ctx.db, subject="Due now", body="..."))
    area = window.requests_area
    area.refresh()
    area.list_widget.setCurrentItem(first_row(area))
    assert "It goes out at the next connection." in area.delivery_panel.detail_label.text()
    assert not area.delivery_panel.retry_button.isVisible()  # already due: nothing to hurry
