"""What an import or a re-scan did, in one translated sentence, and the paths it skipped."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.import_report import IMPORT_STATUSES
from desktop_app.services.media_import import ImportReport
from desktop_app.ui.media.problem_text import problem_message
from desktop_app.ui.text_patterns import listing

SKIPPED_SHOWN = 5  # skipped paths listed under the summary; the rest are counted


def import_summary(report: ImportReport, *, rescan: bool = False) -> str:
    """One translated sentence: what the import (or ``rescan``) did, in counts (empty
    counts left out).

    Files left out because they are not media are named (a README is no mystery), so
    the user sees they were seen and why they are not in the batch.
    """
    from PySide6.QtCore import QCoreApplication

    translate, count = QCoreApplication.translate, report.count
    unreadable = report.not_imported()
    left_out = [
        Path(entry.path).name
        for entry in report.files
        if entry.status == "skipped" and not any(p.blocking for p in entry.problems)
    ]
    # Literal strings and plain names in each call, so every lupdate finds every one of
    # them (PySide6 6.11's skips a call whose count is an expression).
    added, unchanged, changed = count("added"), count("unchanged"), count("changed")
    moved, missing, left_out_count = count("moved"), count("missing"), len(left_out)
    texts = {
        "added": translate("ImportSummary", "%n added", "", added),
        "unchanged": translate("ImportSummary", "%n unchanged", "", unchanged),
        "changed": translate("ImportSummary", "%n changed", "", changed),
        "moved": translate("ImportSummary", "%n moved", "", moved),
        "missing": translate("ImportSummary", "%n missing", "", missing),
        "skipped": translate("ImportSummary", "%n skipped (unreadable)", "", unreadable),
    }
    parts = [
        texts[status]
        for status in IMPORT_STATUSES
        if (unreadable if status == "skipped" else report.count(status))
    ]
    if left_out:
        names = listing(left_out[:3]) + ("…" if len(left_out) > 3 else "")
        parts.append(
            translate(
                "ImportSummary", "%n not media, left out: {names}", "", left_out_count
            ).format(names=names)
        )
    if rescan:
        if report.cancelled:
            return translate("ImportSummary", "Stopped; the files looked at so far are updated.")
        return translate("ImportSummary", "Looked again: {counts}.").format(
            counts=listing(parts) if parts else translate("ImportSummary", "no files")
        )
    if report.cancelled:
        return QCoreApplication.translate("ImportSummary", "Import cancelled; nothing was added.")
    if not parts:
        return QCoreApplication.translate("ImportSummary", "No files found to import.")
    return QCoreApplication.translate("ImportSummary", "Import finished: {counts}.").format(
        counts=listing(parts)
    )


def skipped_details(report: ImportReport) -> list[str]:
    """One translated line per skipped path (pipes, unreadable files, folders that could
    not be opened): which one and why, the first few of them."""
    from PySide6.QtCore import QCoreApplication

    skipped = [entry for entry in report.files if entry.status == "skipped"]
    lines = []
    for entry in skipped[:SKIPPED_SHOWN]:
        reason = problem_message(entry.problems[0]) if entry.problems else ""
        lines.append(
            QCoreApplication.translate("ImportSummary", "Skipped {path}: {reason}").format(
                path=entry.path, reason=reason
            )
        )
    if len(skipped) > SKIPPED_SHOWN:
        lines.append(
            QCoreApplication.translate(
                "ImportSummary", "…and %n more skipped.", "", len(skipped) - SKIPPED_SHOWN
            )
        )
    return lines
