"""Sequence helpers shared by the alignment and the diff."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence


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
