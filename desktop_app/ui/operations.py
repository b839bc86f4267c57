"""Run slow work off the GUI thread and get the answer back on it.

Modelled on Anki's ``QueryOp``: the UI hands a plain function to :func:`run_in_background`;
the function runs on a worker thread, may report progress and check for cancellation
through the :class:`OpContext` it receives, and never touches a widget. Its result (or
its exception) comes back through ``success`` / ``failure`` callbacks that always run on
the GUI thread, so callers can update widgets directly. All network and disk-heavy work
started from the UI goes through here; "the window froze" is then a bug in one place.

Failures are logged on the worker thread (ordinary ones — offline, no account — in one
line, anything else with its traceback) and then delivered; with
no ``failure`` callback the process-wide default handler (set by the main window, e.g.
a status-bar message) is called — an error is never silently dropped.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop_app.core.faults import OrdinaryFailure

log = logging.getLogger(__name__)

T = TypeVar("T")

SuccessCallback = Callable[[T], None]
FailureCallback = Callable[[BaseException], None]
ProgressCallback = Callable[[int, int, str], None]

# At most this often does a progress report cross to the GUI thread; a tight loop that
# reports every item would otherwise flood the event queue on a slow machine.
PROGRESS_INTERVAL_S = 0.1

_default_failure_handler: FailureCallback | None = None
# Operations still running: Python must keep them (and their runnables) alive until the
# result has been delivered, whatever the caller did with the handle.
_running: set[Operation[Any]] = set()


class OperationCancelled(Exception):
    """Raised inside the work function (by :meth:`OpContext.raise_if_cancelled`) to stop."""


def set_default_failure_handler(handler: FailureCallback | None) -> None:
    """Choose who hears about failures of operations started without ``failure``."""
    global _default_failure_handler
    _default_failure_handler = handler


class OpContext:
    """What the work function gets: progress reporting and the cancel flag (thread-safe)."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._cancel = threading.Event()
        self._last_report = 0.0

    @property
    def cancelled(self) -> bool:
        """True once the UI asked to stop; long loops should check it between steps."""
        return self._cancel.is_set()

    def raise_if_cancelled(self) -> None:
        """Stop the work here if the UI asked to; the ``cancelled`` callback then runs."""
        if self._cancel.is_set():
            raise OperationCancelled()

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report how far the work is (``total`` 0 means unknown); throttled, last one wins."""
        now = time.monotonic()
        if done < total and now - self._last_report < PROGRESS_INTERVAL_S:
            return
        self._last_report = now
        self._report(done, total, text)

    def _request_cancel(self) -> None:
        self._cancel.set()


class _Runner(QRunnable):
    """The QRunnable that calls the work function and hands the outcome to its operation."""

    def __init__(self, operation: Operation[Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the operation owns us; Qt must not delete a Python object
        self._operation = operation

    def run(self) -> None:
        self._operation._run_on_worker()


class Operation(QObject, Generic[T]):
    """One background call. Lives in the GUI thread; its signals are emitted there.

    ``finished`` fires after the success, failure or cancelled callback ran, whatever
    the outcome — tests and callers that only need "done" wait on it.
    """

    finished = Signal()
    progressed = Signal(int, int, str)
    # Private hops from the worker thread to the GUI thread (queued: the receiver, this
    # object, lives in the GUI thread).
    _succeeded = Signal(object)
    _failed = Signal(object)
    _cancelled_signal = Signal()
    _progress_signal = Signal(int, int, str)

    def __init__(
        self,
        work: Callable[[OpContext], T],
        *,
        success: SuccessCallback[T] | None = None,
        failure: FailureCallback | None = None,
        progress: ProgressCallback | None = None,
        cancelled: Callable[[], None] | None = None,
        name: str = "",
        owner: QObject | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._owner = owner
        self.name = name or getattr(work, "__name__", "operation")
        self._work = work
        self._on_success = success
        self._on_failure = failure
        self._on_progress = progress
        self._on_cancelled = cancelled
        self._context = OpContext(self._progress_signal.emit)
        self._runner = _Runner(self)
        self._running = False
        self._succeeded.connect(self._deliver_success)
        self._failed.connect(self._deliver_failure)
        self._cancelled_signal.connect(self._deliver_cancelled)
        self._progress_signal.connect(self._deliver_progress)

    @property
    def is_running(self) -> bool:
        return self._running

    def start(self, pool: QThreadPool | None = None) -> Operation[T]:
        """Queue the work on ``pool`` (the global pool by default); returns self."""
        self._running = True
        _running.add(self)
        (pool or QThreadPool.globalInstance()).start(self._runner)
        return self

    def cancel(self) -> None:
        """Ask the work to stop; it stops at its next check (network calls are not cut)."""
        self._context._request_cancel()

    # -- worker thread -------------------------------------------------------------------
    def _run_on_worker(self) -> None:
        try:
            self._work_and_report()
        except RuntimeError as error:  # the app quit meanwhile: its signals are gone
            if "Signal source has been deleted" not in str(error):
                raise
            log.debug("Operation %s finished after the application quit", self.name)

    def _work_and_report(self) -> None:
        try:
            result = self._work(self._context)
        except OperationCancelled:
            log.info("Operation %s cancelled", self.name)
            self._cancelled_signal.emit()
        except OrdinaryFailure as error:  # offline, no account: one line, no traceback
            log.warning("Operation %s failed: %s", self.name, error)
            self._failed.emit(error)
        except BaseException as error:  # delivered, never swallowed: logged and passed on
            log.error("Operation %s failed", self.name, exc_info=error)
            self._failed.emit(error)
        else:
            self._succeeded.emit(result)

    # -- GUI thread ----------------------------------------------------------------------
    def _owner_gone(self) -> bool:
        """True when the widget the callbacks belong to was destroyed meanwhile."""
        if self._owner is None or shiboken6.isValid(self._owner):
            return False
        log.debug("Operation %s finished after its owner was destroyed", self.name)
        return True

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        try:
            if self._on_success is not None and not self._owner_gone():
                self._on_success(result)
        finally:
            self._finish()

    @Slot(object)
    def _deliver_failure(self, error: BaseException) -> None:
        try:
            handler = self._on_failure
            if handler is None or self._owner_gone():
                handler = _default_failure_handler
            if handler is not None:
                handler(error)
        finally:
            self._finish()

    @Slot()
    def _deliver_cancelled(self) -> None:
        try:
            if self._on_cancelled is not None and not self._owner_gone():
                self._on_cancelled()
        finally:
            self._finish()

    @Slot(int, int, str)
    def _deliver_progress(self, done: int, total: int, text: str) -> None:
        if self._on_progress is not None and not self._owner_gone():
            self._on_progress(done, total, text)
        self.progressed.emit(done, total, text)

    def _finish(self) -> None:
        self._running = False
        _running.discard(self)
        self.finished.emit()


def run_in_background(
    work: Callable[[OpContext], T],
    *,
    success: SuccessCallback[T] | None = None,
    failure: FailureCallback | None = None,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], None] | None = None,
    name: str = "",
    owner: QObject | None = None,
    pool: QThreadPool | None = None,
) -> Operation[T]:
    """Start ``work(context)`` on a worker thread; callbacks run later on the GUI thread.

    Must be called from the GUI thread. ``owner`` is the widget the callbacks update:
    if it is destroyed before the work ends, they are skipped (a failure then still goes to
    the default handler). The returned handle can be cancelled and has a ``finished``
    signal; keeping it is optional.
    """
    operation: Operation[T] = Operation(
        work,
        success=success,
        failure=failure,
        progress=progress,
        cancelled=cancelled,
        name=name,
        owner=owner,
    )
    return operation.start(pool)


def running_operations() -> int:
    """How many operations have not delivered their outcome yet."""
    return len(_running)


def cancel_all_and_wait(timeout_ms: int = 5000, pool: QThreadPool | None = None) -> bool:
    """At shutdown: ask every operation to stop and wait for the workers; True if they did."""
    for operation in list(_running):
        operation.cancel()
    return (pool or QThreadPool.globalInstance()).waitForDone(timeout_ms)
