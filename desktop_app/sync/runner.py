"""The one job runner: claims due jobs with a lease and works them off, one at a time.

Everything that talks to the network is a job in a persisted queue: outbox entries (help
requests by wiki or mail) and upload jobs. Each queue is a :class:`Lane`; this runner
asks a lane for its due jobs and lets it run them one by one. The lane claims each job
with a lease (:mod:`desktop_app.store.repositories.leases`) before any network work, so
any number of runners — threads of the GUI, a ``fieldkit sync`` in a terminal, a second
laptop's process on a shared folder — can work the same data folder and no job runs twice.
A result that says ``halt`` (offline, the login refused) ends the pass: every other job
would fail the same way.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from desktop_app.core.faults import Fault
from desktop_app.store.repositories.leases import new_owner

log = logging.getLogger(__name__)

StopCheck = Callable[[], bool]


@dataclass(frozen=True)
class JobResult:
    """How one job went: a lane-specific ``outcome`` and the fault, if there was one."""

    job_id: int
    outcome: str
    fault: Fault | None = None
    halt: bool = False  # end the pass: the next jobs would meet the same trouble


SKIPPED = "skipped"  # someone else holds the job's lease, or it is no longer due


class Lane(Protocol):
    """One persisted queue of network jobs."""

    name: str

    def due_ids(self, *, due_only: bool) -> list[int]:
        """Jobs to try now, in queue order (``due_only=False``: ignore backoff waits)."""

    def run(self, job_id: int, owner: str, should_stop: StopCheck) -> JobResult:
        """Claim the job's lease as ``owner``, work it, record the outcome, release."""


class LeaseKeeper:
    """The heartbeat of a running job: renews its lease every ``interval`` seconds.

    A network call can block longer than a lease lasts (a slow chunk, a wiki assembling a
    large file); the lease must not run out meanwhile, or another runner would take the
    job over. ``renew`` returns False once the lease is lost; then :attr:`lost` is set and
    the job should stop at its next step.
    """

    def __init__(self, renew: Callable[[], bool], interval: float) -> None:
        self._renew = renew
        self._interval = interval
        self._done = threading.Event()
        self.lost = threading.Event()
        self._thread = threading.Thread(target=self._beat, name="lease-keeper", daemon=True)

    def __enter__(self) -> LeaseKeeper:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._done.set()
        self._thread.join(5.0)

    def _beat(self) -> None:
        while not self._done.wait(self._interval):
            try:
                if not self._renew():
                    self.lost.set()
                    return
            except Exception:  # a busy database: try again at the next beat
                log.warning("Could not renew a lease; trying again", exc_info=True)


class JobRunner:
    """Works one lane, synchronously (:meth:`run_pending`) or on a thread (:meth:`start`).

    ``allowed`` is asked before each job: False holds the lane (e.g. "unmetered
    connections only" on a metered link).
    """

    def __init__(
        self,
        lane: Lane,
        *,
        allowed: Callable[[], bool] = lambda: True,
        idle_seconds: float = 15.0,
    ) -> None:
        self.lane = lane
        self.owner = new_owner(lane.name)
        self.allowed = allowed
        self.idle_seconds = idle_seconds
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def run_pending(self, *, due_only: bool = True) -> list[JobResult]:
        """One pass over the lane's due jobs; stops early when halted, held or stopped."""
        results: list[JobResult] = []
        for job_id in self.lane.due_ids(due_only=due_only):
            if self._stop.is_set() or not self.allowed():
                break
            result = self.lane.run(job_id, self.owner, self._stop.is_set)
            results.append(result)
            if result.halt:
                break
        return results

    def start(self) -> None:
        """Work the lane in the background until :meth:`stop` (idempotent)."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._loop, name=f"{self.lane.name}-runner", daemon=True
        )
        self._thread.start()

    def wake(self) -> None:
        """Look at the queue now (after an enqueue, a resume, or when the link returns)."""
        self._wake.set()

    def stop(self, timeout: float | None = 30.0) -> None:
        """Stop after the current step (an upload stops between chunks and stays resumable)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                results = self.run_pending()
            except Exception:
                log.exception("The %s runner's pass crashed; trying again later", self.lane.name)
                results = []
            worked = [result for result in results if result.outcome != SKIPPED]
            if worked and not any(result.halt for result in results):
                continue  # more may be due right away
            self._wake.wait(self.idle_seconds)
            self._wake.clear()
