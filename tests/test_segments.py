"""Reading order of the diff views: a section's paragraphs after its subsections (a part's
closing paragraphs) are shown after the subsections, on the samples and the corpus."""

from __future__ import annotations

import pytest
from conftest import CORPUS, CORPUS_PAIRS, PAIRS, SAMPLES

from toolkit.api import load_report
from toolkit.compare import compare_reports
from toolkit.compare.model import Comparison
from toolkit.compare.segments import Segment, reading_segments

CASES = [SAMPLES / old for old, _ in PAIRS] + [
    CORPUS / "reports" / p / "2025.txt" for p in CORPUS_PAIRS
]


def _compare(old_path) -> Comparison:
    new_path = old_path.with_name(old_path.name.replace("2025", "2026"))
    return compare_reports(load_report(old_path), load_report(new_path))


def new_lines_of(comparison: Comparison, segments: list[Segment]) -> list[list[int]]:
    """The new report's line numbers each segment shows (a line cut between segments counts
    for the segment it starts in)."""
    done: dict[int, int] = {}
    out = []
    for segment in segments:
        pair = comparison.pairs[segment.pair]
        text = "".join(op.text for op in segment.ops if op.op != "-")
        start = done.get(segment.pair, 0)
        done[segment.pair] = start + text.count("\n")
        count = text.count("\n") + (0 if text.endswith("\n") or not text else 1)
        out.append([pair.new_lines[i].line for i in range(start, start + count)])
    return out


@pytest.mark.parametrize("old_path", CASES, ids=lambda p: f"{p.parent.name}-{p.name}")
def test_closing_paragraphs_follow_the_subsections(old_path):
    comparison = _compare(old_path)
    segments = reading_segments(comparison)
    # each pair's segments give its ops back, and the first one stands where the pair stands
    for index, pair in enumerate(comparison.pairs):
        mine = [s for s in segments if s.pair == index]
        assert mine[0].part == 0
        assert "".join(op.text for s in mine for op in s.ops) == "".join(op.text for op in pair.ops)
    assert [s.pair for s in segments if s.part == 0] == list(range(len(comparison.pairs)))
    lines = new_lines_of(comparison, segments)
    for k, segment in enumerate(segments):
        # a split's sections may stand apart with others between them: its order is open
        if not segment.part or len(comparison.pairs[segment.pair].new) > 1 or not lines[k]:
            continue
        # a continuation comes after the segments of the pair's subsections, its lines after theirs
        # (subsections in the new report: the alignment may hold a pair moved from elsewhere)
        start = max(j for j in range(k) if segments[j].pair == segment.pair)
        ids = set(comparison.pairs[segment.pair].new)
        before = [
            line
            for j in range(start + 1, k)
            if comparison.pairs[segments[j].pair].parent == segment.pair
            and any(ref.parent in ids for ref in comparison.pairs[segments[j].pair].new_sections)
            for line in lines[j]
        ]
        assert before, "a continuation follows subsections"
        assert all(line > max(before) for line in lines[k])


def test_sichuan_closing_paragraph_is_shown_after_the_last_task():
    comparison = _compare(SAMPLES / "sichuan-2025.txt")
    segments = reading_segments(comparison)
    continued = [s for s in segments if s.part]
    assert len(continued) == 1
    pair = comparison.pairs[continued[0].pair]
    text = "".join(op.text for op in continued[0].ops if op.op != "-")
    assert text.startswith("各位代表！") and pair.level == 1
    # the pairs shown before it include all of its subsections
    shown_before = {s.pair for s in segments[: segments.index(continued[0])]}
    children = {i for i, p in enumerate(comparison.pairs) if p.parent == continued[0].pair}
    assert children and children <= shown_before
