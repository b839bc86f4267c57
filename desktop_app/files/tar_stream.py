"""Reading a tar archive front to back, one header and one payload at a time.

``tarfile``'s stream mode copies every block three or four times through its buffers
(a third of an import's time for 2 GiB); here payloads come straight from the source
and each header is parsed by the public :meth:`tarfile.TarInfo.frombuf`. Only what
Fieldkit writes is understood — ustar headers and pax ``x`` headers for ``path`` and
``size`` — and anything else (GNU long names, global pax headers) is refused as damaged
by the caller, which also checks every member's kind, name and size.
"""

from __future__ import annotations

import tarfile
from typing import Protocol

from desktop_app.core.bundle_format import BLOCK, padded

MAX_PAX_HEADER = 64 * 1024  # Fieldkit's are a few dozen bytes


class Source(Protocol):
    def read(self, size: int = -1) -> bytes: ...


class TarTruncated(Exception):
    """The archive ends inside a header or a payload."""


class TarDamaged(Exception):
    """A header does not parse, its checksum is wrong, or it uses an unknown extension."""


def _pax_records(data: bytes) -> dict[str, str]:
    """``"<length> <key>=<value>\\n"`` records (POSIX.1-2001), decoded as UTF-8."""
    records: dict[str, str] = {}
    position = 0
    while position < len(data):
        space = data.find(b" ", position)
        if space < 0 or not data[position:space].isdigit():
            raise TarDamaged("a pax record has no length")
        length = int(data[position:space])
        record = data[space + 1 : position + length]
        if length <= space - position or not record.endswith(b"\n") or b"=" not in record:
            raise TarDamaged("a pax record is malformed")
        key, _equals, value = record[:-1].partition(b"=")
        try:
            records[key.decode("utf-8")] = value.decode("utf-8")
        except UnicodeDecodeError as error:
            raise TarDamaged("a pax record is not UTF-8") from error
        position += length
    return records


class TarStream:
    """Members of the tar archive ``source`` in order: :meth:`next`, then :meth:`read`."""

    def __init__(self, source: Source) -> None:
        self._source = source
        self._remaining = 0  # payload bytes of the current member not yet read
        self._padding = 0

    def _exactly(self, size: int) -> bytes:
        data = self._source.read(size)
        if len(data) != size:
            raise TarTruncated("the archive ends early")
        return data

    def _header(self) -> tarfile.TarInfo | None:
        block = self._exactly(BLOCK)
        if block == bytes(BLOCK):
            return None  # the end-of-archive marker
        try:
            return tarfile.TarInfo.frombuf(block, "utf-8", "surrogateescape")
        except tarfile.HeaderError as error:
            raise TarDamaged(f"a header is damaged ({error})") from error

    def next(self) -> tarfile.TarInfo | None:
        """The next member's header (pax overrides applied); ``None`` at the end."""
        self.skip()
        info = self._header()
        if info is not None and info.type == tarfile.XHDTYPE:
            if info.size > MAX_PAX_HEADER:
                raise TarDamaged("a pax header is too large")
            records = _pax_records(self._exactly(padded(info.size))[: info.size])
            info = self._header()
            if info is None:
                raise TarDamaged("a pax header ends the archive")
            if "path" in records:
                info.name = records["path"]
            if "size" in records:
                if not records["size"].isdigit():
                    raise TarDamaged("a pax size is not a number")
                info.size = int(records["size"])
        if info is not None and info.type in (
            tarfile.XHDTYPE,
            tarfile.XGLTYPE,
            tarfile.GNUTYPE_LONGNAME,
            tarfile.GNUTYPE_LONGLINK,
        ):
            raise TarDamaged(f"an unsupported extended header ({info.type!r})")
        if info is not None:
            has_payload = info.type in (tarfile.REGTYPE, tarfile.AREGTYPE, tarfile.CONTTYPE)
            self._remaining = info.size if has_payload else 0
            self._padding = padded(self._remaining) - self._remaining
        return info

    def read(self, size: int) -> bytes:
        """Up to ``size`` bytes of the current member's payload (``b""`` when done)."""
        size = min(size, self._remaining)
        if size <= 0:
            return b""
        data = self._exactly(size)
        self._remaining -= size
        return data

    def skip(self) -> None:
        """Pass over what is left of the current member and its padding."""
        while self._remaining:
            self.read(min(self._remaining, 1 << 20))
        if self._padding:
            self._exactly(self._padding)
            self._padding = 0
