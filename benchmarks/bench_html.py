"""How long the HTML pages take for pairs of real reports; prints the numbers.

Goal: generating the HTML for a pair takes about a second or less. Reading and comparing are
timed apart from rendering, so a slow analysis is not mistaken for a slow writer.

    python benchmarks/bench_html.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.api import load_report  # noqa: E402
from toolkit.compare import compare_reports  # noqa: E402
from toolkit.html import render_comparison, render_review  # noqa: E402
from toolkit.review import build_review  # noqa: E402

PAIRS = [
    ("guangdong-2025.txt", "guangdong-2026.txt"),
    ("sichuan-2025.txt", "sichuan-2026.txt"),
    ("hunan-2025.txt", "hunan-2026.txt"),
    ("guangdong-2025.docx", "guangdong-2026.txt"),
]

T = TypeVar("T")


def timed(function: Callable[[], T], repeat: int) -> tuple[T, float]:
    """The result and the median wall time in seconds of ``repeat`` calls."""
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return result, statistics.median(times)  # type: ignore[return-value]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per step (median shown)")
    args = parser.parse_args()
    samples = ROOT / "samples"
    print(
        f"{'pair':44} {'compare':>8} {'diff html':>10} {'+sbs':>8} {'review':>8} "
        f"{'review html':>12} {'KB':>6} {'end-to-end':>11}"
    )
    for old_name, new_name in PAIRS:
        start = time.perf_counter()
        old, new = load_report(samples / old_name), load_report(samples / new_name)
        comparison, t_compare = timed(partial(compare_reports, old, new), args.repeat)
        _, t_diff = timed(partial(render_comparison, comparison), args.repeat)
        _, t_sbs = timed(partial(render_comparison, comparison, side_by_side=True), args.repeat)
        review, t_review = timed(partial(build_review, old, new), 1)
        review_page, t_review_html = timed(partial(render_review, review), args.repeat)
        end_to_end = time.perf_counter() - start
        size = len(review_page.encode("utf-8")) / 1024
        print(
            f"{old_name + ' → ' + new_name:44} {t_compare:8.3f} {t_diff:10.3f} {t_sbs:8.3f} "
            f"{t_review:8.3f} {t_review_html:12.3f} {size:6.0f} {end_to_end:11.2f}"
        )
    print(
        "seconds (median); compare = align + diff; review = compare + targets + terms; "
        "html columns = rendering only; end-to-end includes reading and all repeats"
    )


if __name__ == "__main__":
    main()
