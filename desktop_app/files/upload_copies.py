"""The file to upload: the original, or a temporary copy without its camera location."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop_app.files.gps_strip import stripped_copy


@contextmanager
def upload_copy(
    original: Path, has_location: bool, gps_policy: str, temp_folder: Path | None = None
) -> Iterator[Path]:
    """The path to upload for ``original``: itself, or a temporary copy without GPS.

    With the "strip" policy and a file that carries a location (``has_location``), the
    copy is made losslessly and deleted when the block ends; the original is never
    written to. Raises ``GpsStripError`` or ``OSError`` when the copy cannot be made.
    """
    if gps_policy != "strip" or not has_location:
        yield original
        return
    copy = stripped_copy(original, temp_folder)
    try:
        yield copy
    finally:
        copy.unlink(missing_ok=True)
