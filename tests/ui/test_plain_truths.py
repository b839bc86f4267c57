"""Small things that lose a user's trust, each shown as the user meets it.

The helpdesk page off Commons (Settings says it must be chosen; saving it sends what failed
because of it; the composer says so and offers Settings), safe suggested file names, and
ordinary trouble logged as one line while the unexpected keeps its traceback.
"""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import update

from desktop_app.core.faults import OrdinaryFailure
from desktop_app.core.filenames import safe_file_name
from desktop_app.core.help_request_delivery import RequestState
from desktop_app.core.settings import COMMONS_API_URL, DEFAULT_HELPDESK_PAGE
from desktop_app.services.partnerships import create_partnership
from desktop_app.services.requests.drafts import get_request, new_request
from desktop_app.services.requests.queueing import queue_request
from desktop_app.store.context import AppContext
from desktop_app.store.models import HelpRequest, OutboxEntry
from desktop_app.store.repositories.settings import update_settings
from desktop_app.ui import operations
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import wait_for_operations
from tests.ui.partnerships.conftest import open_in_area


def test_settings_ask_for_a_helpdesk_page_off_commons(window: MainWindow, ctx: AppContext) -> None:
    with ctx.db.session() as session:
        update_settings(session, helpdesk_page=DEFAULT_HELPDESK_PAGE)  # never chosen
    settings = window.settings_area
    settings.load()
    window.show_area(window.areas.index(settings))
    assert settings.helpdesk_page_edit.text() == ""  # Commons' page means nothing here
    assert settings.helpdesk_page_hint.isVisible()
    assert "not Wikimedia Commons" in settings.helpdesk_page_hint.text()

    settings.api_url_edit.setText(COMMONS_API_URL)
    assert not settings.helpdesk_page_hint.isVisible()
    assert settings.helpdesk_page_edit.placeholderText() == DEFAULT_HELPDESK_PAGE
    settings.api_url_edit.setText("http://127.0.0.1:9/api.php")
    settings.helpdesk_page_edit.setText("Project:Help desk")
    assert not settings.helpdesk_page_hint.isVisible()


def test_the_composer_says_a_page_must_be_chosen_and_opens_settings(
    window: MainWindow, ctx: AppContext
) -> None:
    with ctx.db.session() as session:
        update_settings(session, helpdesk_page=DEFAULT_HELPDESK_PAGE)
    requests = window.requests_area
    window.show_area(window.areas.index(requests))  # the app opens on Partnerships
    requests.open_request(new_request(ctx.db, subject="Glass plates", body="Help, please."))
    requests.editor.send()
    editor = requests.editor
    assert "A helpdesk page must be chosen for this wiki" in editor.problem_label.text()
    assert editor.settings_button.isVisible()
    editor.settings_button.click()
    assert window.current_area() is window.settings_area


def test_saving_a_fixed_page_in_settings_sends_what_failed_because_of_it(
    window: MainWindow, ctx: AppContext
) -> None:
    request_id = new_request(ctx.db, subject="Glass plates", body="Help, please.")
    queue_request(ctx.db, request_id)
    with ctx.db.session() as session:
        session.execute(
            update(OutboxEntry).values(
                state="failed",
                next_attempt_at=None,
                last_error='refused:invalidtitle: invalidtitle: Bad title "Project:Help desk]"',
            )
        )
        session.execute(update(HelpRequest).values(state="failed"))
    window.requests_area.open_request(request_id)
    panel = window.requests_area.delivery_panel
    assert "as the helpdesk page: choose another in Settings" in panel.detail_label.text()
    assert "Bad title" not in panel.detail_label.text()
    panel.settings_button.click()

    settings = window.settings_area
    settings.helpdesk_page_edit.setText("Project:Helpdesk")
    settings.save_button.click()

    summary = get_request(ctx.db, request_id).summary
    assert summary.state == RequestState.QUEUED  # no "Retry now" needed
    assert summary.next_attempt_at is not None


def test_suggested_file_names_are_safe_everywhere(window: MainWindow, ctx: AppContext) -> None:
    partner = create_partnership(ctx.db, "Nordiska museet / Skansen: Foto?")
    area = window.partnerships_area
    window.show_area(window.areas.index(area))
    open_in_area(area, partner.id)
    suggested = area.detail.suggested_agreement_path()
    assert suggested.parent == Path.home()
    assert suggested.name == "Agreement draft - Nordiska museet - Skansen - Foto.pdf"
    assert suggested.name == safe_file_name(suggested.stem, "pdf")
    assert not set(suggested.name) & set('<>:"/\\|?*')


def test_ordinary_trouble_is_one_log_line_and_the_unexpected_keeps_its_traceback(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    class Offline(OrdinaryFailure):
        code = "offline"

    def offline(_op: operations.OpContext) -> None:
        raise Offline("The wiki cannot be reached (test 7a1)")

    def broken(_op: operations.OpContext) -> None:
        raise RuntimeError("unexpected bug (test 7a2)")

    for work in (offline, broken):
        operations.run_in_background(work, name=f"test-{work.__name__}", owner=window)
        wait_for_operations(qtbot)
    log = ctx.paths.log_file.read_text(encoding="utf-8")
    ordinary = log[log.index("test-offline failed") :].split("\n", 2)
    assert "Traceback" not in ordinary[1]  # one line, no stack
    unexpected = log[log.index("test-broken failed") :]
    assert "Traceback" in unexpected.split("\n", 3)[1]

    notice = window.failure_notice
    assert notice.message() == "Something went wrong."  # no exception text in the window
    assert "unexpected bug" not in notice.message()
    link = re.search(r'href="([^"]+)"', notice.text())
    assert link is not None
    notice.linkActivated.emit(link.group(1))
    assert window.current_area() is window.log_area
    qtbot.waitUntil(lambda: "unexpected bug" in window.log_area.selected_entry(), timeout=5000)


def test_media_titles_elide_in_the_middle_with_the_whole_title_in_the_tooltip(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    import shutil

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyleOptionViewItem

    from desktop_app.services.media_batches import ensure_batch
    from desktop_app.services.media_edit import load_rows, set_field_text
    from desktop_app.services.media_import import import_paths
    from desktop_app.ui.media.table_columns import TITLE
    from tests.conftest import MEDIA_SAMPLES

    photo = tmp_path / "DSCN0010.jpg"
    shutil.copy2(MEDIA_SAMPLES / "gps" / "DSCN0010.jpg", photo)
    batch, _ = ensure_batch(ctx.db, "Nordiska museet", "Glass plates")
    import_paths(ctx.db, batch.id, [photo])
    [row] = load_rows(ctx.db, batch.id)
    title = "Nordiska museet - glass plate negative from the Sundsvall collection (17)"
    set_field_text(ctx.db, [row.id], "title", title)

    media = window.media_area
    window.show_area(window.areas.index(media))
    media.open_item(row.id)
    qtbot.waitUntil(lambda: media.model.rowCount() == 1, timeout=5000)
    index = media.model.index(0, TITLE)
    option = QStyleOptionViewItem()
    media.table.view.itemDelegateForColumn(TITLE).initStyleOption(option, index)
    assert option.textElideMode == Qt.TextElideMode.ElideMiddle
    shown = option.fontMetrics.elidedText(option.text, option.textElideMode, 200)
    assert shown.startswith("Nordiska") and shown.endswith("(17)")
    assert index.data(Qt.ItemDataRole.ToolTipRole) == title
