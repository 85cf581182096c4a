"""Rich rendering of a comparison: summary table, totals, inline or side-by-side diffs."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from toolkit.compare.labels import side_headings
from toolkit.compare.model import Comparison, PairStatus, TextOp
from toolkit.compare.plaintext import (
    display_ops,
    inline_segments,
    segment_title,
    shown_segments,
    status_label,
    totals_line,
    with_marker,
)
from toolkit.textdiff.ops import DELETE, EQUAL, INSERT

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
        # status 9, similarity 4, pass 9, 处 3, 字数 11 cells, two spaces between columns
        heading = max(6, min(40, (options.max_width - 50) // 2))
        yield summary_table(self.comparison, heading_width=heading)


def summary_table(comparison: Comparison, *, heading_width: int = 24) -> Table:
    """One row per pair: old heading, new heading, status, similarity, pass, 处, 字数.

    Headings longer than ``heading_width`` cells are cut with an ellipsis."""
    table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold")
    table.add_column("旧", max_width=heading_width, no_wrap=True, overflow="ellipsis")
    table.add_column("新", max_width=heading_width, no_wrap=True, overflow="ellipsis")
    table.add_column("状态", no_wrap=True, min_width=9)
    table.add_column("相似", justify="right", no_wrap=True, min_width=4)
    table.add_column("匹配", no_wrap=True, min_width=9)
    table.add_column("处", justify="right", no_wrap=True, min_width=3)
    table.add_column("字数", justify="right", no_wrap=True, min_width=11)
    for pair in comparison.pairs:
        s = pair.stats
        table.add_row(
            _heading(side_headings(pair, "old"), pair.level),
            _heading(side_headings(pair, "new"), pair.level),
            Text(status_label(pair), style=STATUS_STYLES[pair.status]),
            f"{pair.score:.2f}",
            pair.matched_by.value,
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
    """Old and new text in two columns; a row ends where both sides end a paragraph."""
    table = Table(box=None, show_header=True, header_style="bold", expand=True, pad_edge=False)
    table.add_column("旧", ratio=1, overflow="fold")
    table.add_column("新", ratio=1, overflow="fold")
    old, new = Text(), Text()
    for kind, chunk in inline_segments(ops):
        if kind in (DELETE, INSERT):
            (old if kind == DELETE else new).append(
                with_marker(kind, chunk) if markers else chunk, style=_STYLES[kind]
            )
        else:
            pieces = chunk.split("\n")
            for k, piece in enumerate(pieces):
                if k:
                    table.add_row(old, new)
                    old, new = Text(), Text()
                old.append(piece, style=UNCHANGED)
                new.append(piece, style=UNCHANGED)
    if old or new:
        table.add_row(old, new)
    return table


def render_comparison(
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
        Text(totals_line(comparison), style="bold"),
    ]
    for pair, segment in shown_segments(comparison):
        parts.append(Text(""))
        title = f"{segment_title(pair, segment)}  ({pair.status.value}, {pair.stats.changes}处)"
        parts.append(Rule(Text(title), align="left", style=STATUS_STYLES[pair.status]))
        ops = display_ops(segment.ops)
        parts.append(
            side_by_side(ops, markers=markers) if side else inline_text(ops, markers=markers)
        )
    return Group(*parts)
