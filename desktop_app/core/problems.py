"""Per-item problems as values: a code the UI translates, parameters, an English message.

Scanning, checks and spreadsheet imports never raise for one bad file or row; they return
:class:`Problem` values. The code is the contract (UI/CLI translate it; scripts match on
it), the English message is the fallback text, and ``fix`` names an action the UI can
offer as a button (``apply-title-pattern``, ``set-licence``, ``strip-gps``, ``rename``...).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple


class Severity(enum.StrEnum):
    """``error`` blocks "ready"; ``warning`` and ``info`` are shown but do not block."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


_NO_PARAMS: Mapping[str, Any] = MappingProxyType({})


class Problem(NamedTuple):
    """One thing wrong (or worth knowing) about one file or spreadsheet row.

    A named tuple, not a dataclass: the light commands (a re-scan, ``partnership list``)
    report problems, and ``dataclasses`` with the ``inspect`` it imports and each class
    it builds costs ~17 ms of their ~0.1 s start (bench/README.md, "fifth round").
    Change a copy with ``problem._replace(...)``.
    """

    code: str
    message: str
    params: Mapping[str, Any] = _NO_PARAMS
    severity: Severity = Severity.ERROR
    fix: str | None = None

    @property
    def blocking(self) -> bool:
        return self.severity is Severity.ERROR

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (stored with scanned items, printed by ``--json``)."""
        data: dict[str, Any] = {
            "code": self.code,
            "message": self.message,
            "params": dict(self.params),
            "severity": self.severity.value,
        }
        if self.fix:
            data["fix"] = self.fix
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Problem:
        return cls(
            code=str(data["code"]),
            message=str(data.get("message", "")),
            params=dict(data.get("params") or {}),
            severity=Severity(data.get("severity", Severity.ERROR.value)),
            fix=data.get("fix"),
        )


def error(code: str, message: str, fix: str | None = None, **params: Any) -> Problem:
    """A blocking problem."""
    return Problem(code, message, params, Severity.ERROR, fix)


def warning(code: str, message: str, fix: str | None = None, **params: Any) -> Problem:
    """A problem worth a look that does not block upload."""
    return Problem(code, message, params, Severity.WARNING, fix)


def info(code: str, message: str, fix: str | None = None, **params: Any) -> Problem:
    """Something the user should know (e.g. "location will be removed")."""
    return Problem(code, message, params, Severity.INFO, fix)


def is_ready(problems: Iterable[Problem]) -> bool:
    """A file is ready only when no problem blocks it."""
    return not any(problem.blocking for problem in problems)
