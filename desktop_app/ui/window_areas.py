"""The main window's areas by name, each built the first time it is asked for.

A mixin for :class:`~desktop_app.ui.main_window.MainWindow`, which sets ``slots`` when it
opens onto a data folder. Asking for ``window.media_area`` builds Media if nobody had
wanted it yet (see :mod:`desktop_app.ui.area_slots`); the window's own code asks
``slots.built_area(row)`` where an area not built yet has nothing to update.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from desktop_app.ui.navigation import (
    DESK_ROW,
    LOG_ROW,
    MEDIA_ROW,
    PARTNERSHIPS_ROW,
    REQUESTS_ROW,
    SETTINGS_ROW,
    UPLOADS_ROW,
)

if TYPE_CHECKING:
    from desktop_app.ui.area_slots import AreaSlots
    from desktop_app.ui.areas.base import Area
    from desktop_app.ui.areas.desk import DeskArea
    from desktop_app.ui.areas.log_view import LogArea
    from desktop_app.ui.areas.media import MediaArea
    from desktop_app.ui.areas.partnerships import PartnershipsArea
    from desktop_app.ui.areas.requests import RequestsArea
    from desktop_app.ui.areas.settings import SettingsArea
    from desktop_app.ui.areas.uploads import UploadsArea


class WindowAreas:
    """``partnerships_area`` … ``desk_area``, and ``areas``: all of them, in order."""

    slots: AreaSlots

    @property
    def areas(self) -> list[Area]:
        """Every area in navigation order, building those not built yet (tests, tools)."""
        return [self.slots.area(row) for row in range(len(self.slots))]

    @property
    def partnerships_area(self) -> PartnershipsArea:
        return cast("PartnershipsArea", self.slots.area(PARTNERSHIPS_ROW))

    @property
    def requests_area(self) -> RequestsArea:
        return cast("RequestsArea", self.slots.area(REQUESTS_ROW))

    @property
    def media_area(self) -> MediaArea:
        return cast("MediaArea", self.slots.area(MEDIA_ROW))

    @property
    def uploads_area(self) -> UploadsArea:
        return cast("UploadsArea", self.slots.area(UPLOADS_ROW))

    @property
    def settings_area(self) -> SettingsArea:
        return cast("SettingsArea", self.slots.area(SETTINGS_ROW))

    @property
    def log_area(self) -> LogArea:
        return cast("LogArea", self.slots.area(LOG_ROW))

    @property
    def desk_area(self) -> DeskArea:
        return cast("DeskArea", self.slots.area(DESK_ROW))
