"""Setting what a whole batch shares, in one go: ``fieldkit media set``.

What the Media area does with its batch settings (location policy, default licence, title
pattern) and with a bulk edit of every row (author, source, categories, description),
for someone with only a terminal. Every value is checked before anything is written, so
a refused value changes nothing; then each part is written as the GUI writes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_app.core.form_checks import InvalidInput, field_error
from desktop_app.core.licences import UnknownLicence
from desktop_app.core.media_fields import LIST_SEPARATOR, FieldError, parse_value
from desktop_app.core.problems import Problem
from desktop_app.core.titles import PATTERN_FIELDS, PatternError, render_pattern
from desktop_app.services.media_batches import (
    BatchInfo,
    batch_info,
    set_batch_licence,
    set_batch_pattern,
    set_gps_policy,
)
from desktop_app.services.media_edit import FieldChange, apply_title_pattern, set_field
from desktop_app.store.bundled import get_licence, licence_catalogue
from desktop_app.store.db import Database
from desktop_app.store.repositories import media as media_repo

GPS_CHOICES = ("keep", "strip")
CATEGORY_SEPARATOR = ";"


@dataclass(frozen=True)
class BatchValues:
    """What to set; ``None`` leaves that part as it is."""

    gps: str | None = None
    licence: str | None = None
    author: str | None = None
    source: str | None = None
    categories: str | None = None  # "A;B" (or "A|B", as in spreadsheets)
    description: str | None = None  # in the batch's language
    title_pattern: str | None = None

    @property
    def empty(self) -> bool:
        return all(value is None for value in self.__dict__.values())


@dataclass
class BatchSetReport:
    """The batch's settings afterwards and every file value that changed (old → new)."""

    batch: BatchInfo
    changes: list[FieldChange] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "batch_id": self.batch.id,
            "batch": self.batch.name,
            "partnership": self.batch.partnership,
            "settings": {
                "gps_policy": self.batch.gps_policy,
                "licence_id": self.batch.licence_id,
                "title_pattern": self.batch.title_pattern,
                "language": self.batch.language,
            },
            "files": self.batch.items,
            "changed": len(self.changes),
            "changes": [change.to_dict() for change in self.changes],
        }


def set_batch_values(db: Database, batch_id: int, values: BatchValues) -> BatchSetReport:
    """Check every value, then set them all; raises :class:`InvalidInput` (nothing set).

    Per-file values (author, source, categories, description) go to every file of the
    batch; the title pattern is kept as the batch's and applied to every file after the
    other values, so it may use them (``{author}``, ``{description}``).
    """
    info = batch_info(db, batch_id)
    if info is None:
        raise LookupError(f"no batch with id {batch_id}")
    categories = _checked(values)
    with db.session() as session:
        ids = media_repo.item_ids(session, batch_id)
    changes: list[FieldChange] = []
    if values.gps is not None:
        set_gps_policy(db, batch_id, values.gps)
    if values.licence is not None:
        set_batch_licence(db, batch_id, values.licence or None)
    for name, value in (
        ("author", values.author),
        ("source", values.source),
        ("categories", categories),
        (f"description:{info.language}", values.description),
    ):
        if value is not None:
            changes += set_field(db, ids, name, value)
    if values.title_pattern is not None:
        set_batch_pattern(db, batch_id, values.title_pattern)
        changes += apply_title_pattern(db, batch_id, ids, values.title_pattern)
    after = batch_info(db, batch_id)
    assert after is not None
    return BatchSetReport(after, changes)


def _checked(values: BatchValues) -> list[str] | None:
    """Raise :class:`InvalidInput` for every value that cannot be used; the parsed
    categories (``None`` when not given)."""
    problems: list[Problem] = []
    if values.gps is not None and values.gps not in GPS_CHOICES:
        problems.append(
            field_error(
                "media.gps_policy_unknown",
                "--gps",
                f"'{values.gps}' is not a location policy; use keep or strip.",
                value=values.gps,
            )
        )
    if values.licence:
        try:
            get_licence(values.licence)
        except UnknownLicence:
            known = ", ".join(licence.id for licence in licence_catalogue())
            problems.append(
                field_error(
                    "bad-licence",
                    "--licence",
                    f"'{values.licence}' is not a licence in the catalogue ({known}).",
                    value=values.licence,
                )
            )
    categories = None
    if values.categories is not None:
        text = values.categories.replace(CATEGORY_SEPARATOR, LIST_SEPARATOR)
        try:
            categories = parse_value("categories", text, licence_catalogue())
        except FieldError as error:
            problems.append(field_error(error.code, "--categories", str(error)))
    if values.title_pattern is not None:
        try:
            render_pattern(values.title_pattern, {}, "jpg")
        except PatternError as error:
            problems.append(
                field_error(
                    "title-pattern-unknown-field",
                    "--title-pattern",
                    f"{error}; known: {', '.join(PATTERN_FIELDS)}.",
                    fields=", ".join(error.unknown),
                    allowed=", ".join(PATTERN_FIELDS),
                )
            )
        if not values.title_pattern.strip():
            problems.append(
                field_error("media.title_pattern_empty", "--title-pattern", "The pattern is empty.")
            )
    if problems:
        raise InvalidInput(problems)
    return categories
