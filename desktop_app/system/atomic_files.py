"""Files written whole or not at all: beside the target, then renamed over it.

A full disk, a crash or a power cut in the middle of an export leaves the earlier file (or
none), never a truncated one that looks complete.
"""

from __future__ import annotations

import os
from pathlib import Path


def partial_path(target: Path) -> Path:
    """Where ``target`` is written before it is complete (hidden, in the same folder)."""
    return target.with_name(f".{target.name}.partial")


def write_bytes_atomically(target: Path, data: bytes, *, private: bool = False) -> None:
    """Write ``data`` to ``target`` completely, or leave ``target`` as it was.

    ``private``: readable by the owner only (0600 on POSIX) from the first byte.
    """
    partial = partial_path(target)
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
        descriptor = os.open(partial, flags, 0o600 if private else 0o666)
        if private and hasattr(os, "fchmod"):
            os.fchmod(descriptor, 0o600)  # a partial left by a crash may have been wider
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def write_text_atomically(target: Path, text: str, encoding: str = "utf-8") -> None:
    """``write_bytes_atomically`` for text (``newline`` as written: no translation)."""
    write_bytes_atomically(target, text.encode(encoding))
