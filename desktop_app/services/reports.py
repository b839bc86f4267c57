"""Outcome reports for a partner: built from the store, written as HTML or CSV.

Works offline: everything comes from the database (upload jobs, media items, the usage
cached by :mod:`desktop_app.services.report_usage`) and the original files, whose EXIF
thumbnail (read with exifread, no Qt) becomes the preview; a file without one gets no
image. PDF goes through the Qt document adapter (:mod:`desktop_app.documents.export`),
loaded only when a PDF is asked for.
"""

from __future__ import annotations

import logging
from pathlib import Path

from desktop_app.core.licences import UnknownLicence
from desktop_app.core.report import OutcomeReport, ReportFile, report_csv_text
from desktop_app.core.report_html import report_html as render_report_html
from desktop_app.core.timeutil import utcnow
from desktop_app.services.report_usage import stored_usage
from desktop_app.store.bundled import document_phrases, get_licence
from desktop_app.store.context import AppContext
from desktop_app.store.repositories import reports as rows
from desktop_app.store.repositories.settings import load_settings
from desktop_app.system.atomic_files import write_text_atomically

log = logging.getLogger(__name__)

REPORT_FORMATS = (".html", ".csv", ".pdf")
# Thumbnails beyond this many files are left out: the HTML must stay a mailable size.
MAX_THUMBNAILS = 500
_THUMBNAIL_MAX_BYTES = 64 * 1024

__all__ = [
    "REPORT_FORMATS",
    "ReportError",
    "ReportNotWritten",
    "batches_with_uploads",
    "build_report",
    "export_report",
    "report_html",
]


class ReportError(Exception):
    """A report that cannot be made (unknown batch, unsupported file type...)."""


class ReportNotWritten(Exception):
    """The report file could not be written; the message says why (for the user)."""


def build_report(
    ctx: AppContext,
    *,
    batch_id: int | None = None,
    partnership_id: int | None = None,
    thumbnails: bool = True,
    max_thumbnails: int = MAX_THUMBNAILS,
    language: str | None = None,
) -> OutcomeReport:
    """The report of one batch, or of every batch of a partnership (exactly one of them).

    Lists each media item that was queued for upload (its newest job, cancelled ones
    left out), in queue order, with the usage last read from the wiki. ``language``
    (default: the app's interface language) is the partner's: the heading, the HTML and
    the PDF are written in it.
    """
    if (batch_id is None) == (partnership_id is None):
        raise ReportError("Give a batch or a partnership.")
    with ctx.db.session() as session:
        settings = load_settings(session)
        api_url = settings.wiki_api_url
        phrases = document_phrases("report", language or settings.language)
        if batch_id is not None:
            batch = rows.get_batch(session, batch_id)
            if batch is None:
                raise ReportError(f"There is no batch with id {batch_id}.")
            partnership, batches = batch.partnership, [batch]
            heading = phrases.text("heading", name=phrases.isolate(batch.name))
        else:
            found = rows.get_partnership(session, partnership_id)  # type: ignore[arg-type]
            if found is None:
                raise ReportError(f"There is no partnership with id {partnership_id}.")
            partnership = found
            batches = rows.batches_of(session, partnership.id)
            heading = phrases.text("heading", name=phrases.isolate(partnership.name))
        by_id = {batch.id: batch for batch in batches}
        pairs = rows.newest_jobs(session, list(by_id))
        usage = stored_usage(session, api_url, [job.title for job, _ in pairs])
        files = []
        for index, (job, item) in enumerate(pairs):
            batch = by_id[job.batch_id] if job.batch_id in by_id else batches[0]
            licence_id = (item.licence_id if item else None) or batch.licence_id
            label, url = _licence(licence_id, phrases.language)
            pages, checked_at = usage.get(job.title, (None, None))
            want_thumb = thumbnails and item is not None and index < max_thumbnails
            files.append(
                ReportFile(
                    batch=batch.name,
                    title=job.title,
                    state=job.state,
                    page_url=job.page_url,
                    licence_id=licence_id,
                    licence_label=label,
                    licence_url=url,
                    author=item.author if item else "",
                    size=job.file_size,
                    sha1=job.sha1,
                    verified_at=job.verified_at,
                    thumbnail_jpeg=exif_thumbnail(Path(item.path)) if want_thumb and item else None,
                    usage=pages,
                    usage_checked_at=checked_at,
                )
            )
        return OutcomeReport(
            heading=heading,
            partnership=partnership.name,
            batches=tuple(batch.name for batch in batches),
            wiki=api_url,
            generated_at=utcnow(),
            files=tuple(files),
            language=phrases.language,
        )


def _licence(licence_id: str | None, language: str) -> tuple[str, str]:
    """The licence's name in the report's language, and its URL."""
    if not licence_id:
        return "", ""
    try:
        licence = get_licence(licence_id)
    except UnknownLicence:
        return licence_id, ""
    return licence.text("label", language), licence.url


def exif_thumbnail(path: Path) -> bytes | None:
    """The small JPEG preview a camera stored in the EXIF data, if any (no decoding).

    Not rotated for EXIF orientation; ``None`` for files without one (PNG, most TIFF
    scans, edited files whose software dropped it) or when the file cannot be read.
    """
    import exifread

    try:
        with path.open("rb") as stream:
            tags = exifread.process_file(stream, details=False)
    except (OSError, ValueError, KeyError, IndexError, TypeError) as exc:
        log.info("No EXIF thumbnail from %s: %s", path, exc)
        return None
    data = tags.get("JPEGThumbnail")
    if not isinstance(data, bytes) or not data.startswith(b"\xff\xd8"):
        return None
    return data if len(data) <= _THUMBNAIL_MAX_BYTES else None


def report_html(report: OutcomeReport) -> str:
    """The report as one HTML document, in the language it was built in."""
    return render_report_html(report, document_phrases("report", report.language))


def export_report(report: OutcomeReport, out: Path, *, pdf_title: str = "") -> Path:
    """Write the report as HTML, CSV or PDF, chosen by the file's suffix.

    Raises :class:`ReportError` for another suffix and :class:`ReportNotWritten` when the
    file cannot be written.
    """
    try:
        return _write(report, out, pdf_title)
    except OSError as error:
        raise ReportNotWritten(f"Could not write {out}: {error}") from error


def _write(report: OutcomeReport, out: Path, pdf_title: str) -> Path:
    suffix = out.suffix.lower()
    if suffix == ".pdf":
        from desktop_app.documents.export import ExportError, ensure_gui_application, export_html

        ensure_gui_application()
        try:
            title = pdf_title or document_phrases("report", report.language).text("title")
            export_html(report_html(report), out, title=title)
        except ExportError as error:
            raise ReportNotWritten(str(error)) from error
    elif suffix == ".html":
        write_text_atomically(out, report_html(report))
    elif suffix == ".csv":
        # With a BOM, as media sheets: spreadsheet programs then read UTF-8 correctly.
        write_text_atomically(out, report_csv_text(report), encoding="utf-8-sig")
    else:
        raise ReportError(f"Reports are written as .html, .csv or .pdf, not '{out.suffix}'.")
    return out


def batches_with_uploads(ctx: AppContext) -> list[tuple[int, str]]:
    """(id, name) of the batches that have upload jobs, newest first (the report's chooser)."""
    with ctx.db.session() as session:
        return rows.batches_with_uploads(session)
