"""Reading the Media area's rows: in the background, one read at a time, and only once
the area has been shown — a start that never opens Media reads none of a big batch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop_app.services.media_batches import BatchInfo, batch_info
from desktop_app.services.media_edit import TableCells, load_table
from desktop_app.ui.operations import OpContext, Operation, run_in_background

if TYPE_CHECKING:
    from desktop_app.store.db import Database

Loaded = tuple[list[TableCells], BatchInfo | None]


class BatchRows(QObject):
    """``loaded((rows, info))`` when a read ends; ``counted()`` once its size is known."""

    loaded = Signal(object)
    counted = Signal()

    def __init__(self, db: Database, parent: QObject) -> None:
        super().__init__(parent)
        self._db = db
        self._loading: Operation[Loaded] | None = None
        self._again = False  # asked to read while a read was running
        self.count: int | None = None  # files the running read reads, once known
        self._shown_once = False
        self.wanted = False  # asked for before the area was first shown

    def is_loading(self) -> bool:
        """True while rows are being read in the background."""
        return self._loading is not None and self._loading.is_running

    def shown(self) -> bool:
        """The area is shown: True if rows were asked for meanwhile (read them now)."""
        self._shown_once = True
        return self.wanted

    def load(self, batch_id: int) -> bool:
        """Read ``batch_id``'s rows; False if that waits (not shown yet, or a read runs)."""
        if not self._shown_once:
            self.wanted = True  # read when first shown (see shown)
            return False
        self.wanted = False
        if self.is_loading():
            self._again = True  # when this one is done: what it read may be older
            return False
        db = self._db

        def load(context: OpContext) -> Loaded:
            info = batch_info(db, batch_id)
            if info is None:
                return [], None
            context.progress(0, info.items)  # "Loading 50,000 files…" while they come
            return load_table(db, batch_id, info.language), info

        self.count = None
        self._loading = run_in_background(
            load,
            success=self._on_loaded,
            progress=self._on_progress,
            name="load media rows",
            owner=self,
        )
        return True

    def take_again(self) -> bool:
        """True (once) if a read was asked for while the last one ran."""
        again, self._again = self._again, False
        return again

    def _on_progress(self, _done: int, total: int, _text: str) -> None:
        self.count = total
        self.counted.emit()

    def _on_loaded(self, result: Loaded) -> None:
        self._loading = None
        self.loaded.emit(result)
