"""The main window's areas, each built the first time it is wanted (issue 11).

At start the window builds only what it needs at once (the area it opens on, and the one
that runs the upload worker). Every other area — its modules, widgets and first queries —
waits until the user goes there or something asks for it ("Fix metadata" opens Media).
That keeps an idle window small and makes it usable sooner on an old laptop.

Until it is built, an area's page in the stack is an empty placeholder; building puts the
area in its place, so rows never move and the stack's current page is never disturbed.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from desktop_app.ui.areas.base import Area

AreaFactory = Callable[[QWidget], Area]  # parent → the area


class AreaSlots(QObject):
    """The areas by navigation row; :meth:`area` builds one on first use."""

    built = Signal(int)  # the row whose area was just built (wire it up now)

    def __init__(
        self,
        stack: QStackedWidget,
        factories: Sequence[AreaFactory],
        now: Collection[int] = (),
        parent: QObject | None = None,
    ) -> None:
        """One page per factory; the rows in ``now`` are built at once, the rest wait.

        Nothing is emitted for the rows in ``now``: whoever made the slots wires them.
        """
        super().__init__(parent)
        self._stack = stack
        self._factories = list(factories)
        self._areas: list[Area | None] = []
        self._placeholders: dict[int, QWidget] = {}
        for row, factory in enumerate(self._factories):
            area = factory(stack) if row in now else None
            self._areas.append(area)
            if area is None:
                self._placeholders[row] = QWidget(stack)
            stack.addWidget(area if area is not None else self._placeholders[row])

    def __len__(self) -> int:
        return len(self._factories)

    def area(self, row: int) -> Area:
        """The area at ``row``, built now if it was not yet."""
        area = self._areas[row]
        if area is None:
            area = self._factories[row](self._stack)
            self._areas[row] = area
            self._put_in_place(row, area)
            self.built.emit(row)
        return area

    def built_area(self, row: int) -> Area | None:
        """The area at ``row`` if it exists (``None``: never wanted so far)."""
        return self._areas[row]

    def built_areas(self) -> list[Area]:
        return [area for area in self._areas if area is not None]

    def row_of(self, area: Area) -> int:
        return self._areas.index(area)

    def _put_in_place(self, row: int, area: Area) -> None:
        stack = self._stack
        placeholder = self._placeholders.pop(row)
        was_current = stack.currentIndex() == row
        stack.insertWidget(row, area)
        stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if was_current:
            stack.setCurrentIndex(row)
