"""Exporting: nothing half-written on cancel or failure, missing files said, bad names refused,
and rows made before migration 0009 get the stable ids bundles merge by."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.core.bundle_format import BundleRefused
from desktop_app.services.bundles.export import export_bundle
from desktop_app.store.db import make_engine, migrate, open_database
from desktop_app.store.models import BundleSent, OutboxEntry
from tests.bundles.laptops import Laptop, folder_state, queue_help_request
from tests.reports.helpers import ready_batch


class Stop(Exception):
    """What the GUI's cancel raises inside the work."""


def test_a_cancelled_export_leaves_nothing_behind(
    laptop_a: Laptop, tmp_path: Path, stick: Path
) -> None:
    with laptop_a.context() as ctx:
        batch = ready_batch(ctx, tmp_path / "photos")
    seen: list[int] = []

    def stop_halfway() -> None:
        if len(seen) > 3:
            raise Stop()

    with laptop_a.context() as ctx:
        with pytest.raises(Stop):
            export_bundle(
                ctx,
                stick / "museum.fkb",
                batch.partnership,
                volume_size=64 * 1024,
                progress=lambda done, _total: seen.append(done),
                should_stop=stop_halfway,
            )
        with ctx.db.session() as session:
            assert session.query(BundleSent).count() == 0
    assert folder_state(stick) == {}


def test_a_file_changed_since_import_stops_the_export(
    laptop_a: Laptop, tmp_path: Path, stick: Path
) -> None:
    laptop_a.settings(helpdesk_page="Project:Helpdesk")
    with laptop_a.context() as ctx:
        batch = ready_batch(ctx, tmp_path / "photos")
    queue_help_request(laptop_a, _partnership_id(laptop_a, batch.partnership), "Will it go?")
    with batch.plain_file.open("r+b") as photo:  # same size, other bytes
        photo.seek(200)
        photo.write(b"edited in another program")

    code, answer = laptop_a.run(
        "bundle", "export", "--partnership", batch.partnership, str(stick / "m.fkb"), "--json"
    )

    assert code == 2
    [problem] = answer["problems"]
    assert problem["code"] == "export.file_changed"
    assert problem["params"]["path"] == str(batch.plain_file)
    assert folder_state(stick) == {}
    with laptop_a.context() as ctx, ctx.db.session() as session:
        assert session.query(BundleSent).count() == 0
        assert all(entry.travelled_at is None for entry in session.query(OutboxEntry))


def _partnership_id(laptop: Laptop, name: str) -> int:
    from desktop_app.services.partnerships import find_partnership

    with laptop.context() as ctx:
        found = find_partnership(ctx.db, name)
        assert found is not None
        return found.id


def test_a_missing_file_travels_as_a_record_and_is_named(
    laptop_a: Laptop, laptop_b: Laptop, tmp_path: Path, stick: Path
) -> None:
    with laptop_a.context() as ctx:
        batch = ready_batch(ctx, tmp_path / "photos")
    batch.unready_file.unlink()

    code, report = laptop_a.run(
        "bundle", "export", "--partnership", batch.partnership, str(stick / "m.fkb"), "--json"
    )

    assert code == 0 and report["missing_files"] == [str(batch.unready_file)]
    assert report["counts"]["items"] == 3 and report["counts"]["files"] == 2
    code, summary = laptop_b.run("bundle", "import", str(stick / "m.fkb"), "--json")
    assert code == 0 and summary["files"]["placed"] == 2 and summary["files"]["missing"] == 1


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["--partnership", "Nobody"], "export.partnership_not_found"),
        (["--partnership", "{partnership}", "--batch", "No such batch"], "export.batch_not_found"),
        (["--partnership", "{partnership}", "--volume-size", "2K"], "export.volume_size_invalid"),
    ],
)
def test_export_refuses_what_it_cannot_find(
    laptop_a: Laptop, tmp_path: Path, stick: Path, argv: list[str], code: str
) -> None:
    with laptop_a.context() as ctx:
        batch = ready_batch(ctx, tmp_path / "photos")
    argv = [part.format(partnership=batch.partnership) for part in argv]

    exit_code, answer = laptop_a.run("bundle", "export", *argv, str(stick / "x.fkb"), "--json")

    assert exit_code == 2 and answer["problems"][0]["code"] == code
    assert folder_state(stick) == {}


def test_rows_made_before_0009_get_their_stable_ids(tmp_path: Path) -> None:
    database = tmp_path / "fieldkit.sqlite3"
    engine = make_engine(database)
    migrate(engine, "0007")
    with engine.begin() as connection:
        for number in (1, 2):
            connection.execute(
                text(
                    "INSERT INTO partnerships (id, name, kind, country, languages, contact_name,"
                    " contact_details, status, notes, licence_id, material, credit_line,"
                    " created_at, updated_at) VALUES (:id, :name, 'museum', '', '', '', '',"
                    " 'idea', '', '', '', '', '2026-01-01', '2026-01-01')"
                ),
                {"id": number, "name": f"Partner {number}"},
            )
            connection.execute(
                text(
                    "INSERT INTO media_batches (id, partnership_id, name, created_at,"
                    " title_pattern, gps_policy, language)"
                    " VALUES (:id, :id, 'Batch', '2026-01-01', '', 'undecided', 'en')"
                ),
                {"id": number},
            )
            connection.execute(
                text(
                    "INSERT INTO checklists (id, partnership_id, template_id, template_version,"
                    " created_at) VALUES (:id, :id, 'forming', 1, '2026-01-01')"
                ),
                {"id": number},
            )
    engine.dispose()

    db = open_database(database)

    uuid = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
    with db.engine.connect() as connection:
        for table in ("partnerships", "media_batches", "checklists"):
            values = [row[0] for row in connection.execute(text(f"SELECT uuid FROM {table}"))]
            assert len(values) == 2 and len(set(values)) == 2, table
            assert all(uuid.match(value) for value in values), values
        installation = connection.execute(
            text("SELECT value FROM settings WHERE key = 'installation_id'")
        ).scalar()
        assert installation and uuid.match(installation.strip('"'))
    db.close()


def test_refusals_carry_a_stable_code() -> None:
    refused = BundleRefused("bundle.truncated", "cut off", file="x")
    assert refused.problem().to_dict()["params"] == {"file": "x"}
