"""Export a bundle: one partnership (or some of its batches) into a file for a USB stick.

The records are gathered in one read, the manifest is computed with the archive's exact
length, then everything streams into ``.part`` volumes. Only when the archive is
complete is it recorded (sequence number, outbox entries marked as travelling) and the
volumes renamed into place; a cancel or a failure deletes what was written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.core.bundle_format import (
    BUNDLE_FORMAT,
    DEFAULT_VOLUME_SIZE,
    RECORDS_NAME,
    BundleRefused,
    Manifest,
    ManifestEntry,
)
from desktop_app.core.timeutil import utcnow
from desktop_app.files.bundle_volumes import VolumeWriter
from desktop_app.files.bundle_writer import (
    ArchiveWriter,
    SourceChanged,
    check_length,
    finalize_manifest,
    write_archive_head,
)
from desktop_app.files.hashing import sha1_of_bytes
from desktop_app.services.bundles.outgoing import Outgoing, gather
from desktop_app.store.context import AppContext
from desktop_app.store.models import new_uuid
from desktop_app.store.repositories import bundle_books as books
from desktop_app.store.repositories import bundle_rows as rows
from desktop_app.store.repositories.partnerships import find_by_name

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # bytes written, bytes in all


@dataclass
class ExportReport:
    """What ``bundle export`` wrote."""

    bundle_id: str
    sequence: int
    paths: list[str]
    archive_size: int
    media_included: bool
    counts: dict[str, int] = field(default_factory=dict)
    missing_files: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": True,
            "bundle_id": self.bundle_id,
            "sequence": self.sequence,
            "files": self.paths,
            "volumes": len(self.paths),
            "bytes": self.archive_size,
            "media_included": self.media_included,
            "counts": self.counts,
            "missing_files": self.missing_files,
        }


def _entries(outgoing: Outgoing) -> list[ManifestEntry]:
    entries = [
        ManifestEntry(
            RECORDS_NAME,
            len(outgoing.records),
            sha1_of_bytes(outgoing.records),
            "records",
            outgoing.unpacked_size,
        )
    ]
    for name in sorted(outgoing.attachments):
        data = outgoing.attachments[name]
        entries.append(ManifestEntry(name, len(data), name.rpartition("/")[2], "attachment"))
    for source in outgoing.media.values():
        entries.append(ManifestEntry(source.entry, source.size, source.sha1, "media"))
    return entries


def _gather(
    ctx: AppContext, partnership: str, batches: Sequence[str] | None, include_media: bool
) -> tuple[Outgoing, str, int]:
    with ctx.db.session() as session:
        found = find_by_name(session, partnership)
        if found is None:
            raise BundleRefused(
                "export.partnership_not_found",
                f"There is no partnership called {partnership!r}.",
                partnership=partnership,
            )
        chosen, unknown = rows.batches_for_export(session, found, batches)
        if unknown:
            raise BundleRefused(
                "export.batch_not_found",
                f"{found.name!r} has no batch called {unknown[0]!r}.",
                partnership=found.name,
                batch=unknown[0],
            )
        outgoing = gather(session, found, chosen, include_media)
        return outgoing, books.installation_id(session), books.next_sequence(session)


def export_bundle(
    ctx: AppContext,
    out: Path,
    partnership: str,
    batches: Sequence[str] | None = None,
    *,
    include_media: bool = True,
    volume_size: int | None = DEFAULT_VOLUME_SIZE,
    progress: Progress | None = None,
    should_stop: Callable[[], None] = lambda: None,
) -> ExportReport:
    """Write the bundle to ``out`` (and ``out.002``… when it needs more than one volume).

    ``batches`` names the partnership's batches to carry (``None``: all of them).

    Raises ``BundleRefused`` (nothing written) for an unknown partnership or batch, a file
    that changed since it was imported, or a place that cannot be written.
    """
    if not out.parent.is_dir():
        raise BundleRefused(
            "export.cannot_write", f"The folder {out.parent} does not exist.", path=str(out)
        )
    outgoing, installation, sequence = _gather(ctx, partnership, batches, include_media)
    now = utcnow()
    manifest, manifest_bytes = finalize_manifest(
        Manifest(
            format=BUNDLE_FORMAT,
            bundle_id=new_uuid(),
            source_installation=installation,
            sequence=sequence,
            created_at=now.isoformat(),
            fieldkit_version=__version__,
            entries=tuple(_entries(outgoing)),
            volume_size=volume_size,
            partnership=outgoing.partnership,
            batches=tuple(outgoing.batches),
            media_included=include_media,
            counts={**outgoing.counts, "files": len(outgoing.media)},
        )
    )
    total = manifest.archive_size
    report = progress or (lambda _done, _total: None)
    volumes = VolumeWriter(out, volume_size)
    try:
        archive = ArchiveWriter(volumes, int(now.timestamp()), lambda done: report(done, total))
        write_archive_head(archive, manifest_bytes)
        archive.add_bytes(RECORDS_NAME, outgoing.records)
        for name in sorted(outgoing.attachments):
            archive.add_bytes(name, outgoing.attachments[name])
        for source in outgoing.media.values():
            should_stop()
            archive.add_file(source.entry, source.path, source.size, source.sha1, should_stop)
        archive.finish()
        check_length(volumes, manifest)
        with ctx.db.session() as session:
            books.record_sent(
                session,
                bundle_id=manifest.bundle_id,
                kind="bundle",
                sequence=sequence,
                partnership_uuid=outgoing.partnership["uuid"],
                file_name=out.name,
                counts=dict(manifest.counts),
                created_at=now,
            )
            rows.mark_travelled(session, outgoing.entry_ids, now)
        paths = volumes.commit()
    except SourceChanged as error:
        volumes.abort()
        raise BundleRefused(
            "export.file_changed",
            f"{error.path} {error.reason}. Import its folder again in Media, then export.",
            path=str(error.path),
            reason=error.reason,
        ) from error
    except OSError as error:
        volumes.abort()
        raise BundleRefused(
            "export.cannot_write",
            f"The bundle could not be written to {out}: {error.strerror or error}.",
            path=str(out),
        ) from error
    except BaseException:
        volumes.abort()
        raise
    log.info("Exported bundle %s (%s bytes, %s volumes)", manifest.bundle_id, total, len(paths))
    return ExportReport(
        bundle_id=manifest.bundle_id,
        sequence=sequence,
        paths=[str(path) for path in paths],
        archive_size=total,
        media_included=include_media,
        counts=dict(manifest.counts),
        missing_files=outgoing.missing_files,
    )
