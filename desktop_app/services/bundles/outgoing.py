"""What goes into a bundle: the records (one JSON line each, gzip) and the files to add.

Read in one session (one consistent snapshot). Records are compressed as they are
written, so even 50,000 items stay a few megabytes in memory; the media files are only
listed here — the archive writer streams them later, straight from where they are.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.bundle_format import ATTACHMENT_PREFIX, MEDIA_PREFIX
from desktop_app.core.bundle_merge import Base
from desktop_app.store.repositories import bundle_books as books
from desktop_app.store.repositories import bundle_rows as rows
from desktop_app.store.repositories.requests import outbox_entries_of

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.store.models import HelpRequest, MediaBatch, MediaItem, Partnership

_SUFFIX = re.compile(r"^\.[a-z0-9]{1,10}$")


@dataclass(frozen=True)
class MediaSource:
    """A media file to stream into the archive, as it was scanned."""

    entry: str
    path: Path
    size: int
    sha1: str


@dataclass
class Outgoing:
    """Everything a bundle will hold, ready for the archive writer."""

    partnership: dict[str, str]
    batches: list[dict[str, str]]
    media: dict[str, MediaSource] = field(default_factory=dict)
    attachments: dict[str, bytes] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    entry_ids: list[int] = field(default_factory=list)  # outbox entries that travel
    missing_files: list[str] = field(default_factory=list)
    records: bytes = b""
    unpacked_size: int = 0


def step_key(partnership_uuid: str, template_id: str, item_key: str) -> str:
    return f"step:{partnership_uuid}/{template_id}/{item_key}"


class _Lines:
    """Records written as gzip JSON lines, counting the unpacked bytes."""

    def __init__(self) -> None:
        self.buffer = io.BytesIO()
        self.gzip = gzip.GzipFile(fileobj=self.buffer, mode="wb", compresslevel=6, mtime=0)
        self.unpacked = 0

    def add(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        data = line.encode("utf-8") + b"\n"
        self.unpacked += len(data)
        self.gzip.write(data)

    def close(self) -> bytes:
        self.gzip.close()
        return self.buffer.getvalue()


def _base(found: dict[str, Base], key: str) -> dict[str, Any] | None:
    base = found.get(key)
    return dict(base.values) if base is not None else None


def media_entry(item: MediaItem) -> str:
    """``media/<sha1><suffix>``: one entry per distinct content, with a tame name."""
    suffix = Path(item.path).suffix.lower()
    return f"{MEDIA_PREFIX}{item.sha1}{suffix if _SUFFIX.match(suffix) else ''}"


def gather(
    session: Session,
    partnership: Partnership,
    batches: Sequence[MediaBatch],
    include_media: bool,
) -> Outgoing:
    """The records of ``partnership`` and ``batches`` and the files they need."""
    out = Outgoing(
        partnership={"uuid": partnership.uuid, "name": partnership.name},
        batches=[{"uuid": batch.uuid, "name": batch.name} for batch in batches],
        counts={"batches": 0, "items": 0, "requests": 0, "steps": 0},
    )
    lines = _Lines()
    key = f"partnership:{partnership.uuid}"
    lines.add(
        {
            "kind": "partnership",
            "uuid": partnership.uuid,
            "fields": rows.partnership_values(partnership),
            "base": _base(books.bases(session, [key]), key),
        }
    )
    _steps(session, partnership, lines, out)
    for batch in batches:
        key = f"batch:{batch.uuid}"
        lines.add(
            {
                "kind": "batch",
                "uuid": batch.uuid,
                "partnership": partnership.uuid,
                "fields": rows.batch_values(batch),
                "base": _base(books.bases(session, [key]), key),
            }
        )
        out.counts["batches"] += 1
        _items(session, batch, include_media, lines, out)
    _requests(session, partnership, lines, out)
    out.records = lines.close()
    out.unpacked_size = lines.unpacked
    return out


def _steps(session: Session, partnership: Partnership, lines: _Lines, out: Outgoing) -> None:
    for checklist in partnership.checklists:
        keys = [
            step_key(partnership.uuid, checklist.template_id, item.item_key)
            for item in checklist.items
        ]
        found = books.bases(session, keys)
        for item, key in zip(checklist.items, keys, strict=True):
            lines.add(
                {
                    "kind": "step",
                    "key": key.removeprefix("step:"),
                    "partnership": partnership.uuid,
                    "template_id": checklist.template_id,
                    "template_version": checklist.template_version,
                    "item_key": item.item_key,
                    "position": item.position,
                    "retired": item.retired,
                    "fields": rows.step_values(item),
                    "base": _base(found, key),
                }
            )
            out.counts["steps"] += 1


def _items(
    session: Session, batch: MediaBatch, include_media: bool, lines: _Lines, out: Outgoing
) -> None:
    chunk: list[MediaItem] = []

    def flush() -> None:
        found = books.bases(session, [f"item:{item.uuid}" for item in chunk])
        uploads = rows.verified_uploads(session, [item.id for item in chunk])
        for item in chunk:
            lines.add(_item_record(item, batch, found, uploads.get(item.id), include_media, out))
        chunk.clear()

    for item in rows.iter_items(session, batch.id):
        chunk.append(item)
        if len(chunk) >= rows.ITEM_CHUNK:
            flush()
    flush()


def _item_record(
    item: MediaItem,
    batch: MediaBatch,
    found: dict[str, Base],
    upload: Any,
    include_media: bool,
    out: Outgoing,
) -> dict[str, Any]:
    entry = None
    path = Path(item.path)
    if include_media:
        if item.sha1 and item.file_state != "missing" and path.is_file():
            entry = media_entry(item)
            out.media.setdefault(entry, MediaSource(entry, path, item.size, item.sha1))
        else:
            out.missing_files.append(item.path)
    out.counts["items"] += 1
    return {
        "kind": "item",
        "uuid": item.uuid,
        "batch": batch.uuid,
        "file_name": path.name,
        "media": entry,
        "upload": _upload_facts(upload),
        "fields": rows.item_values(item),
        "base": _base(found, f"item:{item.uuid}"),
    }


def _upload_facts(job: Any) -> dict[str, Any] | None:
    if job is None:
        return None
    return {
        "title": job.title,
        "page_url": job.page_url,
        "sha1": job.sha1,
        "verified_at": job.verified_at.isoformat() if job.verified_at else None,
    }


def _requests(session: Session, partnership: Partnership, lines: _Lines, out: Outgoing) -> None:
    requests = rows.requests_of(session, partnership.id)
    found = books.bases(session, [f"request:{request.uuid}" for request in requests])
    for request in requests:
        lines.add(_request_record(session, request, found, out))
        out.counts["requests"] += 1


def _request_record(
    session: Session, request: HelpRequest, found: dict[str, Base], out: Outgoing
) -> dict[str, Any]:
    sha1_of = {}
    for attachment in request.attachments:
        digest = hashlib.sha1(attachment.content, usedforsecurity=False).hexdigest()
        sha1_of[attachment.id] = digest
        out.attachments[f"{ATTACHMENT_PREFIX}{digest}"] = attachment.content
    channels = []
    for entry in outbox_entries_of(session, request.id):
        channels.append(
            {
                "key": entry.idempotency_key,
                "kind": entry.kind,
                "state": entry.state,
                "payload": dict(entry.payload or {}),
                "sent_at": entry.sent_at.isoformat() if entry.sent_at else None,
                "result": entry.result,
            }
        )
        if entry.state != "sent":
            out.entry_ids.append(entry.id)
    return {
        "kind": "request",
        "uuid": request.uuid,
        "fields": rows.request_values(request, rows.attachment_list(request, sha1_of)),
        "base": _base(found, f"request:{request.uuid}"),
        "delivery": {
            "state": request.state,
            "remote_url": request.remote_url,
            "remote_page": request.remote_page,
            "remote_revision": request.remote_revision,
            "message_id": request.message_id,
            "sent_at": request.sent_at.isoformat() if request.sent_at else None,
        },
        "channels": channels,
        "replies": [
            {
                "reply_key": reply.reply_key,
                "author": reply.author,
                "signed_at": reply.signed_at,
                "text": reply.text,
                "extra": dict(reply.extra or {}),
            }
            for reply in request.replies
        ],
    }
