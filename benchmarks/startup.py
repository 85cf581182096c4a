"""CLI start-up: ``report-toolkit --help`` in a fresh interpreter."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time

from benchmarks.measure import INSTALLED_ENV, ROOT, Row


def _time(command: list[str], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(
            command, cwd=ROOT, env=INSTALLED_ENV, capture_output=True, check=True, timeout=60
        )
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run() -> list[Row]:
    rows = [
        Row(
            "start-up", "python -c pass (interpreter alone)", _time([sys.executable, "-c", "pass"])
        ),
        Row(
            "start-up",
            "python -m toolkit --help",
            _time([sys.executable, "-m", "toolkit", "--help"]),
        ),
    ]
    installed = shutil.which("report-toolkit")
    if installed:
        rows.append(Row("start-up", "report-toolkit --help", _time([installed, "--help"])))
    else:
        rows.append(Row("start-up", "report-toolkit --help", None, "not installed (pip install .)"))
    return rows
