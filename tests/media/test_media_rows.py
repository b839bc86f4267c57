"""The light write path's column knowledge matches the models (issue 11).

:mod:`desktop_app.store.media_rows` and :mod:`desktop_app.store.light_writes` write rows
without SQLAlchemy, so they name the columns that need converting and a new batch's
defaults themselves: these tests fail when a model changes and they do not follow.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import JSON, DateTime, Table

from desktop_app.files.file_scan import scan_file
from desktop_app.services.media_rows import new_item_values
from desktop_app.store.light_writes import NEW_BATCH_DEFAULTS
from desktop_app.store.media_rows import JSON_COLUMNS, TIME_COLUMNS
from desktop_app.store.models import MediaBatch, MediaItem
from tests.conftest import MEDIA_SAMPLES

ITEMS = cast(Table, MediaItem.__table__)
BATCHES = cast(Table, MediaBatch.__table__)


def test_converted_columns_are_the_models_json_and_time_columns() -> None:
    assert {column.name for column in ITEMS.columns if isinstance(column.type, JSON)} == (
        JSON_COLUMNS
    )
    assert {column.name for column in ITEMS.columns if isinstance(column.type, DateTime)} == (
        TIME_COLUMNS
    )


def test_a_new_item_gives_every_column_with_a_default() -> None:
    """Columns left out are stored as SQL NULL: only those that have no default may be."""
    scanned = scan_file(MEDIA_SAMPLES / "gps" / "DSCN0010.jpg")
    values = new_item_values(7, "sv", scanned)
    left_out = {column.name: column for column in ITEMS.columns if column.name not in values}
    assert set(values) <= {column.name for column in ITEMS.columns}
    assert set(left_out) == {"id", "licence_id", "latitude", "longitude"}
    assert all(
        column.default is None and column.nullable
        for column in left_out.values()
        if column.name != "id"
    )
    assert values["batch_id"] == 7 and values["gps_latitude"] is not None


def test_a_new_batch_takes_the_models_defaults() -> None:
    defaults = {
        column.name: column.default.arg  # type: ignore[attr-defined]
        for column in BATCHES.columns
        if column.default is not None and not callable(column.default.arg)  # type: ignore[attr-defined]
    }
    assert defaults == NEW_BATCH_DEFAULTS
