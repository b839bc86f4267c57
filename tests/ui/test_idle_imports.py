"""An idle window carries no libraries it has not used (issue 11, memory at idle): finding
the keyring (keyring, secretstorage, cryptography: ~9 MB and ~0.3 s) waits until Settings is
shown or a password is needed, and the connection probe goes without ``requests`` (~7 MB).
The areas not shown, the sync pass, the upload engine and Qt's network information (~5 MB)
load when first wanted. Measured in a fresh process, as the app starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("keyring", "secretstorage", "cryptography", "requests")
# Modules an idle window on the Partnerships area does not need yet.
NOT_YET = (
    "desktop_app.ui.areas.requests",
    "desktop_app.ui.areas.media",
    "desktop_app.ui.areas.uploads",
    "desktop_app.ui.areas.settings",
    "desktop_app.ui.areas.log_view",
    "desktop_app.ui.areas.desk",
    "desktop_app.ui.welcome.dialog",
    "desktop_app.services.sync_pass",
    "desktop_app.sync.uploads.engine",
    "desktop_app.services.bundles.export",
    "PySide6.QtNetwork",
)

SCRIPT = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop_app.store.context import AppContext
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.sync_monitor import SyncMonitor
from desktop_app.wiki.connectivity import Connectivity, probe_api
ctx = AppContext.open(sys.argv[1], log_to_file=False)
window = MainWindow(ctx, SyncMonitor(ctx))
window.show()
asked = window.ask_passphrase_if_needed()
offline = probe_api("http://127.0.0.1:9/w/api.php", timeout=2).state is Connectivity.OFFLINE
heavy, not_yet = sys.argv[2].split(","), sys.argv[3].split(",")
loaded = lambda: sorted({m.split(".")[0] for m in sys.modules} & set(heavy))
at_idle = loaded()
early = sorted(set(not_yet) & set(sys.modules))
window.show_area(window.areas.index(window.settings_area))
print(json.dumps({"asked": asked is not None, "offline": offline, "idle": at_idle, "early": early,
                  "after_settings": loaded(), "hint": window.settings_area.account_hint.text()}))
"""


def test_an_idle_window_has_not_loaded_the_keyring_or_requests(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    env.pop("FIELDKIT_PASSWORD", None)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "data"), ",".join(HEAVY), ",".join(NOT_YET)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["offline"] and not seen["asked"]
    assert seen["idle"] == []
    assert seen["early"] == []
    # Shown, Settings says where the password goes: now the keyring is looked for.
    assert "keyring" in seen["after_settings"] and "Special:BotPasswords" in seen["hint"]
