"""The comparison as plain text: a summary, totals, then each changed pair's inline diff with
``[-deleted-]`` and ``{+inserted+}`` markers, in reading order (a part's closing paragraphs
after its subsections, headed "（续）"). Rolled-over years show as the new year."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from toolkit.compare.labels import describe
from toolkit.compare.model import Comparison, SectionPair
from toolkit.compare.segments import Segment, reading_segments
from toolkit.textdiff.ops import DELETE, EQUAL, INSERT, SHIFT, TextOp

#: unchanged stretches longer than this are folded in inline diffs
FOLD_AT = 120
#: characters kept on each side of a folded stretch
FOLD_KEEP = 30
#: after the heading of a pair's text shown after its subsections
CONTINUED = "（续）"


def shown_segments(comparison: Comparison) -> list[tuple[SectionPair, Segment]]:
    """The segments the diff views show, in reading order: those of pairs with counted changes,
    continuations only when they hold a change themselves."""
    shown = []
    for segment in reading_segments(comparison):
        pair = comparison.pairs[segment.pair]
        if pair.stats.changes and (segment.part == 0 or segment.changed):
            shown.append((pair, segment))
    return shown


def display_ops(ops: Iterable[TextOp]) -> list[TextOp]:
    """A segment's ops without the line breaks that end it (they separate it from what follows
    and show nothing): for display only."""
    out = [op for op in ops if op.text]
    while out and out[-1].text.endswith("\n"):
        last = out.pop()
        if last.text.rstrip("\n"):
            out.append(replace(last, text=last.text.rstrip("\n")))
            break
    return out


def segment_title(pair: SectionPair, segment: Segment) -> str:
    """The pair named by all its sections; "（续）" after it for a continuation."""
    return describe(pair) + (CONTINUED if segment.part else "")


def fold(text: str, *, first: bool, last: bool) -> str:
    """An unchanged stretch, folded to its ends when long: "…〔省略 312 字〕…"."""
    if len(text) <= FOLD_AT:
        return text
    head = "" if first else text[:FOLD_KEEP]
    tail = "" if last else text[-FOLD_KEEP:]
    hidden = len(text) - len(head) - len(tail)
    return f"{head}〔… {hidden} 字未变 …〕{tail}"


def inline_segments(ops: Iterable[TextOp], *, folded: bool = True) -> list[tuple[str, str]]:
    """(kind, text) segments for display: kind is "=", "-" or "+"; a bookkeeping op (a rolled
    year) becomes its new text, unchanged; long unchanged text is folded when ``folded``."""
    merged: list[tuple[str, str]] = []
    for op in ops:
        kind = EQUAL if op.op == SHIFT else op.op
        if merged and merged[-1][0] == kind:
            merged[-1] = (kind, merged[-1][1] + op.text)
        else:
            merged.append((kind, op.text))
    if not folded:
        return merged
    return [
        (kind, fold(text, first=i == 0, last=i == len(merged) - 1) if kind == EQUAL else text)
        for i, (kind, text) in enumerate(merged)
    ]


def with_marker(kind: str, text: str) -> str:
    """A segment with its marker: a deletion ``[-…-]``, an insertion ``{+…+}``, else as is."""
    if kind == DELETE:
        return f"[-{text}-]"
    if kind == INSERT:
        return f"{{+{text}+}}"
    return text


def marked(ops: Iterable[TextOp], *, folded: bool = True) -> str:
    """Inline diff text with ``[-…-]`` and ``{+…+}`` markers."""
    return "".join(with_marker(kind, text) for kind, text in inline_segments(ops, folded=folded))


def _status_with_pieces(pair: SectionPair) -> str:
    """The status, with the number of pieces for a split or merge: "split ×2"."""
    pieces = max(len(pair.old), len(pair.new))
    return f"{pair.status.value} ×{pieces}" if pieces > 1 else pair.status.value


def summary_line(pair: SectionPair) -> str:
    s = pair.stats
    indent = "  " * max(pair.level - 1, 0)
    return (
        f"{indent}{describe(pair)}  [{_status_with_pieces(pair)}, {pair.matched_by.value} "
        f"{pair.score:.2f}, {s.changes}处, {s.chars_old}→{s.chars_new}字]"
    )


def totals_line(comparison: Comparison) -> str:
    t = comparison.totals
    return (
        f"修改{t.changes}处，字数 {t.chars_old} → {t.chars_new}"
        f"（删 {t.chars_deleted}，增 {t.chars_inserted}"
        + (f"，年份顺延 {t.rollovers} 处未计" if t.rollovers else "")
        + (f"，序号变动 {t.renumbered} 处未计" if t.renumbered else "")
        + "）"
    )


def render_text(comparison: Comparison) -> str:
    """The whole comparison as plain text (what ``--format text`` writes)."""
    old, new = comparison.old, comparison.new
    lines = [
        f"旧: {old.source} ({old.year or '?'}年, {old.char_count}字)",
        f"新: {new.source} ({new.year or '?'}年, {new.char_count}字)",
        "",
        *(summary_line(pair) for pair in comparison.pairs),
        "",
        totals_line(comparison),
    ]
    for pair, segment in shown_segments(comparison):
        title = segment_title(pair, segment)
        lines += ["", f"== {title} ({pair.status.value})", marked(display_ops(segment.ops))]
    return "\n".join(lines) + "\n"
