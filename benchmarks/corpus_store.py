"""The store at scale: ``report-toolkit corpus`` on 1,000 different reports, cold and warm cache.

The corpus is :mod:`benchmarks.corpus`'s (variants of the text samples: subsections shuffled,
figures and years changed), so no two files share their bytes. The command runs as a user runs
it, in its own process; this script watches it from outside (no thread in the command: its
worker pool forks): wall time, CPU time of the command and its workers (user + system), peak
memory of the main process and of each worker (VmHWM), and the memory of both when 250, 500 and
1,000 reports have been parsed (counted by the cache entries the workers write). Then the same
command again on the filled cache.

``python -m benchmarks.corpus_store [--count 1000] [--jobs 2]``
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.measure import INSTALLED_ENV, Row

#: how many parsed reports to take memory at
MARKS = (250, 500, 1000)


@dataclass
class Watched:
    """What one run of the command did, seen from outside."""

    seconds: float = 0.0
    cpu: float = 0.0
    main_peak_mb: float = 0.0
    worker_peak_mb: float = 0.0
    at: dict[int, tuple[float, float]] = field(default_factory=dict)  # parsed → (main, worker) MB
    stdout: str = ""
    returncode: int = 0


def _status_mb(pid: int, key: str) -> float:
    try:
        found = re.search(rf"{key}:\s+(\d+)", Path(f"/proc/{pid}/status").read_text())
    except OSError:
        return 0.0
    return int(found.group(1)) / 1024 if found else 0.0


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def _cached(folder: Path) -> int:
    return sum(1 for _ in folder.rglob("*.json")) if folder.is_dir() else 0


def watch(args: list[str], cache: Path, marks: tuple[int, ...] = ()) -> Watched:
    """Run ``report-toolkit ARGS`` and watch it (see the module docstring)."""
    seen = Watched()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    command = [sys.executable, "-m", "toolkit", *args]
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=INSTALLED_ENV
    )
    pending = list(marks)
    while process.poll() is None:
        main = _status_mb(process.pid, "VmHWM")
        workers = _children(process.pid)
        seen.main_peak_mb = max(seen.main_peak_mb, main)
        for worker in workers:
            seen.worker_peak_mb = max(seen.worker_peak_mb, _status_mb(worker, "VmHWM"))
        if pending:
            done = _cached(cache)
            while pending and done >= pending[0]:
                rss = [_status_mb(w, "VmRSS") for w in workers] or [0.0]
                seen.at[pending.pop(0)] = (_status_mb(process.pid, "VmRSS"), max(rss))
        time.sleep(0.25)
    seen.seconds = time.perf_counter() - started
    seen.stdout = process.stdout.read() if process.stdout else ""
    seen.returncode = process.returncode
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    seen.cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seen


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def run(count: int = 1000, jobs: int = 2) -> list[Row]:
    from benchmarks.corpus import write_corpus

    with tempfile.TemporaryDirectory(prefix="rt-store-") as tmp:
        folder, cache = Path(tmp) / "reports", Path(tmp) / "cache"
        folder.mkdir()
        paths = write_corpus(folder, count)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in paths) / len(paths)
        store = Path(tmp) / "corpus.sqlite"
        base = ["corpus", str(folder), "-o", str(store), "--cache-dir", str(cache)]
        load = load_average()
        cold = watch([*base, "--jobs", str(jobs)], cache, tuple(m for m in MARKS if m <= count))
        warm = watch([*base, "--jobs", str(jobs), "--force"], cache)
        size = store.stat().st_size / 1024 / 1024
    summary = cold.stdout.strip().splitlines()[-1] if cold.stdout.strip() else "no output"
    marks = ", ".join(
        f"{n}: {m:.0f}/{f'{w:.0f}' if w else '(workers done)'} MB"
        for n, (m, w) in sorted(cold.at.items())
    )
    per_report = cold.cpu / count
    return [
        Row(
            "corpus",
            f"{count} reports (mean {chars / 1000:.1f}k chars), cold cache, --jobs {jobs}",
            cold.seconds,
            f"{count / cold.seconds:.1f} reports/s; CPU {cold.cpu:.0f} s "
            f"({per_report * 1000:.0f} ms a report); peak {cold.main_peak_mb:.0f} MB main, "
            f"{cold.worker_peak_mb:.0f} MB a worker; RSS main/worker at {marks}; "
            f"store {size:.0f} MB; load {load}; exit {cold.returncode}",
        ),
        Row(
            "corpus",
            f"{count} reports, warm cache",
            warm.seconds,
            f"CPU {warm.cpu:.1f} s; peak {warm.main_peak_mb:.0f} MB main; "
            f"{warm.stdout.strip().split(';')[-1].strip() if warm.stdout else ''}",
        ),
        Row("corpus", "summary line of the cold run", None, summary),
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.corpus_store", description=__doc__)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    args = parser.parse_args(argv)
    print(f"load before: {load_average()}", flush=True)
    for row in run(args.count, args.jobs):
        seconds = "" if row.seconds is None else f"{row.seconds:.1f} s"
        print(f"{row.name}: {seconds} {row.detail}", flush=True)
    print(f"load after: {load_average()}", flush=True)


if __name__ == "__main__":
    main()
