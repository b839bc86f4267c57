"""The schema is built and upgraded by Alembic, and upgrades keep the user's data."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import inspect, select, text

from desktop_app.store.db import (
    HEAD_REVISION,
    current_revision,
    head_revision,
    make_engine,
    migrate,
    open_database,
)
from desktop_app.store.models import HelpRequest, MediaBatch, Partnership


def test_upgrade_from_first_revision_keeps_data_and_backs_up(tmp_path: Path) -> None:
    database = tmp_path / "fieldkit.sqlite3"
    backups = tmp_path / "backups"
    engine = make_engine(database)
    migrate(engine, "0001")
    assert current_revision(engine) == "0001"
    assert "media_batches" not in inspect(engine).get_table_names()
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO partnerships (id, name, kind, country, languages, contact_name,"
                " contact_details, status, notes, created_at, updated_at) VALUES"
                " (1, 'Musée d''Orsay', 'museum', 'FR', 'fr', '', '', 'talking', 'نص عربي',"
                " '2026-01-01 10:00:00', '2026-01-01 10:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO help_requests (uuid, partnership_id, subject, body, state,"
                " created_at, updated_at) VALUES ('u-1', 1, 'Agreement help', 'Body ✓',"
                " 'draft', '2026-01-02 10:00:00', '2026-01-02 10:00:00')"
            )
        )
    engine.dispose()

    db = open_database(database, backup_dir=backups)

    assert current_revision(db.engine) == head_revision(db.engine)
    with db.session() as session:
        partner = session.scalars(select(Partnership)).one()
        assert partner.name == "Musée d'Orsay"
        assert partner.notes == "نص عربي"
        request = session.scalars(select(HelpRequest)).one()
        assert (request.uuid, request.body, request.partnership_id) == ("u-1", "Body ✓", 1)
        # The new tables from the later revision work with the old rows.
        session.add(MediaBatch(partnership_id=partner.id, name="First batch"))
    with db.session() as session:
        assert session.scalars(select(MediaBatch)).one().partnership.name == "Musée d'Orsay"
    backup_files = list(backups.glob("*.sqlite3"))
    assert len(backup_files) == 1
    backup_engine = make_engine(backup_files[0])
    assert current_revision(backup_engine) == "0001"
    db.close()


def test_fresh_database_is_wal_with_foreign_keys(tmp_path: Path) -> None:
    db = open_database(tmp_path / "x.sqlite3", backup_dir=tmp_path / "b")
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert not (tmp_path / "b").exists() or not list((tmp_path / "b").iterdir())
    db.close()


def test_models_match_migrations(tmp_path: Path) -> None:
    """Every ORM column exists in the migrated schema (a model change needs a revision)."""
    from desktop_app.store.models import Base

    db = open_database(tmp_path / "x.sqlite3")
    inspector = inspect(db.engine)
    for table in Base.metadata.sorted_tables:
        migrated = {column["name"] for column in inspector.get_columns(table.name)}
        assert {column.name for column in table.columns} == migrated, table.name
    db.close()


def test_head_revision_constant_is_alembics_head(tmp_path: Path) -> None:
    """``HEAD_REVISION`` lets start-up skip Alembic; it must name Alembic's real head."""
    engine = make_engine(tmp_path / "x.sqlite3")
    assert head_revision(engine) == HEAD_REVISION
    engine.dispose()


def test_database_at_head_opens_without_importing_alembic(tmp_path: Path) -> None:
    """Opening a database already at the head imports neither Alembic nor Mako."""
    database = tmp_path / "fieldkit.sqlite3"
    open_database(database).close()  # created and migrated here, in this process
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop_app.store.db import current_revision, open_database\n"
        "db = open_database(Path(sys.argv[1]))\n"
        "print(current_revision(db.engine))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(database)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.splitlines() == [HEAD_REVISION, "[]"]


def test_database_behind_head_still_upgrades(tmp_path: Path) -> None:
    """The quick check does not skip a due upgrade: a database at 0009 is brought to head."""
    engine = make_engine(tmp_path / "x.sqlite3")
    migrate(engine, "0009")
    assert current_revision(engine) == "0009"
    assert migrate(engine) is True
    assert current_revision(engine) == HEAD_REVISION
    assert migrate(engine) is False
    engine.dispose()
