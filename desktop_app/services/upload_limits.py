"""The user's upload limits: "unmetered connections only" and a bandwidth cap.

Two fields of :class:`~desktop_app.core.settings.AppSettings`; the Settings area saves
them the moment they change and the upload runner re-reads them every few seconds.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.services.settings import change_settings, get_settings
from desktop_app.store.db import Database

KIB = 1024


@dataclass(frozen=True)
class UploadLimits:
    """``bandwidth_cap_kib`` is KiB per second; 0 means no cap."""

    unmetered_only: bool = False
    bandwidth_cap_kib: int = 0

    @property
    def bytes_per_second(self) -> float | None:
        """The cap in bytes per second (``None``: send as fast as the link allows)."""
        return float(self.bandwidth_cap_kib * KIB) if self.bandwidth_cap_kib > 0 else None


def load_limits(db: Database) -> UploadLimits:
    """The stored limits over the defaults (an odd stored value counts as unset)."""
    settings = get_settings(db)
    cap = settings.upload_bandwidth_cap_kib
    return UploadLimits(
        unmetered_only=bool(settings.upload_unmetered_only),
        bandwidth_cap_kib=max(int(cap), 0) if isinstance(cap, int | float) else 0,
    )


def save_limits(db: Database, limits: UploadLimits) -> None:
    """Commit both values at once (the runner reads them before the next chunk)."""
    change_settings(
        db,
        upload_unmetered_only=limits.unmetered_only,
        upload_bandwidth_cap_kib=int(limits.bandwidth_cap_kib),
    )
