"""Time ``timeline`` on the State Council reports 2012–2017 and score it against the truth
written by reading (tests/data/timeline/guowuyuan-truth.json).

Run from the repository root: ``python benchmarks/bench_timeline.py [-v]``. Needs the
development corpus at ../shared/corpus (prints a note and exits 0 without it). Prints the
wall time of reading, of the facts and lineage (on the machine's cores) and of building, then
the (indicator, year) cells right; ``-v`` lists what each wrong cell gets wrong.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.api import load_report  # noqa: E402
from toolkit.timeline.load import timeline_of_reports  # noqa: E402
from toolkit.timeline.scoring import cell_errors, truth_cells  # noqa: E402

SERIES = ROOT.parent / "shared" / "corpus" / "series" / "guowuyuan"
TRUTH = ROOT / "tests" / "data" / "timeline" / "guowuyuan-truth.json"


def main(verbose: bool = False) -> None:
    if not SERIES.is_dir():
        print("timeline: the corpus is not beside the repository; skipped")
        return
    start = time.perf_counter()
    reports = [load_report(path) for path in sorted(SERIES.glob("*.txt"))]
    read = time.perf_counter() - start
    start = time.perf_counter()
    timeline = timeline_of_reports(reports)
    analysed = time.perf_counter() - start
    start = time.perf_counter()
    with_all = timeline_of_reports(reports, all_targets=True, lineage=False)
    again = time.perf_counter() - start
    print(
        f"timeline of {len(reports)} reports: read {read:.2f} s, facts + lineage {analysed:.2f} s, "
        f"--all without lineage {again:.2f} s"
    )
    truth = json.loads(TRUTH.read_text("utf-8"))
    cells = truth_cells(truth)
    wrong = []
    for indicator, all_targets, year, cell in cells:
        errors = cell_errors(with_all if all_targets else timeline, indicator, year, cell)
        if errors:
            wrong.append((indicator, year, errors))
    print(f"cells right: {len(cells) - len(wrong)} of {len(cells)}")
    if verbose:
        for indicator, year, errors in wrong:
            print(f"  {indicator} {year}: {'; '.join(errors)}")


if __name__ == "__main__":
    main(verbose="-v" in sys.argv[1:])
