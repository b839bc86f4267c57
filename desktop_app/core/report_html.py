"""The outcome report as one self-contained HTML page (thumbnails embedded, no links out
needed to read it), simple enough for Qt's rich-text engine to turn into PDF as well:
tables and inline styles only, no scripts, no external files.

The words come from a :class:`~desktop_app.core.phrases.Phrases` table in the report's
language (``resources/documents/report.yaml``, read by ``store.bundled``). For a
right-to-left language every block carries ``dir="rtl"`` and file names, numbers and
dates are wrapped in Unicode isolates. Tables are the exception: ``QTextDocument`` lays
columns out left to right whatever their ``dir``, so a right-to-left report writes its
tables ``dir="ltr"`` with the cells in reverse order and aligned right. Qt and browsers
then show the same mirrored table.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from html import escape

from desktop_app.core.phrases import DEFAULT_FONTS, Phrases
from desktop_app.core.report import OutcomeReport, ReportFile, size_in_units

_STYLE = """
body { font-family: %(fonts)s; font-size: 10pt; color: #202122; }
h1 { font-size: 16pt; margin-bottom: 2pt; }
h2 { font-size: 12pt; margin-top: 14pt; }
table { border-collapse: collapse; }
th, td { border: 1px solid #c8ccd1; padding: 3pt 5pt; vertical-align: top; text-align: %(align)s; }
th { background: #eaecf0; }
td.thumb { width: 130px; text-align: center; color: #72777d; }
.muted { color: #72777d; }
"""

# Upload job state -> the phrase the partner reads (several states look alike to them).
_STATE_PHRASES = {
    "verified": "state_verified",
    "published": "state_published",
    "queued": "state_queued",
    "uploading": "state_uploading",
    "stashed": "state_uploading",
    "committing": "state_uploading",
    "needs_decision": "state_needs_decision",
    "failed": "state_failed",
    "cancelled": "state_cancelled",
}
_SIZE_PHRASES = ("size_bytes", "size_kB", "size_MB", "size_GB")


def human_size_in(phrases: Phrases, size: int) -> str:
    """Bytes as a short text in the report's language (``1,5 Mo`` in French)."""
    number, unit = size_in_units(size)
    number = number.replace(".", phrases.text("decimal_mark"))
    return phrases.text(_SIZE_PHRASES[unit], value=number)


def _link(p: Phrases, url: str | None, text: str, *, isolated: bool = True) -> str:
    shown = p.isolate(escape(text)) if isolated else escape(text)
    if not url:
        return shown
    return f'<a href="{escape(url, quote=True)}">{shown}</a>'


def _row_of(p: Phrases, cells: Sequence[str]) -> str:
    """A table row in reading order: reversed for right-to-left (see the module doc)."""
    return "<tr>" + "".join(reversed(cells) if p.right_to_left else cells) + "</tr>"


def _cell(p: Phrases, html: str, tag: str = "td", css: str = "") -> str:
    """A cell; right-to-left ones say so, or Qt would guess from the first letter."""
    klass = f' class="{css}"' if css else ""
    direction = ' dir="rtl"' if p.right_to_left else ""
    return f"<{tag}{klass}{direction}>{html}</{tag}>"


def _thumbnail(p: Phrases, file: ReportFile) -> str:
    if not file.thumbnail_jpeg:
        return _cell(p, p.html("no_preview"), css="thumb")
    data = base64.b64encode(file.thumbnail_jpeg).decode("ascii")
    alt = escape(file.title, quote=True)
    image = f'<img src="data:image/jpeg;base64,{data}" width="120" alt="{alt}">'
    return _cell(p, image, css="thumb")


def _usage(p: Phrases, file: ReportFile) -> str:
    if file.usage is None:
        return f'<span class="muted">{p.html("usage_unknown")}</span>'
    if not file.usage:
        return f'<span class="muted">{p.html("usage_none")}</span>'
    return "<br>".join(
        f"{_link(p, page.url, page.title)} "
        f'<span class="muted">{p.isolate(f"({escape(page.wiki)})", left_to_right=True)}</span>'
        for page in file.usage
    )


def _file_row(p: Phrases, file: ReportFile) -> str:
    licence = ""
    if file.licence_label:  # in the report's language already: no isolate
        licence = _link(p, file.licence_url, file.licence_label, isolated=False)
    state = _STATE_PHRASES.get(file.state)
    where = f"{p.isolate(escape(file.batch))} · {escape(human_size_in(p, file.size))}"
    return _row_of(
        p,
        [
            _thumbnail(p, file),
            _cell(
                p, f'{_link(p, file.page_url, file.title)}<br><span class="muted">{where}</span>'
            ),
            _cell(p, p.html(state) if state else escape(file.state)),
            _cell(p, f'{licence}<br><span class="muted">{p.isolate(escape(file.author))}</span>'),
            _cell(p, _usage(p, file)),
        ],
    )


def _totals_rows(p: Phrases, report: OutcomeReport) -> str:
    totals = report.totals
    numbers = [
        ("total_files", str(totals.files)),
        ("total_uploaded", str(totals.uploaded)),
        ("total_pending", str(totals.pending)),
        ("total_failed", str(totals.failed)),
        ("total_size", human_size_in(p, totals.bytes_uploaded)),
        ("total_in_use", str(totals.files_in_use)),
        ("total_pages", str(totals.pages_using)),
    ]
    rows = [
        _row_of(p, [_cell(p, p.html(key), "th"), _cell(p, escape(value))]) for key, value in numbers
    ]
    if totals.by_licence:
        licences = p.html("list_separator").join(
            f"{escape(label)}: {count}" for label, count in sorted(totals.by_licence.items())
        )
        rows.append(_row_of(p, [_cell(p, p.html("total_licences"), "th"), _cell(p, licences)]))
    return "".join(rows)


def report_html(report: OutcomeReport, phrases: Phrases) -> str:
    """The whole report as an HTML document (UTF-8 text), in the language of ``phrases``."""
    p = phrases
    # On every block of a right-to-left document: Qt does not inherit it from <html>.
    d = ' dir="rtl"' if p.right_to_left else ""
    # Qt ignores dir on tables (module doc): mirrored by hand, so the table itself stays ltr.
    table = ' dir="ltr" align="right"' if p.right_to_left else ""
    checked = report.usage_checked_at
    usage_note = (
        p.html("usage_checked", time=p.isolate(f"{checked:%Y-%m-%d %H:%M}", left_to_right=True))
        if checked is not None
        else p.html("usage_never")
    )
    meta = p.html(
        "meta",
        partnership=p.isolate(escape(report.partnership)),
        batches=p.html("list_separator").join(p.isolate(escape(b)) for b in report.batches),
        wiki=p.isolate(escape(report.wiki), left_to_right=True),
        made=p.isolate(f"{report.generated_at:%Y-%m-%d %H:%M}", left_to_right=True),
    )
    header = [
        _cell(p, p.html(key), "th")
        for key in (
            "column_preview",
            "column_file",
            "column_state",
            "column_licence",
            "column_usage",
        )
    ]
    rows = "".join(_file_row(p, file) for file in report.files)
    style = _STYLE % {
        "fonts": p.font_family or DEFAULT_FONTS,
        "align": "right" if p.right_to_left else "left",
    }
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(p.language)}" dir="{p.direction}"><head><meta charset="utf-8">'
        f"<title>{escape(report.heading)}</title><style>{style}</style></head><body{d}>"
        f"<h1{d}>{escape(report.heading)}</h1>"
        f'<p class="muted"{d}>{meta} {usage_note}</p>'
        f"<h2{d}>{p.html('totals_heading')}</h2>"
        f'<table class="totals"{table}>{_totals_rows(p, report)}</table>'
        f"<h2{d}>{p.html('files_heading')}</h2>"
        f'<table class="files" width="100%"{table}>{_row_of(p, header)}{rows}</table>'
        "</body></html>\n"
    )
