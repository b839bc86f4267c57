"""Media area (not built yet): says what it will hold."""

from __future__ import annotations

from desktop_app.ui.areas.empty_state import EmptyStateArea


class MediaArea(EmptyStateArea):
    """Preparing a partner's files for Commons, later; an honest empty state now."""

    def title(self) -> str:
        return self.tr("Media")

    def description(self) -> str:
        return self.tr(
            "Here you will add folders of photos and scans from a partner. Fieldkit will "
            "read their dates and camera details, find duplicates and help you write titles, "
            "descriptions and categories, all without a connection. "
            "This part of Fieldkit is not built yet."
        )
