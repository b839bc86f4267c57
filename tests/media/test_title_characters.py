"""Characters MediaWiki replaces in file names (``$wgIllegalFileChars``: ``:`` ``/`` ``\\``).

The wiki would quietly rename such a file ("Back\\slash.jpg" becomes "Back-slash.jpg"), so
the upload would never be found under its title: the offline checks catch them first.
"""

from __future__ import annotations

import pytest

from desktop_app.core.titles import (
    check_title,
    preview_pattern,
    render_pattern,
    without_illegal_file_characters,
)


@pytest.mark.parametrize(
    ("title", "characters", "suggestion"),
    [
        ("Back\\slash", "\\", "Back-slash"),
        ("Stockholm: the harbour", ":", "Stockholm - the harbour"),
        ("Postcard 1920/21", "/", "Postcard 1920-21"),
        ("a:b/c\\d", "/:\\", "a-b-c-d"),
    ],
)
def test_illegal_file_characters_are_caught_offline_with_a_fix(
    title: str, characters: str, suggestion: str
) -> None:
    [problem] = check_title(title, "jpg")
    assert problem.code == "title-illegal-file-characters" and problem.blocking
    assert problem.fix == "replace-title-characters"
    assert problem.params["characters"] == characters
    assert problem.params["suggestion"] == suggestion
    assert check_title(suggestion, "jpg") == []  # the fix is itself a good title
    assert without_illegal_file_characters(title) == suggestion


def test_the_title_pattern_preview_replaces_them_in_values_and_flags_them_in_the_pattern() -> None:
    values: dict[str, str | int | None] = {"partner": "Museum: Stockholm", "date": "1920/21"}
    assert render_pattern("{partner} {date}", values, "jpg") == "Museum - Stockholm 1920-21"
    preview = preview_pattern("{partner}: {date}", values, "jpg")
    assert [p.code for p in preview.problems] == ["title-illegal-file-characters"]
