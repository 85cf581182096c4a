"""Timing and memory helpers shared by the benchmarks."""

from __future__ import annotations

import os
import re
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

#: the environment for timing the command line as installed: modules compiled once (as pip
#: does on install), not on every run when the shell says PYTHONDONTWRITEBYTECODE
INSTALLED_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

#: the successive-year pairs among the samples
PAIRS = [
    ("guangdong-2025.txt", "guangdong-2026.txt"),
    ("sichuan-2025.txt", "sichuan-2026.txt"),
    ("hunan-2025.txt", "hunan-2026.txt"),
]


@dataclass(frozen=True)
class Row:
    """One line of the results table. ``seconds`` is None when the benchmark was skipped."""

    group: str
    name: str
    seconds: float | None
    detail: str = ""


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB (VmHWM, which exec does not inherit)."""
    try:
        status = Path("/proc/self/status").read_text()
        found = re.search(r"VmHWM:\s+(\d+)", status)
        if found:
            return int(found.group(1)) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def best_of(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    """Median wall time of ``repeat`` calls, and the last result."""
    times = []
    result = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def fastest_of(fn: Callable[[], Any], repeat: int = 3) -> float:
    """The shortest wall time of ``repeat`` calls: the figure least disturbed by other load."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


#: runs report-toolkit in a child and prints its own peak memory (VmHWM) on stderr
MEASURED_MAIN = """
import re, sys
sys.argv = ["report-toolkit", *sys.argv[1:]]
try:
    from toolkit.cli.app import main
    main()
finally:
    status = open("/proc/self/status").read()
    sys.stderr.write("\\nPEAK_KB " + re.search(r"VmHWM:\\s+(\\d+)", status).group(1) + "\\n")
"""


def run_cli(*args: str) -> tuple[float, float, int]:
    """(seconds, peak MB, exit code) of one ``report-toolkit`` run in a fresh process."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", MEASURED_MAIN, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    seconds = time.perf_counter() - started
    found = re.search(r"PEAK_KB (\d+)", result.stderr)
    return seconds, (int(found.group(1)) / 1024 if found else float("nan")), result.returncode
