"""bench/alternate.py: commands in turn, each with its own environment."""

from __future__ import annotations

import sys
from pathlib import Path

from bench.alternate import alternate, parse_command


def test_leading_assignments_are_the_environment() -> None:
    environment, arguments = parse_command("A=1 B='x y' python -c 'print(1)' C=2")
    assert environment == {"A": "1", "B": "x y"}
    assert arguments == ["python", "-c", "print(1)", "C=2"]  # only leading words


def test_every_round_runs_every_command_once(tmp_path: Path) -> None:
    log = f"{tmp_path}/log"
    write = "import os; open(os.environ['LOG'], 'a').write(os.environ['MARK'])"
    first = f'LOG={log} MARK=a {sys.executable} -c "{write}"'
    second = f'LOG={log} MARK=b {sys.executable} -c "{write}"'
    times = alternate([first, second], runs=3)
    assert [len(seconds) for seconds in times.values()] == [3, 3]
    assert all(seconds > 0 for values in times.values() for seconds in values)
    with open(log) as written:
        assert written.read() == "ababab"  # in turn, not all of one then the other
