"""A worker process for the kill test: runs one upload job, as the app's worker would.

Usage: python -m tests.uploads.worker_process DB DATA_DIR API_URL USER JOB_ID [--app-policy]
(the bot password comes from FIELDKIT_PASSWORD). ``--app-policy`` uploads with the app's
own chunk policy (chunks up to 16 MiB, the wiki's job queue above 10 MiB) instead of the
tests' small chunks.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop_app.store.db import open_database
from desktop_app.sync.uploads.chunking import ChunkPolicy
from desktop_app.sync.uploads.engine import UploadEngine
from desktop_app.system.paths import DataPaths
from desktop_app.wiki.client import WikiAccount, WikiClient


def main(argv: list[str]) -> int:
    app_policy = "--app-policy" in argv
    database, data_dir, api_url, user, job_id = [arg for arg in argv if arg != "--app-policy"]
    db = open_database(Path(database))
    client = WikiClient(
        DataPaths(Path(data_dir)).pywikibot_home,
        WikiAccount(api_url, user),
        os.environ["FIELDKIT_PASSWORD"],
    )
    client.connect()
    if app_policy:
        policy = ChunkPolicy()
    else:
        from tests.uploads.conftest import TEST_POLICY  # (imports pytest: only when asked)

        policy = TEST_POLICY
    engine = UploadEngine(db, lambda: client, policy=policy, retry_base=0.1, poll_base=0.5)
    result = engine.run_job(int(job_id))
    print(result.outcome)
    return 0 if result.outcome == "verified" else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
