"""A path whose bytes are not UTF-8 (Linux allows them) reaches the log, escaped.

Opening such a data folder used to print a "--- Logging error ---" traceback into the
terminal, and the line was lost from the log the helpdesk asks volunteers for.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from desktop_app.system.logs import setup_logging


def test_a_name_that_is_not_utf8_is_logged_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log_file = tmp_path / "logs" / "fieldkit.log"
    handler = setup_logging(log_file)
    try:
        logging.getLogger("test").warning("Opened data folder %s", tmp_path / "caf\udce9")
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()

    assert f"Opened data folder {tmp_path}/caf\\udce9" in log_file.read_text(encoding="utf-8")
    assert "Logging error" not in capsys.readouterr().err
