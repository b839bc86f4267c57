"""Every bad bundle is refused with its own message and changes nothing, anywhere.

Each case builds its bundle here (from a good one, taken apart with ``tarfile``), then
imports it twice into laptop B: through the service, with the whole data folder compared
byte for byte before and after; and through ``fieldkit bundle import``, which must exit
2 with the reason (its log file is the one thing allowed to grow). Neither may leave
anything in the media folder, next to the bundle, at the paths the bundle names, or in
the temporary folder.
"""

from __future__ import annotations

import gzip
import json
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core.bundle_format import BundleRefused
from desktop_app.services.bundles.importing import import_bundle
from desktop_app.services.bundles.receipts import import_receipt
from desktop_app.store.context import AppContext
from tests.bundles.forge import listed, put_together, regular, sha1, special, take_apart
from tests.bundles.laptops import Laptop, folder_state
from tests.reports.helpers import ready_batch


@pytest.fixture
def good(laptop_a: Laptop, tmp_path: Path) -> tuple[Path, str]:
    """A good bundle of A's batch (one volume) and the partnership's name."""
    with laptop_a.context() as ctx:
        batch = ready_batch(ctx, tmp_path / "photos")
    out = tmp_path / "good" / "museum.fkb"
    out.parent.mkdir()
    code, report = laptop_a.run(
        "bundle", "export", "--partnership", batch.partnership, str(out), "--json"
    )
    assert code == 0, report
    return out, batch.partnership


Forger = Callable[[Path, Path, Path], Path]  # (good bundle, workshop, outside) → bad bundle


def truncated(good: Path, workshop: Path, _outside: Path) -> Path:
    data = good.read_bytes()
    return _write(workshop / "cut.fkb", data[: len(data) * 2 // 3])


def corrupted_header(good: Path, workshop: Path, _outside: Path) -> Path:
    data = bytearray(good.read_bytes())
    header = next(  # the records' tar header (the name also occurs inside the manifest)
        at for at in range(0, len(data), 512) if data[at : at + 16] == b"records.jsonl.gz"
    )
    data[header + 124 : header + 130] = b"\xff" * 6  # its size field
    return _write(workshop / "corrupted.fkb", bytes(data))


def corrupted_file(good: Path, workshop: Path, _outside: Path) -> Path:
    data = bytearray(good.read_bytes())
    middle = len(data) * 3 // 4  # inside a photo
    data[middle : middle + 64] = bytes(64)
    return _write(workshop / "bitrot.fkb", bytes(data))


def wrong_checksum(good: Path, workshop: Path, _outside: Path) -> Path:
    manifest, members = take_apart(good)
    media = next(e for e in manifest["entries"] if e["role"] == "media")
    media["sha1"] = sha1(b"something else")
    return put_together(workshop / "checksum.fkb", manifest, members)


def missing_volume(good: Path, workshop: Path, _outside: Path) -> Path:
    raise AssertionError("built by the test itself")  # pragma: no cover


def absolute_path(good: Path, workshop: Path, outside: Path) -> Path:
    manifest, members = take_apart(good)
    evil = str(outside / "evil.txt")
    members.append(regular(evil, b"written outside"))
    return put_together(workshop / "absolute.fkb", manifest, members)


def dot_dot(good: Path, workshop: Path, _outside: Path) -> Path:
    manifest, members = take_apart(good)
    members.append(regular("media/../../../outside/evil.txt", b"written outside"))
    return put_together(workshop / "dotdot.fkb", manifest, members)


def symlink(good: Path, workshop: Path, outside: Path) -> Path:
    manifest, members = take_apart(good)
    listed(manifest, "media/link.jpg", b"")
    members.append(special("media/link.jpg", tarfile.SYMTYPE, str(outside / "target")))
    return put_together(workshop / "symlink.fkb", manifest, members)


def hardlink(good: Path, workshop: Path, _outside: Path) -> Path:
    manifest, members = take_apart(good)
    listed(manifest, "media/hard.jpg", b"")
    members.append(special("media/hard.jpg", tarfile.LNKTYPE, "/etc/passwd"))
    return put_together(workshop / "hardlink.fkb", manifest, members)


def device(good: Path, workshop: Path, _outside: Path) -> Path:
    manifest, members = take_apart(good)
    listed(manifest, "media/null.jpg", b"")
    members.append(special("media/null.jpg", tarfile.CHRTYPE))
    return put_together(workshop / "device.fkb", manifest, members)


def case_clash(good: Path, workshop: Path, _outside: Path) -> Path:
    manifest, members = take_apart(good)
    for name, content in (("media/Photo.jpg", b"one"), ("media/photo.JPG", b"two")):
        listed(manifest, name, content)
        members.append(regular(name, content))
    return put_together(workshop / "case.fkb", manifest, members)


def case_clash_unlisted(good: Path, workshop: Path, _outside: Path) -> Path:
    manifest, members = take_apart(good)
    media = next(m for m in members if m.info.name.startswith("media/"))
    members.append(regular(media.info.name.upper().replace("MEDIA/", "media/"), media.data))
    return put_together(workshop / "case2.fkb", manifest, members)


def decompression_bomb(good: Path, workshop: Path, _outside: Path) -> Path:
    manifest, members = take_apart(good)
    records = next(m for m in members if m.info.name == "records.jsonl.gz")
    line = b'{"kind": "partnership"}\n'
    bomb = gzip.compress(line + bytes(200 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 1024 * 1024  # 200 MB of nothing in well under 1 MB
    records.data, records.info.size = bomb, len(bomb)
    entry = next(e for e in manifest["entries"] if e["name"] == "records.jsonl.gz")
    entry["size"], entry["sha1"] = len(bomb), sha1(bomb)  # unpacked_size stays small
    return put_together(workshop / "bomb.fkb", manifest, members)


def larger_than_declared(good: Path, workshop: Path, _outside: Path) -> Path:
    manifest, members = take_apart(good)
    media = next(m for m in members if m.info.name.startswith("media/"))
    media.data = media.data + bytes(50 * 1024 * 1024)
    media.info.size = len(media.data)
    return put_together(workshop / "larger.fkb", manifest, members)


def gnu_long_name(good: Path, workshop: Path, _outside: Path) -> Path:
    manifest, members = take_apart(good)
    name = "media/" + "x" * 120 + ".jpg"  # GNU tar writes an extra "././@LongLink" header
    listed(manifest, name, b"long")
    members.append(regular(name, b"long"))
    return put_together(workshop / "gnu.fkb", manifest, members, tarfile.GNU_FORMAT)


def newer_fieldkit(good: Path, workshop: Path, _outside: Path) -> Path:
    manifest, members = take_apart(good)
    manifest["format_version"] = 99
    manifest["fieldkit_version"] = "9.0.0"
    return put_together(workshop / "newer.fkb", manifest, members)


def bad_records(good: Path, workshop: Path, _outside: Path) -> Path:
    manifest, members = take_apart(good)
    records = next(m for m in members if m.info.name == "records.jsonl.gz")
    lines = gzip.decompress(records.data).splitlines()
    first = json.loads(lines[0])
    first["fields"]["kind"] = "spaceship"
    lines[0] = json.dumps(first).encode()
    unpacked = b"\n".join(lines) + b"\n"
    records.data = gzip.compress(unpacked)
    records.info.size = len(records.data)
    entry = next(e for e in manifest["entries"] if e["name"] == "records.jsonl.gz")
    entry.update(size=len(records.data), sha1=sha1(records.data), unpacked_size=len(unpacked))
    return put_together(workshop / "records.fkb", manifest, members)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


CASES: dict[str, tuple[Forger, str, str]] = {
    "truncated": (truncated, "bundle.truncated", "cut off"),
    "corrupted-header": (corrupted_header, "bundle.damaged", "damaged"),
    "corrupted-file": (corrupted_file, "bundle.checksum_mismatch", "does not match"),
    "wrong-checksum": (wrong_checksum, "bundle.checksum_mismatch", "does not match"),
    "missing-volume": (missing_volume, "bundle.volume_missing", "is missing"),
    "absolute-path": (absolute_path, "bundle.unsafe_name", "outside its folder"),
    "dot-dot": (dot_dot, "bundle.unsafe_name", "outside its folder"),
    "symlink": (symlink, "bundle.link_or_device", "a link"),
    "hardlink": (hardlink, "bundle.link_or_device", "a link"),
    "device-file": (device, "bundle.link_or_device", "a device file"),
    "case-clash": (case_clash, "bundle.case_clash", "ignores case"),
    "case-clash-unlisted": (case_clash_unlisted, "bundle.case_clash", "ignores case"),
    "decompression-bomb": (decompression_bomb, "bundle.oversized", "decompression bomb"),
    "larger-than-declared": (larger_than_declared, "bundle.oversized", "larger than declared"),
    "gnu-long-name": (gnu_long_name, "bundle.damaged", "unsupported extended header"),
    "newer-fieldkit": (newer_fieldkit, "bundle.newer_format", "newer Fieldkit"),
    "invalid-records": (bad_records, "bundle.invalid_records", "not valid"),
}


LOG = "logs/fieldkit.log"  # the CLI's log: the one file a refused import may add lines to


def changes(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """Paths added, removed or changed between two :func:`folder_state` snapshots."""
    return sorted(
        name for name in before.keys() | after.keys() if before.get(name) != after.get(name)
    )


@pytest.fixture
def empty_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The process's temporary folder, empty, to prove nothing is left there."""
    folder = tmp_path / "system-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("TMPDIR", str(folder))
    return folder


def _bad_bundle(case: str, good: Path, tmp_path: Path, laptop_a: Laptop, name: str) -> Path:
    workshop = tmp_path / "workshop"
    workshop.mkdir(exist_ok=True)
    if case == "missing-volume":
        out = workshop / "museum.fkb"
        code, report = laptop_a.run(
            "bundle", "export", "--partnership", name, "--volume-size", "96K", str(out), "--json"
        )
        assert code == 0 and report["volumes"] >= 3, report
        Path(report["files"][1]).unlink()
        return out
    forger = CASES[case][0]
    return forger(good, workshop, tmp_path / "outside")


@pytest.mark.parametrize("case", list(CASES))
def test_a_bad_bundle_is_refused_and_changes_nothing(
    case: str,
    good: tuple[Path, str],
    laptop_a: Laptop,
    laptop_b: Laptop,
    tmp_path: Path,
    empty_tmp: Path,
) -> None:
    code_wanted, words = CASES[case][1:]
    bundle = _bad_bundle(case, good[0], tmp_path, laptop_a, good[1])
    with laptop_b.context():
        pass  # migrated once, as a laptop that has run before
    media = tmp_path / "b-media"
    outside = tmp_path / "outside"
    watched = {
        "data": laptop_b.data_dir,
        "bundle's folder": bundle.parent,
        "tmp": empty_tmp,
        "whole test folder": tmp_path,
    }
    before = {name: folder_state(folder) for name, folder in watched.items()}

    ctx = AppContext.open(laptop_b.data_dir, log_to_file=False)
    try:
        with pytest.raises(BundleRefused) as refused:
            import_bundle(ctx, bundle, media)
    finally:
        ctx.close()

    assert refused.value.code == code_wanted, refused.value.message
    assert words in refused.value.message
    for name, folder in watched.items():
        assert changes(before[name], folder_state(folder)) == [], name
    assert not media.exists() and not outside.exists()

    code, answer = laptop_b.run(
        "bundle", "import", str(bundle), "--media-dir", str(media), "--json"
    )
    assert code == 2
    assert answer["ok"] is False and answer["problems"][0]["code"] == code_wanted
    assert words in answer["problems"][0]["message"]
    assert changes(before["data"], folder_state(laptop_b.data_dir)) in ([], [LOG])
    assert folder_state(bundle.parent) == before["bundle's folder"]
    assert folder_state(empty_tmp) == {}
    assert not media.exists() and not outside.exists()


def test_a_receipt_for_a_bundle_this_machine_never_sent_is_refused(
    good: tuple[Path, str], laptop_b: Laptop, tmp_path: Path, stick: Path, empty_tmp: Path
) -> None:
    bundle, _name = good
    code, _summary = laptop_b.run(
        "bundle", "import", str(bundle), "--media-dir", str(tmp_path / "m")
    )
    assert code == 0
    receipt = stick / "museum.fkr"
    code, _written = laptop_b.run("bundle", "receipt", "--bundle", str(bundle), str(receipt))
    assert code == 0
    before = folder_state(laptop_b.data_dir)

    ctx = AppContext.open(laptop_b.data_dir, log_to_file=False)  # B received it, never sent it
    try:
        with pytest.raises(BundleRefused) as refused:
            import_receipt(ctx, receipt)
    finally:
        ctx.close()

    assert refused.value.code == "receipt.unknown_bundle"
    assert "never sent" in refused.value.message
    assert folder_state(laptop_b.data_dir) == before
    code, answer = laptop_b.run("bundle", "import-receipt", str(receipt), "--json")
    assert code == 2 and answer["problems"][0]["code"] == "receipt.unknown_bundle"


def test_a_receipt_is_not_a_bundle_and_a_bundle_is_not_a_receipt(
    good: tuple[Path, str], laptop_b: Laptop, tmp_path: Path
) -> None:
    bundle, _name = good
    code, answer = laptop_b.run("bundle", "import-receipt", str(bundle), "--json")
    assert code == 2 and answer["problems"][0]["code"] == "bundle.wrong_kind"
    not_a_bundle = tmp_path / "holiday.fkb"
    not_a_bundle.write_bytes(b"\xff\xd8\xff\xe0 just a photo" * 100)
    code, answer = laptop_b.run("bundle", "import", str(not_a_bundle), "--json")
    assert code == 2 and answer["problems"][0]["code"] == "bundle.not_a_bundle"
