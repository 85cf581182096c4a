"""The engine owners' own benchmark scripts (``benchmarks/speed.py``, ``bench_*.py`` …), each
run as its README says (``python benchmarks/<script>.py``); their output is printed after the
table, their wall time is a row of it."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from benchmarks.measure import ROOT, Row

#: the modules of this package; every other .py file here is a script to run
OWN = {
    "__init__",
    "__main__",
    "corpus",
    "engines",
    "growth",
    "large",
    "measure",
    "parse",
    "run",
    "scale",
    "scripts",
    "startup",
}


def scripts() -> list[Path]:
    folder = Path(__file__).resolve().parent
    return sorted(p for p in folder.glob("*.py") if p.stem not in OWN)


def run(outputs: list[tuple[str, str]]) -> list[Row]:
    """Run every script; append (name, output) to ``outputs``."""
    rows = []
    for script in scripts():
        name = f"benchmarks/{script.name}"
        started = time.perf_counter()
        try:
            result = subprocess.run(
                [sys.executable, str(script)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=240,
            )
        except subprocess.TimeoutExpired:
            rows.append(Row("scripts", name, None, "timed out after 240 s"))
            continue
        seconds = time.perf_counter() - started
        lines = [line for line in result.stdout.splitlines() if line.strip()]
        if result.returncode:
            detail = (
                f"exit {result.returncode}: " + (result.stderr.strip().splitlines() or [""])[-1]
            )
            rows.append(Row("scripts", name, None, detail[:100]))
            continue
        rows.append(Row("scripts", name, seconds, f"{len(lines)} lines of output, below"))
        outputs.append((name, result.stdout.rstrip()))
    return rows
