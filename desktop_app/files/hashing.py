"""The one way Fieldkit hashes a file on disk: SHA-1, as the wiki reports it.

``hashlib.file_digest`` reads in large blocks with the GIL released, so it runs at the
speed of OpenSSL's SHA-1 (about 1.5 GB/s per core here). The scanner hashes bytes it
has already read for sniffing and EXIF instead (one read per file); everything that
hashes a whole file by path comes here.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def sha1_of_file(path: str | Path) -> str:
    """Hex SHA-1 of the file's bytes; raises ``OSError`` when it cannot be read."""
    with open(path, "rb") as source:
        return hashlib.file_digest(source, lambda: hashlib.sha1(usedforsecurity=False)).hexdigest()


def sha1_of_bytes(data: bytes) -> str:
    """Hex SHA-1 of bytes in memory (manifest entries of records and attachments)."""
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()
