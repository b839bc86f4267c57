"""How each area of the main window is made, in navigation order (``ui/navigation.py``).

Each area's module is imported inside its factory, so an area nobody opens costs neither
its import nor its widgets (issue 11: memory at idle, time to a usable window).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop_app.ui.areas.base import Area

if TYPE_CHECKING:
    from desktop_app.store.context import AppContext
    from desktop_app.ui.area_slots import AreaFactory
    from desktop_app.ui.uploads.worker_host import UploadWorkerHost


def area_factories(ctx: AppContext, upload_host: UploadWorkerHost) -> list[AreaFactory]:
    """The factories in navigation order: Partnerships, Requests, Media, Uploads, Settings,
    Log, Helpdesk desk. The upload worker is the window's (it runs before Uploads is shown).
    """

    def partnerships(parent: QWidget) -> Area:
        from desktop_app.ui.areas.partnerships import PartnershipsArea

        return PartnershipsArea(ctx, parent)

    def requests(parent: QWidget) -> Area:
        from desktop_app.ui.areas.requests import RequestsArea

        return RequestsArea(ctx.db, parent)

    def media(parent: QWidget) -> Area:
        from desktop_app.ui.areas.media import MediaArea

        return MediaArea(ctx, parent)

    def uploads(parent: QWidget) -> Area:
        from desktop_app.ui.areas.uploads import UploadsArea

        return UploadsArea(ctx, parent, host=upload_host, autostart=False)

    def settings(parent: QWidget) -> Area:
        from desktop_app.ui.areas.settings import SettingsArea

        return SettingsArea(ctx, parent)

    def log(parent: QWidget) -> Area:
        from desktop_app.ui.areas.log_view import LogArea

        return LogArea(ctx.paths.log_file, parent)

    def desk(parent: QWidget) -> Area:
        from desktop_app.ui.areas.desk import DeskArea

        return DeskArea(ctx, parent)

    return [partnerships, requests, media, uploads, settings, log, desk]
