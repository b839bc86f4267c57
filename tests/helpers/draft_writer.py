"""Writes drafts through the core as fast as it can, reporting each one once saved.

Used by test_drafts_survive_sigkill: the test kills this process at random moments.
Usage: python -m tests.helpers.draft_writer DATA_DIR ROUND
"""

from __future__ import annotations

import sys

from desktop_app.services.requests.drafts import new_request, update_request
from desktop_app.store.context import AppContext


def main(data_dir: str, round_name: str) -> None:
    ctx = AppContext.open(data_dir, log_to_file=False)
    print("ready", flush=True)
    number = 0
    while True:
        number += 1
        subject = f"{round_name}-{number}"
        body = f"Typed text {number} — نص {number}"
        request_id = new_request(ctx.db, subject=subject, body=body)
        # Autosave of further typing: the same draft updated in place.
        update_request(ctx.db, request_id, subject=subject, body=body + " (edited)")
        print(f"saved {request_id} {subject}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
