"""Is the current connection metered (a phone plan paid by the megabyte)?

Qt's :class:`QNetworkInformation` knows on most systems (NetworkManager or GLib on Linux,
Windows, macOS) but lives in the GUI thread. This object keeps its answer in a plain
attribute, updated by its signal, so the upload worker thread can read it safely.
``None`` means the system does not say: the caller decides what that means.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Slot
from PySide6.QtNetwork import QNetworkInformation

log = logging.getLogger(__name__)


class NetworkMeter(QObject):
    """``is_metered()``: True, False, or None when the system cannot tell (any thread)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._metered: bool | None = None
        info = self._information()
        if info is not None:
            self._metered = bool(info.isMetered())
            info.isMeteredChanged.connect(self._on_metered_changed)

    @staticmethod
    def _information() -> QNetworkInformation | None:
        feature = QNetworkInformation.Feature.Metered
        if QNetworkInformation.instance() is None and not QNetworkInformation.loadBackendByFeatures(
            feature
        ):
            log.info("No network information backend reports metered connections")
            return None
        info = QNetworkInformation.instance()
        if info is None or not info.supports(feature):
            return None
        return info

    def is_metered(self) -> bool | None:
        return self._metered

    @Slot(bool)
    def _on_metered_changed(self, metered: bool) -> None:
        log.info("Connection is now %s", "metered" if metered else "unmetered")
        self._metered = metered
