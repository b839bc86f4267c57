"""How many processor cores this process may really use (for sizing worker pools).

``os.cpu_count()`` counts the machine's cores, not the ones this process is allowed to
run on: under ``taskset -c 0``, in a container limited to one core, or on a laptop
where the user pinned the program, it still says 2 or 8, and a pool of that many busy
workers only fights over one core. The affinity mask (``os.sched_getaffinity``, Linux)
says which cores the scheduler will give us; a cgroup v2 CPU quota (``cpu.max``,
containers) can lower that further.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

CGROUP_CPU_MAX = Path("/sys/fs/cgroup/cpu.max")


def usable_cores(cpu_max: Path = CGROUP_CPU_MAX) -> int:
    """Cores this process may run on: its affinity mask, capped by a cgroup CPU quota."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux (Windows, macOS)
        cores = os.cpu_count() or 1
    quota = cgroup_quota(cpu_max)
    if quota is not None:
        cores = min(cores, quota)
    return max(1, cores)


def cgroup_quota(cpu_max: Path = CGROUP_CPU_MAX) -> int | None:
    """Whole cores a cgroup v2 quota allows ("150000 100000" → 2), None when unlimited."""
    try:
        quota, period = cpu_max.read_text().split()[:2]
    except (OSError, ValueError):
        return None
    if quota == "max":
        return None
    try:
        return max(1, math.ceil(int(quota) / int(period)))
    except (ValueError, ZeroDivisionError):
        return None
