"""Identifiers the store gives new records: random (version 4) UUIDs as text."""

from __future__ import annotations

import os


def new_uuid() -> str:
    """``str(uuid.uuid4())``, made in a third of the time: an import makes one per file,
    and the light first import must not load more than ``os`` for it."""
    digits = os.urandom(16).hex()
    variant = "89ab"[int(digits[16], 16) & 3]  # RFC 4122: the top two bits are 10
    return f"{digits[:8]}-{digits[8:12]}-4{digits[13:16]}-{variant}{digits[17:20]}-{digits[20:]}"
