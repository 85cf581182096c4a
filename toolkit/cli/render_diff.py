"""Rich rendering of a comparison: summary table, totals, inline or side-by-side diffs."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from toolkit.compare.labels import flow_note, matched_by_label, side_headings
from toolkit.compare.labels import status_label as status_word
from toolkit.compare.model import Comparison, PairStatus, SectionPair, TextOp
from toolkit.compare.plaintext import (
    display_ops,
    fold,
    inline_segments,
    segment_title,
    shown_segments,
    totals_line,
    with_marker,
)
from toolkit.textdiff.ops import DELETE, EQUAL, INSERT, one_sided

STATUS_STYLES = {
    PairStatus.UNCHANGED: "dim",
    PairStatus.MODIFIED: "yellow",
    PairStatus.RENAMED: "cyan",
    PairStatus.MOVED: "magenta",
    PairStatus.SPLIT: "blue",
    PairStatus.MERGED: "blue",
    PairStatus.ADDED: "green",
    PairStatus.REMOVED: "red",
}
DELETED = "red strike"
INSERTED = "green"
UNCHANGED = "dim"


def chinese_status(pair: SectionPair) -> str:
    """The status as the HTML page says it, with the number of pieces of a split or merge:
    "拆分 ×2"."""
    pieces = max(len(pair.old), len(pair.new))
    word = status_word(pair.status)
    return f"{word} ×{pieces}" if pieces > 1 else word


def _heading(titles: tuple[str, ...], level: int) -> Text:
    """Every section of one side, one a line (a split or merge has several); "—" for none."""
    if not titles:
        return Text("—", style="dim")
    indent = "  " * max(level - 1, 0)
    return Text("\n".join(indent + title for title in titles))


class SummaryTable:
    """The summary table, with heading columns as wide as the console allows."""

    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        # status 7, similarity 4, pass 8, 处 3, 字数 11 cells, two spaces between columns
        heading = max(8, min(40, (options.max_width - 45) // 2))
        yield summary_table(self.comparison, heading_width=heading)


def summary_table(comparison: Comparison, *, heading_width: int = 24) -> Table:
    """One row per pair: old heading, new heading, status, similarity, pass, 处, 字数, with
    the Chinese labels of the HTML page. Headings longer than ``heading_width`` cells wrap."""
    table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold")
    table.add_column("旧", max_width=heading_width, overflow="fold")
    table.add_column("新", max_width=heading_width, overflow="fold")
    table.add_column("状态", no_wrap=True, min_width=4)
    table.add_column("相似", justify="right", no_wrap=True, min_width=4)
    table.add_column("匹配", no_wrap=True, min_width=4)
    table.add_column("处", justify="right", no_wrap=True, min_width=3)
    table.add_column("字数", justify="right", no_wrap=True, min_width=11)
    for pair in comparison.pairs:
        s = pair.stats
        table.add_row(
            _heading(side_headings(pair, "old"), pair.level),
            _heading(side_headings(pair, "new"), pair.level),
            Text(chinese_status(pair), style=STATUS_STYLES[pair.status]),
            f"{pair.score:.2f}",
            matched_by_label(pair.matched_by),
            str(s.changes),
            f"{s.chars_old}→{s.chars_new}",
        )
    return table


_STYLES = {DELETE: DELETED, INSERT: INSERTED, EQUAL: UNCHANGED}


def inline_text(ops: Sequence[TextOp], *, markers: bool) -> Text:
    """A diff as one text: deletions red struck through, insertions green, unchanged dim and
    folded; with ``markers`` also ``[-…-]`` and ``{+…+}`` around changes."""
    text = Text()
    for kind, chunk in inline_segments(ops):
        text.append(with_marker(kind, chunk) if markers else chunk, style=_STYLES[kind])
    return text


def side_by_side(ops: Sequence[TextOp], *, markers: bool) -> Table:
    """Old and new text in two columns, each column its own year's text (a rolled year or a
    renumbered label shows as it was in the old column and as it is in the new one, neither
    marked as a change); a row ends where both sides end a paragraph."""
    table = Table(box=None, show_header=True, header_style="bold", expand=True, pad_edge=False)
    table.add_column("旧", ratio=1, overflow="fold")
    table.add_column("新", ratio=1, overflow="fold")
    old, new = Text(), Text()
    pieces = _side_pieces(ops)
    for index, (kind, chunk) in enumerate(pieces):
        if kind in (DELETE, INSERT):
            (old if kind == DELETE else new).append(
                with_marker(kind, chunk) if markers else chunk, style=_STYLES[kind]
            )
        elif kind in (_OLD_ONLY, _NEW_ONLY):
            (old if kind == _OLD_ONLY else new).append(chunk, style=UNCHANGED)
        else:
            chunk = fold(chunk, first=index == 0, last=index == len(pieces) - 1)
            for k, piece in enumerate(chunk.split("\n")):
                if k:
                    table.add_row(old, new)
                    old, new = Text(), Text()
                old.append(piece, style=UNCHANGED)
                new.append(piece, style=UNCHANGED)
    if old or new:
        table.add_row(old, new)
    return table


#: bookkeeping text of one side only (a rolled year, a renumbered label): shown, not a change
_OLD_ONLY, _NEW_ONLY = "old", "new"


def _side_pieces(ops: Sequence[TextOp]) -> list[tuple[str, str]]:
    """(kind, text) runs for two columns: "=" both, "-"/"+" changes, old/new bookkeeping."""
    pieces: list[tuple[str, str]] = []
    for op, text, reason in one_sided(ops):
        kind = (_OLD_ONLY if op == DELETE else _NEW_ONLY) if reason else op
        if pieces and pieces[-1][0] == kind:
            pieces[-1] = (kind, pieces[-1][1] + text)
        else:
            pieces.append((kind, text))
    return pieces


def diff_view(
    comparison: Comparison, *, side: bool = False, markers: bool = False
) -> RenderableType:
    """Summary table, totals, then every pair with counted changes (or added/removed), in
    reading order: a part's closing paragraphs after its subsections, as "（续）"."""
    old, new = comparison.old, comparison.new
    parts: list[RenderableType] = [
        Text(
            f"旧 {Path(old.source).name}（{old.year or '?'}年，{old.char_count}字）", style="bold"
        ),
        Text(
            f"新 {Path(new.source).name}（{new.year or '?'}年，{new.char_count}字）", style="bold"
        ),
        Text(""),
        SummaryTable(comparison),
        Text(""),
        *(Text(line, style="bold") for line in _totals_lines(comparison)),
    ]
    for pair, segment in shown_segments(comparison):
        parts.append(Text(""))
        title = (
            f"{segment_title(pair, segment)}  （{chinese_status(pair)}，{pair.stats.changes}处）"
        )
        parts.append(Rule(Text(title), align="left", style=STATUS_STYLES[pair.status]))
        note = flow_note(pair)
        if note and not segment.part:
            parts.append(Text(f"{_FLOW_LEAD[len(pair.new) > 1]}{note}", style="dim"))
        ops = display_ops(segment.ops)
        parts.append(
            side_by_side(ops, markers=markers) if side else inline_text(ops, markers=markers)
        )
    if len(comparison.pairs) > 3:
        parts += [Text(""), Text(HINT, style="dim")]
    return Group(*parts)


#: the lead of a split's (True) or merge's (False) note on the text that flowed
_FLOW_LEAD = {True: "拆分：各新节", False: "合并：上年各节"}

#: the last line of a long diff: how to see less
HINT = (
    "只看有改动的：--only-changed；只看一节：--section 三（或 （二）、标题中的词）；"
    "只看移动与拆并：--status moved,split,merged"
)


def _totals_lines(comparison: Comparison) -> list[str]:
    """The totals, cut before the parenthesis so that a narrow terminal never wraps a number."""
    line = totals_line(comparison)
    head, paren, rest = line.partition("（")
    return [head, paren + rest] if paren else [head]
