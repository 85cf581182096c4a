"""Rich rendering of a comparison: summary table, totals, inline or side-by-side diffs."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from toolkit.compare.model import Comparison, PairStatus, SectionPair
from toolkit.compare.plaintext import (
    inline_segments,
    pair_label,
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


def _heading(title: str | None, level: int) -> Text:
    if title is None:
        return Text("—", style="dim")
    return Text("  " * max(level - 1, 0) + title)


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
        old_title = "（前言）" if pair.level == 0 and pair.old else pair.old_title
        new_title = "（前言）" if pair.level == 0 and pair.new else pair.new_title
        s = pair.stats
        table.add_row(
            _heading(old_title, pair.level),
            _heading(new_title, pair.level),
            Text(status_label(pair), style=STATUS_STYLES[pair.status]),
            f"{pair.score:.2f}",
            pair.matched_by.value,
            str(s.changes),
            f"{s.chars_old}→{s.chars_new}",
        )
    return table


_STYLES = {DELETE: DELETED, INSERT: INSERTED, EQUAL: UNCHANGED}


def inline_text(pair: SectionPair, *, markers: bool) -> Text:
    """The pair's diff as one text: deletions red struck through, insertions green, unchanged
    dim and folded; with ``markers`` also ``[-…-]`` and ``{+…+}`` around changes."""
    text = Text()
    for kind, chunk in inline_segments(pair.ops):
        text.append(with_marker(kind, chunk) if markers else chunk, style=_STYLES[kind])
    return text


def side_by_side(pair: SectionPair, *, markers: bool) -> Table:
    """Old and new text in two columns; a row ends where both sides end a paragraph."""
    table = Table(box=None, show_header=True, header_style="bold", expand=True, pad_edge=False)
    table.add_column("旧", ratio=1, overflow="fold")
    table.add_column("新", ratio=1, overflow="fold")
    old, new = Text(), Text()
    for kind, chunk in inline_segments(pair.ops):
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
    """Summary table, totals, then every pair with counted changes (or added/removed)."""
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
    for pair in comparison.pairs:
        if not pair.stats.changes:
            continue
        parts.append(Text(""))
        title = f"{pair_label(pair)}  ({pair.status.value}, {pair.stats.changes}处)"
        parts.append(Rule(Text(title), align="left", style=STATUS_STYLES[pair.status]))
        parts.append(
            side_by_side(pair, markers=markers) if side else inline_text(pair, markers=markers)
        )
    return Group(*parts)
