"""The light write path's column knowledge matches the models (issue 11).

:mod:`desktop_app.store.media_rows` and :mod:`desktop_app.store.light_writes` write rows
without SQLAlchemy, so they name the columns that need converting and a new batch's
defaults themselves: these tests fail when a model changes and they do not follow.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import cast

from sqlalchemy import JSON, DateTime, Table, select

from desktop_app.core.ids import new_uuid
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


def test_columns_a_row_leaves_out_take_the_models_defaults(tmp_path: Path) -> None:
    """As with an ORM or Core insert: tests and benchmarks give only what they need."""
    from desktop_app.services.media_batches import ensure_batch
    from desktop_app.store.context import AppContext
    from desktop_app.store.repositories import media_scans

    with AppContext.open(tmp_path, log_to_file=False) as ctx:
        batch = ensure_batch(ctx.db, "P", "B")[0]
        with ctx.db.session() as session:
            media_scans.insert_items(
                session, [{"batch_id": batch.id, "path": f"/a/{n}.jpg"} for n in range(2)]
            )
        with ctx.db.session() as session:
            items = session.scalars(select(MediaItem).order_by(MediaItem.id)).all()
            assert [item.state for item in items] == ["new", "new"]
            assert [item.file_state for item in items] == ["present", "present"]
            assert items[0].descriptions == {} and items[0].categories == []
            assert items[0].uuid and items[0].uuid != items[1].uuid  # one each


def test_random_uuids_are_version_4_text_and_differ() -> None:
    made = [new_uuid() for _ in range(2000)]
    assert len(set(made)) == len(made)
    for text in made:
        parsed = uuid.UUID(text)
        assert str(parsed) == text  # the canonical lower-case form, dashes where uuid4's are
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
    # Every hex digit of the random part shows up: nothing is left constant by mistake.
    assert {text[0] for text in made} == set("0123456789abcdef")
    assert {text[19] for text in made} == set("89ab")
