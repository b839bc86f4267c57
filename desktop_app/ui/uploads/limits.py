"""The user's upload limits: "unmetered connections only" and a bandwidth cap.

Stored as two rows of the ``settings`` table under the names an :class:`AppSettings`
field would get (``upload_unmetered_only``, ``upload_bandwidth_cap_kib``), so moving them
into ``core/settings.py`` later needs no migration: ``AppSettings.from_dict`` ignores
them today and would pick them up then. No Qt here: the worker thread reads them too.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.store.db import Database
from desktop_app.store.models import Setting

UNMETERED_ONLY_KEY = "upload_unmetered_only"
BANDWIDTH_CAP_KEY = "upload_bandwidth_cap_kib"
KIB = 1024


@dataclass(frozen=True)
class UploadLimits:
    """``bandwidth_cap_kib`` is KiB per second; 0 means no cap."""

    unmetered_only: bool = False
    bandwidth_cap_kib: int = 0

    @property
    def bytes_per_second(self) -> float | None:
        """The cap for :class:`BandwidthLimiter` (``None``: send as fast as the link allows)."""
        return float(self.bandwidth_cap_kib * KIB) if self.bandwidth_cap_kib > 0 else None


def load_limits(db: Database) -> UploadLimits:
    """The stored limits over the defaults (a missing or odd value counts as unset)."""
    with db.session() as session:
        query = select(Setting.key, Setting.value).where(
            Setting.key.in_((UNMETERED_ONLY_KEY, BANDWIDTH_CAP_KEY))
        )
        rows: dict[str, object] = {key: value for key, value in session.execute(query)}
    cap = rows.get(BANDWIDTH_CAP_KEY)
    return UploadLimits(
        unmetered_only=bool(rows.get(UNMETERED_ONLY_KEY) or False),
        bandwidth_cap_kib=max(int(cap), 0) if isinstance(cap, int | float) else 0,
    )


def save_limits(db: Database, limits: UploadLimits) -> None:
    """Commit both values at once (the worker reads them before the next chunk)."""
    with db.session() as session:
        session.merge(Setting(key=UNMETERED_ONLY_KEY, value=limits.unmetered_only))
        session.merge(Setting(key=BANDWIDTH_CAP_KEY, value=int(limits.bandwidth_cap_kib)))
