"""Bytes, rates and remaining time as short, locale-aware texts for the upload views."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale

# lupdate finds calls of this alias with a literal context and text.
translate = QCoreApplication.translate


def size_text(size: int) -> str:
    """``1.5 MB`` in the user's locale (decimal units, like the wiki)."""
    return QLocale().formattedDataSize(max(size, 0), 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def progress_text(confirmed: int, total: int) -> str:
    """``1.2 MB of 4 MB``."""
    return translate("UploadFormatting", "{done} of {total}").format(
        done=size_text(confirmed), total=size_text(total)
    )


def rate_text(rate: float | None) -> str:
    """``120 kB/s``; empty when nothing is moving."""
    if rate is None or rate <= 0 or not math.isfinite(rate):
        return ""
    return translate("UploadFormatting", "{size}/s").format(size=size_text(int(rate)))


def eta_text(seconds: float | None) -> str:
    """Remaining time, rounded the way people say it; empty when unknown."""
    if seconds is None or seconds < 0 or not math.isfinite(seconds):
        return ""
    if seconds < 60:
        whole_seconds = max(int(seconds), 1)  # plain names for lupdate (PySide6 6.11)
        return translate("UploadFormatting", "%n s left", "", whole_seconds)
    minutes = round(seconds / 60)
    if minutes < 60:
        return translate("UploadFormatting", "%n min left", "", minutes)
    hours = seconds / 3600
    if hours < 48:
        whole_hours = round(hours)
        return translate("UploadFormatting", "%n h left", "", whole_hours)
    days = round(hours / 24)
    return translate("UploadFormatting", "%n days left", "", days)
