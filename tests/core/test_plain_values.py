"""The value classes the light commands use without ``dataclasses`` (issue 11) keep the
behaviour their dataclasses had: defaults of their own, equality by value, copies."""

from __future__ import annotations

import pickle

import pytest

from desktop_app.core.import_report import ImportedFile, ImportReport
from desktop_app.core.problems import Problem, Severity, error, warning


def test_problem_defaults_and_copies() -> None:
    plain = Problem("code", "message")
    assert plain.params == {}
    assert plain.severity is Severity.ERROR and plain.blocking and plain.fix is None
    with pytest.raises(TypeError):
        plain.params["x"] = 1  # type: ignore[index]  # the shared default cannot change
    changed = plain._replace(params={"field": "--email"})
    assert changed.params == {"field": "--email"} and plain.params == {}
    assert warning("w", "m", size=3) == Problem("w", "m", {"size": 3}, Severity.WARNING)
    assert warning("w", "m") != error("w", "m")
    with pytest.raises(AttributeError):
        plain.code = "other"  # type: ignore[misc]  # frozen, as the dataclass was


def test_problem_round_trips_through_dict_and_pickle() -> None:
    problem = warning("file-too-large", "Too big.", fix="rename", size=5, limit=4)
    assert Problem.from_dict(problem.to_dict()) == problem
    assert pickle.loads(pickle.dumps(problem)) == problem  # worker processes send them
    assert Problem("c", "m").to_dict() == {
        "code": "c",
        "message": "m",
        "params": {},
        "severity": "error",
    }


def test_imported_file_has_a_list_of_its_own_and_compares_by_value() -> None:
    first, second = ImportedFile("/a.jpg", "added"), ImportedFile("/b.jpg", "added")
    first.problems.append(error("x", "y"))
    assert second.problems == []
    assert ImportedFile("/a.jpg", "added", 3) == ImportedFile("/a.jpg", "added", 3, [])
    assert ImportedFile("/a.jpg", "added", 3) != ImportedFile("/a.jpg", "added", 4)
    first.item_id = 7  # the store fills ids in after writing
    assert first.to_dict()["item_id"] == 7
    assert "path='/a.jpg'" in repr(first)
    with pytest.raises(AttributeError):
        first.other = 1  # type: ignore[attr-defined]  # slots: a typo is an error


def test_import_report_defaults_counts_and_equality() -> None:
    report, other = ImportReport(4), ImportReport(4)
    assert report == other and report.files == [] and report.files is not other.files
    report.files.extend(
        [ImportedFile("/a", "added"), ImportedFile("/b", "skipped", None, [error("x", "y")])]
    )
    assert report != other
    assert report.count("added") == 1 and report.not_imported() == 1
    report.store_seconds = 1.5
    assert ImportReport(4, scan_mode="none") != ImportReport(4)
    report.files.append(ImportedFile("/c", "added"))
    assert report.counts() == {
        "added": 2,
        "unchanged": 0,
        "changed": 0,
        "moved": 0,
        "missing": 0,
        "skipped": 1,
    }
    assert report.to_dict()["counts"] == report.counts()
    assert "store_seconds" not in report.to_dict()
