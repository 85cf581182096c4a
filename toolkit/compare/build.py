"""Turn an alignment into a :class:`~toolkit.compare.model.Comparison`: order the pairs, diff
each one, count, and name what happened to it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from toolkit import parallel
from toolkit.compare.align import Match, Node, align
from toolkit.compare.model import (
    FRONT_ID,
    Comparison,
    DiffStats,
    LineRef,
    MatchPass,
    PairStatus,
    SectionPair,
    SectionRef,
)
from toolkit.compare.normalize import label_of
from toolkit.compare.refs import front_line_refs, own_line_refs, section_refs, whole_line_refs
from toolkit.model import Report
from toolkit.records import record
from toolkit.sequence import heaviest_increasing
from toolkit.textdiff.ops import DELETE, INSERT, LABEL, YEAR, Reason, TextOp, change_runs, shift
from toolkit.textdiff.paragraphs import diff_lines, diff_units
from toolkit.textdiff.similarity import dice, line_words
from toolkit.textdiff.tokens import prime

#: least characters of section text (both sides) for which half of the pairs are diffed in a
#: forked process: at load 3 on the project's 2 shared cores a fork was slower or no faster at
#: every size measured, from a provincial pair (2 × 21,000 characters) to 2 × 155,000
#: (``benchmarks/README.md``), so only larger inputs fork, for a machine with a core to spare
DIFF_MIN_CHARS = 400_000


def year_gap(old: Report, new: Report) -> int | None:
    """``new.year - old.year`` when both are known and differ, else None (negative when the
    "new" report is the older one: its years then roll back)."""
    if old.year is None or new.year is None or new.year == old.year:
        return None
    return new.year - old.year


def stats_of(ops: Sequence[TextOp]) -> DiffStats:
    """Count changes (处) and characters (line breaks not counted) of a list of ops."""

    def chars(text: str) -> int:
        return len(text) - text.count("\n")

    return DiffStats(
        changes=len(change_runs(ops)),
        chars_old=sum(chars(op.old_side) for op in ops),
        chars_new=sum(chars(op.new_side) for op in ops),
        chars_deleted=sum(chars(op.text) for op in ops if op.op == DELETE),
        chars_inserted=sum(chars(op.text) for op in ops if op.op == INSERT),
        rollovers=sum(1 for op in ops if op.reason == YEAR),
        renumbered=sum(1 for op in ops if op.reason == LABEL),
    )


def build_comparison(old: Report, new: Report, *, strict_years: bool = False) -> Comparison:
    """Align, diff and count (see :func:`toolkit.compare.compare_reports`)."""
    gap = year_gap(old, new)
    diff_gap = None if strict_years else gap
    prime(_all_lines(old) + _all_lines(new))
    refs = _Refs(section_refs(old), section_refs(new))
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
            score=_front_similarity(old, new),
            ops=tuple(front_ops),
            stats=front_stats,
            old_sections=(refs.old[FRONT_ID],) if old.front else (),
            new_sections=(refs.new[FRONT_ID],) if new.front else (),
            old_lines=front_line_refs(old),
            new_lines=front_line_refs(new),
        )
    )
    matches = align(old.sections, new.sections, _targets_sections(old, new))
    _emit(matches, None, pairs, _diff_all(matches, diff_gap, renumber=not strict_years), refs)
    totals = DiffStats()
    for pair in pairs:
        totals = totals + pair.stats
    return Comparison(old, new, gap, strict_years, tuple(pairs), totals)


def aligned_sections(old: Report, new: Report) -> list[AlignedSections]:
    """The section pairs of :func:`build_comparison` (after its front-matter pair), in the same
    order, without diffing their texts: for callers that need only which sections match."""
    prime(_all_lines(old) + _all_lines(new))
    found: list[AlignedSections] = []

    def walk(matches: Sequence[Match]) -> None:
        for match in reading_order(matches):
            first = (match.new or match.old)[0].section
            found.append(
                AlignedSections(
                    tuple(node.section.id for node in match.old),
                    tuple(node.section.id for node in match.new),
                    first.level,
                    match.matched_by,
                )
            )
            walk(match.children)

    walk(align(old.sections, new.sections, _targets_sections(old, new)))
    return found


@record
class AlignedSections:
    """Ids of the sections of the older and of the newer report that match (either side
    empty: added or removed), the level of the first one, and the pass that matched them."""

    old: tuple[str, ...]
    new: tuple[str, ...]
    level: int
    matched_by: MatchPass


def _targets_sections(old: Report, new: Report) -> tuple[str, str] | None:
    """The ids of the sections holding the two reports' headline-targets paragraphs."""
    found = [
        next((s.id for s, p in r.paragraphs() if s and p.id == r.targets_paragraph), None)
        for r in (old, new)
    ]
    return (found[0], found[1]) if found[0] and found[1] else None


def _all_lines(report: Report) -> list[str]:
    """The texts alignment and diff will tokenize: front paragraphs, and every section's own
    lines (a run-in heading joined to its paragraph) and own units (apart)."""
    lines = [p.text for p in report.front]
    for section in report.walk():
        lines += section.own_lines()
        lines += [unit.removesuffix("\n") for unit in section.own_units()]
    return lines


def _front_similarity(old: Report, new: Report) -> float:
    """Dice over the words of the two front matters, as for sections."""
    words_old: Counter[str] = Counter()
    words_new: Counter[str] = Counter()
    for p in old.front:
        words_old.update(line_words(p.text))
    for p in new.front:
        words_new.update(line_words(p.text))
    return round(dice(words_old, words_new), 3)


def _diff_pair(match: Match, gap: int | None, *, renumber: bool) -> list[TextOp]:
    """Diff the pair's units. With ``renumber``, a heading label that only changed its number
    (（三） → （四）, 二、 → 三、) is a bookkeeping op like a rolled year (reason "label"): not
    counted, shown as the new label."""
    old_units = _units(match.old, match.whole)
    new_units = _units(match.new, match.whole)
    if not (renumber and match.old and match.new):
        return diff_units(old_units, new_units, year_gap=gap)
    old_label = label_of(match.old[0].section.heading)
    new_label = label_of(match.new[0].section.heading)
    if (
        not old_label
        or not new_label
        or old_label == new_label
        or not old_units[0].startswith(old_label)
        or not new_units[0].startswith(new_label)
        or _label_kind(old_label) != _label_kind(new_label)
    ):
        return diff_units(old_units, new_units, year_gap=gap)
    old_units[0] = old_units[0][len(old_label) :]
    new_units[0] = new_units[0][len(new_label) :]
    return [
        shift(old_label, new_label, LABEL),
        *diff_units(old_units, new_units, year_gap=gap),
    ]


def _label_kind(label: str) -> str:
    """The label with its number taken out: "（三）" → "（#）", "附件1" → "附件#"."""
    return re.sub(r"[一二三四五六七八九十百零〇\d]+", "#", label)


def _diff_all(
    matches: Sequence[Match], gap: int | None, *, renumber: bool
) -> dict[int, list[TextOp]]:
    """The ops of every pair at every level, by ``id`` of the match; half of the pairs are
    diffed in a forked process when there is a lot of text (:data:`DIFF_MIN_CHARS`)."""
    flat: list[Match] = []
    todo = list(matches)
    while todo:
        match = todo.pop()
        flat.append(match)
        todo += match.children

    def diff(match: Match) -> list[tuple[str, str, str, Reason]]:
        return [
            (op.op, op.text, op.old, op.reason) for op in _diff_pair(match, gap, renumber=renumber)
        ]

    def size(match: Match) -> int:
        units = _units(match.old, match.whole) + _units(match.new, match.whole)
        return sum(map(len, units))

    done = parallel.map_split(diff, flat, weight=size, min_weight=DIFF_MIN_CHARS)
    return {id(match): [TextOp(*op) for op in ops] for match, ops in zip(flat, done, strict=True)}


@record
class _Refs:
    """The section references of both reports, by id."""

    old: dict[str, SectionRef]
    new: dict[str, SectionRef]


def _lines(nodes: Sequence[Node], whole: bool) -> tuple[LineRef, ...]:
    """The line references of one side, in the order of :func:`_units`."""
    lines: list[LineRef] = []
    for node in nodes:
        lines += whole_line_refs(node.section) if whole else own_line_refs(node.section)
    return tuple(lines)


def _emit(
    matches: list[Match],
    parent: int | None,
    pairs: list[SectionPair],
    ops_of: dict[int, list[TextOp]],
    refs: _Refs,
) -> None:
    ordered = reading_order(matches)
    out_of_order = _out_of_order(ordered)
    for match in ordered:
        ops = ops_of[id(match)]
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
                links=tuple(
                    (k.old.section.id, k.new.section.id, k.share_old, k.share_new)
                    for k in match.links
                ),
                old_sections=tuple(refs.old[node.section.id] for node in match.old),
                new_sections=tuple(refs.new[node.section.id] for node in match.new),
                old_lines=_lines(match.old, match.whole),
                new_lines=_lines(match.new, match.whole),
            )
        )
        if match.children:
            _emit(match.children, len(pairs) - 1, pairs, ops_of, refs)


def _units(nodes: Sequence[Node], whole: bool) -> list[str]:
    """Diff units of one side: the sections' own units (or, for a whole pair, their lines),
    sections joined by a line break."""
    units: list[str] = []
    for node in nodes:
        if units:
            units[-1] += "\n"
        if whole:
            lines = list(node.section.lines())
            units += [line + "\n" for line in lines[:-1]] + lines[-1:]
        else:
            units += node.section.own_units()
    return units


def reading_order(matches: Sequence[Match]) -> list[Match]:
    """Sibling matches in the new report's order; a removed section goes where it stood.

    Sections are ordered by their line in the report, not their index among siblings: the
    children of a split or merged pair come from several parents."""
    present = sorted((m for m in matches if m.new), key=lambda m: m.new[0].section.line)
    removed = sorted((m for m in matches if not m.new), key=lambda m: m.old[0].section.line)
    ordered: list[Match] = []
    for match in present:
        if match.old and not match.moved_parent:
            while removed and removed[0].old[0].section.line < match.old[0].section.line:
                ordered.append(removed.pop(0))
        ordered.append(match)
    ordered.extend(removed)
    return ordered


def _out_of_order(ordered: Sequence[Match]) -> set[Match]:
    """Pairs outside the longest run whose old order agrees with the new order."""
    paired = [m for m in ordered if m.old and m.new and not m.moved_parent]
    olds = [m.old[0].section.line for m in paired]
    old_rank = {line: rank for rank, line in enumerate(sorted(olds))}
    indexes = [old_rank[line] for line in olds]
    # the longest run whose old order agrees; among the longest, the one whose sections moved
    # least, so that two swapped sections are both reported as moved: each pair weighs more
    # than all shifts together can, less its own shift
    heavy = len(indexes) ** 2 + 1
    weights = [heavy - abs(index - i) for i, index in enumerate(indexes)]
    keep = set(heaviest_increasing(indexes, weights))
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
