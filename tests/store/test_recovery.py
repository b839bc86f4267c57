"""A database an older build left half-migrated is put back from its backup, and said so.

Issue 9, item 1: older builds ran each CREATE/ALTER on its own, so a crash during the
first start left "table settings already exists" on every later command, and a crash
during an upgrade left "duplicate column name: licence_id" — with the data and a backup
right there. These tests build those exact files and start Fieldkit on them.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from desktop_app.cli import run
from desktop_app.store.db import (
    backup_database,
    current_revision,
    head_revision,
    make_engine,
    migrate,
    open_database,
)
from desktop_app.store.models import HelpRequest, Partnership, UploadJob
from desktop_app.store.recovery import HalfMigratedError

PARTNER_SQL = (
    "INSERT INTO partnerships (id, name, kind, country, languages, contact_name,"
    " contact_details, status, notes, created_at, updated_at) VALUES (1, 'Musée d''Orsay',"
    " 'museum', 'FR', 'fr', 'Zoë', '', 'talking', 'نص عربي ✓', '2026-01-01 10:00:00',"
    " '2026-01-01 10:00:00')"
)
REQUEST_SQL = (
    "INSERT INTO help_requests (uuid, partnership_id, subject, body, state, created_at,"
    " updated_at) VALUES ('u-1', 1, 'Hjälp med avtal', 'Body ✓ 日本語', 'draft',"
    " '2026-01-02 10:00:00', '2026-01-02 10:00:00')"
)


def database_at(folder: Path, revision: str, *rows: str) -> Path:
    database = folder / "fieldkit.sqlite3"
    engine = make_engine(database)
    migrate(engine, revision)
    with engine.begin() as connection:
        for row in rows:
            connection.execute(text(row))
    engine.dispose()
    return database


def test_a_half_created_database_from_an_older_build_starts_again_and_says_so(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # What an older build left after dying during its first start: the first table of
    # revision 0001 and no alembic_version ("table settings already exists" ever after).
    with sqlite3.connect(data_dir / "fieldkit.sqlite3") as connection:
        connection.execute("CREATE TABLE settings (key VARCHAR(100) PRIMARY KEY, value JSON)")
    connection.close()

    assert run(["partnership", "add", "Museum after the crash", "--json"]) == 0

    out, err = capsys.readouterr()
    assert json.loads(out)["name"] == "Museum after the crash"
    assert "half-created" in err and "created again" in err
    damaged = list((data_dir / "backups").glob("fieldkit-damaged-*.sqlite3"))
    assert len(damaged) == 1
    assert run(["self-test", "--json"]) == 0
    checks = {check["name"]: check for check in json.loads(capsys.readouterr().out)["checks"]}
    assert checks["database"]["ok"]
    assert "created again" in checks["database recovery"]["detail"]
    assert str(damaged[0]) in checks["database recovery"]["detail"]


def test_a_half_upgraded_database_is_restored_from_its_backup(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    database = database_at(tmp_path, "0002", PARTNER_SQL, REQUEST_SQL)
    backup = backup_database(database, backups)  # as every build does before upgrading
    # The first statement of 0003, committed on its own, then the power went.
    with sqlite3.connect(database) as connection:
        connection.execute(
            "ALTER TABLE partnerships ADD COLUMN licence_id VARCHAR(40) DEFAULT '' NOT NULL"
        )
    connection.close()

    db = open_database(database, backup_dir=backups)

    assert db.recovery is not None
    assert db.recovery.found_revision == "0002"
    assert db.recovery.restored_from == backup
    assert db.recovery.damaged_copy.is_file()
    assert "backup" in db.recovery.describe()
    assert current_revision(db.engine) == head_revision()
    with db.session() as session:
        partner = session.scalars(select(Partnership)).one()
        assert (partner.name, partner.notes, partner.licence_id) == (
            "Musée d'Orsay",
            "نص عربي ✓",
            "",
        )
        request = session.scalars(select(HelpRequest)).one()
        assert (request.subject, request.body) == ("Hjälp med avtal", "Body ✓ 日本語")
    db.close()
    again = open_database(database, backup_dir=backups)
    assert again.recovery is None  # healed: the next start is an ordinary one
    again.close()


def test_half_migrated_with_rows_and_no_backup_is_left_untouched(tmp_path: Path) -> None:
    database = database_at(tmp_path, "0002", PARTNER_SQL)
    with sqlite3.connect(database) as connection:
        connection.execute("ALTER TABLE partnerships ADD COLUMN material TEXT DEFAULT '' NOT NULL")
    connection.close()
    before = database.read_bytes()

    with pytest.raises(HalfMigratedError, match="no sound backup"):
        open_database(database, backup_dir=tmp_path / "backups")

    assert database.read_bytes() == before


def test_upgrading_keeps_upload_jobs_when_their_parent_table_is_rebuilt(tmp_path: Path) -> None:
    # 0004 rebuilds media_items (batch mode: copy, DROP, rename); with foreign keys on,
    # the DROP ran ON DELETE CASCADE and every upload job of an older database vanished.
    database = database_at(
        tmp_path,
        "0003",
        PARTNER_SQL,
        "INSERT INTO media_batches (id, partnership_id, name, created_at)"
        " VALUES (1, 1, 'Första', '2026-01-03 10:00:00')",
        "INSERT INTO media_items (id, batch_id, path, size, mtime, title, state)"
        " VALUES (1, 1, '/bilder/ö.jpg', 10, 1.0, 'Ö.jpg', 'new')",
        "INSERT INTO upload_jobs (media_item_id, state, resume_offset, bytes_sent, attempts,"
        " created_at, updated_at) VALUES (1, 'queued', 0, 0, 0, '2026-01-03 10:00:00',"
        " '2026-01-03 10:00:00')",
    )

    db = open_database(database, backup_dir=tmp_path / "backups")

    with db.session() as session:
        job = session.scalars(select(UploadJob)).one()
        assert job.media_item_id == 1
    db.close()
