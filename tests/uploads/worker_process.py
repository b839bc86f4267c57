"""A worker process for the kill test: runs one upload job, as the app's worker would.

Usage: python -m tests.uploads.worker_process DB DATA_DIR API_URL USER JOB_ID
(the bot password comes from FIELDKIT_PASSWORD).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop_app.store.db import open_database
from desktop_app.sync.uploads.engine import UploadEngine
from desktop_app.system.paths import DataPaths
from desktop_app.wiki.client import WikiAccount, WikiClient
from tests.uploads.conftest import TEST_POLICY


def main(argv: list[str]) -> int:
    database, data_dir, api_url, user, job_id = argv
    db = open_database(Path(database))
    client = WikiClient(
        DataPaths(Path(data_dir)).pywikibot_home,
        WikiAccount(api_url, user),
        os.environ["FIELDKIT_PASSWORD"],
    )
    client.connect()
    result = UploadEngine(db, lambda: client, policy=TEST_POLICY, retry_base=0.1).run_job(
        int(job_id)
    )
    print(result.outcome)
    return 0 if result.outcome == "verified" else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
