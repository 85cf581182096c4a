"""Timing and memory helpers shared by the benchmarks."""

from __future__ import annotations

import math
import os
import re
import resource
import signal
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


def fastest_runs(commands: dict[str, list[str]], repeat: int = 7, **run: Any) -> dict:
    """Each command run ``repeat`` times, interleaved (A B A B …, so that a change in the
    machine's load falls on all alike): the shortest wall time and the shortest CPU time (user
    + system, children included) of each, in seconds, as ``{name: (wall, cpu)}``."""
    best = {name: (math.inf, math.inf) for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, **run)
            wall = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
    return best


#: runs ``report-toolkit`` and appends its peak resident memory to stderr. VmHWM, not
#: ru_maxrss: Linux carries ru_maxrss over fork and exec, so a child of a big process (pytest)
#: would report the parent's size.
MEASURED_MAIN = """
import re, resource, sys
sys.argv = ["report-toolkit", *sys.argv[1:]]
code = 1
try:
    from toolkit.cli.app import main
    code = main()
finally:
    try:
        with open("/proc/self/status") as status:
            peak = int(re.search(r"VmHWM:\\s+(\\d+)", status.read()).group(1))
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sys.stderr.write(f"\\nPEAK_RSS_KB {peak}\\n")
sys.exit(code)
"""


@dataclass(frozen=True)
class Run:
    """One measured ``report-toolkit`` run."""

    code: int
    stdout: str
    stderr: str  #: without the measurement line
    peak_mb: float
    seconds: float
    cpu: float = 0.0  #: user + system time of the child process


def run_measured(*args: str, timeout: float = 120, cpu_limit: float | None = None) -> Run:
    """Run ``report-toolkit ARGS`` in a fresh process: its output, time and peak memory.
    ``cpu_limit`` seconds of CPU (each process: RLIMIT_CPU) end it as ``timeout`` seconds of
    wall time do, with :class:`subprocess.TimeoutExpired`; on a loaded machine the CPU time is
    the steadier cap."""

    def limit() -> None:
        if cpu_limit is not None:
            seconds = math.ceil(cpu_limit)
            resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 5))

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", MEASURED_MAIN, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=timeout,
        preexec_fn=limit if cpu_limit is not None else None,
    )
    seconds = time.perf_counter() - started
    if cpu_limit is not None and result.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        raise subprocess.TimeoutExpired(result.args, cpu_limit)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    found = re.search(r"\nPEAK_RSS_KB (\d+)\n$", result.stderr)
    if found is None:
        raise RuntimeError(f"the measured run printed no peak memory:\n{result.stderr}")
    return Run(
        result.returncode,
        result.stdout,
        result.stderr[: found.start()],
        int(found.group(1)) / 1024,
        seconds,
        cpu,
    )
