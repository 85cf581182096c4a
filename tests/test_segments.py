"""Reading order of the diff views: the segments' new side, in order, is the new report line for
line (a part's closing paragraphs after its subsections, a split's sections where they stand),
on the samples and the corpus; and a pair's segments give its ops back."""

from __future__ import annotations

import itertools

import pytest
from conftest import CORPUS, CORPUS_PAIRS, PAIRS, SAMPLES

from toolkit.api import load_report
from toolkit.compare import compare_reports
from toolkit.compare.model import Comparison
from toolkit.compare.segments import reading_segments
from toolkit.textdiff.ops import new_text, old_text

CASES = [SAMPLES / old for old, _ in PAIRS] + [
    CORPUS / "reports" / p / "2025.txt" for p in CORPUS_PAIRS
]


def _compare(old_path) -> Comparison:
    new_path = old_path.with_name(old_path.name.replace("2025", "2026"))
    return compare_reports(load_report(old_path), load_report(new_path))


def view_lines(report) -> list[str]:
    """The report's lines as the views show them: a heading split over source lines whole."""
    chrome = {p.line for p in report.chrome}
    lines = {number: text for number, text in report.lines() if number not in chrome and text}
    for section in report.walk():
        if section.continued and not section.run_in:
            for _, number in section.continued:
                lines.pop(number, None)
            lines[section.line] = section.heading
    return [lines[number] for number in sorted(lines)]


@pytest.mark.parametrize("old_path", CASES, ids=lambda p: f"{p.parent.name}-{p.name}")
def test_segments_show_the_new_report_in_its_order(old_path):
    comparison = _compare(old_path)
    segments = reading_segments(comparison)
    shown = "\n".join(new_text(s.ops) for s in segments)
    assert [line for line in shown.split("\n") if line] == view_lines(comparison.new)
    for index, pair in enumerate(comparison.pairs):
        mine = [s for s in segments if s.pair == index]
        assert [s.part for s in mine] == list(range(len(mine))) and mine
        lines = [ref.line for ref in pair.new_lines]
        if all(a < b for a, b in itertools.pairwise(lines)):
            # in the pair's own order: the segments give its ops back
            joined = "".join(op.text for s in mine for op in s.ops)
            assert joined == "".join(op.text for op in pair.ops)
            assert "".join(old_text(s.ops) for s in mine) == pair.old_text()


def test_sichuan_closing_paragraph_is_shown_after_the_last_task():
    comparison = _compare(SAMPLES / "sichuan-2025.txt")
    segments = reading_segments(comparison)
    # the part's closing paragraph, and the second section of a split, are shown later
    continued = [s for s in segments if s.part and new_text(s.ops).startswith("各位代表！")]
    assert len(continued) == 1
    pair = comparison.pairs[continued[0].pair]
    assert pair.level == 1 and pair.new == ("s3",)
    # the pairs shown before it include all of its subsections
    shown_before = {s.pair for s in segments[: segments.index(continued[0])]}
    children = {i for i, p in enumerate(comparison.pairs) if p.parent == continued[0].pair}
    assert children and children <= shown_before
