"""Score the targets extractor against the hand-checked expected data and time it.

Run from the repository root: ``python benchmarks/bench_targets.py``. Prints precision and
recall of targets and of achieved figures per sample and overall (an extracted item counts when
indicator, value, unit and qualifier are all right; see tests/data/targets/README.md), then the
extraction time per report. Add ``-v`` to list what was missed and what was spurious.

With the development corpus at ../shared/corpus, then also: headline targets on all its truth
(the corpus's truth/*.targets.json and tests/data/targets/corpus/*.json: canonical indicator,
value, value_max, unit and qualifier all right), achieved figures of any indicator on the review
lines of tests/data/targets/corpus/achieved/, and the commitments of
tests/data/targets/corpus/commitments/ (tests/test_targets_corpus.py, test_targets_achieved.py
and test_targets_commitments.py hold the same scorers with their floors).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.api import load_report  # noqa: E402
from toolkit.targets import extract_targets  # noqa: E402
from toolkit.targets.indicators import builtin_table  # noqa: E402
from toolkit.targets.scoring import Score, read_expected, score  # noqa: E402


def main(verbose: bool = False) -> None:
    table = builtin_table()
    totals = {"target": [0, 0, 0], "achieved": [0, 0, 0]}
    timings: list[float] = []
    print(
        f"{'sample':24} {'targets P':>9} {'R':>6} {'n':>4}   {'achieved P':>10} {'R':>6} {'n':>4}"
    )
    for path in sorted((ROOT / "tests" / "data" / "targets").glob("*.json")):
        report = load_report(ROOT / "samples" / f"{path.stem}.txt")
        start = time.perf_counter()
        found = extract_targets(report, table)
        timings.append(time.perf_counter() - start)
        result = score(found, read_expected(path), table)
        t, a = result.scores["target"], result.scores["achieved"]
        for scope, s in result.scores.items():
            totals[scope][0] += s.matched
            totals[scope][1] += s.extracted
            totals[scope][2] += s.expected
        print(
            f"{path.stem:24} {t.precision:9.3f} {t.recall:6.3f} {t.expected:4d}   "
            f"{a.precision:10.3f} {a.recall:6.3f} {a.expected:4d}"
        )
        if verbose:
            for entry in result.missed:
                print(
                    f"    missed   L{entry['line']} {entry['scope']} {entry['indicator']} "
                    f"{entry['value']}{entry['unit']} {entry['qualifier']}"
                )
            for target in result.spurious:
                print(
                    f"    spurious L{target.line} {target.scope} {target.indicator} "
                    f"{target.value_text}"
                )
    t, a = Score(*totals["target"]), Score(*totals["achieved"])
    print(
        f"{'overall':24} {t.precision:9.3f} {t.recall:6.3f} {t.expected:4d}   "
        f"{a.precision:10.3f} {a.recall:6.3f} {a.expected:4d}"
    )
    print(
        f"extraction: {sum(timings) / len(timings) * 1000:.1f} ms per report on average, "
        f"{max(timings) * 1000:.1f} ms at most ({len(timings)} reports)"
    )


def corpus() -> None:
    """The corpus figures (skipped when the corpus folder is absent)."""
    sys.path.insert(0, str(ROOT / "tests"))
    import test_targets_corpus as headline

    if not headline.CORPUS.is_dir():
        print("corpus: ../shared/corpus absent, skipped")
        return
    matched = extracted = expected = 0
    for truth in headline.TRUTH:
        m, x, e, _, _ = headline._score(truth)
        matched, extracted, expected = matched + m, extracted + x, expected + e
    print(
        f"corpus headline targets: precision {matched / extracted:.3f} recall "
        f"{matched / expected:.3f} ({expected} targets, {len(headline.TRUTH)} reports)"
    )

    table = builtin_table()
    for truth in sorted((ROOT / "tests/data/targets/corpus/achieved").glob("*.json")):
        data = json.loads(truth.read_text(encoding="utf-8"))
        found = [
            t
            for t in extract_targets(
                load_report(headline.CORPUS / data["source_file"]), table, all_figures=True
            )
            if t.scope == "achieved" and t.line in data["lines"]
        ]
        s = score(found, data["entries"], table, all_figures=True).scores["achieved"]
        print(
            f"corpus achieved figures {truth.stem}: precision {s.precision:.3f} recall "
            f"{s.recall:.3f} ({s.expected} figures)"
        )


if __name__ == "__main__":
    main(verbose="-v" in sys.argv[1:])
    corpus()
