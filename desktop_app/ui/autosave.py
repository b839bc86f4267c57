"""Autosave that keeps up with steady typing: a throttle, not a debounce.

Every autosaved form used to wait for 500 ms *without a key*, restarting its timer on each
one, so someone typing steadily was never saved and a power cut took the whole text. Here
the first unsaved change starts the timer and later changes leave it running: a save
comes at most :data:`AUTOSAVE_DELAY_MS` after the first unsaved key, however fast the
typing goes on, and each save starts the next round. Forms still save at once when a
field loses focus, another record is opened, or the window closes (they call
:meth:`Autosave.save_now` or their own ``flush``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

AUTOSAVE_DELAY_MS = 300


class Autosave(QObject):
    """Calls ``save`` at most ``delay_ms`` after the first change since the last save."""

    def __init__(
        self, save: Callable[[], object], parent: QObject, delay_ms: int = AUTOSAVE_DELAY_MS
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_now)

    @property
    def pending(self) -> bool:
        """A change waits for its save."""
        return self._timer.isActive()

    def changed(self) -> None:
        """Something was typed: save soon, counting from the first unsaved change."""
        if not self._timer.isActive():  # never restarted: steady typing is still saved
            self._timer.start()

    def cancel(self) -> None:
        """The form saved by itself (or has nothing to save any more)."""
        self._timer.stop()

    def save_now(self) -> None:
        self._timer.stop()
        self._save()
