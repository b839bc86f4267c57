"""Merging by stable ids: twice changes nothing, both-sides edits are conflicts, old bundles
do not undo newer work, and a partner started on both laptops stays one partner."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from desktop_app.services.media_edit import set_field_text
from desktop_app.services.partnerships import create_partnership, find_partnership
from desktop_app.services.partnerships import update_partnership as change_partnership
from desktop_app.store.models import HelpRequest, MediaItem, OutboxEntry
from tests.bundles.laptops import Laptop, folder_state, queue_help_request, table_rows
from tests.reports.helpers import ReadyBatch, ready_batch


def _item(laptop: Laptop, file_name: str) -> dict[str, Any]:
    with laptop.context() as ctx, ctx.db.session() as session:
        item = next(i for i in session.query(MediaItem) if Path(i.path).name == file_name)
        return {
            "id": item.id,
            "uuid": item.uuid,
            "title": item.title,
            "descriptions": dict(item.descriptions),
            "path": item.path,
            "file_state": item.file_state,
        }


def _edit(laptop: Laptop, file_name: str, field: str, text: str) -> None:
    with laptop.context() as ctx:
        set_field_text(ctx.db, [_item(laptop, file_name)["id"]], field, text)


def _partnership(laptop: Laptop, name: str, **changes: Any) -> None:
    with laptop.context() as ctx:
        found = find_partnership(ctx.db, name)
        assert found is not None
        change_partnership(ctx.db, found.id, **changes)


def _export(laptop: Laptop, partnership: str, out: Path, *extra: str) -> dict[str, Any]:
    code, report = laptop.run(
        "bundle", "export", "--partnership", partnership, *extra, str(out), "--json"
    )
    assert code == 0, report
    return dict(report)


def _import(laptop: Laptop, bundle: Path, media: Path, expect: int = 0) -> dict[str, Any]:
    code, summary = laptop.run("bundle", "import", str(bundle), "--media-dir", str(media), "--json")
    assert code == expect, summary
    return dict(summary)


def _shared_batch(laptop_a: Laptop, laptop_b: Laptop, tmp_path: Path, stick: Path) -> ReadyBatch:
    """A's batch and request, already carried to B once."""
    with laptop_a.context() as ctx:
        batch = ready_batch(ctx, tmp_path / "photos")
        partnership_id = find_partnership(ctx.db, batch.partnership).id  # type: ignore[union-attr]
    queue_help_request(laptop_a, partnership_id, "Glass plates")
    _export(laptop_a, batch.partnership, stick / "first.fkb")
    _import(laptop_b, stick / "first.fkb", tmp_path / "b-media")
    return batch


def test_importing_the_same_bundle_twice_changes_nothing(
    laptop_a: Laptop, laptop_b: Laptop, tmp_path: Path, stick: Path
) -> None:
    _shared_batch(laptop_a, laptop_b, tmp_path, stick)
    with laptop_b.context() as ctx:
        rows_before = table_rows(ctx)
    files_before = folder_state(tmp_path / "b-media")

    again = _import(laptop_b, stick / "first.fkb", tmp_path / "b-media")

    assert again["seen_before"] is True
    assert (again["added"], again["updated"], again["conflicting"]) == (0, 0, 0)
    assert again["unchanged"] == 1 + 1 + 3 + 1 + again["by_kind"]["step"]["unchanged"]
    assert again["files"] == {
        "placed": 0,
        "already_there": 0,
        "missing": 0,
        "folder": str(tmp_path / "b-media"),
    }
    with laptop_b.context() as ctx:
        assert table_rows(ctx) == rows_before
    assert folder_state(tmp_path / "b-media") == files_before


def test_a_field_edited_on_both_machines_is_a_conflict_with_both_values(
    laptop_a: Laptop, laptop_b: Laptop, tmp_path: Path, stick: Path
) -> None:
    batch = _shared_batch(laptop_a, laptop_b, tmp_path, stick)
    plain = batch.plain_file.name
    _edit(laptop_a, plain, "title", "Title written at the museum")
    _partnership(laptop_a, batch.partnership, notes="Notes from the museum")
    _edit(laptop_b, plain, "title", "Title written at the office")
    _edit(laptop_b, plain, "description:en", "Description written at the office")
    _partnership(laptop_b, batch.partnership, contact_name="Office contact")
    _export(laptop_b, batch.partnership, stick / "back.fkb")

    summary = _import(laptop_a, stick / "back.fkb", tmp_path / "a-media", expect=1)

    [conflict] = summary["conflicts"]
    assert conflict["kind"] == "item" and conflict["field"] == "title"
    assert conflict["local"] == "Title written at the museum"
    assert conflict["incoming"] == "Title written at the office"
    assert summary["conflicting"] == 1
    item = _item(laptop_a, plain)
    assert item["title"] == "Title written at the museum"  # never silently overwritten
    assert item["descriptions"]["en"] == "Description written at the office"  # only B changed
    with laptop_a.context() as ctx:
        partner = find_partnership(ctx.db, batch.partnership)
    assert partner is not None
    assert partner.notes == "Notes from the museum" and partner.contact_name == "Office contact"
    with laptop_a.context() as ctx:
        rows_before = table_rows(ctx)

    again = _import(laptop_a, stick / "back.fkb", tmp_path / "a-media")

    assert again["conflicts"] == [] and again["seen_before"] is True
    with laptop_a.context() as ctx:
        assert table_rows(ctx) == rows_before


def test_an_older_bundle_does_not_undo_a_newer_one(
    laptop_a: Laptop, laptop_b: Laptop, tmp_path: Path, stick: Path
) -> None:
    with laptop_a.context() as ctx:
        batch = ready_batch(ctx, tmp_path / "photos")
    plain = batch.plain_file.name
    _export(laptop_a, batch.partnership, stick / "monday.fkb")
    _edit(laptop_a, plain, "title", "Tuesday's better title")
    _export(laptop_a, batch.partnership, stick / "tuesday.fkb")

    _import(laptop_b, stick / "tuesday.fkb", tmp_path / "b-media")
    late = _import(laptop_b, stick / "monday.fkb", tmp_path / "b-media")

    assert _item(laptop_b, plain)["title"] == "Tuesday's better title"
    assert late["by_kind"]["item"]["skipped"] == 3 and late["conflicts"] == []


def test_a_partner_started_on_both_laptops_stays_one_partner(
    laptop_a: Laptop, laptop_b: Laptop, tmp_path: Path, stick: Path
) -> None:
    with laptop_a.context() as ctx:
        create_partnership(ctx.db, "Nordic Museum", kind="museum", country="SE")
    with laptop_b.context() as ctx:
        create_partnership(ctx.db, "Nordic Museum", notes="Met them at the fair")
    _export(laptop_a, "Nordic Museum", stick / "a.fkb")

    summary = _import(laptop_b, stick / "a.fkb", tmp_path / "b-media")

    assert summary["by_kind"]["partnership"]["updated"] == 1 and summary["conflicts"] == []
    with laptop_b.context() as ctx:
        partner = find_partnership(ctx.db, "Nordic Museum")
        assert partner is not None
        assert (partner.kind, partner.country, partner.notes) == (
            "museum",
            "SE",
            "Met them at the fair",
        )
        with ctx.db.session() as session:
            from desktop_app.store.models import Partnership

            assert session.query(Partnership).count() == 1


def test_a_bundle_without_files_points_at_copies_already_there(
    laptop_a: Laptop, laptop_b: Laptop, tmp_path: Path, stick: Path
) -> None:
    with laptop_a.context() as ctx:
        batch = ready_batch(ctx, tmp_path / "photos")
    report = _export(laptop_a, batch.partnership, stick / "records.fkb", "--no-media")
    assert report["counts"]["files"] == 0 and report["media_included"] is False
    media = tmp_path / "b-media"
    media.mkdir()
    shutil.copy2(batch.gps_file, media / batch.gps_file.name)  # brought on another disk

    summary = _import(laptop_b, stick / "records.fkb", media)

    assert summary["files"]["already_there"] == 1 and summary["files"]["missing"] == 2
    arrived = _item(laptop_b, batch.gps_file.name)
    assert arrived["file_state"] == "present" and arrived["path"] == str(
        media / batch.gps_file.name
    )
    assert _item(laptop_b, batch.plain_file.name)["file_state"] == "missing"


def test_queued_requests_travel_with_their_delivery_ids(
    laptop_a: Laptop, laptop_b: Laptop, tmp_path: Path, stick: Path
) -> None:
    _shared_batch(laptop_a, laptop_b, tmp_path, stick)

    def entries(laptop: Laptop) -> list[tuple[str, str, str, bool]]:
        with laptop.context() as ctx, ctx.db.session() as session:
            return sorted(
                (
                    entry.idempotency_key,
                    entry.kind,
                    session.get_one(HelpRequest, entry.help_request_id).uuid,
                    entry.travelled_at is not None,
                )
                for entry in session.query(OutboxEntry)
            )

    on_a, on_b = entries(laptop_a), entries(laptop_b)
    assert on_a == on_b and len(on_a) == 1
    [(key, kind, uuid, travelled)] = on_a
    assert (key, kind, travelled) == (uuid, "help_request.wiki_section", True)


def test_keeping_mine_closes_the_conflict_and_keeps_the_value(
    laptop_a: Laptop, laptop_b: Laptop, tmp_path: Path, stick: Path
) -> None:
    from desktop_app.services.bundles.conflicts import (
        ConflictNotOpen,
        open_conflicts,
        resolve_conflict,
    )

    batch = _shared_batch(laptop_a, laptop_b, tmp_path, stick)
    plain = batch.plain_file.name
    _edit(laptop_a, plain, "title", "Mine")
    _edit(laptop_b, plain, "title", "Theirs")
    _export(laptop_b, batch.partnership, stick / "back.fkb")
    _import(laptop_a, stick / "back.fkb", tmp_path / "a-media", expect=1)

    with laptop_a.context() as ctx:
        [conflict] = open_conflicts(ctx.db)
        assert (conflict.kind, conflict.local, conflict.incoming) == ("item", "Mine", "Theirs")
        resolve_conflict(ctx.db, conflict.id, "mine")
        assert open_conflicts(ctx.db) == []
        with pytest.raises(ConflictNotOpen):
            resolve_conflict(ctx.db, conflict.id, "theirs")
    assert _item(laptop_a, plain)["title"] == "Mine"


def test_checklist_progress_travels_and_comes_back_merged(
    laptop_a: Laptop, laptop_b: Laptop, tmp_path: Path, stick: Path
) -> None:
    from desktop_app.services.checklists import add_checklist, get_checklists, update_item

    def steps(laptop: Laptop) -> dict[str, tuple[str, str]]:
        with laptop.context() as ctx:
            partner = find_partnership(ctx.db, "Harbour Archive")
            assert partner is not None
            [checklist] = get_checklists(ctx.db, partner.id)
            return {step.key: (step.status, step.note) for step in checklist.items}

    def tick(laptop: Laptop, number: int, status: str, note: str) -> None:
        with laptop.context() as ctx:
            partner = find_partnership(ctx.db, "Harbour Archive")
            assert partner is not None
            [checklist] = get_checklists(ctx.db, partner.id)
            update_item(ctx.db, checklist.items[number].id, status=status, note=note)

    with laptop_a.context() as ctx:
        partner = create_partnership(ctx.db, "Harbour Archive")
        add_checklist(ctx.db, partner.id, "forming-partnership")
    tick(laptop_a, 0, "done", "Met the director")
    _export(laptop_a, "Harbour Archive", stick / "a.fkb")

    summary = _import(laptop_b, stick / "a.fkb", tmp_path / "b-media")

    on_b = steps(laptop_b)
    assert summary["by_kind"]["step"]["added"] == len(on_b) > 1
    assert on_b == steps(laptop_a)
    tick(laptop_b, 1, "done", "Licence explained")
    tick(laptop_a, 2, "done", "Sample files received")
    _export(laptop_b, "Harbour Archive", stick / "b.fkb")

    back = _import(laptop_a, stick / "b.fkb", tmp_path / "a-media")

    assert back["conflicts"] == [] and back["by_kind"]["step"]["updated"] == 1
    merged = steps(laptop_a)
    first, second, third = list(merged)[:3]
    assert merged[first] == ("done", "Met the director")
    assert merged[second] == ("done", "Licence explained")
    assert merged[third] == ("done", "Sample files received")
