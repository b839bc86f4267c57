"""Importing records into this database: one transaction, merged by stable id.

:class:`Merge` holds what one import needs (the session, the bundle's origin, the
summary) and the rule every kind shares (:meth:`Merge.merge_existing`); the partnership,
its checklist steps and its batches are merged here, items and requests in their own
modules. The decisions themselves are :func:`desktop_app.core.bundle_merge.merge_fields`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.bundle_format import Manifest
from desktop_app.core.bundle_merge import (
    ConflictView,
    FieldConflict,
    ImportSummary,
    MergeDecision,
    merge_fields,
)
from desktop_app.core.bundle_records import invalid
from desktop_app.core.checklists import UnknownTemplate
from desktop_app.store.bundled import get_template
from desktop_app.store.models import Checklist, ChecklistItem, MediaBatch, Partnership
from desktop_app.store.repositories import bundle_books as books
from desktop_app.store.repositories import bundle_rows as rows
from desktop_app.store.repositories import checklists as checklist_rows
from desktop_app.store.repositories.media import batch_of_partnership
from desktop_app.store.repositories.partnerships import find_by_name

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.files.media_placement import Placement

STEP_DEFAULTS = {"status": "open", "note": "", "due_on": None, "responsible": ""}
PARTNERSHIP_DEFAULTS = {
    "kind": "other",
    "country": "",
    "languages": "",
    "contact_name": "",
    "contact_details": "",
    "status": "idea",
    "notes": "",
    "licence_id": "",
    "material": "",
    "credit_line": "",
    "first_contact_on": None,
    "agreed_on": None,
}


@dataclass
class Merge:
    """One import's state: where records land and what the summary will say."""

    session: Session
    manifest: Manifest
    summary: ImportSummary
    now: datetime
    media_dir: Path
    attachments: Mapping[str, bytes]  # SHA-1 → bytes
    staged: Mapping[str, Path]  # media entry → staged file
    partnerships: dict[str, Partnership] = field(default_factory=dict)  # bundle uuid → row
    batches: dict[str, MediaBatch] = field(default_factory=dict)
    # Delivery channels configured here: a queued entry for another one stays with the
    # machine that has it (its receipt will not report it sent, so it sends it itself).
    channels: tuple[str, ...] = ()
    placements: list[Placement] = field(default_factory=list)
    fresh_steps: set[int] = field(default_factory=set)  # checklist rows this import made
    kept_copies: list[str] = field(default_factory=list)  # GPS-free copies no longer needed
    record_uuids: dict[str, list[str]] = field(
        default_factory=lambda: {"items": [], "requests": []}
    )

    @property
    def source(self) -> str:
        return self.manifest.source_installation

    def local_uuid(self, foreign: str) -> str:
        return books.alias_of(self.session, foreign) or foreign

    # -- the shared rule ----------------------------------------------------------------------
    def merge_existing(
        self,
        kind: str,
        key: str,
        label: str,
        local: Mapping[str, Any],
        record: Mapping[str, Any],
        defaults: Mapping[str, Any] | None = None,
    ) -> MergeDecision:
        """Decide an existing record's fields, record its conflicts, count it.

        The caller applies ``decision.take``; the base becomes the incoming values.
        """
        decision = merge_fields(
            local,
            record["fields"],
            local_base=books.bases(self.session, [key]).get(key),
            incoming_base=record.get("base"),
            source=self.source,
            sequence=self.manifest.sequence,
            defaults=defaults,
        )
        counts = self.summary.counts[kind]
        if decision.stale:
            counts.skipped += 1
            return decision
        for conflict in decision.conflicts:
            self.add_conflict(kind, key, label, conflict)
        if decision.take:
            counts.updated += 1
        elif not decision.conflicts:
            counts.unchanged += 1
        if decision.conflicts:
            counts.conflicts += 1
        self.set_base(key, record)
        return decision

    def add_conflict(self, kind: str, key: str, label: str, conflict: FieldConflict) -> None:
        row = books.add_conflict(
            self.session,
            record_key=key,
            label=label,
            field=conflict.field,
            local_value=conflict.local,
            incoming_value=conflict.incoming,
            bundle_id=self.manifest.bundle_id,
            source_installation=self.source,
            created_at=self.now,
        )
        self.summary.conflicts.append(
            ConflictView(
                kind,
                label,
                conflict.field,
                conflict.local,
                conflict.incoming,
                row.id if row else None,
            )
        )

    def set_base(self, key: str, record: Mapping[str, Any]) -> None:
        books.set_base(
            self.session, key, record["fields"], self.source, self.manifest.sequence, self.now
        )

    def added(self, kind: str, key: str, record: Mapping[str, Any]) -> None:
        self.summary.counts[kind].added += 1
        self.set_base(key, record)

    # -- partnership ---------------------------------------------------------------------------
    def partnership(self, record: Mapping[str, Any]) -> None:
        foreign = str(record["uuid"])
        fields = dict(record["fields"])
        row = rows.partnership_by_uuid(self.session, self.local_uuid(foreign))
        adopted = False
        if row is None:
            row = find_by_name(self.session, str(fields["name"]))
            if row is not None:  # started on both machines under one name: the same partner
                books.add_alias(self.session, "partnership", foreign, row.uuid)
                adopted = True
        if row is None:
            row = rows.add_row(self.session, Partnership(uuid=foreign, name=fields["name"]))
            rows.set_values(row, fields)
            self.added("partnership", f"partnership:{row.uuid}", record)
        else:
            key = f"partnership:{row.uuid}"
            decision = self.merge_existing(
                "partnership",
                key,
                row.name,
                rows.partnership_values(row),
                record,
                PARTNERSHIP_DEFAULTS if adopted else None,
            )
            name = decision.take.get("name")
            clash = find_by_name(self.session, str(name)) if name else None
            if clash is not None and clash.id != row.id:
                self.add_conflict(
                    "partnership", key, row.name, FieldConflict("name", row.name, name)
                )
                decision.take.pop("name")
            rows.set_values(row, decision.take)
        self.partnerships[foreign] = row

    def partnership_of(self, foreign: str) -> Partnership:
        row = self.partnerships.get(foreign)
        if row is None:
            raise invalid(f"a record names partnership {foreign}, which the bundle lacks")
        return row

    # -- checklist steps ----------------------------------------------------------------------
    def step(self, record: Mapping[str, Any]) -> None:
        partnership = self.partnership_of(str(record["partnership"]))
        template_id, item_key = str(record["template_id"]), str(record["item_key"])
        key = f"step:{partnership.uuid}/{template_id}/{item_key}"
        row = rows.step_row(self.session, partnership.id, template_id, item_key)
        if row is None:
            row = self._new_step(partnership, record)
        if row.id in self.fresh_steps:  # made by this import (with its whole checklist)
            rows.set_values(row, record["fields"])
            self.added("step", key, record)
            return
        label = f"{partnership.name}: {template_id}/{item_key}"
        decision = self.merge_existing(
            "step", key, label, rows.step_values(row), record, STEP_DEFAULTS
        )
        rows.set_values(row, decision.take)

    def _new_step(self, partnership: Partnership, record: Mapping[str, Any]) -> ChecklistItem:
        template_id, item_key = str(record["template_id"]), str(record["item_key"])
        checklist = checklist_rows.find_checklist(self.session, partnership.id, template_id)
        if checklist is None:
            try:
                checklist = checklist_rows.add_checklist(
                    self.session, partnership.id, get_template(template_id)
                )
                self.fresh_steps.update(item.id for item in checklist.items)
            except UnknownTemplate:
                checklist = rows.add_row(
                    self.session,
                    Checklist(
                        partnership_id=partnership.id,
                        template_id=template_id,
                        template_version=int(record["template_version"]),
                    ),
                )
        row = rows.step_row(self.session, partnership.id, template_id, item_key)
        if row is None:
            row = ChecklistItem(
                item_key=item_key, position=int(record["position"]), retired=record["retired"]
            )
            checklist.items.append(row)
            self.session.flush()
            self.fresh_steps.add(row.id)
        return row

    # -- batches --------------------------------------------------------------------------------
    def batch(self, record: Mapping[str, Any]) -> None:
        foreign = str(record["uuid"])
        fields = dict(record["fields"])
        partnership = self.partnership_of(str(record["partnership"]))
        row = rows.batch_by_uuid(self.session, self.local_uuid(foreign))
        if row is None:
            row = batch_of_partnership(self.session, partnership.id, str(fields["name"]))
            if row is not None:
                books.add_alias(self.session, "batch", foreign, row.uuid)
        if row is None:
            row = MediaBatch(uuid=foreign, partnership_id=partnership.id, name=fields["name"])
            rows.set_values(row, fields)
            rows.add_row(self.session, row)
            self.added("batch", f"batch:{row.uuid}", record)
        else:
            key = f"batch:{row.uuid}"
            decision = self.merge_existing("batch", key, row.name, rows.batch_values(row), record)
            name = decision.take.get("name")
            clash = (
                batch_of_partnership(self.session, row.partnership_id, str(name)) if name else None
            )
            if clash is not None and clash.id != row.id:
                self.add_conflict("batch", key, row.name, FieldConflict("name", row.name, name))
                decision.take.pop("name")
            rows.set_values(row, decision.take)
        self.batches[foreign] = row
