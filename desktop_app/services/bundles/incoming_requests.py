"""Help requests arriving in a bundle, with their delivery ids, attachments and replies.

A queued request travels with its outbox entries' idempotency keys (the wiki marker is
the request's uuid, the email's Message-ID derives from it), and an entry that arrives
is marked as travelled: every attempt here first looks whether another machine already
delivered it. Delivery only ever moves forward — "sent" on either side wins, and a
request sent here is never queued again by a bundle.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from desktop_app.core.help_request_delivery import RequestState
from desktop_app.files.hashing import sha1_of_bytes
from desktop_app.services.bundles.merging import Merge
from desktop_app.store.models import HelpRequest, OutboxEntry, OutboxState, RequestReply
from desktop_app.store.repositories import bundle_rows as rows
from desktop_app.store.repositories.requests import (
    mirror_request_state,
    outbox_entries_of,
    outbox_entry_of_kind,
)


def _when(text: Any) -> datetime | None:
    return datetime.fromisoformat(text) if isinstance(text, str) and text else None


def merge_request(merge: Merge, record: Mapping[str, Any]) -> None:
    """Add or merge one request, then its channels, delivery facts and replies."""
    uuid = str(record["uuid"])
    merge.record_uuids["requests"].append(uuid)
    key = f"request:{uuid}"
    fields: dict[str, Any] = dict(record["fields"])
    request = rows.request_by_uuid(merge.session, uuid)
    if request is None:
        request = HelpRequest(uuid=uuid, state=RequestState.DRAFT.value)
        _set_fields(merge, request, fields)
        rows.add_row(merge.session, request)
        merge.added("request", key, record)
    else:
        local = rows.request_values(request, rows.attachment_list(request, _sha1s(request)))
        decision = merge.merge_existing("request", key, request.subject or uuid, local, record)
        _set_fields(merge, request, decision.take)
    _channels(merge, request, record)
    _delivery_facts(request, record["delivery"])
    _replies(request, record["replies"])
    mirror_request_state(merge.session, request)


def _sha1s(request: HelpRequest) -> dict[int, str]:
    return {attachment.id: sha1_of_bytes(attachment.content) for attachment in request.attachments}


def _set_fields(merge: Merge, request: HelpRequest, values: Mapping[str, Any]) -> None:
    rows.set_values(request, values)
    if "partnership" in values:
        foreign = values["partnership"]
        partnership = merge.partnerships.get(foreign) if foreign else None
        if partnership is None and foreign:
            partnership = rows.partnership_by_uuid(merge.session, merge.local_uuid(foreign))
        request.partnership = partnership
    if "checklist_step" in values:
        step = values["checklist_step"]
        request.checklist_item = (
            rows.step_row(merge.session, request.partnership.id, step["template_id"], step["key"])
            if step and request.partnership is not None
            else None
        )
    if "attachments" in values:
        rows.replace_attachments(request, values["attachments"], merge.attachments)


def _channels(merge: Merge, request: HelpRequest, record: Mapping[str, Any]) -> None:
    delivered_here = any(
        e.state == OutboxState.SENT for e in outbox_entries_of(merge.session, request.id)
    )
    for channel in record["channels"]:
        entry = rows.outbox_entry_by_key(merge.session, str(channel["key"]))
        if entry is not None and entry.help_request_id != request.id:
            continue  # the same key for another request: not ours to touch
        entry = entry or outbox_entry_of_kind(merge.session, request.id, str(channel["kind"]))
        sent = channel["state"] == OutboxState.SENT
        if entry is None:
            if not sent and (delivered_here or channel["kind"] not in merge.channels):
                continue  # sent here already, or a channel this machine cannot use
            merge.session.add(
                OutboxEntry(
                    idempotency_key=str(channel["key"]),
                    kind=str(channel["kind"]),
                    help_request_id=request.id,
                    payload=dict(channel.get("payload") or {}),
                    state=OutboxState.SENT if sent else OutboxState.QUEUED,
                    next_attempt_at=merge.now,
                    sent_at=_when(channel.get("sent_at")) if sent else None,
                    result=channel.get("result") if sent else None,
                    travelled_at=merge.now,
                )
            )
            merge.session.flush()
        elif sent and entry.state != OutboxState.SENT:
            mark_entry_sent(entry, channel, merge.now)


def mark_entry_sent(entry: OutboxEntry, channel: Mapping[str, Any], now: datetime) -> None:
    """Another machine delivered this entry: it is done here too."""
    entry.state = OutboxState.SENT
    entry.sent_at = _when(channel.get("sent_at")) or now
    entry.result = channel.get("result")
    entry.last_error = None
    entry.lease_owner = None
    entry.lease_expires_at = None


def _delivery_facts(request: HelpRequest, delivery: Mapping[str, Any]) -> None:
    """Where the request arrived, when this machine does not know yet."""
    if delivery.get("state") != RequestState.SENT:
        return
    for name in ("remote_url", "remote_page", "remote_revision", "message_id"):
        if getattr(request, name) is None and delivery.get(name) is not None:
            setattr(request, name, delivery[name])
    if request.sent_at is None:
        request.sent_at = _when(delivery.get("sent_at"))


def _replies(request: HelpRequest, replies: list[Mapping[str, Any]]) -> None:
    known = {reply.reply_key for reply in request.replies}
    for reply in replies:
        reply_key = str(reply.get("reply_key") or "")
        if not reply_key or reply_key in known:
            continue
        known.add(reply_key)
        request.replies.append(
            RequestReply(
                reply_key=reply_key,
                author=str(reply.get("author") or ""),
                signed_at=str(reply.get("signed_at") or ""),
                text=str(reply.get("text") or ""),
                extra=dict(reply.get("extra") or {}),
            )
        )
