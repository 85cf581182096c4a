"""Turn an alignment into a :class:`~toolkit.compare.model.Comparison`: order the pairs, diff
each one, count, and name what happened to it."""

from __future__ import annotations

from collections.abc import Sequence

from toolkit.compare.align import Match, Node, align, own_lines
from toolkit.compare.model import (
    FRONT_ID,
    Comparison,
    DiffStats,
    MatchPass,
    PairStatus,
    SectionPair,
)
from toolkit.model import Report, Section
from toolkit.textdiff.blocks import diff_lines
from toolkit.textdiff.ops import DELETE, INSERT, TextOp, change_runs


def year_gap(old: Report, new: Report) -> int | None:
    """``new.year - old.year`` when both are known and the gap is positive, else None."""
    if old.year is None or new.year is None or new.year <= old.year:
        return None
    return new.year - old.year


def stats_of(ops: Sequence[TextOp]) -> DiffStats:
    """Count changes (处) and characters (line breaks not counted) of a list of ops."""

    def chars(text: str) -> int:
        return len(text) - text.count("\n")

    counted = [op for op in ops if not op.rollover]
    return DiffStats(
        changes=len(change_runs(ops)),
        chars_old=sum(chars(op.text) for op in ops if op.op != INSERT),
        chars_new=sum(chars(op.text) for op in ops if op.op != DELETE),
        chars_deleted=sum(chars(op.text) for op in counted if op.op == DELETE),
        chars_inserted=sum(chars(op.text) for op in counted if op.op == INSERT),
        rollovers=sum(1 for op in ops if op.rollover and op.op == DELETE),
    )


def build_comparison(old: Report, new: Report, *, strict_years: bool = False) -> Comparison:
    """Align, diff and count (see :func:`toolkit.compare.compare_reports`)."""
    gap = year_gap(old, new)
    diff_gap = None if strict_years else gap
    pairs: list[SectionPair] = []
    front_ops = diff_lines(
        [p.text for p in old.front], [p.text for p in new.front], year_gap=diff_gap
    )
    front_stats = stats_of(front_ops)
    pairs.append(
        SectionPair(
            old=(FRONT_ID,) if old.front else (),
            new=(FRONT_ID,) if new.front else (),
            old_title=old.title,
            new_title=new.title,
            level=0,
            status=PairStatus.MODIFIED if front_stats.changes else PairStatus.UNCHANGED,
            matched_by=MatchPass.FRONT,
            score=1.0 if not front_stats.changes else _similarity(front_stats),
            ops=tuple(front_ops),
            stats=front_stats,
        )
    )
    _emit(align(old.sections, new.sections), None, pairs, diff_gap)
    totals = DiffStats()
    for pair in pairs:
        totals = totals + pair.stats
    return Comparison(old, new, gap, strict_years, tuple(pairs), totals)


def _similarity(stats: DiffStats) -> float:
    total = stats.chars_old + stats.chars_new
    if not total:
        return 1.0
    return round(1 - (stats.chars_deleted + stats.chars_inserted) / total, 3)


def _emit(
    matches: list[Match], parent: int | None, pairs: list[SectionPair], gap: int | None
) -> None:
    ordered = reading_order(matches)
    out_of_order = _out_of_order(ordered)
    for match in ordered:
        lines = _all_lines if match.whole else own_lines
        old_lines = [line for node in match.old for line in lines(node.section)]
        new_lines = [line for node in match.new for line in lines(node.section)]
        ops = diff_lines(old_lines, new_lines, year_gap=gap)
        stats = stats_of(ops)
        first = (match.new or match.old)[0].section
        pairs.append(
            SectionPair(
                old=tuple(node.section.id for node in match.old),
                new=tuple(node.section.id for node in match.new),
                old_title=match.old[0].section.heading if match.old else None,
                new_title=match.new[0].section.heading if match.new else None,
                level=first.level,
                status=_status(match, stats, match in out_of_order),
                matched_by=match.matched_by,
                score=match.score,
                ops=tuple(ops),
                stats=stats,
                parent=parent,
            )
        )
        if match.children:
            _emit(match.children, len(pairs) - 1, pairs, gap)


def _all_lines(section: Section) -> list[str]:
    return list(section.lines())


def reading_order(matches: Sequence[Match]) -> list[Match]:
    """Sibling matches in the new report's order; a removed section goes where it stood."""
    present = sorted((m for m in matches if m.new), key=lambda m: m.new[0].index)
    removed = sorted((m for m in matches if not m.new), key=lambda m: m.old[0].index)
    ordered: list[Match] = []
    for match in present:
        if match.old and not match.moved_parent:
            while removed and removed[0].old[0].index < match.old[0].index:
                ordered.append(removed.pop(0))
        ordered.append(match)
    ordered.extend(removed)
    return ordered


def _out_of_order(ordered: Sequence[Match]) -> set[Match]:
    """Pairs outside the longest run whose old order agrees with the new order."""
    paired = [m for m in ordered if m.old and m.new and not m.moved_parent]
    indexes = [m.old[0].index for m in paired]
    # longest increasing subsequence (quadratic: siblings are few); among the longest, the one
    # whose sections moved least, so that two swapped sections are both reported as moved
    best: list[tuple[int, int]] = []
    back = [-1] * len(indexes)
    for i in range(len(indexes)):
        shift = -abs(indexes[i] - paired[i].new[0].index)
        best.append((1, shift))
        for j in range(i):
            candidate = (best[j][0] + 1, best[j][1] + shift)
            if indexes[j] < indexes[i] and candidate > best[i]:
                best[i], back[i] = candidate, j
    keep: set[int] = set()
    i = max(range(len(best)), key=lambda k: best[k]) if best else -1
    while i >= 0:
        keep.add(i)
        i = back[i]
    return {m for k, m in enumerate(paired) if k not in keep}


def _status(match: Match, stats: DiffStats, out_of_order: bool) -> PairStatus:
    if not match.old:
        return PairStatus.ADDED
    if not match.new:
        return PairStatus.REMOVED
    if len(match.old) > 1:
        return PairStatus.MERGED
    if len(match.new) > 1:
        return PairStatus.SPLIT
    if match.moved_parent or out_of_order:
        return PairStatus.MOVED
    if _renamed(match.old[0], match.new[0]):
        return PairStatus.RENAMED
    return PairStatus.MODIFIED if stats.changes else PairStatus.UNCHANGED


def _renamed(old: Node, new: Node) -> bool:
    return old.title != new.title
