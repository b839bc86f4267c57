"""The outcome report as one self-contained HTML page (thumbnails embedded, no links out
needed to read it), simple enough for Qt's rich-text engine to turn into PDF as well:
tables and inline styles only, no scripts, no external files."""

from __future__ import annotations

import base64
from html import escape

from desktop_app.core.report import OutcomeReport, ReportFile, human_size

_STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #202122; }
h1 { font-size: 16pt; margin-bottom: 2pt; }
h2 { font-size: 12pt; margin-top: 14pt; }
table { border-collapse: collapse; }
th, td { border: 1px solid #c8ccd1; padding: 3pt 5pt; vertical-align: top; text-align: left; }
th { background: #eaecf0; }
td.thumb { width: 130px; text-align: center; color: #72777d; }
.muted { color: #72777d; }
"""

_STATE_LABELS = {
    "verified": "on the wiki",
    "published": "on the wiki (checking)",
    "queued": "waiting",
    "uploading": "uploading",
    "stashed": "uploading",
    "committing": "uploading",
    "needs_decision": "needs a decision",
    "failed": "failed",
    "cancelled": "cancelled",
}


def _link(url: str | None, text: str) -> str:
    if not url:
        return escape(text)
    return f'<a href="{escape(url, quote=True)}">{escape(text)}</a>'


def _thumbnail(file: ReportFile) -> str:
    if not file.thumbnail_jpeg:
        return '<td class="thumb">no preview</td>'
    data = base64.b64encode(file.thumbnail_jpeg).decode("ascii")
    return (
        f'<td class="thumb"><img src="data:image/jpeg;base64,{data}" width="120" '
        f'alt="{escape(file.title, quote=True)}"></td>'
    )


def _usage(file: ReportFile) -> str:
    if file.usage is None:
        return '<span class="muted">not checked yet</span>'
    if not file.usage:
        return '<span class="muted">not used on any page yet</span>'
    return "<br>".join(
        f'{_link(page.url, page.title)} <span class="muted">({escape(page.wiki)})</span>'
        for page in file.usage
    )


def _row(file: ReportFile) -> str:
    licence = _link(file.licence_url, file.licence_label) if file.licence_label else ""
    state = _STATE_LABELS.get(file.state, file.state)
    return (
        "<tr>"
        f"{_thumbnail(file)}"
        f"<td>{_link(file.page_url, file.title)}<br>"
        f'<span class="muted">{escape(file.batch)} · {escape(human_size(file.size))}</span></td>'
        f"<td>{escape(state)}</td>"
        f'<td>{licence}<br><span class="muted">{escape(file.author)}</span></td>'
        f"<td>{_usage(file)}</td>"
        "</tr>"
    )


def report_html(report: OutcomeReport) -> str:
    """The whole report as an HTML document (UTF-8 text)."""
    totals = report.totals
    checked = report.usage_checked_at
    usage_note = (
        f"Usage as read from the wiki on {checked:%Y-%m-%d %H:%M} UTC."
        if checked is not None
        else "Usage on wiki pages has not been read from the wiki yet."
    )
    licences = ", ".join(
        f"{escape(label)}: {count}" for label, count in sorted(totals.by_licence.items())
    )
    summary = [
        ("Files", str(totals.files)),
        ("On the wiki", str(totals.uploaded)),
        ("Still on their way", str(totals.pending)),
        ("Failed or waiting for a decision", str(totals.failed)),
        ("Uploaded size", human_size(totals.bytes_uploaded)),
        ("Files used on wiki pages", str(totals.files_in_use)),
        ("Pages using the files", str(totals.pages_using)),
    ]
    summary_rows = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in summary)
    if licences:
        summary_rows += f"<tr><th>Licences</th><td>{licences}</td></tr>"
    rows = "".join(_row(file) for file in report.files)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(report.heading)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{escape(report.heading)}</h1>"
        f'<p class="muted">Partnership: {escape(report.partnership)} · Batches: '
        f"{escape(', '.join(report.batches))} · Wiki: {escape(report.wiki)} · "
        f"Made {report.generated_at:%Y-%m-%d %H:%M} UTC with Fieldkit. {escape(usage_note)}</p>"
        f'<h2>Totals</h2><table class="totals">{summary_rows}</table>'
        "<h2>Files</h2>"
        '<table class="files"><tr><th>Preview</th><th>File</th><th>State</th>'
        "<th>Licence and author</th><th>Used on</th></tr>"
        f"{rows}</table></body></html>\n"
    )
