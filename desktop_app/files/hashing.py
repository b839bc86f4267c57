"""The one way Fieldkit hashes a file on disk: SHA-1, as the wiki reports it.

``hashlib.file_digest`` reads in large blocks with the GIL released, so it runs at the
speed of OpenSSL's SHA-1 (about 1.5 GB/s per core here). The scanner hashes bytes it
has already read for sniffing and EXIF instead (one read per file); everything that
hashes a whole file by path comes here.
"""

from __future__ import annotations

import hashlib
import queue
import threading
from pathlib import Path


def sha1_of_file(path: str | Path) -> str:
    """Hex SHA-1 of the file's bytes; raises ``OSError`` when it cannot be read."""
    with open(path, "rb") as source:
        return hashlib.file_digest(source, lambda: hashlib.sha1(usedforsecurity=False)).hexdigest()


def sha1_of_bytes(data: bytes) -> str:
    """Hex SHA-1 of bytes in memory (manifest entries of records and attachments)."""
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()


class BackgroundSha1:
    """A SHA-1 computed on a helper thread from the blocks a copy loop passes on.

    ``hashlib`` and file writes both release the GIL on large blocks, so on two cores the
    hashing of one block overlaps the writing of the next: copying with verification
    then costs about as much as copying alone. Blocks must not change after ``update``
    (``bytes`` never do). Use as a context manager so the thread always ends.
    """

    def __init__(self, depth: int = 8) -> None:
        self._digest = hashlib.sha1(usedforsecurity=False)
        self._blocks: queue.Queue[bytes | None] = queue.Queue(maxsize=depth)
        self._thread = threading.Thread(target=self._work, name="sha1", daemon=True)
        self._thread.start()
        self._closed = False

    def _work(self) -> None:
        while (block := self._blocks.get()) is not None:
            self._digest.update(block)

    def update(self, block: bytes) -> None:
        self._blocks.put(block)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._blocks.put(None)
            self._thread.join()

    def hexdigest(self) -> str:
        """The digest of every block passed so far (ends the thread)."""
        self.close()
        return self._digest.hexdigest()

    def __enter__(self) -> BackgroundSha1:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
