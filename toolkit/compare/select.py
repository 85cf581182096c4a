"""Filters of a comparison: one section, some statuses, changed pairs only."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from toolkit.compare.labels import side_name
from toolkit.compare.model import Comparison, DiffStats, PairStatus, SectionPair
from toolkit.compare.normalize import label_of


def _label(title: str | None) -> str:
    """The label of a printed heading, parentheses made full-width and "、" dropped."""
    if not title:
        return ""
    label = label_of(title)
    return label.replace("(", "（").replace(")", "）").rstrip("、.． ")


def _names(pair: SectionPair, query: str, side: str) -> bool:
    """True when ``query`` names the pair's section on one side ("old" or "new"): its id, its
    label ("三" for "三、", "（二）"), or at least two characters of its heading."""
    ids = pair.old if side == "old" else pair.new
    title = pair.old_title if side == "old" else pair.new_title
    if query in ids:
        return True
    wanted = query.replace("(", "（").replace(")", "）").rstrip("、.． ")
    if wanted and _label(title) == wanted:
        return True
    return len(query) >= 2 and title is not None and query in title


def named_pairs(comparison: Comparison, query: str, side: str) -> list[int]:
    """Indexes of the pairs whose section on ``side`` ("old" or "new") the query names."""
    query = query.strip()
    return [i for i, pair in enumerate(comparison.pairs) if _names(pair, query, side)]


def section_note(comparison: Comparison, query: str) -> str | None:
    """A sentence saying that ``query`` names different sections in the two reports (both are
    then selected), None when it names the same pairs on both sides or one side only."""
    new = named_pairs(comparison, query, "new")
    old = named_pairs(comparison, query, "old")
    if not new or not old or new == old:
        return None

    def names(indexes: list[int], side: str) -> str:
        return "、".join(f"“{side_name(comparison.pairs[i], side)}”" for i in indexes)

    return (
        f"“{query.strip()}”在两年报告中指不同的章节：旧报告为{names(old, 'old')}，"
        f"新报告为{names(new, 'new')}；两者都显示。"
    )


def select_pairs(
    comparison: Comparison,
    *,
    section: str | None = None,
    statuses: Iterable[PairStatus] | None = None,
    only_changed: bool = False,
) -> Comparison:
    """The comparison restricted to some pairs; totals are recomputed over them.

    ``section`` keeps the pairs it names in either report and everything under them (when it
    names different sections in the two years, both are kept: see :func:`section_note`);
    ``statuses`` keeps pairs with
    one of those statuses; ``only_changed`` drops unchanged pairs. A kept pair's ``parent`` is its
    nearest kept ancestor (None when there is none). None for a filter means "no filter".
    """
    keep = [True] * len(comparison.pairs)
    if section is not None:
        chosen = set(named_pairs(comparison, section, "new"))
        chosen |= set(named_pairs(comparison, section, "old"))
        named = [False] * len(comparison.pairs)
        for index, pair in enumerate(comparison.pairs):
            named[index] = index in chosen or (pair.parent is not None and named[pair.parent])
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
