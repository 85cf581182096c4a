"""Frequency shifts: which terms and key words became more or less frequent.

Counts are occurrences in any surface form (see :mod:`toolkit.terms.text`). The change is scored
with Dunning's log-likelihood G², which accounts for the two texts' lengths: 改革 105 → 109 in a
shorter report is a larger shift than in a longer one, and a move from 2 to 4 scores lower than
one from 20 to 40.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable

from toolkit.terms.corpus import ReportText, find_all
from toolkit.terms.model import TermKind, TermShift
from toolkit.terms.text import skeleton


def keyness(old_count: int, old_size: int, new_count: int, new_size: int) -> float:
    """Signed G² of a count change between texts of ``old_size`` and ``new_size`` characters:
    positive when relatively more frequent in the newer text."""
    total = old_count + new_count
    if total == 0 or old_size <= 0 or new_size <= 0:
        return 0.0
    expected_old = old_size * total / (old_size + new_size)
    expected_new = new_size * total / (old_size + new_size)
    g2 = 0.0
    for observed, expected in ((old_count, expected_old), (new_count, expected_new)):
        if observed:
            g2 += observed * math.log(observed / expected)
    g2 *= 2
    sign = 1 if new_count / new_size >= old_count / old_size else -1
    return round(sign * g2, 3)


def frequency_shifts(
    candidates: Iterable[tuple[str, TermKind | None]],
    old: ReportText,
    new: ReportText,
    *,
    limit: int | None = None,
) -> tuple[TermShift, ...]:
    """Shifts of the candidates found in both texts whose counts differ, biggest G² first.

    ``candidates`` are (text, kind) pairs, kind None for key words; the first of several with
    the same surface form wins. At most ``limit`` shifts (all when None).
    """
    seen: set[str] = set()
    shifts: list[TermShift] = []
    old_size, new_size = old.size, new.size
    for text, kind in candidates:
        core = skeleton(text)
        if not core or core in seen:
            continue
        seen.add(core)
        old_count, new_count = old.count(core), new.count(core)
        if old_count == 0 or new_count == 0 or old_count == new_count:
            continue
        score = keyness(old_count, old_size, new_count, new_size)
        shifts.append(TermShift(text, kind, old_count, new_count, score))
    fragments = _fragments_of_others(shifts)
    shifts = [s for s in shifts if s.text not in fragments]
    shifts.sort(key=lambda s: (-abs(s.keyness), -(s.old_count + s.new_count), s.text))
    return tuple(shifts[:limit] if limit is not None else shifts)


def _fragments_of_others(shifts: list[TermShift]) -> set[str]:
    """The texts of the shifts inside another one with the same counts (大湾 in 大湾区: it tells
    nothing more), found in one pass over all the shifts' texts joined (Aho-Corasick): comparing
    each with every other of the same counts grew with the square of the shifts (thousands
    share the counts 1 → 2). The texts are distinct (one shift a surface form)."""
    joined = "\n".join(s.text for s in shifts)
    starts = [0]
    for shift in shifts:
        starts.append(starts[-1] + len(shift.text) + 1)
    counts = {s.text: (s.old_count, s.new_count) for s in shifts}
    fragments: set[str] = set()
    for text, positions in find_all(joined, counts).items():
        for at in positions:
            holder = shifts[bisect_right(starts, at) - 1]
            if holder.text != text and counts[text] == (holder.old_count, holder.new_count):
                fragments.add(text)
                break
    return fragments


def watched_counts(words: Iterable[str], old: ReportText, new: ReportText) -> tuple[TermShift, ...]:
    """Counts of the words a user asked for (改革, 创新), in the order given, whether or not
    they changed or occur at all."""
    result = []
    for word in dict.fromkeys(w.strip() for w in words if w.strip()):
        core = skeleton(word)
        old_count, new_count = old.count(core), new.count(core)
        score = keyness(old_count, old.size, new_count, new.size)
        result.append(TermShift(word, None, old_count, new_count, score))
    return tuple(result)
