"""Frequency shifts: which terms and key words became more or less frequent.

Counts are occurrences in any surface form (see :mod:`toolkit.terms.text`). The change is scored
with Dunning's log-likelihood G², which accounts for the two texts' lengths: 改革 105 → 109 in a
shorter report is a larger shift than in a longer one, and a move from 2 to 4 scores lower than
one from 20 to 40.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from toolkit.terms.corpus import ReportText
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
    by_counts: dict[tuple[int, int], list[TermShift]] = {}
    for shift in shifts:
        by_counts.setdefault((shift.old_count, shift.new_count), []).append(shift)
    shifts = [
        s for s in shifts if not _fragment_of_another(s, by_counts[(s.old_count, s.new_count)])
    ]
    shifts.sort(key=lambda s: (-abs(s.keyness), -(s.old_count + s.new_count), s.text))
    return tuple(shifts[:limit] if limit is not None else shifts)


def _fragment_of_another(shift: TermShift, same_counts: list[TermShift]) -> bool:
    """A word inside a longer one with the same counts (大湾 in 大湾区) tells nothing more."""
    return any(other is not shift and shift.text in other.text for other in same_counts)


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
