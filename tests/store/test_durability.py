"""Killing the app at any moment loses nothing it reported as saved."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select

from desktop_app.store.db import open_database
from desktop_app.store.models import HelpRequest

REPO_ROOT = Path(__file__).resolve().parents[2]


def run_writer_and_kill(data_dir: Path, round_name: str, after_seconds: float) -> list[str]:
    """Start a writer, SIGKILL it after ``after_seconds`` of writing; return what it reported."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.draft_writer", str(data_dir), round_name],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ | {"PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    time.sleep(after_seconds)
    process.send_signal(signal.SIGKILL)
    output, _ = process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    return [line.split()[2] for line in output.splitlines() if line.startswith("saved ")]


def test_drafts_survive_sigkill_at_random_moments(tmp_path: Path) -> None:
    rng = random.Random(20261124)
    reported: list[str] = []
    for round_number in range(6):
        reported += run_writer_and_kill(tmp_path, f"r{round_number}", rng.uniform(0.05, 0.8))
    assert len(reported) > 10, "the writer should have saved something before being killed"

    db = open_database(tmp_path / "fieldkit.sqlite3")
    with db.session() as session:
        stored = {row.subject: row.body for row in session.scalars(select(HelpRequest))}
        integrity = session.connection().exec_driver_sql("PRAGMA integrity_check").scalar()
    db.close()
    assert integrity == "ok"
    missing = [subject for subject in reported if subject not in stored]
    assert missing == []
    for subject in reported:
        assert stored[subject].endswith("(edited)"), subject
