"""The pure rules under bundles: sizes, volume names, entry names, the three-way merge."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.bundle_format import (
    DEFAULT_VOLUME_SIZE,
    BundleRefused,
    check_case_clashes,
    check_entry_name,
    parse_volume_size,
    volume_path,
)
from desktop_app.core.bundle_merge import Base, merge_fields
from desktop_app.files.media_placement import safe_name


@pytest.mark.parametrize(
    ("text", "size"),
    [("3.9G", int(3.9 * 2**30)), ("700M", 700 * 2**20), ("64K", 65536), ("1gib", 2**30)],
)
def test_volume_sizes_are_read_in_binary_units(text: str, size: int) -> None:
    assert parse_volume_size(text) == size


def test_the_default_volume_fits_on_fat32() -> None:
    assert DEFAULT_VOLUME_SIZE == parse_volume_size("3.9G") < 4 * 2**30 - 1


@pytest.mark.parametrize("text", ["", "lots", "-1G", "12K"])
def test_nonsense_or_tiny_volume_sizes_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_volume_size(text)


def test_volumes_are_named_after_the_first() -> None:
    first = Path("/stick/museum.fkb")
    assert [volume_path(first, n).name for n in (1, 2, 12)] == [
        "museum.fkb",
        "museum.fkb.002",
        "museum.fkb.012",
    ]


@pytest.mark.parametrize(
    "name",
    ["/etc/passwd", "../x", "media/../../x", "C:/x", "media\\x", "media/./x", "", "a\x00b"],
)
def test_entry_names_that_could_leave_their_folder_are_refused(name: str) -> None:
    with pytest.raises(BundleRefused) as refused:
        check_entry_name(name)
    assert refused.value.code == "bundle.unsafe_name"


def test_names_differing_only_in_case_are_refused() -> None:
    check_case_clashes(["media/a.jpg", "media/b.jpg"])
    with pytest.raises(BundleRefused) as refused:
        check_case_clashes(["media/a.jpg", "media/A.jpg"])
    assert refused.value.code == "bundle.case_clash"


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("IMG:1?.jpg", "IMG_1_.jpg"),
        ("con.jpg", "_con.jpg"),
        ("../../x.jpg", "x.jpg"),
        ("dir\\y.jpg", "y.jpg"),
        ("trailing. ", "trailing"),
        ("", "file"),
    ],
)
def test_file_names_from_elsewhere_are_made_safe_everywhere(name: str, safe: str) -> None:
    assert safe_name(name) == safe


SOURCE = "machine-a"


def merge(
    ours: Any, theirs: Any, *, our_base: Any = None, their_base: Any = None, seq: int = 5
) -> tuple[dict[str, Any], list[str], bool]:
    base = Base({"title": our_base}, SOURCE, 4) if our_base is not None else None
    decision = merge_fields(
        {"title": ours},
        {"title": theirs},
        local_base=base,
        incoming_base={"title": their_base} if their_base is not None else None,
        source=SOURCE,
        sequence=seq,
    )
    return decision.take, [c.field for c in decision.conflicts], decision.stale


def test_equal_values_need_nothing() -> None:
    assert merge("x", "x") == ({}, [], False)


def test_only_they_changed_it_since_we_last_exchanged_it() -> None:
    assert merge("old", "new", our_base="old") == ({"title": "new"}, [], False)
    assert merge("old", "new", their_base="old") == ({"title": "new"}, [], False)


def test_only_we_changed_it() -> None:
    assert merge("ours", "old", our_base="old") == ({}, [], False)
    assert merge("ours", "old", their_base="old") == ({}, [], False)


def test_both_changed_it_is_a_conflict() -> None:
    assert merge("ours", "theirs", our_base="old", their_base="old") == ({}, ["title"], False)
    assert merge("ours", "theirs") == ({}, ["title"], False)


def test_an_older_bundle_from_the_same_machine_changes_nothing() -> None:
    assert merge("new", "old", our_base="new", seq=3) == ({}, [], True)
