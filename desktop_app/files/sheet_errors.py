"""Why a whole spreadsheet cannot be used: one exception carrying a problem code.

The code (``sheet-not-text``, ``sheet-damaged``...) is what the UI translates and scripts
match on; the English message says what to do about it.
"""

from __future__ import annotations

from typing import Any

from desktop_app.core.problems import Problem, error


class SheetError(Exception):
    """The whole sheet cannot be read or written (wrong format, damaged, no header...)."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params

    @property
    def problem(self) -> Problem:
        """The refusal as a per-sheet problem (``media apply --json``, the GUI's report)."""
        return error(self.code, str(self), **self.params)
