"""Uploads area (not built yet): says what it will hold."""

from __future__ import annotations

from desktop_app.ui.areas.empty_state import EmptyStateArea


class UploadsArea(EmptyStateArea):
    """Following uploads to Commons, later; an honest empty state now."""

    def title(self) -> str:
        return self.tr("Uploads")

    def description(self) -> str:
        return self.tr(
            "Here you will follow the files on their way to Wikimedia Commons. Uploads will "
            "wait while you are offline and continue where they stopped when the connection "
            "drops. This part of Fieldkit is not built yet."
        )
