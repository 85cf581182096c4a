"""Targets of two reports as a Word 对照表, in the template's styles (GB/T 9704 by default).

Three tables under 一、二、三 headings: the headline targets (主要预期目标) of both years with the
change (上调/下调/持平/新增/取消), the older report's headline targets against the figures the
newer report gives (完成/未完成/未报告), and every quantitative commitment the commitments tracker
followed (:attr:`TargetComparison.commitments`): 指标/承诺 | 上年目标 | 本年报告的完成情况 | 状态 |
来源句, the source cell holding both sentences with their line numbers (a .docx's paragraph
numbers). Status labels are the review page's (:mod:`toolkit.html.targets`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from toolkit.targets.labels import (
    ATTAINMENT_LABELS,
    CHANGE_LABELS,
    COMMITMENT_LABELS,
    REMARKS,
    status_label,
)
from toolkit.targets.model import Target, TargetComparison
from toolkit.targets.serialize import signed
from toolkit.word import styles
from toolkit.word.builder import DEFAULT_AUTHOR, DocumentBuilder

#: column widths in mm (156 mm, the GB/T 9704 text width)
CHANGE_WIDTHS = (34.0, 31.0, 31.0, 36.0, 24.0)
COMMITMENT_WIDTHS = (26.0, 24.0, 24.0, 18.0, 64.0)


def render_targets_table(
    comparison: TargetComparison,
    template: str | Path | None = None,
    *,
    author: str = DEFAULT_AUTHOR,
    date: datetime | None = None,
) -> DocumentBuilder:
    """A builder holding the three tables (see the module docstring)."""
    builder = DocumentBuilder(template, author=author, date=date)
    old, new = _year(comparison.old_year, "上年"), _year(comparison.new_year, "本年")
    builder.paragraph(styles.TITLE, "主要目标与量化承诺对照表")
    builder.paragraph(
        styles.SUBTITLE, f"{Path(comparison.old_source).name} → {Path(comparison.new_source).name}"
    )
    _changes(builder, comparison, old, new)
    _attainment(builder, comparison, old, new)
    _commitments(builder, comparison, old, new)
    props = builder.document.core_properties
    props.title = "主要目标与量化承诺对照表"
    props.subject = f"{comparison.old_source} → {comparison.new_source}"
    return builder


def _year(year: int | None, default: str) -> str:
    return f"{year}年" if year else default


def _value(target: Target | None) -> str:
    return "—" if target is None else target.value_text or "—"


def _rows(
    builder: DocumentBuilder,
    header: Sequence[str],
    widths: Sequence[float],
    rows: Sequence[Sequence[str | Sequence[str]]],
    empty: str,
    *,
    split: bool = False,
) -> None:
    """A table of ``rows``; a cell given as several strings gets one paragraph each. Rows may
    break across pages when ``split`` (long sentences), else each stays on one page."""
    if not rows:
        builder.paragraph(styles.BODY, empty)
        return
    table = builder.table(header, widths)
    for row in rows:
        for paragraph, value in zip(builder.table_row(table, split=split), row, strict=True):
            texts = [value] if isinstance(value, str) else list(value)
            builder.text(paragraph, texts[0])
            for text in texts[1:]:
                builder.text(builder.cell_paragraph(paragraph), text)


def _changes(builder: DocumentBuilder, comparison: TargetComparison, old: str, new: str) -> None:
    builder.paragraph(styles.HEADING_1, "一、主要预期目标变化")
    rows: list[Sequence[str | Sequence[str]]] = []
    for change in comparison.changes:
        if not any(t is not None and t.headline for t in (change.old, change.new)):
            continue
        delta: str | list[str] = signed(change.delta, change.delta_unit) or "—"
        if change.qualifier_change:
            delta = [str(delta), change.qualifier_change]
        rows.append(
            [
                change.indicator,
                _value(change.old),
                _value(change.new),
                delta,
                status_label(CHANGE_LABELS, change.status),
            ]
        )
    header = ("指标", f"{old}目标", f"{new}目标", "变化", "状态")
    _rows(builder, header, CHANGE_WIDTHS, rows, "两份报告的主要预期目标中未找到可比的量化目标。")


def _attainment(builder: DocumentBuilder, comparison: TargetComparison, old: str, new: str) -> None:
    builder.paragraph(styles.HEADING_1, f"二、{old}主要预期目标完成情况")
    rows = [
        [
            item.indicator,
            _value(item.target),
            item.figure_text,
            signed(item.margin, item.margin_unit) or "—",
            status_label(ATTAINMENT_LABELS, item.status),
        ]
        for item in comparison.attainment
        if item.target.headline
    ]
    header = ("指标", f"{old}目标", f"{new}报告的实际", "差距", "完成情况")
    _rows(builder, header, CHANGE_WIDTHS, rows, "未找到可核对的主要预期目标完成情况。")


def _commitments(
    builder: DocumentBuilder, comparison: TargetComparison, old: str, new: str
) -> None:
    builder.paragraph(styles.HEADING_1, f"三、{old}量化承诺落实情况")
    rows: list[Sequence[str | Sequence[str]]] = []
    for item in comparison.commitments:
        status = status_label(COMMITMENT_LABELS, item.status)
        if item.remark:
            status += f"（{REMARKS.get(item.remark, item.remark)}）"
        source = [f"{old}报告第{item.old.line}行：{item.old.text}"]
        if item.result is not None:
            source.append(f"{new}报告第{item.result.line}行：{item.result.text}")
        rows.append([item.old.indicator, _value(item.old), _value(item.result), status, source])
    header = ("指标/承诺", f"{old}目标", f"{new}报告的完成情况", "状态", "来源句")
    _rows(builder, header, COMMITMENT_WIDTHS, rows, "未找到可跟踪的量化承诺。", split=True)
