"""Before and after on a noisy machine: commands run in turn, round after round.

``hyperfine`` runs all of one command's runs, then the next command's: on a shared machine
whose speed drifts by tens of percent within minutes, that drift lands on one side. Here
every round runs each command once, in the order given, so drift hits all alike; the
first is the baseline and the others are printed as ratios of its median.

Each command is a shell-free argument list written as one string (split with
``shlex``); ``NAME=VALUE`` words at its start set environment variables for it alone
(``PYTHONPATH=/tmp/old python -m desktop_app ...`` runs an older tree unpacked with
``git archive``). Output goes to ``/dev/null``; a command that fails stops the run.

    python -m bench.alternate --runs 50 \\
        "PYTHONPATH=/tmp/old .venv/bin/python -m desktop_app --data-dir D media import ..." \\
        "PYTHONPATH=. .venv/bin/python -m desktop_app --data-dir D media import ..."
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
import time
from collections.abc import Sequence


def parse_command(text: str) -> tuple[dict[str, str], list[str]]:
    """Leading ``NAME=VALUE`` words (the environment) and the argument list."""
    words = shlex.split(text)
    environment: dict[str, str] = {}
    while words and "=" in words[0] and words[0].split("=", 1)[0].isidentifier():
        name, value = words.pop(0).split("=", 1)
        environment[name] = value
    if not words:
        raise SystemExit(f"no command in {text!r}")
    return environment, words


def alternate(commands: Sequence[str], runs: int) -> dict[str, list[float]]:
    """Seconds per run of each command, ``runs`` rounds each running every command once."""
    parsed = [parse_command(text) for text in commands]
    times: dict[str, list[float]] = {text: [] for text in commands}
    for _ in range(runs):
        for text, (environment, arguments) in zip(commands, parsed, strict=True):
            began = time.perf_counter()
            subprocess.run(
                arguments, env=os.environ | environment, stdout=subprocess.DEVNULL, check=True
            )
            times[text].append(time.perf_counter() - began)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commands", nargs="+", help="the first is the baseline")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warm-up", type=int, default=2, help="untimed rounds first")
    args = parser.parse_args()
    alternate(args.commands, args.warm_up)
    times = alternate(args.commands, args.runs)
    baseline = statistics.median(times[args.commands[0]])
    print(f"{args.runs} rounds; medians (min, first quartile), ratio to the first command")
    for text, seconds in times.items():
        ordered = sorted(seconds)
        median = statistics.median(ordered)
        print(
            f"{median * 1000:8.1f} ms  (min {ordered[0] * 1000:.1f}, "
            f"q1 {ordered[len(ordered) // 4] * 1000:.1f})  ×{median / baseline:.3f}  {text}"
        )


if __name__ == "__main__":
    main()
