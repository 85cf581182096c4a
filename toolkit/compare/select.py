"""Filters of a comparison: one section, some statuses, changed pairs only."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from toolkit.compare.model import Comparison, DiffStats, PairStatus, SectionPair
from toolkit.compare.normalize import normalize_title


def _matches_section(pair: SectionPair, query: str) -> bool:
    """True when ``query`` names the pair: a section id ("s2.3"), a label ("三", "（二）"), or a
    piece of either heading."""
    query = query.strip()
    if query in pair.old or query in pair.new:
        return True
    bare = query.strip("、（）()").strip()
    for title in (pair.old_title, pair.new_title):
        if not title:
            continue
        label = title[: len(title) - len(normalize_title(title))] if title else ""
        label_core = label.strip().strip("、（）().．").strip()
        if bare and label_core and (label_core == bare or label.startswith(query)):
            return True
        if len(query) >= 2 and query in title:
            return True
    return False


def select_pairs(
    comparison: Comparison,
    *,
    section: str | None = None,
    statuses: Iterable[PairStatus] | None = None,
    only_changed: bool = False,
) -> Comparison:
    """The comparison restricted to some pairs; totals are recomputed over them.

    ``section`` keeps the pairs it names and everything under them; ``statuses`` keeps pairs with
    one of those statuses; ``only_changed`` drops unchanged pairs. A kept pair's ``parent`` is its
    nearest kept ancestor (None when there is none). None for a filter means "no filter".
    """
    keep = [True] * len(comparison.pairs)
    if section is not None:
        named = [False] * len(comparison.pairs)
        for index, pair in enumerate(comparison.pairs):
            named[index] = _matches_section(pair, section) or (
                pair.parent is not None and named[pair.parent]
            )
        keep = named
    wanted = set(statuses) if statuses is not None else None
    for index, pair in enumerate(comparison.pairs):
        if wanted is not None and pair.status not in wanted:
            keep[index] = False
        if only_changed and not pair.changed:
            keep[index] = False
    new_index: dict[int, int] = {}
    pairs: list[SectionPair] = []
    for index, pair in enumerate(comparison.pairs):
        if not keep[index]:
            continue
        parent = pair.parent
        while parent is not None and parent not in new_index:
            parent = comparison.pairs[parent].parent
        new_index[index] = len(pairs)
        pairs.append(replace(pair, parent=None if parent is None else new_index[parent]))
    totals = DiffStats()
    for pair in pairs:
        totals = totals + pair.stats
    return replace(comparison, pairs=tuple(pairs), totals=totals)
