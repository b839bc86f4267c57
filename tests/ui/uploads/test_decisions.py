"""Wiki warnings reach the user as choices (ignore / rename / skip), never silently."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pytestqt.qtbot import QtBot

from desktop_app.store.context import AppContext
from desktop_app.ui.areas.uploads import UploadsArea
from desktop_app.ui.uploads.decision_dialog import DecisionDialog
from desktop_app.ui.uploads.job_model import PROBLEM, STATE
from tests.ui.uploads.conftest import IdleHost, job_row, make_batch, set_job

DUPLICATE: list[dict[str, Any]] = [{"code": "duplicate", "detail": ["Old scan of portrait.png"]}]


def waiting_for_decision(
    ctx: AppContext, queue_files: Callable[..., list[int]], warnings: list[dict[str, Any]]
) -> int:
    [job_id] = queue_files(1, batch_id=make_batch(ctx))
    set_job(ctx, job_id, state="needs_decision", warnings=warnings, file_key="abc.123.png")
    return job_id


def open_dialog(area: UploadsArea, job_id: int) -> DecisionDialog:
    assert area.queue_view.select_job(job_id)
    assert area.queue_view.decide_button.isEnabled()
    area.queue_view.decide_button.click()
    dialog = area.queue_view.decision_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_duplicate_warning_is_shown_and_explained(
    ctx: AppContext, queue_files: Callable[..., list[int]], make_area: Callable[[], UploadsArea]
) -> None:
    job_id = waiting_for_decision(ctx, queue_files, DUPLICATE)
    area = make_area()
    model = area.queue_view.model
    assert model.index(0, STATE).data() == "Needs your decision"
    assert model.index(0, PROBLEM).data() == "Same file already on the wiki"
    dialog = open_dialog(area, job_id)
    assert "Old scan of portrait.png" in dialog.explanation.text()
    assert not dialog.apply_button.isEnabled()  # nothing is chosen for the user
    dialog.reject()


def test_skip_calls_decide_and_the_file_is_not_published(
    ctx: AppContext,
    queue_files: Callable[..., list[int]],
    make_area: Callable[[], UploadsArea],
    host: IdleHost,
) -> None:
    job_id = waiting_for_decision(ctx, queue_files, DUPLICATE)
    area = make_area()
    dialog = open_dialog(area, job_id)
    dialog.choose("skip")
    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()
    assert job_row(ctx, job_id).state == "cancelled"
    assert host.wakes == 0  # nothing to send for a skipped file


def test_rename_needs_a_new_name_and_requeues_the_stashed_file(
    ctx: AppContext,
    queue_files: Callable[..., list[int]],
    make_area: Callable[[], UploadsArea],
    host: IdleHost,
    qtbot: QtBot,
) -> None:
    exists = [{"code": "exists", "detail": "Portrait 1.png"}]
    job_id = waiting_for_decision(ctx, queue_files, exists)
    area = make_area()
    dialog = open_dialog(area, job_id)
    dialog.choose("rename")
    assert dialog.focusWidget() is dialog.title_edit
    assert dialog.title_edit.selectedText() == "Portrait 1 (2)"  # the extension stays
    dialog.title_edit.setText("Portrait 1.png")
    assert not dialog.apply_button.isEnabled()  # the same name would warn again
    dialog.title_edit.setText("Portrait of the director, 1923.png")
    dialog.apply_button.click()
    job = job_row(ctx, job_id)
    assert job.title == "Portrait of the director, 1923.png"
    assert job.state == "stashed"  # the bytes wait on the wiki: nothing is sent again
    assert host.wakes == 1
    # Nothing works on it in this test (an idle host): it waits, it does not "publish".
    assert area.queue_view.model.index(0, STATE).data() == "Waiting"


def test_ignore_publishes_anyway(
    ctx: AppContext, queue_files: Callable[..., list[int]], make_area: Callable[[], UploadsArea]
) -> None:
    job_id = waiting_for_decision(ctx, queue_files, [{"code": "bad-prefix", "detail": "DSC_"}])
    area = make_area()
    dialog = open_dialog(area, job_id)
    assert "camera" in dialog.explanation.text()
    dialog.choose("ignore")
    dialog.apply_button.click()
    job = job_row(ctx, job_id)
    assert (job.state, job.decision) == ("stashed", "ignore")


def test_enter_on_a_row_that_needs_a_decision_opens_the_dialog(
    ctx: AppContext,
    queue_files: Callable[..., list[int]],
    make_area: Callable[[], UploadsArea],
    qtbot: QtBot,
) -> None:
    from PySide6.QtCore import Qt

    job_id = waiting_for_decision(ctx, queue_files, DUPLICATE)
    area = make_area()
    view = area.queue_view
    assert view.select_job(job_id)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.decision_dialog is not None
    view.decision_dialog.reject()
