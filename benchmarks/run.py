"""Run every benchmark and print one table (``python -m benchmarks [--corpus N] [--jobs N]``).

The whole run, the engine owners' scripts (``benchmarks/speed.py``, ``bench_*.py`` …) included,
takes about a minute and a half on a 2-core machine; ``--quick`` skips the 50 MB input and the
scripts and makes the corpus 100 reports.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.measure import Row


def machine() -> str:
    """nproc, CPU model, memory, Python and OS: the line to quote with the numbers."""
    model = "unknown CPU"
    memory = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f", {int(line.split()[1]) // 1024 // 1024} GB RAM"
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (
        f"{cores} cores ({model}){memory}; Python {platform.python_version()}; "
        f"{platform.system()} {platform.release()}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--corpus", type=int, default=1000, help="reports in the scale run")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes in the scale run")
    parser.add_argument(
        "--quick", action="store_true", help="small corpus, no 50 MB input, no owners' scripts"
    )
    parser.add_argument(
        "--no-scripts", action="store_true", help="skip the engine owners' benchmark scripts"
    )
    parser.add_argument(
        "--growth",
        action="store_true",
        help="also every command on 1–20 MB of joined real reports (benchmarks/growth.py; "
        "20 minutes or more)",
    )
    args = parser.parse_args(argv)

    from rich.console import Console
    from rich.table import Table

    from benchmarks import corpus_store, engines, growth, large, parse, scale, scripts, startup

    err = Console(stderr=True)
    corpus = min(args.corpus, 100) if args.quick else args.corpus
    steps: list[tuple[str, Callable[[], list[Row]]]] = [
        ("start-up", startup.run),
        ("parse", parse.run),
        ("engines", engines.run),
    ]
    if not args.quick:
        steps.append(("large", large.run))
    steps.append(("scale", lambda: scale.run(corpus, args.jobs)))
    steps.append(("corpus store", lambda: corpus_store.run(corpus, args.jobs)))
    if args.growth:
        steps.append(("growth", growth.run))
    outputs: list[tuple[str, str]] = []
    if not (args.quick or args.no_scripts):
        steps.append(("owners' scripts", lambda: scripts.run(outputs)))

    started = time.perf_counter()
    rows: list[Row] = []
    for name, step in steps:
        err.print(f"[bold]benchmark:[/] {name} …")
        rows.extend(step())
    total = time.perf_counter() - started

    table = Table(title=f"report-toolkit benchmarks — {machine()}", title_justify="left")
    table.add_column("group")
    table.add_column("benchmark")
    table.add_column("time", justify="right")
    table.add_column("detail")
    for row in rows:
        seconds = "skipped" if row.seconds is None else _format(row.seconds)
        table.add_row(row.group, row.name, seconds, row.detail)
    out = Console(width=200 if not sys.stdout.isatty() else None)
    out.print(table)
    for name, text in outputs:
        out.rule(name)
        out.print(text, markup=False, highlight=False)
    out.print(f"total {total:.0f} s")


def _format(seconds: float) -> str:
    if seconds < 0.01:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"
