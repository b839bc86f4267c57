"""Thumbnails: decoded off the GUI thread, upright, cached on disk, newest request first.

The table asks for a thumbnail only when a row is painted, so only visible rows are ever
requested. Requests go into a bounded LIFO: while the user scrolls through 50,000 rows the
rows now on screen are decoded first and rows long scrolled past are dropped. Decoding
uses ``QImageReader`` with ``setAutoTransform(True)`` (EXIF orientation applied) and
``setScaledSize`` (JPEGs decode at reduced size, cheap on old laptops). Results are
written to ``cache/thumbs`` keyed by path, size, mtime and edge length, so a re-import of
a changed file gets a new thumbnail.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPixmap

log = logging.getLogger(__name__)

THUMB_EDGE = 40
MAX_PENDING = 300  # requests beyond this are the oldest, i.e. rows scrolled past: dropped
MEMORY_CACHE = 2_000  # pixmaps kept in memory (~6 KB each at 40 px)


def cache_key(path: str, edge: int) -> str | None:
    """The cache file stem for ``path`` at ``edge`` px; ``None`` if the file is unreadable."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    raw = f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\0{edge}"
    return hashlib.sha1(raw.encode("utf-8", "surrogateescape")).hexdigest()


def load_thumbnail(path: str, edge: int, cache_dir: Path | None) -> QImage | None:
    """An upright image at most ``edge`` px, from the disk cache or the file; None if broken.

    Thread-safe (QImage, not QPixmap); never raises for a bad file.
    """
    key = cache_key(path, edge)
    if key is None:
        return None
    cached = cache_dir / f"{key}.png" if cache_dir is not None else None
    if cached is not None and cached.is_file():
        image = QImage(str(cached))
        if not image.isNull():
            return image
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    reader.setDecideFormatFromContent(True)
    size = reader.size()
    if size.isValid() and (size.width() > edge or size.height() > edge):
        # The stored (pre-rotation) size is what setScaledSize scales; aspect is kept, so
        # fitting it in edge × edge also fits the upright image.
        reader.setScaledSize(size.scaled(QSize(edge, edge), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        log.debug("No preview for %s: %s", path, reader.errorString())
        return None
    if image.width() > edge or image.height() > edge:
        image = image.scaled(
            edge,
            edge,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            temporary = cached.with_suffix(".tmp.png")
            if image.save(str(temporary), "PNG"):  # type: ignore[call-overload]  # str works
                os.replace(temporary, cached)  # readers never see half a file
        except OSError as exc:
            log.warning("Could not cache thumbnail for %s: %s", path, exc)
    return image


class _Worker(QRunnable):
    """Drains the loader's queue, newest request first, until it is empty."""

    def __init__(self, loader: ThumbnailLoader) -> None:
        super().__init__()
        self._loader = loader

    def run(self) -> None:
        while (job := self._loader._take()) is not None:
            path, edge = job
            try:
                image = load_thumbnail(path, edge, self._loader.cache_dir)
            except Exception:  # one bad file must not stop the others; it shows "no preview"
                log.exception("Thumbnail for %s failed", path)
                image = None
            self._loader._finished(path, edge, image)


class ThumbnailLoader(QObject):
    """Hands out pixmaps at once when known, else queues the decode and emits ``ready``.

    Lives in the GUI thread; ``ready(path, edge)`` is emitted there (queued from workers).
    """

    ready = Signal(str, int)
    _delivered = Signal(str, int, object)

    def __init__(
        self, cache_dir: Path | None, parent: QObject | None = None, threads: int = 2
    ) -> None:
        super().__init__(parent)
        self.cache_dir = cache_dir
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._lock = threading.Lock()
        self._pending: OrderedDict[tuple[str, int], None] = OrderedDict()
        self._active = 0
        self._pixmaps: OrderedDict[tuple[str, int], QPixmap | None] = OrderedDict()
        self._delivered.connect(self._on_delivered)

    def pixmap(self, path: str, edge: int = THUMB_EDGE) -> QPixmap | bool | None:
        """The thumbnail; ``None`` when the file has no preview; ``False`` while loading."""
        key = (path, edge)
        if key in self._pixmaps:
            self._pixmaps.move_to_end(key)
            return self._pixmaps[key]
        with self._lock:
            self._pending[key] = None
            self._pending.move_to_end(key)
            while len(self._pending) > MAX_PENDING:
                self._pending.popitem(last=False)
            start = self._active < self._pool.maxThreadCount()
            if start:
                self._active += 1
        if start:
            self._pool.start(_Worker(self))
        return False

    def clear_memory(self) -> None:
        """Forget decoded pixmaps (not the disk cache): e.g. after a re-import."""
        self._pixmaps.clear()

    def wait(self, timeout_ms: int = 5000) -> bool:
        """Wait for the workers (tests, shutdown)."""
        return self._pool.waitForDone(timeout_ms)

    # -- worker side -------------------------------------------------------------------
    def _take(self) -> tuple[str, int] | None:
        with self._lock:
            if not self._pending:
                self._active -= 1
                return None
            key, _ = self._pending.popitem(last=True)
            return key

    def _finished(self, path: str, edge: int, image: QImage | None) -> None:
        self._delivered.emit(path, edge, image)

    # -- GUI side ------------------------------------------------------------------------
    def _on_delivered(self, path: str, edge: int, image: QImage | None) -> None:
        pixmap = QPixmap.fromImage(image) if image is not None else None
        self._pixmaps[(path, edge)] = pixmap
        while len(self._pixmaps) > MEMORY_CACHE:
            self._pixmaps.popitem(last=False)
        self.ready.emit(path, edge)


def placeholder_pixmap(edge: int, broken: bool = False) -> QPixmap:
    """A neutral square while loading, or a crossed-out one for a file with no preview."""
    pixmap = QPixmap(edge, edge)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#9e9e9e"))
    painter.setBrush(QColor("#eeeeee"))
    margin = edge // 8
    painter.drawRoundedRect(margin, margin, edge - 2 * margin, edge - 2 * margin, 4, 4)
    if broken:
        painter.setPen(QColor("#b00020"))
        painter.drawLine(margin * 2, margin * 2, edge - margin * 2, edge - margin * 2)
        painter.drawLine(edge - margin * 2, margin * 2, margin * 2, edge - margin * 2)
    painter.end()
    return pixmap
