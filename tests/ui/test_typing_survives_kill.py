"""Text typed steadily into any autosaved form survives a SIGKILL, but for its last ~300 ms.

Issue 9, item 2: the forms saved 500 ms after the *last* key, with a timer restarted by
every key, so steady typing was never saved and a power cut lost all of it. Now a save
comes at most 300 ms after the first unsaved key (``ui/autosave.py``). Here a GUI process
(offscreen, ``tests/helpers/typist.py``) types 25 keys a second into each autosaved form
— the request composer, a partnership's notes, a checklist step's note, a file's
description — and is SIGKILLed at random moments; afterwards the database must hold
everything typed up to 300 ms (plus the time one save takes on a busy machine) before
the kill.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.services.checklists import add_checklist, get_checklists
from desktop_app.services.media_batches import ensure_batch
from desktop_app.services.media_detail import item_detail
from desktop_app.services.media_import import import_paths
from desktop_app.services.partnerships import (
    create_partnership,
    find_partnership,
    get_partnership,
)
from desktop_app.services.requests.drafts import get_request, list_requests
from desktop_app.store.bundled import checklist_templates
from desktop_app.store.context import AppContext
from tests.conftest import MEDIA_SAMPLES
from tests.helpers.typist import round_text

REPO = Path(__file__).resolve().parents[2]
FORMS = ("composer", "partnership", "checklist", "media")
KILLS_PER_FORM = 5
THROTTLE_S = 0.300
# One save (a SQLite commit, synchronous=FULL) on a loaded two-core machine: slack on top.
SAVE_SLACK_S = 0.250

pytestmark = pytest.mark.slow


def prepare(data_dir: Path, tmp_path: Path) -> int:
    """The records the typist types into; returns the media item's id."""
    with AppContext.open(data_dir, log_to_file=False) as ctx:
        museum = create_partnership(ctx.db, "Typing Museum")
        add_checklist(ctx.db, museum.id, checklist_templates()[0].id)
        files = tmp_path / "files"
        files.mkdir()
        shutil.copy(MEDIA_SAMPLES / "camera" / "Canon_40D.jpg", files / "Canon_40D.jpg")
        batch, _created = ensure_batch(ctx.db, "Typing Museum", "Typed")
        report = import_paths(ctx.db, batch.id, [files])
        [item_id] = [row.item_id for row in report.files if row.item_id is not None]
        return item_id


def stored_text(form: str, data_dir: Path, item_id: int, known_requests: set[int]) -> str:
    """What the database holds for the field the typist typed into."""
    with AppContext.open(data_dir, log_to_file=False) as ctx:
        if form == "composer":
            new = [r.id for r in list_requests(ctx.db) if r.id not in known_requests]
            known_requests.update(new)
            return get_request(ctx.db, max(new)).form.body if new else ""
        museum = find_partnership(ctx.db, "Typing Museum")
        assert museum is not None
        if form == "partnership":
            return get_partnership(ctx.db, museum.id).notes
        if form == "checklist":
            return get_checklists(ctx.db, museum.id)[0].items[0].note
        detail = item_detail(ctx.db, item_id)
        assert detail is not None
        return detail.descriptions.get("en", "")


def type_and_kill(
    form: str, data_dir: Path, round_number: int, item_id: int, after: float
) -> tuple[float, list[float]]:
    """Run the typist, SIGKILL it ``after`` seconds into its typing; (kill time, key times)."""
    typist = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.helpers.typist",
            form,
            str(data_dir),
            str(round_number),
            str(item_id),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
    )
    assert typist.stdout is not None
    assert typist.stdout.readline().strip() == "ready"
    time.sleep(after)
    killed_at = time.monotonic()
    typist.send_signal(signal.SIGKILL)
    output, _ = typist.communicate(timeout=30)
    assert typist.returncode == -signal.SIGKILL
    typed = [float(line.split()[2]) for line in output.splitlines() if line.startswith("typed ")]
    return killed_at, typed


def test_steady_typing_survives_sigkill_but_for_the_last_300_ms(
    data_dir: Path, tmp_path: Path
) -> None:
    item_id = prepare(data_dir, tmp_path)
    rng = random.Random(20261130)
    known_requests: set[int] = set()
    windows: list[tuple[str, int, float, int, int]] = []
    round_number = 0
    for form in FORMS:
        before = stored_text(form, data_dir, item_id, known_requests)
        for _kill in range(KILLS_PER_FORM):
            round_number += 1
            killed_at, typed = type_and_kill(
                form, data_dir, round_number, item_id, rng.uniform(0.8, 2.5)
            )
            assert len(typed) >= 5, f"{form}: the typist typed too little ({len(typed)} keys)"
            text = stored_text(form, data_dir, item_id, known_requests)
            expected = round_text(round_number)
            new = text[len(before) :] if text.startswith(before) else None
            assert new is not None, f"{form}: the text saved before was changed"
            assert expected.startswith(new), f"{form}: saved {new!r} was never typed"
            saved = len(new)
            # Everything typed before (kill - throttle - one save) must be in the database.
            lost_since = typed[saved] if saved < len(typed) else killed_at
            windows.append((form, round_number, killed_at - lost_since, saved, len(typed)))
            before = "" if form == "composer" else text  # the composer starts a new request

    print("kills:", len(windows), "windows (s):", [round(w[2], 3) for w in windows])
    lost_too_much = [w for w in windows if w[2] > THROTTLE_S + SAVE_SLACK_S]
    assert lost_too_much == [], f"more than ~300 ms of typing lost: {lost_too_much}"
    assert len(windows) == len(FORMS) * KILLS_PER_FORM
