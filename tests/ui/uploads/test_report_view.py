"""The report tab: a batch's outcome for the partner, shown offline and exported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.store.context import AppContext
from desktop_app.store.models import utcnow
from desktop_app.ui.areas.uploads import UploadsArea
from tests.ui.conftest import wait_for_operations
from tests.ui.uploads.conftest import make_batch, set_job


def test_no_uploads_means_an_empty_report_state(
    make_area: Callable[[], UploadsArea], qtbot: QtBot
) -> None:
    area = make_area()
    area.tabs.setCurrentWidget(area.report_view)
    view = area.report_view
    assert view.stack.currentWidget() is view.empty_label
    assert not view.html_button.isEnabled() and not view.usage_button.isEnabled()


def test_a_batch_report_is_shown_and_exported_as_html_csv_and_pdf(
    ctx: AppContext,
    queue_files: Callable[..., list[int]],
    make_area: Callable[[], UploadsArea],
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    batch = make_batch(ctx, "Glass plates")
    done, failed = queue_files(2, batch_id=batch, stem="Plate")
    set_job(
        ctx,
        done,
        state="verified",
        verified_at=utcnow(),
        page_url="http://wiki.example/File:Plate_1.png",
    )
    set_job(ctx, failed, state="failed", error_code="invalidtitle")
    area = make_area()
    area.tabs.setCurrentWidget(area.report_view)
    view = area.report_view
    qtbot.waitUntil(lambda: view.report is not None, timeout=10_000)
    assert view.batch_combo.currentText() == "Glass plates"
    assert "Plate 1.png" in view.browser.toPlainText()
    assert "not read yet" in view.status_label.text()

    html = view.export(".html", tmp_path / "report.html")
    csv = view.export(".csv", tmp_path / "report.csv")
    pdf = view.export(".pdf", tmp_path / "report.pdf")
    assert html and "Plate 1.png" in html.read_text(encoding="utf-8")
    assert csv and "Plate 1.png" in csv.read_text(encoding="utf-8-sig")
    assert pdf and pdf.read_bytes().startswith(b"%PDF")
    wait_for_operations(qtbot)


def test_refresh_usage_offline_keeps_the_report_and_says_why(
    ctx: AppContext,
    queue_files: Callable[..., list[int]],
    make_area: Callable[[], UploadsArea],
    qtbot: QtBot,
) -> None:
    batch = make_batch(ctx, "Glass plates")
    [done] = queue_files(1, batch_id=batch, stem="Plate")
    set_job(ctx, done, state="verified", verified_at=utcnow())
    area = make_area()
    area.show_batch_report(batch)
    view = area.report_view
    qtbot.waitUntil(lambda: view.report is not None, timeout=10_000)
    view.refresh_usage()  # the configured wiki is unreachable in these tests
    qtbot.waitUntil(lambda: "Could not read usage" in view.status_label.text(), timeout=20_000)
    assert view.report is not None and view.usage_button.isEnabled()
    wait_for_operations(qtbot)
