"""``fieldkit self-test``: is this installation sound? (database, resources, translations)"""

from __future__ import annotations

import importlib.util
import os
import tempfile
from dataclasses import asdict, dataclass

from desktop_app.system.paths import DataPaths, resolve_data_dir, translation_sources

# Every compiled Qt catalogue (.qm) starts with these 16 bytes (QTranslator's magic).
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def _check_data_dir(paths: DataPaths) -> Check:
    try:
        paths.ensure()
        with tempfile.NamedTemporaryFile(dir=paths.root):
            pass
    except OSError as error:
        return Check("data folder", False, f"{paths.root} is not writable: {error}")
    return Check("data folder", True, str(paths.root))


def _check_database(paths: DataPaths) -> list[Check]:
    from desktop_app.store.db import database_health, open_database
    from desktop_app.store.recovery import last_recovery

    try:
        db = open_database(paths.database, backup_dir=paths.backups)
    except Exception as error:  # any failure here is exactly what self-test must report
        return [Check("database", False, f"cannot open {paths.database}: {error}")]
    try:
        health = database_health(db)
        recovery = db.recovery or last_recovery(paths.backups)
    finally:
        db.close()
    ok = health.sound
    detail = (
        f"schema {health.revision} (head {health.head}), integrity {health.integrity}, "
        f"journal {health.journal_mode}"
    )
    checks = [Check("database", ok, detail)]
    if recovery is not None:  # healed, but the user should know (and a helper may ask)
        when = recovery.at.strftime("%Y-%m-%d %H:%M UTC")
        checks.append(Check("database recovery", True, f"{when}: {recovery.describe()}"))
    return checks


def _check_resources() -> Check:
    """Every bundled file is there and parses (a broken wheel or bundle shows here)."""
    from desktop_app.store import bundled

    try:
        counts = (
            f"{len(bundled.licence_catalogue())} licences, "
            f"{len(bundled.checklist_templates())} checklists, "
            f"{len(bundled.all_guides())} guides, "
            f"{len(bundled.commons_file_policy().extensions)} file types"
        )
    except Exception as error:  # missing or unreadable package data is what this reports
        return Check("resources", False, f"bundled data unreadable: {error}")
    return Check("resources", True, counts)


def _check_translations() -> list[Check]:
    """Each shipped catalogue is there and is a Qt catalogue; in a checkout, none is missing.

    Read as bytes, without Qt, so it works the same in a wheel, a bundle or a checkout.
    Whether a ``.qm`` matches its ``.ts`` is a test's job (it needs ``pyside6-lrelease``).
    """
    from desktop_app.store import bundled

    build_hint = "run 'python scripts/translations.py build'"
    try:
        catalogues = bundled.translation_catalogues()
    except Exception as error:  # missing or unreadable package data is what this reports
        return [Check("translations", False, f"compiled catalogues unreadable: {error}")]
    if not catalogues:
        return [Check("translations", False, "no compiled catalogues (.qm) in the package")]
    checks = []
    for node in catalogues.values():
        name = f"translation {node.name.removesuffix('.qm')}"
        try:
            data = node.read_bytes()
        except OSError as error:
            checks.append(Check(name, False, f"{node.name} unreadable: {error}"))
            continue
        if data.startswith(QM_MAGIC) and len(data) > len(QM_MAGIC):
            checks.append(Check(name, True, f"{node.name} shipped ({len(data)} bytes)"))
        else:
            checks.append(Check(name, False, f"{node.name} is not a Qt catalogue: {build_hint}"))
    for source in translation_sources():  # a checkout: a new .ts that was never compiled
        if source.stem.removeprefix(bundled.CATALOGUE_PREFIX) not in catalogues:
            detail = f"{source.name} has no compiled {source.stem}.qm: {build_hint}"
            checks.append(Check(f"translation {source.stem}", False, detail))
    return checks


def _check_free_space(paths: DataPaths) -> Check:
    """Room to work: below the headroom, saving may soon fail with "the disk is full"."""
    from desktop_app.system.disk_space import MB, free_bytes, measure, wanted_free_bytes

    free, wanted = free_bytes(paths.root), wanted_free_bytes(paths.root)
    if free < wanted:
        shortage = measure(paths.root)
        detail = (
            f"only {free // MB} MB free on the disk of {paths.root}: the disk is (nearly) "
            f"full: free {shortage.free_mb} MB"
        )
        return Check("free space", False, detail)
    return Check("free space", True, f"{free // MB} MB free on the disk of {paths.root}")


def _check_libraries() -> Check:
    missing = [
        name
        for name in ("pywikibot", "sqlalchemy", "alembic", "exifread", "keyring", "PySide6")
        if importlib.util.find_spec(name) is None
    ]
    if missing:
        return Check("libraries", False, "missing: " + ", ".join(missing))
    return Check("libraries", True, "all present")


def run_self_test(data_dir: str | os.PathLike[str] | None = None) -> list[Check]:
    """Run every check; none raises, each says what is wrong and what to do."""
    paths = DataPaths(resolve_data_dir(data_dir))
    checks = [_check_data_dir(paths)]
    if checks[0].ok:
        checks.append(_check_free_space(paths))
        checks.extend(_check_database(paths))
    checks.append(_check_resources())
    checks.extend(_check_translations())
    checks.append(_check_libraries())
    return checks
