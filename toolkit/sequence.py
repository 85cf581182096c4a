"""Sequence helpers shared by the alignment and the diff."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any


def longest_increasing(pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``pairs`` (sorted by their first index) whose second indexes rise,
    in O(n log n); among runs of that length, the one found first. ``[]`` for none."""
    tails: list[int] = []  # second index ending the best run of each length
    ends: list[int] = []  # position in ``pairs`` of that run's last pair
    back = [-1] * len(pairs)
    for k, (_, second) in enumerate(pairs):
        length = bisect_left(tails, second)
        if length == len(tails):
            tails.append(second)
            ends.append(k)
        else:
            tails[length] = second
            ends[length] = k
        back[k] = ends[length - 1] if length else -1
    run: list[tuple[int, int]] = []
    k = ends[-1] if ends else -1
    while k >= 0:
        run.append(pairs[k])
        k = back[k]
    return run[::-1]


def heaviest_increasing(keys: Sequence[Any], weights: Sequence[int]) -> list[int]:
    """The indexes (rising) of the subsequence of ``keys`` that rises strictly and has the
    greatest total weight, in O(n log n) with a Fenwick tree of best chains by key rank.
    ``keys`` are any comparable values, taken in the order given; ``[]`` for none.

    With every weight 1 this is a longest increasing subsequence; weights let a caller prefer
    long text (the document stream) or, among equally long runs, the one that moved least."""
    if not keys:
        return []
    ranks = {key: rank for rank, key in enumerate(sorted(set(keys)), start=1)}
    size = len(ranks)
    tree_weight = [0] * (size + 1)
    tree_end = [-1] * (size + 1)
    back = [-1] * len(keys)
    best = [0] * len(keys)
    for index, key in enumerate(keys):
        rank = ranks[key]
        # the best chain ending at a rank below this one
        weight, end, r = 0, -1, rank - 1
        while r > 0:
            if tree_weight[r] > weight:
                weight, end = tree_weight[r], tree_end[r]
            r -= r & -r
        best[index] = weight + weights[index]
        back[index] = end
        r = rank
        while r <= size:
            if best[index] > tree_weight[r]:
                tree_weight[r], tree_end[r] = best[index], index
            r += r & -r
    index = max(range(len(keys)), key=lambda k: best[k])
    kept: list[int] = []
    while index >= 0:
        kept.append(index)
        index = back[index]
    return kept[::-1]
