"""The comparison as plain text: a summary, totals, then each changed pair's inline diff with
``[-deleted-]`` and ``{+inserted+}`` markers. Rolled-over years show as the new year."""

from __future__ import annotations

from collections.abc import Iterable

from toolkit.compare.model import Comparison, SectionPair
from toolkit.textdiff.ops import DELETE, EQUAL, INSERT, TextOp

#: unchanged stretches longer than this are folded in inline diffs
FOLD_AT = 120
#: characters kept on each side of a folded stretch
FOLD_KEEP = 30


def pair_label(pair: SectionPair) -> str:
    """ "old heading → new heading", or one heading when they are equal or one side is empty."""
    old, new = pair.old_title or "", pair.new_title or ""
    if pair.level == 0:
        return "（前言）" + (f" {new or old}" if (new or old) else "")
    if not old or not new or old == new:
        return new or old
    return f"{old} → {new}"


def fold(text: str, *, first: bool, last: bool) -> str:
    """An unchanged stretch, folded to its ends when long: "…〔省略 312 字〕…"."""
    if len(text) <= FOLD_AT:
        return text
    head = "" if first else text[:FOLD_KEEP]
    tail = "" if last else text[-FOLD_KEEP:]
    hidden = len(text) - len(head) - len(tail)
    return f"{head}〔… {hidden} 字未变 …〕{tail}"


def inline_segments(ops: Iterable[TextOp], *, folded: bool = True) -> list[tuple[str, str]]:
    """(kind, text) segments for display: kind is "=", "-" or "+"; rollover pairs become the new
    year as unchanged text; long unchanged text is folded when ``folded``."""
    items = [op for op in ops if not (op.rollover and op.op == DELETE)]
    merged: list[tuple[str, str]] = []
    for op in items:
        kind = EQUAL if op.rollover else op.op
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


def status_label(pair: SectionPair) -> str:
    """The status, with the number of pieces for a split or merge: "split ×2"."""
    pieces = max(len(pair.old), len(pair.new))
    return f"{pair.status.value} ×{pieces}" if pieces > 1 else pair.status.value


def summary_line(pair: SectionPair) -> str:
    s = pair.stats
    indent = "  " * max(pair.level - 1, 0)
    return (
        f"{indent}{pair_label(pair)}  [{status_label(pair)}, {pair.matched_by.value} "
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
    for pair in comparison.pairs:
        if not pair.stats.changes:
            continue
        lines += ["", f"== {pair_label(pair)} ({pair.status.value})", marked(pair.ops)]
    return "\n".join(lines) + "\n"
