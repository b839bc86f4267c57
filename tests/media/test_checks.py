"""A file is ready only when every check passes: titles, required fields, duplicates, privacy."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select

from desktop_app.core.media_checks import BatchContext, ExistingFile, ItemFacts, check_item
from desktop_app.core.titles import check_title, preview_pattern, render_pattern
from desktop_app.services.media_batches import ensure_batch, set_batch_licence, set_gps_policy
from desktop_app.services.media_checks import WikiFindings, check_batch, run_batch_check
from desktop_app.services.media_edit import set_field
from desktop_app.services.media_import import import_paths
from desktop_app.store.context import AppContext
from desktop_app.store.models import MediaItem
from desktop_app.store.repositories.media import item_ids


def _codes(problems: list) -> set[str]:  # type: ignore[type-arg]
    return {problem.code for problem in problems}


def _complete(**changes: object) -> ItemFacts:
    values: dict[str, object] = dict(
        id=1,
        path="/p/fox.jpg",
        title="Red fox in snow",
        kind="jpeg",
        size=1000,
        sha1="a" * 40,
        descriptions={"en": "A fox"},
        date="2020-01-02",
        author="Anna",
        source="Museum",
        licence_id="cc-by-4.0",
    )
    values.update(changes)
    return ItemFacts(**values)  # type: ignore[arg-type]


def test_a_complete_file_is_ready() -> None:
    assert check_item(_complete(), BatchContext()) == []


def test_title_rules_follow_commons() -> None:
    assert _codes(check_title("A [bad] | title #1", "jpg")) == {"title-forbidden-characters"}
    assert _codes(check_title("Tab\there", "jpg")) == {"title-invalid-sequence"}
    assert _codes(check_title("é" * 119, "jpg")) == {"title-too-long"}  # 238 + 4 bytes
    assert check_title("é" * 118, "jpg") == []  # 236 + 4 = 240 bytes: allowed
    assert _codes(check_title("Map of Sweden.png", "jpg")) == {"title-extension-clash"}
    assert check_title("Map of Sweden.jpg", "jpg") == []  # its own extension is fine
    for camera_name in ("IMG_1234", "DSC01234", "DSCN0010", "P1010001", "20230101_123456"):
        assert _codes(check_title(camera_name, "jpg")) == {"title-meaningless"}, camera_name
    assert _codes(check_title("", "jpg")) == {"title-missing"}


def test_required_fields_each_name_their_fix() -> None:
    bare = _complete(licence_id=None, author="", source="", date="", descriptions={})
    problems = {problem.code: problem for problem in check_item(bare, BatchContext())}
    assert set(problems) == {
        "licence-missing",
        "author-missing",
        "source-missing",
        "date-missing",
        "description-missing",
    }
    assert problems["licence-missing"].fix == "set-licence"


def test_a_licence_outside_the_catalogue_is_refused_with_its_fix() -> None:
    known = {"cc-by-4.0", "cc0-1.0"}
    [problem] = check_item(_complete(licence_id="cc-by-nc-4.0"), BatchContext(known_licences=known))
    assert (problem.code, problem.fix, problem.blocking) == ("licence-unknown", "set-licence", True)
    assert check_item(_complete(), BatchContext(known_licences=known)) == []


def test_unknown_date_and_a_caption_alone_are_enough_and_batch_licence_counts() -> None:
    item = _complete(date="unknown", descriptions={}, captions={"sv": "En räv"}, licence_id=None)
    assert check_item(item, BatchContext(licence_id="cc0-1.0")) == []
    assert _codes(check_item(_complete(date="last summer"), BatchContext())) == {"date-invalid"}


def test_gps_blocks_until_the_batch_chooses_keep_or_strip() -> None:
    item = _complete(has_gps=True)
    undecided = check_item(item, BatchContext())
    assert _codes(undecided) == {"gps-present"} and undecided[0].fix == "strip-gps"
    assert [p.blocking for p in check_item(item, BatchContext(gps_policy="strip"))] == [False]
    assert _codes(check_item(item, BatchContext(gps_policy="keep"))) == {"gps-kept"}
    png = _complete(has_gps=True, kind="png", path="/p/x.png")
    assert _codes(check_item(png, BatchContext(gps_policy="strip"))) == {"gps-strip-unsupported"}


def test_online_duplicates_and_titles_link_to_the_existing_file() -> None:
    existing = ExistingFile("wiki", "Old fox.jpg", "Old fox.jpg", "https://wiki/File:Old_fox.jpg")
    context = BatchContext(
        wiki_sha1={"a" * 40: existing},
        wiki_titles={"Red fox in snow.jpg": existing},
    )
    problems = {p.code: p for p in check_item(_complete(), context)}
    assert set(problems) == {"duplicate-on-wiki", "title-exists-on-wiki"}
    assert problems["duplicate-on-wiki"].params["link"] == existing.link


def test_title_pattern_preview_fills_fields_and_drops_empty_parts() -> None:
    values: dict[str, str | int | None] = {
        "partner": "Musée d'Orsay",
        "description": "Le [pont] | Neuf",
        "date": "",
        "n": 7,
    }
    title = render_pattern("{partner} - {description} - {date} ({n:03})", values, "jpg")
    assert title == "Musée d'Orsay - Le (pont) - Neuf (007)"
    preview = preview_pattern("{partner} - {nope}", values, "jpg")
    assert [p.code for p in preview.problems] == ["title-pattern-unknown-field"]
    long = render_pattern("{description}", {"description": "word " * 100}, "jpg")
    assert len((long + ".jpg").encode()) <= 240 and long.endswith("…")


def test_batch_check_finds_duplicates_within_and_across_batches(
    ctx: AppContext, batch_id: int, work_copy: Path, tmp_path: Path
) -> None:
    twin = tmp_path / "twin"
    twin.mkdir()
    shutil.copy(work_copy / "Canon_40D.jpg", twin / "copy of canon.jpg")
    import_paths(ctx.db, batch_id, [work_copy, twin])
    later_id = ensure_batch(ctx.db, "Test Museum", "Second batch")[0].id
    import_paths(ctx.db, later_id, [work_copy / "DSCN0010.jpg"])

    with ctx.db.session() as session:
        first = {Path(r.path).name: _codes(r.problems) for r in check_batch(session, batch_id)}
        second = check_batch(session, later_id)

    assert "duplicate-in-batch" in first["Canon_40D.jpg"]
    assert "duplicate-in-batch" in first["copy of canon.jpg"]
    assert "duplicate-in-batch" not in first["DSCN0010.jpg"]
    [again] = second
    assert {"duplicate-earlier-batch", "title-used-in-earlier-batch"} <= _codes(again.problems)
    dup = next(p for p in again.problems if p.code == "duplicate-earlier-batch")
    assert dup.params["batch"] == "First batch" and dup.params["link"].endswith("DSCN0010.jpg")


def test_a_batch_becomes_ready_when_fields_are_filled_and_gps_decided(
    ctx: AppContext, batch_id: int, work_copy: Path
) -> None:
    import_paths(ctx.db, batch_id, [work_copy / "DSCN0010.jpg", work_copy / "Canon_40D.jpg"])
    with ctx.db.session() as session:
        ids = item_ids(session, batch_id)
    set_field(ctx.db, ids, "author", "Anna")
    set_field(ctx.db, ids, "source", "Own work")
    set_field(ctx.db, ids, "description:en", "A street in Arezzo")
    set_field(ctx.db, ids, "date", "2008-10-22")
    set_field(ctx.db, ids[:1], "title", "Street in Arezzo")
    set_field(ctx.db, ids[1:], "title", "Iguana head")
    set_batch_licence(ctx.db, batch_id, "cc-by-4.0")
    blocked = {r.id: r.ready for r in run_batch_check(ctx.db, batch_id)}
    assert list(blocked.values()) == [False, True]  # DSCN0010 carries GPS
    set_gps_policy(ctx.db, batch_id, "strip")
    assert all(r.ready for r in run_batch_check(ctx.db, batch_id))
    with ctx.db.session() as session:
        online = WikiFindings(by_sha1={}, by_title={})
        assert all(r.ready for r in check_batch(session, batch_id, wiki=online))
        assert session.scalars(select(MediaItem.state)).all() == ["new", "new"]
