"""The background-operation helper: work off the GUI thread, answers on it."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui.operations import OpContext, run_in_background


def on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    assert app is not None
    return QThread.currentThread() is app.thread()


def test_success_is_delivered_on_the_gui_thread_with_the_result(qtbot: QtBot) -> None:
    seen: dict[str, object] = {}

    def work(_op: OpContext) -> int:
        seen["work_on_gui_thread"] = on_gui_thread()
        return 42

    def success(result: int) -> None:
        seen["result"] = result
        seen["success_on_gui_thread"] = on_gui_thread()

    operation = run_in_background(work, success=success)
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert seen == {"work_on_gui_thread": False, "result": 42, "success_on_gui_thread": True}


def test_failure_is_logged_and_delivered_on_the_gui_thread(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    errors: list[tuple[BaseException, bool]] = []

    def work(_op: OpContext) -> None:
        raise ValueError("disk on fire")

    operation = run_in_background(
        work,
        success=lambda _r: errors.append((AssertionError(), False)),
        failure=lambda error: errors.append((error, on_gui_thread())),
        name="burning",
    )
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert len(errors) == 1
    error, delivered_on_gui = errors[0]
    assert isinstance(error, ValueError) and str(error) == "disk on fire"
    assert delivered_on_gui
    assert any("burning" in record.getMessage() and record.exc_info for record in caplog.records)


def test_cancel_stops_the_work_and_calls_cancelled_not_success(qtbot: QtBot) -> None:
    started = threading.Event()
    outcome: list[str] = []

    def work(op: OpContext) -> str:
        started.set()
        while True:
            op.raise_if_cancelled()
            threading.Event().wait(0.01)

    operation = run_in_background(
        work,
        success=lambda _r: outcome.append("success"),
        failure=lambda _e: outcome.append("failure"),
        cancelled=lambda: outcome.append(f"cancelled on gui thread: {on_gui_thread()}"),
    )
    assert started.wait(5)
    assert operation.is_running
    with qtbot.waitSignal(operation.finished, timeout=5000):
        operation.cancel()
    assert outcome == ["cancelled on gui thread: True"]
    assert not operation.is_running


def test_progress_reports_reach_the_gui_thread(qtbot: QtBot) -> None:
    reports: list[tuple[int, int, str, bool]] = []

    def work(op: OpContext) -> None:
        op.progress(0, 2, "first")
        threading.Event().wait(0.15)  # longer than the throttle interval
        op.progress(2, 2, "done")

    operation = run_in_background(
        work, progress=lambda d, t, text: reports.append((d, t, text, on_gui_thread()))
    )
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert reports == [(0, 2, "first", True), (2, 2, "done", True)]


def test_callbacks_are_skipped_when_their_owner_widget_is_gone(qtbot: QtBot) -> None:
    release = threading.Event()
    called: list[int] = []
    owner = QWidget()

    operation = run_in_background(
        lambda _op: release.wait(5), success=lambda _r: called.append(1), owner=owner
    )
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=2000)
    with qtbot.waitSignal(operation.finished, timeout=5000):
        release.set()
    assert called == []


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
