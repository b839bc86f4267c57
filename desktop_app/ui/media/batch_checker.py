"""Checks of the Media area's open batch: run in the background, one at a time, after edits.

Edits in quick succession share one check (:data:`CHECK_DELAY_MS`); a check asked for
while one runs follows it. The wiki's last answer about the batch (duplicates, title
clashes, its file-type policy) is kept, so later offline checks go on showing it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.core.problems import Problem
from desktop_app.services.media_checks import batch_problems, file_type_policy
from desktop_app.services.media_online import OnlineFindings
from desktop_app.ui.media.edits import BatchEdits
from desktop_app.ui.operations import OpContext, Operation, run_in_background

if TYPE_CHECKING:
    from desktop_app.store.db import Database

CHECK_DELAY_MS = 700  # edits in quick succession share one background check


class BatchChecker(QObject):
    """``checked(batch_id, {item_id: problems})`` after each check of the open batch."""

    checked = Signal(int, object)

    def __init__(self, db: Database, cache: Path, edits: BatchEdits, parent: QObject) -> None:
        super().__init__(parent)
        self._db, self._cache, self._edits = db, cache, edits
        self._checking: Operation[dict[int, tuple[Problem, ...]]] | None = None
        self._stale = False
        # The wiki's last answer for the open batch: later offline re-checks keep showing
        # its duplicates and title clashes instead of forgetting them at the next edit.
        self._online: OnlineFindings | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.run)

    def schedule(self) -> None:
        """Check soon (edits in quick succession share one check)."""
        self._timer.start()

    def forget_online(self) -> None:
        """Another batch was opened: the wiki's answer was about the old one."""
        self._online = None

    def run(self) -> None:
        """Check the whole batch in the background; ``checked`` follows."""
        batch_id = self._edits.batch_id
        if batch_id is None:
            return
        if self._checking is not None and self._checking.is_running:
            self._stale = True  # run again when this one is done
            return
        db, cache = self._db, self._cache
        online = self._online if self._online and self._online.batch_id == batch_id else None

        def work(_context: OpContext) -> dict[int, tuple[Problem, ...]]:
            # The policy the upload uses too: the wiki's as last read, else Commons' list.
            policy = online.policy if online else file_type_policy(cache)
            return batch_problems(db, batch_id, policy, online.findings if online else None)

        self._stale = False
        self._checking = run_in_background(
            work,
            success=lambda checks: self._on_checked(batch_id, checks),
            name="check media batch",
            owner=self,
        )

    def take_online(self, online: OnlineFindings) -> None:
        """The wiki answered about the open batch: keep its findings and check again."""
        if online.batch_id != self._edits.batch_id:
            return
        self._online = online
        self.run()

    def _on_checked(self, batch_id: int, checks: dict[int, tuple[Problem, ...]]) -> None:
        self.checked.emit(batch_id, checks)
        if self._stale:
            self.run()
