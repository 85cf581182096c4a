"""How long the terms analysis takes on real report pairs.

Run from the repository root:  python benchmarks/bench_terms.py [--repeat N]

Prints, for each successive sample pair, the median wall and CPU time of ``compare_terms``
(reading and parsing excluded; CPU time is steadier on a busy machine; also without the
per-section shifts, which need the section alignment) and the wall time of the whole ``terms``
command path (read + parse + compare), after a warm-up run. The segmenter's one-time dictionary
load is reported on its own line.
Goal: well under one second per pair.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.measure import PAIRS  # noqa: E402
from toolkit import segment  # noqa: E402
from toolkit.api import load_report  # noqa: E402
from toolkit.terms import compare_terms, stance  # noqa: E402


def _forget() -> None:
    """Every answer the terms engine remembers (its functions' caches, the phrases' cuts), so
    that no run is helped by the one before."""
    for name, module in list(sys.modules.items()):
        if name.startswith("toolkit.terms") and module is not None:
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()
    stance._CUTS.clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    start = time.perf_counter()
    segment.cut("预热")
    print(f"segmenter dictionary load (once per process): {time.perf_counter() - start:.3f} s")

    for old_name, new_name in PAIRS:
        old_path, new_path = ROOT / "samples" / old_name, ROOT / "samples" / new_name
        old, new = load_report(old_path), load_report(new_path)
        compare_terms(old, new)  # warm-up: caches, first-use costs
        compare_times, cpu_times, total_times, flat_times = [], [], [], []
        for _ in range(args.repeat):
            _forget()  # no help from the previous run
            start, cpu = time.perf_counter(), time.process_time()
            result = compare_terms(old, new)
            compare_times.append(time.perf_counter() - start)
            cpu_times.append(time.process_time() - cpu)
            _forget()
            cpu = time.process_time()
            compare_terms(old, new, sections=False)
            flat_times.append(time.process_time() - cpu)
            _forget()
            start = time.perf_counter()
            compare_terms(load_report(old_path), load_report(new_path))
            total_times.append(time.perf_counter() - start)
        chars = old.char_count + new.char_count
        print(
            f"{old_name} → {new_name}: {chars:,} chars, {len(result.new)} new, "
            f"{len(result.dropped)} dropped; compare_terms median "
            f"{statistics.median(compare_times):.3f} s (CPU {statistics.median(cpu_times):.3f} s; "
            f"without per-section shifts {statistics.median(flat_times):.3f} s), "
            f"with reading and parsing "
            f"{statistics.median(total_times):.3f} s"
        )


if __name__ == "__main__":
    main()
