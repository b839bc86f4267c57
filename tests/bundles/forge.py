"""Bad bundles built on purpose, with Python's own tarfile (not Fieldkit's writer).

A good bundle from ``fieldkit bundle export`` is taken apart and put together again with
one thing wrong; the manifest is kept consistent (its checksum, the archive's length)
unless that is the thing under test, so each bundle is refused for its own reason.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class Member:
    info: tarfile.TarInfo
    data: bytes = b""


def sha1(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


def take_apart(bundle: Path) -> tuple[dict[str, Any], list[Member]]:
    """The manifest (as JSON) and the members after it, of a one-volume bundle."""
    members = []
    with tarfile.open(bundle) as tar:
        for info in tar.getmembers():
            handle = tar.extractfile(info)
            members.append(Member(info, handle.read() if handle else b""))
    manifest = json.loads(members[0].data)
    return manifest, members[2:]


def regular(name: str, data: bytes, size: int | None = None) -> Member:
    info = tarfile.TarInfo(name)
    info.size = len(data) if size is None else size
    return Member(info, data)


def special(name: str, kind: bytes, linkname: str = "") -> Member:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = linkname
    info.devmajor, info.devminor = 1, 3
    return Member(info)


def listed(manifest: dict[str, Any], name: str, data: bytes, role: str = "media") -> None:
    """Add an entry for ``name`` to the manifest, as a bundle writer would."""
    manifest["entries"].append({"name": name, "size": len(data), "sha1": sha1(data), "role": role})


def put_together(
    path: Path, manifest: dict[str, Any], members: list[Member], fmt: int = tarfile.PAX_FORMAT
) -> Path:
    """Write ``manifest`` (with its checksum and the archive's real length) and members."""
    manifest = copy.deepcopy(manifest)
    manifest["volume_size"] = None
    for _round in range(6):
        raw = json.dumps(manifest, sort_keys=True).encode()
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w", format=fmt) as tar:
            for member in (
                regular("manifest.json", raw),
                regular("manifest.json.sha1", sha1(raw).encode() + b"\n"),
                *members,
            ):
                content = io.BytesIO(member.data) if member.info.isreg() else None
                tar.addfile(member.info, content)
        if manifest["archive_size"] == len(buffer.getvalue()):
            break
        manifest["archive_size"] = len(buffer.getvalue())
    path.write_bytes(buffer.getvalue())
    return path
