"""Time the Word outputs on real sample pairs: the draft skeleton, the redline and the 对照表.

Run from the repository root: ``python benchmarks/word_outputs.py``. Prints seconds per step
(best of 3). The redline uses the real aligner when ``toolkit.compare`` can build comparisons.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.measure import PAIRS, fastest_of  # noqa: E402
from toolkit.api import load_report  # noqa: E402
from toolkit.draft import build_draft  # noqa: E402
from toolkit.word.draft_writer import render_draft  # noqa: E402


def measure(old_name: str, new_name: str) -> str:
    old = load_report(ROOT / "samples" / old_name)
    new = load_report(ROOT / "samples" / new_name)
    with_analyzers = fastest_of(lambda: build_draft(new, old), 1)
    draft = build_draft(new, old)
    render = fastest_of(lambda: render_draft(draft).to_bytes())
    line = f"{new_name}: draft facts+skeleton {with_analyzers:.2f}s, render .docx {render:.2f}s"
    try:
        from toolkit.compare import compare_reports
        from toolkit.word.redline import render_redline

        comparison = compare_reports(old, new)
    except ImportError as exc:
        return line + f", redline skipped ({exc})"
    compare = fastest_of(lambda: compare_reports(old, new))
    redline = fastest_of(lambda: render_redline(comparison).to_bytes())
    from toolkit.word.diff_table import render_diff_table

    table = fastest_of(lambda: render_diff_table(comparison).to_bytes())
    return (
        line + f", compare {compare:.2f}s, redline .docx {redline:.2f}s, 对照表 .docx {table:.2f}s"
    )


def main() -> None:
    for old_name, new_name in PAIRS:
        print(measure(old_name, new_name))


if __name__ == "__main__":
    main()
