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
        f"{'pair':42} {'read':>6} {'compare':>8} {'diff html':>9} {'+sbs':>6} {'review':>7} "
        f"{'rev html':>8} {'KB':>5} {'diff total':>10} {'report total':>12}"
    )
    for old_name, new_name in PAIRS:
        (old, new), t_read = timed(
            partial(lambda a, b: (load_report(a), load_report(b)), samples / old_name,
                    samples / new_name),
            args.repeat,
        )  # fmt: skip
        comparison, t_compare = timed(partial(compare_reports, old, new), args.repeat)
        _, t_diff = timed(partial(render_comparison, comparison), args.repeat)
        _, t_sbs = timed(partial(render_comparison, comparison, side_by_side=True), args.repeat)
        review, t_review = timed(partial(build_review, old, new), args.repeat)
        review_page, t_review_html = timed(partial(render_review, review), args.repeat)
        size = len(review_page.encode("utf-8")) / 1024
        print(
            f"{old_name + ' → ' + new_name:42} {t_read:6.3f} {t_compare:8.3f} {t_diff:9.3f} "
            f"{t_sbs:6.3f} {t_review:7.3f} {t_review_html:8.3f} {size:5.0f} "
            f"{t_read + t_compare + t_diff:10.3f} {t_read + t_review + t_review_html:12.3f}"
        )
    print(
        "seconds, median of --repeat runs. compare = align + word diff; review = compare + "
        "targets + terms;\nhtml columns = rendering only; diff total = read + compare + diff "
        "html (`diff -o x.html`);\nreport total = read + review + review html (`report -o x.html`)"
    )


if __name__ == "__main__":
    main()
