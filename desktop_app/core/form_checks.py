"""Form-level problems: the shared :class:`Problem` tied to the form field it concerns.

The field travels in ``params["field"]`` so the UI can show a message next to its field
and the CLI can name the flag; :class:`InvalidInput` is how a service refuses an action.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop_app.core.problems import Problem, Severity


def field_error(code: str, field: str, message: str, **params: Any) -> Problem:
    """A blocking problem with one field."""
    return Problem(code, message, {"field": field, **params}, Severity.ERROR)


def field_warning(code: str, field: str, message: str, **params: Any) -> Problem:
    """A field worth filling in or checking; does not block."""
    return Problem(code, message, {"field": field, **params}, Severity.WARNING)


def field_of(problem: Problem) -> str:
    """The form field a problem belongs to ("" for the whole form)."""
    return str(problem.params.get("field", ""))


def blocking(problems: Iterable[Problem]) -> list[Problem]:
    """Only the problems that stop the action (errors)."""
    return [problem for problem in problems if problem.blocking]


class InvalidInput(Exception):
    """A service refused an action; ``problems`` say why, field by field."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(problem.message or problem.code for problem in self.problems))

    @property
    def codes(self) -> list[str]:
        """The problems' codes, in order (what scripts and tests match on)."""
        return [problem.code for problem in self.problems]
