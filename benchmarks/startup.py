"""CLI start-up: ``report-toolkit --help`` in a fresh interpreter."""

from __future__ import annotations

import resource
import shutil
import statistics
import subprocess
import sys
import time

from benchmarks.measure import INSTALLED_ENV, ROOT, Row


def _time(command: list[str], repeat: int = 5) -> tuple[float, str]:
    """Median wall time of ``repeat`` runs, and a detail with the median CPU time (user +
    system of the child: the figure a loaded machine disturbs least)."""
    times, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(
            command, cwd=ROOT, env=INSTALLED_ENV, capture_output=True, check=True, timeout=60
        )
        times.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(times), f"CPU {statistics.median(cpus) * 1000:.0f} ms"


def run() -> list[Row]:
    rows = [
        Row(
            "start-up", "python -c pass (interpreter alone)", *_time([sys.executable, "-c", "pass"])
        ),
        Row(
            "start-up",
            "python -m toolkit --help",
            *_time([sys.executable, "-m", "toolkit", "--help"]),
        ),
    ]
    installed = shutil.which("report-toolkit")
    if installed:
        rows.append(Row("start-up", "report-toolkit --help", *_time([installed, "--help"])))
    else:
        rows.append(Row("start-up", "report-toolkit --help", None, "not installed (pip install .)"))
    return rows
