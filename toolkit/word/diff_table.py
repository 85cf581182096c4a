"""The comparison as a Word 新旧对照表: one table, 上年 paragraph | 本年 paragraph | 说明.

Pairs come in the new report's reading order, cut where other sections stand between their
lines (:func:`toolkit.compare.segments.reading_segments`, as the HTML and text views show them);
every pair is there, added, removed, split and merged ones included. Each pair opens with a
heading row (shaded): its heading line marked like any line, or, for a pair that opens without
one (front matter, run-in headings, the rest of a part after its subsections), the pair's name;
its 说明 says the status, the changes in 处 and where the text came from (moved, split, merged).
Then a row a paragraph, paired as the diff pairs them (:func:`toolkit.html.lines.split_lines`):
deleted words struck through in red in the old cell, inserted words underlined in blue in the
new one, rolled years (2025年 → 2026年) unmarked; a paragraph mostly rewritten is shown whole on
both sides, unmarked, as 改写. The header row repeats on every page; text is in RT Table.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from docx.shared import RGBColor

from toolkit.compare.labels import FRONT_TITLE, describe, status_label
from toolkit.compare.model import Comparison, LineKind, PairStatus, SectionPair
from toolkit.compare.segments import Segment, reading_segments
from toolkit.html.lines import Line, split_lines
from toolkit.model import Report
from toolkit.textdiff.ops import CHANGES, DELETE, change_runs
from toolkit.word import styles
from toolkit.word.builder import DEFAULT_AUTHOR, DocumentBuilder
from toolkit.word.redline import changes_text, pair_note

#: column widths in mm: old, new, 说明 (156 mm, the GB/T 9704 text width)
WIDTHS = (61.0, 61.0, 34.0)
DELETED = RGBColor(0xC0, 0x00, 0x00)
INSERTED = RGBColor(0x00, 0x55, 0xB0)
HEADING_FILL = "E7E6E6"


def render_diff_table(
    comparison: Comparison,
    template: str | Path | None = None,
    *,
    author: str = DEFAULT_AUTHOR,
    date: datetime | None = None,
) -> DocumentBuilder:
    """A builder holding the 对照表 (see the module docstring); ``to_bytes()`` or ``save()``."""
    builder = DocumentBuilder(template, author=author, date=date)
    old_label, new_label = _label(comparison.old, "上年"), _label(comparison.new, "本年")
    builder.paragraph(styles.TITLE, "新旧对照表")
    builder.paragraph(styles.SUBTITLE, f"{_name(comparison.old)} → {_name(comparison.new)}")
    rollovers = comparison.totals.rollovers
    builder.paragraph(
        styles.BODY,
        changes_text(comparison.totals)
        + (f"；年份顺延{rollovers}处，不计入修改，不标出" if rollovers else "")
        + "。删除的文字以红色删除线标出，新增的文字以蓝色下划线标出。",
    )
    table = builder.table((old_label, new_label, "说明"), WIDTHS)
    for segment in reading_segments(comparison):
        _write_segment(builder, table, comparison.pairs[segment.pair], segment)
    props = builder.document.core_properties
    props.title = "新旧对照表：" + _name(comparison.new)
    props.subject = f"{_name(comparison.old)} → {_name(comparison.new)}"
    props.comments = changes_text(comparison.totals)
    return builder


def _name(report: Report) -> str:
    return Path(report.source).name


def _label(report: Report, default: str) -> str:
    return f"{report.year}年报告" if report.year else f"{default}报告（{_name(report)}）"


def _opens_with_heading(pair: SectionPair) -> bool:
    refs = pair.new_lines or pair.old_lines
    return bool(refs) and refs[0].kind in (LineKind.HEADING, LineKind.TITLE)


def _write_segment(
    builder: DocumentBuilder, table: Any, pair: SectionPair, segment: Segment
) -> None:
    lines = split_lines(segment.ops)
    note = _pair_note(pair) if segment.part == 0 else ""
    if segment.part == 0 and lines and _opens_with_heading(pair):
        cells = builder.table_row(table)
        _cells(builder, cells, lines[0], bold=True)
        cells[2].add_run(note)
        lines = lines[1:]
    else:
        cells = builder.table_row(table)
        name = describe(pair) or FRONT_TITLE
        merged = builder.merge_cells(cells[0], cells[1])
        merged.add_run(name + ("（续）" if segment.part else "")).bold = True
        cells = [merged, merged, cells[2]]
        cells[2].add_run(note)
    for cell in {id(c): c for c in cells}.values():
        builder.shade(cell, HEADING_FILL)
    for line in lines:
        cells = builder.table_row(table, split=True)
        _cells(builder, cells, line)
        cells[2].add_run(_line_note(line))


def _pair_note(pair: SectionPair) -> str:
    """Status, changes in 处, and how the sections moved, split or merged."""
    text = status_label(pair.status)
    if pair.stats.changes and pair.old and pair.new:
        text += f"（{pair.stats.changes}处）"
    note = pair_note(pair)
    if note and pair.status not in (PairStatus.ADDED, PairStatus.REMOVED):
        text += "。" + note  # the label says it all for those two
    return text


def _line_note(line: Line) -> str:
    if line.rewritten:
        return "改写"
    if not line.changed:
        return ""
    if not any(f.old_side for f in line.fragments):
        return "新增"
    if not any(f.new_side for f in line.fragments):
        return "删除"
    return f"修改{len(change_runs(line.fragments))}处"


def _cells(builder: DocumentBuilder, cells: list[Any], line: Line, *, bold: bool = False) -> None:
    """The old side into ``cells[0]`` and the new side into ``cells[1]``, changes marked."""
    for paragraph, side in ((cells[0], "old"), (cells[1], "new")):
        for fragment in line.fragments:
            text = fragment.old_side if side == "old" else fragment.new_side
            if not text:
                continue
            run = paragraph.add_run(text)
            run.bold = bold or None
            if line.rewritten or fragment.op not in CHANGES:
                continue
            if fragment.op == DELETE:
                run.font.strike = True
                run.font.color.rgb = DELETED
            else:
                run.font.underline = True
                run.font.color.rgb = INSERTED
