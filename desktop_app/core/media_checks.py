"""The checks a file must pass before it is "ready": pure rules over plain facts.

The service gathers facts from the store (and, online, from the wiki) into
:class:`ItemFacts` and :class:`BatchContext`; :func:`check_item` turns them into
problems. No I/O here, so 50,000 files are checked in well under a second.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from desktop_app.core.filetypes import FileTypePolicy, check_file_type
from desktop_app.core.media_fields import FieldError, validate_date
from desktop_app.core.problems import Problem, error, info, warning
from desktop_app.core.titles import check_title, full_title, title_key

GPS_POLICIES = ("undecided", "keep", "strip")
GPS_STRIPPABLE_KINDS = frozenset({"jpeg", "tiff"})


@dataclass(frozen=True)
class ItemFacts:
    """What the checks need to know about one file."""

    id: int
    path: str
    title: str
    kind: str
    size: int
    sha1: str | None
    file_state: str = "present"
    scan_problems: Sequence[Mapping[str, Any]] = ()
    has_gps: bool = False
    descriptions: Mapping[str, str] = field(default_factory=dict)
    captions: Mapping[str, str] = field(default_factory=dict)
    date: str = ""
    author: str = ""
    source: str = ""
    licence_id: str | None = None
    categories: Sequence[str] = ()

    @property
    def extension(self) -> str:
        return PurePath(self.path).suffix.lower().lstrip(".")

    @property
    def file_name(self) -> str:
        return full_title(self.title, self.extension) if self.title.strip() else ""


@dataclass(frozen=True)
class ExistingFile:
    """A file elsewhere with the same content or name: in an earlier batch or on the wiki."""

    where: str  # "batch" or "wiki"
    name: str  # batch name, or the wiki's file title
    title: str
    link: str  # local path for batches, URL for the wiki


@dataclass(frozen=True)
class WikiFindings:
    """What the wiki said about a batch's files; keys: SHA-1 and title keys."""

    by_sha1: dict[str, ExistingFile]
    by_title: dict[str, ExistingFile]


@dataclass
class BatchContext:
    """Batch-wide facts: defaults, policies, and what the rest of the world already holds."""

    licence_id: str | None = None
    gps_policy: str = "undecided"
    policy: FileTypePolicy | None = None
    # The catalogue's licence ids; ``None`` skips the "unknown licence" check.
    known_licences: Collection[str] | None = None
    title_counts: Mapping[str, int] = field(default_factory=dict)
    sha1_groups: Mapping[str, Sequence[int]] = field(default_factory=dict)
    earlier_titles: Mapping[str, ExistingFile] = field(default_factory=dict)
    earlier_sha1: Mapping[str, ExistingFile] = field(default_factory=dict)
    # Online results; ``None`` means "not checked" (offline), not "nothing found".
    wiki_titles: Mapping[str, ExistingFile] | None = None
    wiki_sha1: Mapping[str, ExistingFile] | None = None
    # Item id → its own verified upload (title on the wiki, page URL): the file is done,
    # and the wiki holding it under that title is no duplicate.
    uploaded: Mapping[int, ExistingFile] = field(default_factory=dict)


def group_batch(items: Iterable[ItemFacts]) -> tuple[dict[str, int], dict[str, list[int]]]:
    """Title counts (by wiki title key) and ids per SHA-1 within one batch."""
    titles: dict[str, int] = defaultdict(int)
    hashes: dict[str, list[int]] = defaultdict(list)
    for item in items:
        if item.title.strip():
            titles[title_key(item.file_name)] += 1
        if item.sha1:
            hashes[item.sha1].append(item.id)
    return dict(titles), dict(hashes)


def check_item(item: ItemFacts, context: BatchContext) -> list[Problem]:
    """Every problem of one file; it is ready when none of them is an error."""
    problems = [Problem.from_dict(stored) for stored in item.scan_problems]
    problems.extend(_file_state(item))
    if context.policy is not None and item.file_state != "missing":
        problems.extend(check_file_type(item.path, item.size, item.kind, context.policy))
    problems.extend(check_title(item.title, item.extension))
    problems.extend(_title_uniqueness(item, context))
    problems.extend(_required(item, context))
    problems.extend(_duplicates(item, context))
    problems.extend(_privacy(item, context))
    problems.extend(_uploaded(item, context))
    return _dedupe(problems)


def _file_state(item: ItemFacts) -> list[Problem]:
    if item.file_state == "missing":
        return [
            error(
                "file-missing",
                "The file is not where it was imported from; re-import it from its new place.",
                fix="locate-file",
                path=item.path,
            )
        ]
    if item.file_state == "changed":
        return [
            warning(
                "file-changed",
                "The file changed on disk since it was imported; check its metadata again.",
                path=item.path,
            )
        ]
    return []


def _title_uniqueness(item: ItemFacts, context: BatchContext) -> list[Problem]:
    if not item.title.strip():
        return []
    key = title_key(item.file_name)
    problems = []
    if context.title_counts.get(key, 0) > 1:
        problems.append(
            error(
                "title-duplicate-in-batch",
                f"Another file in this batch has the title '{item.file_name}'.",
                fix="apply-title-pattern",
                title=item.file_name,
            )
        )
    earlier = context.earlier_titles.get(key)
    if earlier is not None:
        problems.append(
            error(
                "title-used-in-earlier-batch",
                f"The title '{item.file_name}' is already used in batch '{earlier.name}'.",
                fix="rename",
                title=item.file_name,
                batch=earlier.name,
            )
        )
    if (
        context.wiki_titles is not None
        and key in context.wiki_titles
        and not _own(item, key, context)
    ):
        existing = context.wiki_titles[key]
        problems.append(
            error(
                "title-exists-on-wiki",
                f"A file named '{item.file_name}' already exists on the wiki: {existing.link}",
                fix="rename",
                title=item.file_name,
                link=existing.link,
            )
        )
    return problems


def _required(item: ItemFacts, context: BatchContext) -> list[Problem]:
    problems = []
    licence_id = item.licence_id or context.licence_id
    if not licence_id:
        problems.append(error("licence-missing", "Choose a licence.", fix="set-licence"))
    elif context.known_licences is not None and licence_id not in context.known_licences:
        problems.append(
            error(
                "licence-unknown",
                f"'{licence_id}' is not a licence in the catalogue.",
                fix="set-licence",
                licence=licence_id,
            )
        )
    if not item.author.strip():
        problems.append(error("author-missing", "Say who made the work.", fix="set-author"))
    if not item.source.strip():
        problems.append(error("source-missing", "Say where the file comes from.", fix="set-source"))
    if not item.date.strip():
        problems.append(
            error(
                "date-missing",
                "Give a date, or 'unknown' if nobody knows it.",
                fix="set-date",
            )
        )
    else:
        try:
            validate_date(item.date.strip())
        except FieldError as exc:
            problems.append(error("date-invalid", str(exc), fix="set-date", date=item.date))
    has_text = any(t.strip() for t in item.descriptions.values()) or any(
        t.strip() for t in item.captions.values()
    )
    if not has_text:
        problems.append(
            error(
                "description-missing",
                "Write at least one description or caption.",
                fix="set-description",
            )
        )
    return problems


def _duplicates(item: ItemFacts, context: BatchContext) -> list[Problem]:
    if not item.sha1:
        return []
    problems = []
    twins = [other for other in context.sha1_groups.get(item.sha1, ()) if other != item.id]
    if twins:
        problems.append(
            error(
                "duplicate-in-batch",
                "The same file (identical content) is in this batch more than once.",
                fix="remove-file",
                other_items=twins,
            )
        )
    earlier = context.earlier_sha1.get(item.sha1)
    if earlier is not None:
        problems.append(
            error(
                "duplicate-earlier-batch",
                f"This file was already imported in batch '{earlier.name}' ({earlier.link}).",
                fix="remove-file",
                batch=earlier.name,
                title=earlier.title,
                link=earlier.link,
            )
        )
    existing_on_wiki = (context.wiki_sha1 or {}).get(item.sha1)
    if existing_on_wiki is not None and not _own(item, title_key(existing_on_wiki.title), context):
        existing = existing_on_wiki
        problems.append(
            error(
                "duplicate-on-wiki",
                f"This file is already on the wiki as '{existing.title}': {existing.link}",
                fix="remove-file",
                title=existing.title,
                link=existing.link,
            )
        )
    return problems


def _own(item: ItemFacts, key: str, context: BatchContext) -> bool:
    """True when the wiki's file with title key ``key`` is this item's own verified upload."""
    upload = context.uploaded.get(item.id)
    return upload is not None and title_key(upload.title) == key


def _uploaded(item: ItemFacts, context: BatchContext) -> list[Problem]:
    upload = context.uploaded.get(item.id)
    if upload is None:
        return []
    return [
        info(
            "uploaded",
            f"Uploaded and verified as '{upload.title}': {upload.link}",
            title=upload.title,
            link=upload.link,
        )
    ]


def _privacy(item: ItemFacts, context: BatchContext) -> list[Problem]:
    if not item.has_gps:
        return []
    if context.gps_policy == "keep":
        return [
            info(
                "gps-kept",
                "The file records where it was taken; the location will be published.",
            )
        ]
    if context.gps_policy == "strip":
        if item.kind not in GPS_STRIPPABLE_KINDS:
            return [
                error(
                    "gps-strip-unsupported",
                    f"The location cannot be removed from a {item.kind} file without "
                    "re-encoding it; remove it with another tool or keep it.",
                    kind=item.kind,
                )
            ]
        return [
            info(
                "gps-will-be-stripped",
                "The location will be removed from the uploaded copy (the original stays).",
            )
        ]
    return [
        error(
            "gps-present",
            "The file records where it was taken. Choose for the batch whether to keep or "
            "remove the location before upload.",
            fix="strip-gps",
        )
    ]


def _dedupe(problems: list[Problem]) -> list[Problem]:
    """One problem per code and parameters (scan and type checks can both report a code)."""
    seen: set[tuple[str, str]] = set()
    unique = []
    for problem in problems:
        key = (problem.code, repr(sorted(problem.params.items())))
        if key not in seen:
            seen.add(key)
            unique.append(problem)
    return unique
