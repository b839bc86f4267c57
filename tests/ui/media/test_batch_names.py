"""A batch name the core refuses is said under the batch bar, in the user's language."""

from __future__ import annotations

from desktop_app.services.media_batches import list_batches
from desktop_app.ui.areas.media import MediaArea
from desktop_app.ui.i18n import install_language


def test_a_name_on_two_lines_is_refused_with_words_and_nothing_made(area: MediaArea) -> None:
    assert area.batch_bar.create_batch("Nordic Museum", "Plates\n1890") is None

    message = area.batch_bar.summary_label.message()
    assert "control characters (U+000A)" in message and "one line" in message
    assert list_batches(area.ctx.db) == []
    install_language("sv")
    try:
        assert "styrtecken (U+000A)" in area.batch_bar.summary_label.message()
    finally:
        install_language("en")


def test_a_good_name_still_opens_the_batch(area: MediaArea) -> None:
    batch_id = area.batch_bar.create_batch("Nordic Museum", "Plates 1890")

    assert batch_id is not None and area.batch_bar.batch_id == batch_id
