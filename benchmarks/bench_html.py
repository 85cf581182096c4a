"""How long the HTML pages take for pairs of real reports; prints the numbers.

Goal: generating the HTML for a pair takes about a second or less. Reading and comparing are
timed apart from rendering, so a slow analysis is not mistaken for a slow writer.

    python benchmarks/bench_html.py [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.measure import PAIRS as SAMPLE_PAIRS  # noqa: E402
from benchmarks.measure import best_of  # noqa: E402
from toolkit.api import load_report  # noqa: E402
from toolkit.compare import compare_reports  # noqa: E402
from toolkit.html import diff_page, review_page  # noqa: E402
from toolkit.review import build_review  # noqa: E402

#: the sample pairs, and a .docx against a .txt of the next year
PAIRS = [*SAMPLE_PAIRS, ("guangdong-2025.docx", "guangdong-2026.txt")]

T = TypeVar("T")


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
        t_read, (old, new) = best_of(
            partial(lambda a, b: (load_report(a), load_report(b)), samples / old_name,
                    samples / new_name),
            args.repeat,
        )  # fmt: skip
        t_compare, comparison = best_of(partial(compare_reports, old, new), args.repeat)
        t_diff, _ = best_of(partial(diff_page, comparison), args.repeat)
        t_sbs, _ = best_of(partial(diff_page, comparison, side_by_side=True), args.repeat)
        t_review, review = best_of(partial(build_review, old, new), args.repeat)
        t_review_html, page = best_of(partial(review_page, review), args.repeat)
        size = len(page.encode("utf-8")) / 1024
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
