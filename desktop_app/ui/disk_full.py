"""Saying "the disk is full: free N MB" in the window, whichever save ran into it.

Autosaving forms show it where they say "Saved"; any other write that fails for lack of
space — in a slot, in a background operation — ends in one notice over the window (one
at a time, however many saves keep trying), instead of a traceback on a terminal nobody
sees. What was typed stays in its field and is saved once there is room again.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.services.disk_space import DiskFull, disk_full

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def disk_full_text(full: DiskFull) -> str:
    """The translated message for a full disk."""
    return QCoreApplication.translate(
        "DiskFull",
        "The disk is full: free {mb} MB on the disk of {folder}, then try again. "
        "What you typed is still here and nothing saved before is lost.",
    ).format(mb=full.free_mb, folder=full.folder)


def save_error_text(error: BaseException, folder: Path) -> str:
    """How an autosaving form says a save failed: the full-disk message when that is why."""
    full = disk_full(error, folder)
    if full is not None:
        return disk_full_text(full)
    # The error's own words are in the log (issue 10: no exception text in messages).
    return QCoreApplication.translate("DiskFull", "Could not save (details in the log).")


def startup_text(full: DiskFull) -> str:
    """Why the app cannot start: its data folder cannot even be opened."""
    return QCoreApplication.translate(
        "DiskFull",
        "Fieldkit cannot open its data because the disk is full: free {mb} MB on the disk "
        "of {folder}, then start Fieldkit again. Nothing saved before is lost.",
    ).format(mb=full.free_mb, folder=full.folder)


def disk_full_box(parent: QWidget | None, full: DiskFull, *, startup: bool = False) -> QMessageBox:
    """The notice itself (not shown yet); ``startup``: the app could not start."""
    box = QMessageBox(parent)
    box.setObjectName("diskFullNotice")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("DiskFull", "The disk is full"))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setText(startup_text(full) if startup else disk_full_text(full))
    return box


class DiskFullNotice:
    """Shows the full-disk notice over ``parent``, one at a time."""

    def __init__(self, parent: QWidget, folder: Path) -> None:
        self._parent = parent
        self._folder = folder
        self.box: QMessageBox | None = None

    def show_if_disk_full(self, error: BaseException) -> bool:
        """Show the notice if ``error`` is a full disk; True when it was one."""
        full = disk_full(error, self._folder)
        if full is None:
            return False
        if self.box is None or not self.box.isVisible():
            self.box = disk_full_box(self._parent, full)
            self.box.open()
        self.box.setText(disk_full_text(full))
        return True

    def install_excepthook(self) -> Callable[[], None]:
        """Catch full-disk errors no one else caught (a save in a slot); returns an undo."""
        previous: ExceptHook = sys.excepthook

        def hook(
            kind: type[BaseException], error: BaseException, trace: TracebackType | None
        ) -> object:
            if self.show_if_disk_full(error):
                return None
            return previous(kind, error, trace)

        sys.excepthook = hook

        def undo() -> None:
            sys.excepthook = previous

        return undo
