"""Merging a record that arrived in a bundle with the one already here, field by field.

Three values decide each field: ours (L), theirs (I), and what each side last received
from elsewhere — our base (Lb, with the installation and sequence it came from) and the
sender's base (Ib, which travels in the bundle). A field is taken from the bundle only
when it is plain that just their side changed it; when both changed it differently the
field is a conflict with both values and ours stays. Nothing is ever silently
overwritten, and a bundle imported a second time finds nothing new.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

_MISSING = object()


def canonical(value: Any) -> str:
    """One text per value, so equal values compare equal whatever their key order."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def same(left: Any, right: Any) -> bool:
    return canonical(left) == canonical(right)


@dataclass(frozen=True)
class Base:
    """What this installation last received for a record, and from which bundle."""

    values: Mapping[str, Any]
    source: str
    sequence: int


@dataclass(frozen=True)
class FieldConflict:
    field: str
    local: Any
    incoming: Any


@dataclass
class MergeDecision:
    """What to do with one existing record: fields to take, conflicts to record."""

    take: dict[str, Any] = field(default_factory=dict)
    conflicts: list[FieldConflict] = field(default_factory=list)
    stale: bool = False  # an older bundle from the same machine: nothing of it applies

    @property
    def changed(self) -> bool:
        return bool(self.take)


def merge_fields(
    local: Mapping[str, Any],
    incoming: Mapping[str, Any],
    *,
    local_base: Base | None,
    incoming_base: Mapping[str, Any] | None,
    source: str,
    sequence: int,
    defaults: Mapping[str, Any] | None = None,
) -> MergeDecision:
    """Decide every field of ``incoming`` against ``local`` (see the module docstring).

    In order, for a field whose values differ: an older bundle than the one our base came
    from (same sender) changes nothing; theirs equal to our base or to their own base
    means they did not change it, so ours stays; ours equal to their base, or to our
    base when that came from the same sender, means only they changed it: take theirs.
    Where neither side has a base (a record started on both machines) a field still at
    its default (``defaults``) on one side was never filled in there: the other side's
    value stands. Anything else is a conflict.
    """
    decision = MergeDecision()
    if local_base is not None and local_base.source == source and sequence < local_base.sequence:
        decision.stale = True
        return decision
    for name, theirs in incoming.items():
        ours = local.get(name, _MISSING)
        if ours is not _MISSING and same(ours, theirs):
            continue
        our_base = local_base.values.get(name, _MISSING) if local_base else _MISSING
        their_base = incoming_base.get(name, _MISSING) if incoming_base else _MISSING
        if our_base is not _MISSING and same(theirs, our_base):
            continue
        if their_base is not _MISSING and same(theirs, their_base):
            continue
        if ours is _MISSING or (their_base is not _MISSING and same(ours, their_base)):
            decision.take[name] = theirs
            continue
        if defaults and name in defaults and our_base is _MISSING and their_base is _MISSING:
            if same(ours, defaults[name]):  # never filled in here
                decision.take[name] = theirs
                continue
            if same(theirs, defaults[name]):  # never filled in there
                continue
        if (
            local_base is not None
            and local_base.source == source
            and our_base is not _MISSING
            and same(ours, our_base)
        ):
            decision.take[name] = theirs
            continue
        decision.conflicts.append(FieldConflict(name, ours, theirs))
    return decision


@dataclass
class KindCounts:
    """What an import did with the records of one kind."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    skipped: int = 0

    def to_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class ConflictView:
    """A conflict as the summary lists it: which record, which field, both values."""

    kind: str
    label: str
    field: str
    local: Any
    incoming: Any
    conflict_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.conflict_id,
            "kind": self.kind,
            "record": self.label,
            "field": self.field,
            "local": self.local,
            "incoming": self.incoming,
        }


KINDS = ("partnership", "step", "batch", "item", "request")


@dataclass
class ImportSummary:
    """The outcome of importing one bundle, per kind of record, with every conflict."""

    bundle_id: str
    source_installation: str
    sequence: int
    counts: dict[str, KindCounts] = field(default_factory=lambda: {k: KindCounts() for k in KINDS})
    conflicts: list[ConflictView] = field(default_factory=list)
    files_placed: int = 0
    files_already_there: int = 0
    files_missing: int = 0
    seen_before: bool = False
    media_dir: str = ""

    def total(self, what: str) -> int:
        return sum(getattr(counts, what) for counts in self.counts.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "bundle_id": self.bundle_id,
            "source_installation": self.source_installation,
            "sequence": self.sequence,
            "seen_before": self.seen_before,
            "added": self.total("added"),
            "updated": self.total("updated"),
            "unchanged": self.total("unchanged"),
            "conflicting": self.total("conflicts"),
            "skipped": self.total("skipped"),
            "by_kind": {kind: counts.to_dict() for kind, counts in self.counts.items()},
            "conflicts": [conflict.to_dict() for conflict in self.conflicts],
            "files": {
                "placed": self.files_placed,
                "already_there": self.files_already_there,
                "missing": self.files_missing,
                "folder": self.media_dir,
            },
        }
