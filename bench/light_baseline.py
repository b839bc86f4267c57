"""The light commands' floor: the same output from the stdlib alone (``sqlite3`` + ``json``).

``python bench/light_baseline.py DATABASE partnership list [--json]`` (or ``request list``,
``upload status``) prints what ``fieldkit`` prints for the bench's data folder, reading the
same SQLite file with no third-party import. ``startup_bench`` checks the outputs are
byte-identical before it compares the times, so the baseline does the same work. It covers
what the bench's folder holds (partnerships and their checklist steps; requests and upload
jobs only as far as their empty states): anything more prints a difference, not a lie.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from datetime import date, datetime
from typing import Any

PARTNERSHIP_FIELDS = [
    "id",
    "name",
    "kind",
    "country",
    "languages",
    "contact_name",
    "contact_details",
    "status",
    "notes",
    "licence_id",
    "material",
    "credit_line",
    "first_contact_on",
    "agreed_on",
    "created_at",
    "updated_at",
]
DATES = {"first_contact_on", "agreed_on"}
TIMES = {"created_at", "updated_at"}


def _value(field: str, value: Any) -> Any:
    if value is None:
        return None
    if field in TIMES:
        return datetime.fromisoformat(value).isoformat()
    if field in DATES:
        return date.fromisoformat(value).isoformat()
    return value


def _progress(statuses: list[str]) -> dict[str, int]:
    applicable = [status for status in statuses if status != "not_applicable"]
    done = sum(status == "done" for status in applicable)
    percent = round(done / len(applicable) * 100) if applicable else 100
    return {"done": done, "applicable": len(applicable), "total": len(statuses), "percent": percent}


def _dump(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))


def partnership_list(connection: sqlite3.Connection, as_json: bool) -> None:
    columns = ", ".join(PARTNERSHIP_FIELDS)
    rows = [
        {field: _value(field, value) for field, value in zip(PARTNERSHIP_FIELDS, row, strict=True)}
        for row in connection.execute(f"SELECT {columns} FROM partnerships")
    ]
    rows.sort(key=lambda row: row["name"].casefold())
    statuses: dict[int, list[str]] = {row["id"]: [] for row in rows}
    for partnership_id, status in connection.execute(
        "SELECT c.partnership_id, i.status FROM checklist_items i"
        " JOIN checklists c ON c.id = i.checklist_id WHERE NOT i.retired"
    ):
        statuses[partnership_id].append(status)
    if as_json:
        every = [status for row in rows for status in statuses[row["id"]]]
        _dump(
            {
                "partnerships": [
                    row | {"progress": _progress(statuses[row["id"]])} for row in rows
                ],
                "overall_progress": _progress(every),
            }
        )
        return
    for row in rows:
        done = _progress(statuses[row["id"]])
        print(
            f"{row['id']:>4}  {row['name']}  [{row['kind']}, {row['status']}, "
            f"{row['country'] or '-'}]  {done['done']}/{done['applicable']} steps"
        )
    if not rows:
        print("No partnerships yet. Add one with 'fieldkit partnership add NAME'.")


def request_list(connection: sqlite3.Connection, as_json: bool) -> None:
    rows = connection.execute("SELECT id, state, subject FROM help_requests ORDER BY id").fetchall()
    if as_json:
        _dump({"requests": [{"id": id_, "state": state} for id_, state, _ in rows]})
        return
    for id_, state, subject in rows:
        print(f"{id_:>4}  {state:<8} {subject}  ")


def upload_status(connection: sqlite3.Connection, as_json: bool) -> None:
    counts = dict(connection.execute("SELECT state, count(*) FROM upload_jobs GROUP BY state"))
    if as_json:
        _dump(
            {
                "batch": None,
                "confirmed_bytes": 0,
                "exit_code": 0,
                "jobs": [],
                "jobs_by_state": counts,
                "paused_all": False,
                "paused_jobs": 0,
                "pending": 0,
                "total_bytes": 0,
                "wiki_hold": None,
            }
        )
        return
    text = ", ".join(f"{count} {state}" for state, count in sorted(counts.items()))
    print(f"{text or 'Nothing queued'}.")


COMMANDS = {
    ("partnership", "list"): partnership_list,
    ("request", "list"): request_list,
    ("upload", "status"): upload_status,
}


def main(argv: list[str]) -> None:
    database, group, action, *rest = argv
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        COMMANDS[group, action](connection, rest == ["--json"])
    finally:
        connection.close()


if __name__ == "__main__":
    main(sys.argv[1:])
