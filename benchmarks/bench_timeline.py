"""Time ``timeline`` on the State Council reports 2012–2017 and score it against the truth
written by reading (tests/data/timeline/guowuyuan-truth.json).

Run from the repository root: ``python benchmarks/bench_timeline.py [-v]``. Needs the
development corpus at ../shared/corpus (prints a note and exits 0 without it). Prints the
wall time of reading, of the facts and lineage (on the machine's cores) and of building, then
the (indicator, year) cells right; ``-v`` lists what each wrong cell gets wrong. Then the
lineage of the task sections against the corpus's alignment truth (alignment/*-2025-2026.json,
2025.docx → 2026.txt): precision and recall of the (old heading, new heading) links whose old
section is in a plan part of 2025 or whose new one is in a plan part of 2026 (plan parts as the
structure profile reads them; headings compared without spaces and closing punctuation, a
heading whose label was cut in the source matching by its end).
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.api import load_report  # noqa: E402
from toolkit.model import Report, Role  # noqa: E402
from toolkit.timeline.facts import lineage_links  # noqa: E402
from toolkit.timeline.load import timeline_of_reports  # noqa: E402
from toolkit.timeline.model import PART_SIDE  # noqa: E402
from toolkit.timeline.scoring import cell_errors, truth_cells  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
SERIES = CORPUS / "series" / "guowuyuan"
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


def _norm(heading: str | None) -> str:
    return re.sub(r"[\s。；;：:]", "", heading or "")


def _plan_headings(report: Report) -> set[str]:
    return {
        _norm(section.heading)
        for top in report.sections
        if top.role is Role.PLAN
        for section in top.walk()
        if section.level <= 2
    }


def _same(a: str, b: str) -> bool:
    return a == b or bool(a and b and (a.endswith(b) or b.endswith(a)))


def _section_side(headings: tuple[str, ...], is_part: bool) -> tuple[str, ...]:
    """One side of a link as the alignment truth has it: the part a section folded into (or
    unfolded from) is no section of that year: the truth's "added"/"removed" ("")."""
    return ("",) if is_part or not headings else headings


def lineage_score(verbose: bool = False) -> None:
    found = right = expected = recalled = 0
    for path in sorted((CORPUS / "alignment").glob("*-2025-2026.json")):
        province = path.name.split("-")[0]
        old = load_report(CORPUS / "reports" / province / "2025.docx")
        new = load_report(CORPUS / "reports" / province / "2026.txt")
        truth = json.loads(path.read_text("utf-8"))
        plan_old, plan_new = _plan_headings(old), _plan_headings(new)
        wanted = {
            (_norm(entry["old"]), _norm(entry["new"]))
            for level in ("level1", "level2")
            for entry in truth[level]
            if _norm(entry["old"]) in plan_old or _norm(entry["new"]) in plan_new
        }
        made = {
            (_norm(a), _norm(b))
            for link in lineage_links(old, new)
            for a in _section_side(link.old, PART_SIDE.get(link.relation) == "old")
            for b in _section_side(link.new, PART_SIDE.get(link.relation) == "new")
        }
        hits = {m for m in made if any(_same(m[0], w[0]) and _same(m[1], w[1]) for w in wanted)}
        got = {w for w in wanted if any(_same(m[0], w[0]) and _same(m[1], w[1]) for m in made)}
        found, right = found + len(made), right + len(hits)
        expected, recalled = expected + len(wanted), recalled + len(got)
        if verbose:
            print(
                f"  {province}: {len(hits)}/{len(made)} links right, {len(got)}/{len(wanted)} found"
            )
    if expected:
        print(
            f"lineage links: precision {right}/{found} = {right / max(1, found):.3f}, "
            f"recall {recalled}/{expected} = {recalled / expected:.3f}"
        )


if __name__ == "__main__":
    main(verbose="-v" in sys.argv[1:])
    if (CORPUS / "alignment").is_dir():
        lineage_score(verbose="-v" in sys.argv[1:])
