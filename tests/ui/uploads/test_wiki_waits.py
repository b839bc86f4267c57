"""The Uploads area says why the queue or a file waits, and until when; and what the wiki did."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from desktop_app.core.uploads import WikiHold
from desktop_app.store.context import AppContext
from desktop_app.store.models import utcnow
from desktop_app.store.repositories import wiki_states
from desktop_app.store.repositories.settings import update_settings
from desktop_app.ui.areas.uploads import UploadsArea
from desktop_app.ui.uploads.job_model import STATE
from desktop_app.ui.uploads.texts import local_time_text
from tests.ui.uploads.conftest import make_batch, set_job

AreaFactory = Callable[[], UploadsArea]
API = "https://commons.example.org/w/api.php"


def test_a_read_only_wiki_shows_its_reason_and_when_uploads_go_on(
    ctx: AppContext, queue_files: Callable[..., list[int]], make_area: AreaFactory
) -> None:
    [job_id, _other] = queue_files(2, batch_id=make_batch(ctx))
    until = utcnow() + timedelta(minutes=5)
    with ctx.db.session() as session:
        update_settings(session, wiki_api_url=API)
        reason = "readonly: The wiki is currently in read-only mode. (database upgrade)"
        wiki_states.set_hold(session, API, WikiHold("readonly", reason, until))
    set_job(ctx, job_id, error_code="readonly", next_attempt_at=until)

    area = make_area()

    banner = area.queue_view.hold_label
    assert banner.isVisible()
    assert "read-only" in banner.text() and "(database upgrade)" in banner.text()
    assert local_time_text(until) in banner.text()
    assert area.queue_view.select_job(job_id)
    detail = area.queue_view.detail_label.text()
    assert "read-only" in detail and local_time_text(until) in detail


def test_a_file_the_wiki_assembles_says_so_and_a_renamed_file_names_both_titles(
    ctx: AppContext, queue_files: Callable[..., list[int]], make_area: AreaFactory
) -> None:
    [assembling, renamed] = queue_files(2, batch_id=make_batch(ctx))
    set_job(ctx, assembling, state="uploading", async_phase="assembling", wiki_stage="queued")
    set_job(
        ctx, renamed, state="verified", title="Back-slash.png", requested_title="Back\\slash.png"
    )

    area = make_area()

    assert str(area.queue_view.model.index(0, STATE).data()) == "The wiki assembles the file"
    assert area.queue_view.select_job(renamed)
    detail = area.queue_view.detail_label.text()
    assert "“Back-slash.png”" in detail and "“Back\\slash.png”" in detail
