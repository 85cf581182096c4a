"""Alignment precision and recall on synthetic edits of the real samples (benchmarks/synthetic.py):
sections shuffled, renamed, renumbered, split, merged, added, removed, sentences edited, targets
changed, years rolled. Both must stay at or above 0.95 for level-1 and level-2 sections."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from synthetic import make_case, predicted, score


def test_alignment_precision_and_recall_at_least_095() -> None:
    results = score(cases=12)
    for level, (precision, recall, true_pairs) in results.items():
        assert true_pairs > 20, level
        assert precision >= 0.95, (level, precision)
        assert recall >= 0.95, (level, recall)


def test_a_synthetic_case_has_every_kind_of_edit() -> None:
    old, new, truth = make_case("guangdong-2025.txt", "hunan-2026.txt", seed=3)
    olds = [o for o, _ in truth]
    news = [n for _, n in truth]
    assert any(olds.count(o) > 1 for o in olds)  # a split
    assert any(news.count(n) > 1 for n in news)  # a merge
    assert {s.id for s in new.walk()} - set(news)  # an added section
    assert {s.id for s in old.walk()} - set(olds)  # a removed section
    pred = predicted(old, new)
    assert len(pred & truth) >= 0.9 * len(truth)


def test_synthetic_comparisons_are_lossless() -> None:
    from toolkit.compare import compare_reports

    for seed, (name, donor) in enumerate(
        [("hunan-2025.txt", "sichuan-2026.txt"), ("sichuan-2025.txt", "guangdong-2026.txt")]
    ):
        old, new, _ = make_case(name, donor, seed)
        comparison = compare_reports(old, new)
        old_texts = sorted(t for p in comparison.pairs for t in p.old_text().split("\n") if t)
        new_texts = sorted(t for p in comparison.pairs for t in p.new_text().split("\n") if t)
        assert old_texts == sorted(t for _, t in old.lines() if t)
        assert new_texts == sorted(t for _, t in new.lines() if t)
