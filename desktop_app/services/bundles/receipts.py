"""Receipts: what became of a bundle's files and requests, carried back to where it began.

The machine that uploaded writes one for a bundle it imported (which pages, verified
SHA-1s, which requests were delivered and where); the machine that sent the bundle
imports it, and its own queue then holds those files as verified and those requests as
sent — its outcome report is complete and its ``sync`` sends none of them again. A
receipt is the same kind of archive as a bundle (manifest, checksums), one volume.
"""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app import __version__
from desktop_app.core.bundle_format import (
    BUNDLE_FORMAT,
    RECEIPT_FORMAT,
    RECEIPT_NAME,
    BundleRefused,
    Manifest,
    ManifestEntry,
)
from desktop_app.core.bundle_records import check_receipt_line, invalid
from desktop_app.core.help_request_delivery import RequestState
from desktop_app.core.timeutil import utcnow
from desktop_app.files.bundle_reader import BundleReader, iter_lines, read_manifest
from desktop_app.files.bundle_volumes import VolumeWriter
from desktop_app.files.bundle_writer import (
    ArchiveWriter,
    check_length,
    finalize_manifest,
    write_archive_head,
)
from desktop_app.files.hashing import sha1_of_bytes
from desktop_app.services.bundles.incoming_requests import mark_entry_sent
from desktop_app.store.context import AppContext
from desktop_app.store.models import OutboxState, new_uuid
from desktop_app.store.repositories import bundle_books as books
from desktop_app.store.repositories import bundle_rows as rows
from desktop_app.store.repositories.requests import mirror_request_state, outbox_entries_of
from desktop_app.sync.uploads.copies import delete_copy

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)


@dataclass
class ReceiptReport:
    """What ``bundle receipt`` wrote."""

    receipt_id: str
    bundle_id: str
    path: str
    uploads: int
    deliveries: int
    items_not_uploaded: int
    requests_not_delivered: int

    def to_dict(self) -> dict[str, Any]:
        return {"ok": True, **self.__dict__}


@dataclass
class ReceiptSummary:
    """What ``bundle import-receipt`` changed."""

    receipt_id: str
    bundle_id: str
    seen_before: bool = False
    files_marked: int = 0
    files_already_done: int = 0
    requests_marked: int = 0
    requests_already_done: int = 0
    unknown: int = 0
    pages: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": True,
            "receipt_id": self.receipt_id,
            "bundle_id": self.bundle_id,
            "seen_before": self.seen_before,
            "files": {"marked_uploaded": self.files_marked, "already": self.files_already_done},
            "requests": {
                "marked_delivered": self.requests_marked,
                "already": self.requests_already_done,
            },
            "unknown": self.unknown,
            "pages": self.pages,
            "links": self.links,
        }


# -- writing --------------------------------------------------------------------------------------
def _lines(ctx: AppContext, bundle_id: str) -> tuple[list[dict[str, Any]], int, int]:
    """Receipt lines for what the bundle brought; and counts of what is still to do."""
    lines: list[dict[str, Any]] = []
    with ctx.db.session() as session:
        received = books.received_bundle(session, bundle_id)
        if received is None or received.kind != "bundle":
            raise BundleRefused(
                "receipt.bundle_not_imported",
                "This bundle was never imported here, so there is nothing to report on it.",
                bundle_id=bundle_id,
            )
        items = rows.items_by_uuid(session, list(received.records.get("items", [])))
        uploads = rows.verified_uploads(session, [item.id for item in items.values()])
        for uuid, item in items.items():
            job = uploads.get(item.id)
            if job is not None:
                lines.append(
                    {
                        "kind": "upload",
                        "item": uuid,
                        "title": job.title,
                        "page_url": job.page_url,
                        "sha1": job.sha1,
                        "verified_at": job.verified_at.isoformat() if job.verified_at else None,
                    }
                )
        pending_items = len(received.records.get("items", [])) - len(lines)
        requests = rows.requests_by_uuid(session, list(received.records.get("requests", [])))
        delivered = 0
        for request in requests:
            sent = [e for e in outbox_entries_of(session, request.id) if e.state == "sent"]
            if not sent:
                continue
            delivered += 1
            lines.append(
                {
                    "kind": "delivery",
                    "request": request.uuid,
                    "remote_url": request.remote_url,
                    "remote_page": request.remote_page,
                    "remote_revision": request.remote_revision,
                    "message_id": request.message_id,
                    "sent_at": request.sent_at.isoformat() if request.sent_at else None,
                    "channels": [
                        {
                            "key": e.idempotency_key,
                            "kind": e.kind,
                            "state": e.state,
                            "sent_at": e.sent_at.isoformat() if e.sent_at else None,
                            "result": e.result,
                        }
                        for e in sent
                    ],
                }
            )
        return lines, pending_items, len(requests) - delivered


def export_receipt(ctx: AppContext, bundle: Path, out: Path) -> ReceiptReport:
    """Write the receipt for ``bundle`` (imported here earlier) to ``out``."""
    answered = read_manifest(bundle, BUNDLE_FORMAT)
    lines, pending_items, pending_requests = _lines(ctx, answered.bundle_id)
    unpacked = b"".join(
        json.dumps(line, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n"
        for line in lines
    )
    document = gzip.compress(unpacked, mtime=0)
    uploads = sum(1 for line in lines if line["kind"] == "upload")
    now = utcnow()
    with ctx.db.session() as session:
        installation, sequence = books.installation_id(session), books.next_sequence(session)
    manifest, manifest_bytes = finalize_manifest(
        Manifest(
            format=RECEIPT_FORMAT,
            bundle_id=new_uuid(),
            source_installation=installation,
            sequence=sequence,
            created_at=now.isoformat(),
            fieldkit_version=__version__,
            entries=(
                ManifestEntry(
                    RECEIPT_NAME, len(document), sha1_of_bytes(document), "receipt", len(unpacked)
                ),
            ),
            answers_bundle_id=answered.bundle_id,
            media_included=False,
            counts={"uploads": uploads, "deliveries": len(lines) - uploads},
        )
    )
    if not out.parent.is_dir():
        raise BundleRefused(
            "export.cannot_write", f"The folder {out.parent} does not exist.", path=str(out)
        )
    volumes = VolumeWriter(out, None)
    try:
        archive = ArchiveWriter(volumes, int(now.timestamp()))
        write_archive_head(archive, manifest_bytes)
        archive.add_bytes(RECEIPT_NAME, document)
        archive.finish()
        check_length(volumes, manifest)
        with ctx.db.session() as session:
            books.record_sent(
                session,
                bundle_id=manifest.bundle_id,
                kind="receipt",
                sequence=sequence,
                answers_bundle_id=answered.bundle_id,
                file_name=out.name,
                counts={"lines": len(lines)},
                created_at=now,
            )
        volumes.commit()
    except BaseException:
        volumes.abort()
        raise
    return ReceiptReport(
        manifest.bundle_id,
        answered.bundle_id,
        str(out),
        uploads,
        len(lines) - uploads,
        pending_items,
        pending_requests,
    )


# -- reading -------------------------------------------------------------------------------------
def _receipt_lines(document: bytes) -> Iterator[dict[str, Any]]:
    for raw in iter_lines(document):
        try:
            line = json.loads(raw)
        except ValueError as error:
            raise invalid("a receipt line is not JSON") from error
        yield dict(check_receipt_line(line))


def import_receipt(ctx: AppContext, path: Path) -> ReceiptSummary:
    """Mark what the receipt reports as done here; refused for a bundle never sent here."""
    reader = BundleReader(path, RECEIPT_FORMAT)
    try:
        verified = reader.read()
    finally:
        reader.close()
    manifest = verified.manifest
    document = verified.documents.get("receipt")
    if document is None or not manifest.answers_bundle_id:
        raise invalid("the receipt has no report")
    lines = list(_receipt_lines(document))
    summary = ReceiptSummary(manifest.bundle_id, manifest.answers_bundle_id)
    copies: list[str] = []
    now = utcnow()
    with ctx.db.session() as session:
        sent = books.sent_bundle(session, manifest.answers_bundle_id)
        if sent is None or sent.kind != "bundle":
            raise BundleRefused(
                "receipt.unknown_bundle",
                "This receipt answers a bundle this machine never sent; nothing was changed.",
                bundle_id=manifest.answers_bundle_id,
            )
        summary.seen_before = books.received_bundle(session, manifest.bundle_id) is not None
        for line in lines:
            if line["kind"] == "upload":
                copies.extend(_upload(session, line, summary, now))
            else:
                _delivery(session, line, summary, now)
        if not summary.seen_before:
            books.record_received(
                session,
                bundle_id=manifest.bundle_id,
                kind="receipt",
                source_installation=manifest.source_installation,
                sequence=manifest.sequence,
                answers_bundle_id=manifest.answers_bundle_id,
                records={},
                summary=summary.to_dict(),
                imported_at=now,
            )
    for copy in copies:
        delete_copy(copy, ctx.paths.cache)
    log.info("Imported receipt %s for bundle %s", summary.receipt_id, summary.bundle_id)
    return summary


def _upload(
    session: Any, line: dict[str, Any], summary: ReceiptSummary, now: datetime
) -> list[str]:
    item = rows.items_by_uuid(session, [line["item"]]).get(line["item"])
    if item is None:
        summary.unknown += 1
        return []
    verified_at = line.get("verified_at")
    changed, finished = rows.record_verified_upload(
        session,
        item,
        title=line["title"],
        page_url=line.get("page_url"),
        sha1=line["sha1"],
        verified_at=datetime.fromisoformat(verified_at) if verified_at else None,
        now=now,
    )
    if changed:
        summary.files_marked += 1
    else:
        summary.files_already_done += 1
    summary.pages.append({"item": item.uuid, "title": line["title"], "page_url": line["page_url"]})
    return finished


def _delivery(
    session: Session, line: dict[str, Any], summary: ReceiptSummary, now: datetime
) -> None:
    request = rows.request_by_uuid(session, line["request"])
    if request is None:
        summary.unknown += 1
        return
    already = request.state == RequestState.SENT
    entries = outbox_entries_of(session, request.id)
    for channel in line["channels"]:
        entry = next((e for e in entries if e.idempotency_key == channel["key"]), None)
        entry = entry or next((e for e in entries if e.kind == channel["kind"]), None)
        if entry is not None and entry.state != OutboxState.SENT:
            mark_entry_sent(entry, channel, now)
    for name in ("remote_url", "remote_page", "remote_revision", "message_id"):
        if getattr(request, name) is None and line.get(name) is not None:
            setattr(request, name, line[name])
    if request.sent_at is None and line.get("sent_at"):
        request.sent_at = datetime.fromisoformat(line["sent_at"])
    mirror_request_state(session, request)
    if already:
        summary.requests_already_done += 1
    else:
        summary.requests_marked += 1
    summary.links.append(
        {"request": request.uuid, "subject": request.subject, "url": line["remote_url"]}
    )
