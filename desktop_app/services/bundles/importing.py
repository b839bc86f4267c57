"""Import a bundle: verify everything, merge in one transaction, then place the files.

Order matters for "nothing half": (1) the whole bundle is read and every checksum
verified, media written only to a staging folder inside the chosen media folder;
(2) every record is checked; (3) one database transaction merges them; (4) only then
are the staged files moved into place. Anything refused before (4) leaves the data
folder as it was and removes the staging folder.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from desktop_app.core.bundle_format import (
    ATTACHMENT_PREFIX,
    BUNDLE_FORMAT,
    BundleRefused,
    Manifest,
)
from desktop_app.core.bundle_merge import ImportSummary
from desktop_app.core.bundle_records import check_record, invalid
from desktop_app.core.help_request_delivery import channel_kinds
from desktop_app.core.timeutil import utcnow
from desktop_app.files.bundle_reader import BundleReader, VerifiedBundle, iter_lines
from desktop_app.files.media_placement import Placement, Staging, place_files
from desktop_app.services.bundles.incoming_items import ItemMerger
from desktop_app.services.bundles.incoming_requests import merge_request
from desktop_app.services.bundles.merging import Merge
from desktop_app.store.context import AppContext
from desktop_app.store.repositories import bundle_books as books
from desktop_app.store.repositories.settings import load_settings
from desktop_app.sync.uploads.copies import delete_copy

log = logging.getLogger(__name__)

MEDIA_FOLDER = "media"  # inside the data folder, when the user names no other place
Progress = Callable[[int, int, str], None]  # done, total, stage ("verify", "merge")


def default_media_dir(ctx: AppContext) -> Path:
    return ctx.paths.root / MEDIA_FOLDER


def _records(verified: VerifiedBundle) -> Iterator[dict[str, Any]]:
    data = verified.documents.get("records")
    if data is None:
        raise invalid("the bundle has no records")
    for line in iter_lines(data):
        try:
            record = json.loads(line)
        except ValueError as error:
            raise invalid("a line is not JSON") from error
        yield dict(check_record(record))


def check_records(verified: VerifiedBundle) -> None:
    """Every record valid and every file it names present, before anything is written."""
    manifest = verified.manifest
    entries = {entry.name for entry in manifest.entries}
    attachments = {name.removeprefix(ATTACHMENT_PREFIX) for name in verified.attachments}
    partnerships = 0
    for record in _records(verified):
        kind = record["kind"]
        if kind == "partnership":
            partnerships += 1
        elif partnerships == 0:
            raise invalid("records come before their partnership")
        if kind == "item" and record["media"] and record["media"] not in entries:
            raise invalid(f"item {record['uuid']} names a file the bundle lacks")
        if kind == "request":
            for attachment in record["fields"]["attachments"]:
                if attachment["sha1"] not in attachments:
                    raise invalid(f"request {record['uuid']} names an attachment it lacks")
    if partnerships != 1:
        raise invalid("a bundle holds exactly one partnership")


def _merge_all(merge: Merge, verified: VerifiedBundle) -> None:
    items = ItemMerger(merge)
    for record in _records(verified):
        kind = record["kind"]
        if kind == "item":
            items.add(record)
            continue
        items.flush()
        if kind == "partnership":
            merge.partnership(record)
        elif kind == "step":
            merge.step(record)
        elif kind == "batch":
            merge.batch(record)
        elif kind == "request":
            merge_request(merge, record)
    items.flush()


def _received(merge: Merge) -> None:
    manifest: Manifest = merge.manifest
    books.record_received(
        merge.session,
        bundle_id=manifest.bundle_id,
        kind="bundle",
        source_installation=manifest.source_installation,
        sequence=manifest.sequence,
        records=merge.record_uuids,
        summary=merge.summary.to_dict() | {"conflicts": len(merge.summary.conflicts)},
        imported_at=merge.now,
    )


def import_bundle(
    ctx: AppContext,
    path: Path,
    media_dir: Path | None = None,
    *,
    progress: Progress | None = None,
    should_stop: Callable[[], None] = lambda: None,
) -> ImportSummary:
    """Import ``path`` (and its further volumes); files go under ``media_dir``.

    Raises ``BundleRefused`` (nothing changed) for anything wrong with the bundle.
    Importing the same bundle again changes nothing (``seen_before`` says so).
    """
    report = progress or (lambda _done, _total, _stage: None)
    folder = (media_dir or default_media_dir(ctx)).expanduser().absolute()
    if folder.exists() and not folder.is_dir():
        raise BundleRefused(
            "bundle.media_dir_invalid", f"{folder} is not a folder.", folder=str(folder)
        )
    staging = Staging(folder)
    try:
        reader = BundleReader(
            path,
            BUNDLE_FORMAT,
            staging=staging,
            progress=lambda done, total: report(done, total, "verify"),
            should_stop=should_stop,
        )
        try:
            verified = reader.read()
        finally:
            reader.close()
        check_records(verified)
        should_stop()
        report(0, 0, "merge")
        summary, placements = _apply(ctx, verified, folder)
        place_files(placements, verified.staged)
        Staging.sweep_stale(folder)
    finally:
        staging.discard()
    log.info("Imported bundle %s: %s", summary.bundle_id, summary.to_dict()["by_kind"])
    return summary


def _apply(
    ctx: AppContext, verified: VerifiedBundle, folder: Path
) -> tuple[ImportSummary, list[Placement]]:
    """The merge, committed; returns the summary and where the staged files must go."""
    manifest = verified.manifest
    summary = ImportSummary(
        manifest.bundle_id, manifest.source_installation, manifest.sequence, media_dir=str(folder)
    )
    attachments: Mapping[str, bytes] = {
        name.removeprefix(ATTACHMENT_PREFIX): data for name, data in verified.attachments.items()
    }
    with ctx.db.session() as session:
        merge = Merge(session, manifest, summary, utcnow(), folder, attachments, verified.staged)
        merge.channels = tuple(channel_kinds(load_settings(session)))
        seen = books.received_bundle(session, manifest.bundle_id) is not None
        _merge_all(merge, verified)
        if seen:
            summary.seen_before = True
        else:
            _received(merge)
    for copy in merge.kept_copies:
        delete_copy(copy, ctx.paths.cache)
    return summary, merge.placements
