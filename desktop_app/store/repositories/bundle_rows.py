"""Rows as a bundle sees them: found by stable id, read as field values, written back.

The values are the ``fields`` of :mod:`desktop_app.core.bundle_records` (dates as ISO
text, a file's scan facts in one ``file`` value). Reading a partnership for export goes
through the ORM a few hundred rows at a time, so 50,000 items never sit in memory.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.bundle_records import (
    BATCH_FIELDS,
    FILE_FACTS,
    ITEM_FIELDS,
    PARTNERSHIP_FIELDS,
    STEP_FIELDS,
    from_json_date,
    json_date,
)
from desktop_app.core.help_request import FORM_FIELDS
from desktop_app.core.uploads import UploadState
from desktop_app.store.models import (
    Checklist,
    ChecklistItem,
    HelpRequest,
    MediaBatch,
    MediaItem,
    OutboxEntry,
    OutboxState,
    Partnership,
    RequestAttachment,
    UploadJob,
)
from desktop_app.store.repositories.media import in_chunks
from desktop_app.store.repositories.uploads import OPEN_STATES

_DATES = ("first_contact_on", "agreed_on", "due_on")
ITEM_CHUNK = 500


# -- finding by stable id ---------------------------------------------------------------------
def partnership_by_uuid(session: Session, uuid: str) -> Partnership | None:
    return session.scalar(select(Partnership).where(Partnership.uuid == uuid))


def batch_by_uuid(session: Session, uuid: str) -> MediaBatch | None:
    return session.scalar(select(MediaBatch).where(MediaBatch.uuid == uuid))


def items_by_uuid(session: Session, uuids: Sequence[str]) -> dict[str, MediaItem]:
    found: dict[str, MediaItem] = {}
    for chunk in in_chunks(list(uuids)):
        for item in session.scalars(select(MediaItem).where(MediaItem.uuid.in_(chunk))):
            found[item.uuid] = item
    return found


def request_by_uuid(session: Session, uuid: str) -> HelpRequest | None:
    return session.scalar(select(HelpRequest).where(HelpRequest.uuid == uuid))


def requests_by_uuid(session: Session, uuids: Sequence[str]) -> list[HelpRequest]:
    found: list[HelpRequest] = []
    for chunk in in_chunks(list(uuids)):
        found.extend(session.scalars(select(HelpRequest).where(HelpRequest.uuid.in_(chunk))))
    return found


def step_row(
    session: Session, partnership_id: int, template_id: str, key: str
) -> ChecklistItem | None:
    return session.scalar(
        select(ChecklistItem)
        .join(Checklist, ChecklistItem.checklist_id == Checklist.id)
        .where(
            Checklist.partnership_id == partnership_id,
            Checklist.template_id == template_id,
            ChecklistItem.item_key == key,
        )
    )


def outbox_entry_by_key(session: Session, key: str) -> OutboxEntry | None:
    return session.scalar(select(OutboxEntry).where(OutboxEntry.idempotency_key == key))


# -- reading for export -----------------------------------------------------------------------
def batches_for_export(
    session: Session, partnership: Partnership, names: Sequence[str] | None
) -> tuple[list[MediaBatch], list[str]]:
    """The partnership's batches called ``names`` (all for ``None``); and names not found."""
    batches = sorted(partnership.batches, key=lambda batch: batch.id)
    if names is None:
        return batches, []
    by_name = {batch.name: batch for batch in batches}
    return [by_name[n] for n in names if n in by_name], [n for n in names if n not in by_name]


def iter_items(session: Session, batch_id: int) -> Iterator[MediaItem]:
    """The batch's items in import order, a chunk at a time (then let go)."""
    last = 0
    while True:
        query = (
            select(MediaItem)
            .where(MediaItem.batch_id == batch_id, MediaItem.id > last)
            .order_by(MediaItem.id)
            .limit(ITEM_CHUNK)
        )
        chunk = list(session.scalars(query))
        if not chunk:
            return
        yield from chunk
        last = chunk[-1].id
        for item in chunk:
            session.expunge(item)


def requests_of(session: Session, partnership_id: int) -> list[HelpRequest]:
    query = (
        select(HelpRequest)
        .where(HelpRequest.partnership_id == partnership_id)
        .order_by(HelpRequest.id)
    )
    return list(session.scalars(query))


def verified_uploads(session: Session, item_ids: Sequence[int]) -> dict[int, UploadJob]:
    """Each of these items' newest verified upload job (items without one left out)."""
    found: dict[int, UploadJob] = {}
    for chunk in in_chunks(list(item_ids)):
        query = (
            select(UploadJob)
            .where(UploadJob.media_item_id.in_(chunk), UploadJob.state == UploadState.VERIFIED)
            .order_by(UploadJob.id)
        )
        for job in session.scalars(query):
            found[job.media_item_id] = job  # type: ignore[index]
    return found


def mark_travelled(session: Session, entry_ids: Sequence[int], now: datetime) -> None:
    """These undelivered outbox entries left in a bundle: look before sending from now on."""
    for chunk in in_chunks(list(entry_ids)):
        for entry in session.scalars(select(OutboxEntry).where(OutboxEntry.id.in_(chunk))):
            if entry.state != OutboxState.SENT and entry.travelled_at is None:
                entry.travelled_at = now


# -- values -----------------------------------------------------------------------------------
def _plain(row: Any, names: Sequence[str]) -> dict[str, Any]:
    values = {}
    for name in names:
        value = getattr(row, name)
        values[name] = json_date(value) if name in _DATES else value
    return values


def partnership_values(row: Partnership) -> dict[str, Any]:
    return _plain(row, PARTNERSHIP_FIELDS)


def batch_values(row: MediaBatch) -> dict[str, Any]:
    return _plain(row, BATCH_FIELDS)


def step_values(row: ChecklistItem) -> dict[str, Any]:
    return _plain(row, STEP_FIELDS)


def file_facts(row: MediaItem) -> dict[str, Any]:
    facts = {name: getattr(row, name) for name in FILE_FACTS}
    facts["scan_problems"] = list(row.scan_problems or [])
    return facts


def item_values(row: MediaItem) -> dict[str, Any]:
    values = {name: getattr(row, name) for name in ITEM_FIELDS if name != "file"}
    for name in ("descriptions", "captions"):
        values[name] = dict(values[name] or {})
    for name in ("depicts", "categories"):
        values[name] = list(values[name] or [])
    values["file"] = file_facts(row)
    return values


def attachment_list(row: HelpRequest, sha1_of: Mapping[int, str]) -> list[dict[str, Any]]:
    return [
        {"filename": a.filename, "media_type": a.media_type, "size": a.size, "sha1": sha1_of[a.id]}
        for a in row.attachments
    ]


def request_values(row: HelpRequest, attachments: list[dict[str, Any]]) -> dict[str, Any]:
    values = {name: getattr(row, name) for name in FORM_FIELDS}
    values["help_wanted"] = list(row.help_wanted or [])
    values["partnership"] = row.partnership.uuid if row.partnership else None
    step = row.checklist_item
    values["checklist_step"] = (
        {"template_id": step.checklist.template_id, "key": step.item_key} if step else None
    )
    values["attachments"] = attachments
    return values


# -- writing values back ----------------------------------------------------------------------
def set_values(row: Any, values: Mapping[str, Any]) -> None:
    """Set plain fields (dates from ISO text); ``file`` sets the scan facts."""
    for name, value in values.items():
        if name == "file":
            for fact, fact_value in value.items():
                setattr(row, fact, fact_value)
        elif name in _DATES:
            setattr(row, name, from_json_date(value))
        elif name not in ("partnership", "checklist_step", "attachments"):
            setattr(row, name, value)


def add_row(session: Session, row: Any) -> Any:
    session.add(row)
    session.flush()
    return row


def replace_attachments(
    request: HelpRequest, attachments: Sequence[dict[str, Any]], content: Mapping[str, bytes]
) -> None:
    """The request's attachments become these (bytes looked up by SHA-1)."""
    request.attachments.clear()
    for attachment in attachments:
        request.attachments.append(
            RequestAttachment(
                filename=attachment["filename"],
                media_type=attachment["media_type"],
                size=attachment["size"],
                content=content[attachment["sha1"]],
            )
        )


def record_verified_upload(
    session: Session,
    item: MediaItem,
    *,
    title: str,
    page_url: str | None,
    sha1: str,
    verified_at: datetime | None,
    now: datetime,
) -> tuple[bool, list[str]]:
    """Another machine uploaded ``item``: its job here becomes verified (or one is made).

    Returns whether anything changed and the local paths of the jobs it finished (their
    kept GPS-free copies are no longer needed). An item already verified here is left.
    """
    query = select(UploadJob).where(UploadJob.media_item_id == item.id).order_by(UploadJob.id)
    jobs = list(session.scalars(query))
    if any(job.state == UploadState.VERIFIED for job in jobs):
        return False, []
    finished = [job for job in jobs if job.state in OPEN_STATES]
    done = {
        "state": UploadState.VERIFIED,
        "title": title,
        "page_url": page_url,
        "sha1": sha1,
        "verified_at": verified_at or now,
        "finished_at": now,
        "error_code": None,
        "last_error": None,
        "lease_owner": None,
        "lease_expires_at": None,
        "paused": False,
    }
    if finished:
        for job in finished[:-1]:
            job.state = UploadState.CANCELLED
            job.finished_at = now
        for name, value in done.items():
            setattr(finished[-1], name, value)
    else:
        session.add(
            UploadJob(
                media_item_id=item.id,
                batch_id=item.batch_id,
                local_path=item.path,
                file_size=item.size,
                resume_offset=item.size,
                **done,
            )
        )
    session.flush()
    return True, [job.local_path for job in finished]
