"""The request composer: every field autosaved, problems beside their fields, preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop_app.core.help_request import ATTACHMENT_MAX_BYTES
from desktop_app.services.requests.drafts import get_request, list_requests, new_request
from desktop_app.services.requests.queueing import queue_request
from desktop_app.store.context import AppContext
from desktop_app.store.models import RequestState
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import wait_for_operations


def test_typing_in_several_fields_reaches_the_database_within_a_second(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    editor = window.requests_area.editor
    window.requests_area.new_button.click()
    rows = editor.form.rows
    qtbot.keyClicks(editor.subject_edit, "Glass plates")
    qtbot.keyClicks(editor.body_edit, "3,000 plates from 1900-1950.")
    qtbot.keyClicks(rows["partner_name"].editor, "Nairobi Photo Archive")
    qtbot.keyClicks(rows["impact"].editor, "Swahili Wikipedia history articles")
    qtbot.keyClicks(rows["requester_email"].editor, "amina@example.org")
    editor.form.help_wanted.checkboxes["batch-upload"].click()

    def saved() -> None:
        summaries = list_requests(ctx.db)
        assert len(summaries) == 1
        form = get_request(ctx.db, summaries[0].id).form
        assert form.subject == "Glass plates"
        assert form.body == "3,000 plates from 1900-1950."
        assert form.partner_name == "Nairobi Photo Archive"
        assert form.impact == "Swahili Wikipedia history articles"
        assert form.requester_email == "amina@example.org"
        assert form.help_wanted == ("batch-upload",)

    qtbot.waitUntil(saved, timeout=1000)


def test_leaving_a_field_saves_at_once(window: MainWindow, ctx: AppContext) -> None:
    editor = window.requests_area.editor
    volume = editor.form.rows["volume"].editor
    assert isinstance(volume, QLineEdit)
    volume.setFocus()
    volume.setText("about 40 GB")
    editor.subject_edit.setFocus()  # focus-out, no timer
    [summary] = list_requests(ctx.db)
    assert get_request(ctx.db, summary.id).form.volume == "about 40 GB"


def test_an_untouched_new_request_leaves_no_draft(window: MainWindow, ctx: AppContext) -> None:
    window.requests_area.new_button.click()
    window.show_area(0)
    assert list_requests(ctx.db) == []


def test_invalid_email_is_shown_next_to_the_field_and_send_is_refused(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    editor = window.requests_area.editor
    qtbot.keyClicks(editor.subject_edit, "Licence question")
    qtbot.keyClicks(editor.body_edit, "CC0 or CC BY?")
    email_row = editor.form.rows["requester_email"]
    qtbot.keyClicks(email_row.editor, "amina(at)example")
    editor.flush()
    assert email_row.message.isVisible()  # shown while typing already: it is a format error
    assert "is not an email address" in email_row.message.text()

    editor.send_button.click()

    [summary] = list_requests(ctx.db)
    assert summary.state == RequestState.DRAFT  # not queued
    assert "not an email address" in email_row.message.text()
    assert editor.problem_label.isVisible()
    assert "Not sent" in editor.problem_label.text()
    assert email_row.editor.hasFocus()  # the keyboard is taken to what needs fixing
    assert window.connection_status.pending_label.text() == "Nothing waiting to send"


def test_missing_subject_is_only_pointed_out_after_trying_to_send(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = window.requests_area.editor
    qtbot.keyClicks(editor.body_edit, "No subject yet")
    editor.flush()
    subject_row = editor.form.rows["subject"]
    assert not subject_row.message.isVisible()
    editor.send()
    assert subject_row.message.text() == "Give the request a subject."


def test_a_too_large_attachment_shows_a_clear_message(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    request_id = new_request(ctx.db, subject="Samples", body="See attached")
    window.requests_area.open_request(request_id)
    big = tmp_path / "whole-archive.zip"
    with big.open("wb") as handle:
        handle.truncate(ATTACHMENT_MAX_BYTES + 1024 * 1024)
    small = tmp_path / "plate-0042.jpg"
    small.write_bytes(b"\xff\xd8" + b"0" * 2000)
    box = window.requests_area.editor.form.attachments

    box.add_requested.emit([str(small), str(big)])
    wait_for_operations(qtbot)

    assert box.list_widget.count() == 1
    assert box.list_widget.item(0).text().startswith("plate-0042.jpg")
    assert box.message.isVisible()
    assert box.message.text() == (
        "whole-archive.zip is 6.0 MB; attachments may be at most 5.0 MB. "
        "Attach a few sample files or an excerpt instead."
    )
    assert [a.filename for a in get_request(ctx.db, request_id).attachments] == ["plate-0042.jpg"]


def test_removing_an_attachment(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    editor = window.requests_area.editor
    qtbot.keyClicks(editor.subject_edit, "With a file")
    sample = tmp_path / "sample.csv"
    sample.write_text("title,date\n")
    editor.form.attachments.add_requested.emit([str(sample)])
    wait_for_operations(qtbot)
    box = editor.form.attachments
    box.list_widget.setCurrentRow(0)
    box.remove_button.click()
    assert box.list_widget.count() == 0
    assert box.empty_label.text() == "No files attached."


def test_preview_shows_the_escaped_wikitext_with_the_marker(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    editor = window.requests_area.editor
    qtbot.keyClicks(editor.subject_edit, "Templates")
    editor.body_edit.setPlainText("Use {{Information}} and [[Category:X]] ~~~~")
    editor.preview_button.click()

    dialog = editor.preview_dialog
    assert dialog is not None and dialog.isVisible()
    [summary] = list_requests(ctx.db)
    uuid = get_request(ctx.db, summary.id).summary.uuid
    wikitext = dialog.wiki_text.toPlainText()
    assert f"<!-- fieldkit-request: {uuid} -->" in wikitext
    assert "&#123;&#123;Information&#125;&#125;" in wikitext
    assert "&#91;&#91;Category:X&#93;&#93;" in wikitext
    assert "~~~~" not in wikitext.replace("''Sent with Fieldkit.'' ~~~~", "")
    assert dialog.wiki_page_label.text() == "Project:Help desk"  # this wiki's own page
    assert "Use {{Information}}" in dialog.mail_text.toPlainText()  # mail is plain text
    dialog.close()


def test_queued_request_stays_editable_and_withdraw_returns_it_to_draft(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    request_id = new_request(ctx.db, subject="Waiting", body="Still editable")
    queue_request(ctx.db, request_id)
    area = window.requests_area
    area.open_request(request_id)
    editor = area.editor
    assert not editor.body_edit.isReadOnly()
    assert editor.withdraw_button.isVisible()
    assert not editor.send_button.isEnabled()

    body = editor.body_edit
    assert isinstance(body, QPlainTextEdit)
    body.setPlainText("Changed while queued")
    editor.flush()
    assert get_request(ctx.db, request_id).form.body == "Changed while queued"

    editor.withdraw_button.click()
    assert get_request(ctx.db, request_id).summary.state == RequestState.DRAFT
    assert window.connection_status.pending_label.text() == "Nothing waiting to send"
    assert not editor.withdraw_button.isVisible()
    assert editor.send_button.isEnabled()
