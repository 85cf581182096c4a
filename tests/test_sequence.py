"""The one longest-increasing-subsequence helper, against brute force."""

from __future__ import annotations

from itertools import combinations, pairwise

from hypothesis import given
from hypothesis import strategies as st

from toolkit.sequence import heaviest_increasing, longest_increasing
from toolkit.textdiff.paragraphs import align_paragraphs


@given(st.lists(st.integers(0, 12), max_size=9))
def test_longest_increasing_is_increasing_and_longest(seconds):
    pairs = list(enumerate(seconds))
    run = longest_increasing(pairs)
    assert all(a in pairs for a in run)
    assert all(x[1] < y[1] and x[0] < y[0] for x, y in pairwise(run))
    best = max(
        (
            len(c)
            for r in range(len(pairs) + 1)
            for c in combinations(pairs, r)
            if all(x[1] < y[1] for x, y in pairwise(c))
        ),
        default=0,
    )
    assert len(run) == best


def test_identical_paragraphs_anchor_the_pairing_and_the_rest_pairs_between_them():
    old = [["甲", "乙", "丙"], ["推进", "改革"], ["丁", "戊"], ["扩大", "开放", "合作"]]
    new = [["推进", "改革"], ["甲", "乙", "丙", "己"], ["扩大", "开放", "合作"]]
    pairs = align_paragraphs(old, new)
    assert (1, 0) in pairs and (3, 2) in pairs  # the identical ones
    assert (2, None) in pairs and (0, None) in pairs and (None, 1) in pairs
    assert [p for p in pairs if p[0] is not None] == sorted(p for p in pairs if p[0] is not None)


@given(st.lists(st.tuples(st.integers(0, 9), st.integers(1, 5)), max_size=8))
def test_heaviest_increasing_rises_and_is_heaviest(items):
    keys = [k for k, _ in items]
    weights = [w for _, w in items]
    kept = heaviest_increasing(keys, weights)
    assert kept == sorted(kept)
    assert all(keys[a] < keys[b] for a, b in pairwise(kept))
    best = max(
        (
            sum(weights[i] for i in c)
            for r in range(len(items) + 1)
            for c in combinations(range(len(items)), r)
            if all(keys[a] < keys[b] for a, b in pairwise(c))
        ),
        default=0,
    )
    assert sum(weights[i] for i in kept) == best
