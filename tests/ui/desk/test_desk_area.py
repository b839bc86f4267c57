"""The Helpdesk desk as a user meets it: switched on in Settings, requests shown as text,
filters, triage, review, a reply from a template, the committee pack, an offline fetch."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.store.context import AppContext
from desktop_app.store.models import OutboxEntry
from desktop_app.store.repositories import desk as rows
from desktop_app.store.repositories.settings import update_settings
from desktop_app.ui.main_window import MainWindow

SCREENSHOTS = Path("/tmp/fk/desk-shots")
HOSTILE = "<script>alert(1)</script> [[Category:X]] {{Delete}} <b>bold</b>"


def _requests(ctx: AppContext) -> tuple[int, int]:
    with ctx.db.session() as session:
        first = rows.add_request(
            session,
            "wiki:abc",
            subject="Help with 300 maps",
            requester_name="Maja",
            requester_user="Maja",
            partner="Town museum",
            text=f"We have 300 maps.\n{HOSTILE}",
            fields={"impact": "Local history"},
            received_at=datetime(2026, 11, 3, 9, 15),
        )
        rows.add_source(
            session,
            first,
            "wiki:Desk|wiki:abc",
            channel="wiki",
            page_title="Desk",
            section_key="wiki:abc",
            text=first.text,
        )
        second = rows.add_request(
            session,
            "mail:<p@x>",
            subject="Posters",
            requester_name="Maja",
            text="1,200 posters",
            first_channel="email",
            received_at=datetime(2026, 11, 4, 8, 0),
        )
        rows.add_source(
            session,
            second,
            "mail:<p@x>",
            channel="email",
            message_id="<p@x>",
            reply_to="maja@example.org",
            subject="Posters",
            text="1,200 posters",
        )
        return first.id, second.id


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


def test_the_desk_from_settings_to_pack(
    qtbot: QtBot,
    window: MainWindow,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk_row = window.areas.index(window.desk_area)
    assert window.nav.item(desk_row).isHidden()
    window.show_area(window.areas.index(window.settings_area))
    window.settings_area.desk_settings.enabled_check.setChecked(True)
    assert not window.nav.item(desk_row).isHidden()
    _shot(window.settings_area.desk_settings, "desk-settings")

    maps_id, posters_id = _requests(ctx)
    window.show_area(desk_row)
    area = window.desk_area
    assert area.list_widget.topLevelItemCount() == 2
    area.search_edit.setText("posters")
    assert area.list_widget.topLevelItemCount() == 1
    area.search_edit.clear()
    area.open_request(maps_id)

    shown = area.request_view.text_view.toPlainText()
    assert HOSTILE in shown  # literally, as text
    assert area.request_view.text_view.document().toPlainText() == shown
    assert [area.request_view.related_list.item(0).text().count("Posters")] == [1]

    area.triage.state_combo.setCurrentIndex(area.triage.state_combo.findData("with_committee"))
    area.triage.assignee_edit.setText("Anna")
    area.triage.apply_button.click()
    assert "not yet shared" in area.list_widget.currentItem().text(2)
    area.state_filter.setCurrentIndex(area.state_filter.findData("with_committee"))
    assert area.list_widget.topLevelItemCount() == 1
    area.state_filter.setCurrentIndex(0)
    area.open_request(maps_id)

    area.show_page(area.review)
    area.review.reviewer_edit.setText("Anna")
    area.review.score_spins["legal"].setValue(5)
    area.review.comment_edits["risk"].setText("Rights unclear")
    area.review.save_button.click()
    assert "Anna: Technical 3" in area.review.reviews_view.toPlainText()
    assert "Rights unclear" in area.review.reviews_view.toPlainText()
    _shot(window, "desk-review")

    area.show_page(area.composer)
    area.composer.template_combo.setCurrentIndex(area.composer.template_combo.findData("decision"))
    area.composer.use_template_button.click()
    assert "Decision: with the committee" in area.composer.editor.toPlainText()
    _shot(window, "desk-reply")
    area.composer.queue_button.click()
    assert "waiting to be sent" in area.composer.history.toPlainText()
    with ctx.db.session() as session:
        kinds = sorted(e.kind for e in session.scalars(select(OutboxEntry)))
    assert kinds == ["desk_reply.wiki_section", "desk_status.wiki_section"]

    area.show_page(area.triage)
    area.triage.notes_edit.setPlainText("Call Maja on Monday.")
    _shot(window, "desk-triage")
    area.open_request(posters_id)  # switching saves the notes typed
    area.open_request(maps_id)
    assert area.triage.notes_edit.toPlainText() == "Call Maja on Monday."
    area.show_page(area.request_view)
    _shot(window, "desk-request")

    area.month_edit.setText("2026-11")
    out = tmp_path / "pack.html"
    area.export_pack(out)
    assert area.pack_operation is not None
    qtbot.waitUntil(lambda: area.pack_button.isEnabled(), timeout=10_000)
    assert "Committee pack written" in area.message.text()
    assert "Help with 300 maps" in out.read_text(encoding="utf-8")
    assert "Call Maja" not in out.read_text(encoding="utf-8")  # private notes stay out

    monkeypatch.setenv("FIELDKIT_PASSWORD", "not-used-offline")
    with ctx.db.session() as session:
        update_settings(session, desk_wiki_pages=("Desk",), wiki_username="Bot@fk")
    area.fetch()
    qtbot.waitUntil(lambda: area.fetch_button.isEnabled(), timeout=30_000)
    assert area.message.text().startswith("Offline")
    assert area.list_widget.topLevelItemCount() == 2


def test_the_desk_fetches_by_itself_when_opened_and_not_again_at_once(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDKIT_PASSWORD", "not-used-offline")
    with ctx.db.session() as session:
        update_settings(
            session, desk_enabled=True, desk_wiki_pages=("Desk",), wiki_username="Bot@fk"
        )
    window.show_desk(True)
    area = window.desk_area
    assert area.fetch_operation is None

    window.show_area(window.areas.index(area))  # no Fetch pressed

    assert area.fetch_operation is not None
    first = area.fetch_operation
    qtbot.waitUntil(lambda: area.fetch_button.isEnabled(), timeout=30_000)
    assert area.message.text().startswith("Offline")  # the UI tests' wiki is unreachable
    assert area.auto_fetch_timer.isActive()

    window.show_area(window.areas.index(window.partnerships_area))
    window.show_area(window.areas.index(area))
    assert area.fetch_operation is first  # fetched moments ago: not again


def test_nothing_is_fetched_when_the_desk_has_nowhere_to_fetch_from(
    window: MainWindow, ctx: AppContext
) -> None:
    with ctx.db.session() as session:
        update_settings(session, desk_enabled=True)
    window.show_desk(True)
    window.show_area(window.areas.index(window.desk_area))
    assert window.desk_area.fetch_operation is None
