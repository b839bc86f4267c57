"""Typed ORM models, one module per area.

Schema changes go through Alembic migrations in ``store/migrations/versions``; never change
a table here without adding (or, before it has shipped, extending) the revision that does
the same. ``tests/store/test_migrations.py`` compares the two.
"""

from desktop_app.store.models.base import Base, new_uuid, utcnow
from desktop_app.store.models.bundles import (
    BundleConflict,
    BundleReceived,
    BundleSent,
    RecordAlias,
    RecordBase,
)
from desktop_app.store.models.desk import (
    DeskFetchState,
    DeskReply,
    DeskRequest,
    DeskReview,
    DeskSource,
)
from desktop_app.store.models.media import MediaBatch, MediaItem
from desktop_app.store.models.outbox import OutboxEntry, OutboxState
from desktop_app.store.models.partnerships import (
    Checklist,
    ChecklistItem,
    HelpRequest,
    Partnership,
    RequestAttachment,
    RequestReply,
    RequestState,
)
from desktop_app.store.models.reports import FileUsage
from desktop_app.store.models.settings import Setting
from desktop_app.store.models.uploads import UploadJob, WikiUploadState

__all__ = [
    "Base",
    "BundleConflict",
    "BundleReceived",
    "BundleSent",
    "Checklist",
    "ChecklistItem",
    "DeskFetchState",
    "DeskReply",
    "DeskRequest",
    "DeskReview",
    "DeskSource",
    "FileUsage",
    "HelpRequest",
    "MediaBatch",
    "MediaItem",
    "OutboxEntry",
    "OutboxState",
    "Partnership",
    "RecordAlias",
    "RecordBase",
    "RequestAttachment",
    "RequestReply",
    "RequestState",
    "Setting",
    "UploadJob",
    "WikiUploadState",
    "new_uuid",
    "utcnow",
]
