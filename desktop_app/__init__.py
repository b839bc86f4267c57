"""Fieldkit: an offline-first field kit for Wikimedia content partnerships.

Only ``desktop_app.ui`` and ``desktop_app.app`` import Qt; everything else (core rules,
storage, sync) is plain Python usable from the CLI and from tests.
"""

__version__ = "0.1.0"
APP_NAME = "Fieldkit"
