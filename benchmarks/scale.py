"""The scale run: a synthetic corpus of reports read, parsed and analysed in parallel.

Each report is loaded (read + parse) and, when the engines are on this branch, its targets are
extracted; workers report their own peak memory.
"""

from __future__ import annotations

import multiprocessing
import tempfile
import time
from pathlib import Path

from benchmarks.measure import Row, peak_rss_mb


def process(path: Path) -> tuple[int, float]:
    """Load one report (and extract its targets when available): (sections, worker peak MB)."""
    from toolkit.api import load_report

    report = load_report(path)
    try:
        from toolkit.targets import extract_targets
    except ImportError:
        pass
    else:
        extract_targets(report)
    return sum(1 for _ in report.walk()), peak_rss_mb()


def run(count: int = 1000, jobs: int = 2) -> list[Row]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from benchmarks.corpus import write_corpus

    try:
        import toolkit.targets  # noqa: F401

        work = "read + parse + extract_targets"
    except ImportError:
        work = "read + parse"
    with tempfile.TemporaryDirectory(prefix="rt-corpus-") as folder:
        started = time.perf_counter()
        paths = write_corpus(Path(folder), count)
        made = time.perf_counter() - started
        megabytes = sum(p.stat().st_size for p in paths) / 1024 / 1024
        worker_peak = 0.0
        sections = 0
        context = multiprocessing.get_context("spawn")  # workers measure only themselves
        progress = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            transient=False,
        )
        started = time.perf_counter()
        with progress, context.Pool(jobs) as pool:
            task = progress.add_task(f"{count} reports on {jobs} cores", total=count)
            for found, peak in pool.imap_unordered(process, paths, chunksize=4):
                sections += found
                worker_peak = max(worker_peak, peak)
                progress.advance(task)
        seconds = time.perf_counter() - started
    return [
        Row("scale", f"make corpus: {count} variants", made, f"{megabytes:.0f} MB of text"),
        Row(
            "scale",
            f"{count} reports, {jobs} processes ({work})",
            seconds,
            f"{count / seconds:.1f} reports/s; {sections:,} sections; "
            f"peak {worker_peak:.0f} MB per worker, {peak_rss_mb():.0f} MB main",
        ),
    ]
