"""Media items arriving in a bundle: merged a chunk at a time, their files placed.

A new item points at where its file will be once placed (``<folder>/<partnership>/
<batch>/<name>``); the file itself moves there after the commit. An item whose file did
not travel points at a copy already in the chosen folder when one has the same bytes,
else at where it would be, marked missing until it appears. An upload done elsewhere
(the bundle says so) becomes a verified job here, so this machine never sends it again.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.files.media_placement import PlacementPlanner, safe_name
from desktop_app.services.bundles.merging import Merge
from desktop_app.store.models import MediaBatch, MediaItem
from desktop_app.store.repositories import bundle_rows as rows


def _folder(merge: Merge, batch: MediaBatch) -> Path:
    partnership = batch.partnership
    return (
        merge.media_dir
        / safe_name(partnership.name, "partnership")
        / safe_name(batch.name, "batch")
    )


def _label(item: MediaItem | None, record: Mapping[str, Any]) -> str:
    title = item.title if item is not None else str(record["fields"].get("title") or "")
    return title or str(record["file_name"])


class ItemMerger:
    """Merges item records; :meth:`flush` works off a chunk with a few queries."""

    CHUNK = 500

    def __init__(self, merge: Merge) -> None:
        self.merge = merge
        self.planner = PlacementPlanner()
        self._pending: list[Mapping[str, Any]] = []

    def add(self, record: Mapping[str, Any]) -> None:
        self._pending.append(record)
        if len(self._pending) >= self.CHUNK:
            self.flush()

    def flush(self) -> None:
        records, self._pending = self._pending, []
        if not records:
            return
        existing = rows.items_by_uuid(self.merge.session, [str(r["uuid"]) for r in records])
        for record in records:
            self._one(record, existing.get(str(record["uuid"])))

    def _one(self, record: Mapping[str, Any], item: MediaItem | None) -> None:
        merge = self.merge
        batch = merge.batches.get(str(record["batch"]))
        if batch is None:
            merge.summary.counts["item"].skipped += 1  # its batch did not come along
            return
        merge.record_uuids["items"].append(str(record["uuid"]))
        key = f"item:{record['uuid']}"
        fields: dict[str, Any] = dict(record["fields"])
        if item is None:
            item = self._new_item(record, batch, fields)
            merge.added("item", key, record)
        else:
            decision = merge.merge_existing(
                "item", key, _label(item, record), rows.item_values(item), record
            )
            rows.set_values(item, decision.take)
            if "file" in decision.take:
                self._file_replaced(item, record, batch)
        upload = record.get("upload")
        if upload:
            self._uploaded_elsewhere(item, upload)

    def _new_item(
        self, record: Mapping[str, Any], batch: MediaBatch, fields: dict[str, Any]
    ) -> MediaItem:
        item = MediaItem(uuid=str(record["uuid"]), batch_id=batch.id)
        rows.set_values(item, fields)
        item.path, item.file_state = self._place(record, batch)
        item.scanned_at = self.merge.now
        item.mtime = 0.0  # a re-scan reads the placed file once and fills it in
        return rows.add_row(self.merge.session, item)

    def _place(self, record: Mapping[str, Any], batch: MediaBatch) -> tuple[str, str]:
        """Where the item's file will be, and its state: present or missing."""
        merge = self.merge
        facts = record["fields"]["file"]
        folder = _folder(merge, batch)
        name = safe_name(str(record["file_name"]), "file")
        size, sha1 = int(facts.get("size") or 0), str(facts.get("sha1") or "")
        entry = record.get("media")
        if entry and entry in merge.staged:
            placement = self.planner.plan(str(record["uuid"]), entry, folder, name, size, sha1)
            merge.placements.append(placement)
            if placement.existing:
                merge.summary.files_already_there += 1
            else:
                merge.summary.files_placed += 1
            return str(placement.target), "present"
        found = self.planner.find_existing((folder, merge.media_dir), name, size, sha1)
        if found is not None:
            merge.summary.files_already_there += 1
            return str(found), "present"
        merge.summary.files_missing += 1
        return str(folder / name), "missing"

    def _file_replaced(self, item: MediaItem, record: Mapping[str, Any], batch: MediaBatch) -> None:
        """The other machine's file changed (a new scan there): bring its bytes too."""
        if record.get("media") in self.merge.staged:
            item.path, item.file_state = self._place(record, batch)
        else:
            item.file_state = "changed"

    def _uploaded_elsewhere(self, item: MediaItem, upload: Mapping[str, Any]) -> None:
        verified_at = upload.get("verified_at")
        _changed, finished = rows.record_verified_upload(
            self.merge.session,
            item,
            title=str(upload.get("title") or ""),
            page_url=upload.get("page_url"),
            sha1=str(upload.get("sha1") or item.sha1 or ""),
            verified_at=datetime.fromisoformat(verified_at) if verified_at else None,
            now=self.merge.now,
        )
        self.merge.kept_copies.extend(finished)
