"""The navigation's labels, known before any area is built.

The window paints its frame — navigation included — before the store is opened and the
areas are built (issue 11), so the labels cannot come from the areas' ``nav_label()``.
Each text is translated in its area's own context, so both read the same catalogue
entry; a test checks that they agree in every language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def area_labels() -> list[str]:
    """The areas' names in navigation order (the order of ``MainWindow.areas``)."""
    translate = QCoreApplication.translate
    return [
        translate("PartnershipsArea", "Partnerships"),
        translate("RequestsArea", "Requests"),
        translate("MediaArea", "Media"),
        translate("UploadsArea", "Uploads"),
        translate("SettingsArea", "Settings"),
        translate("LogArea", "Log"),
        translate("DeskArea", "Helpdesk desk"),
    ]


# Each area's row in the navigation (and page in the window's stack).
PARTNERSHIPS_ROW = 0
REQUESTS_ROW = 1
MEDIA_ROW = 2
UPLOADS_ROW = 3
SETTINGS_ROW = 4
LOG_ROW = 5
DESK_ROW = 6  # shown only to people who work for a helpdesk (Settings → Helpdesk desk)
