"""The top of a comparison page: the two reports, the totals, the summary table and the
table of contents."""

from __future__ import annotations

from collections import Counter
from pathlib import PurePath

from toolkit.compare.labels import STATUS_LABELS, matched_by_label, side_headings, status_label
from toolkit.compare.model import Comparison, PairStatus, SectionPair
from toolkit.html.markup import anchor_id, esc, percent, signed
from toolkit.html.sections import pair_title, status_badge
from toolkit.model import Report

#: report metadata shown in the header cards, in this order
_META_KEYS = (("date", "日期"), ("meeting", "会议"), ("speaker", "报告人"))


def report_label(report: Report) -> str:
    """ "2025年" or the file name when the year is unknown."""
    return f"{report.year}年" if report.year else PurePath(report.source).name


def report_card(report: Report, side: str) -> str:
    """A card with one report's title, year, source file and meeting data."""
    side_label = "旧（对照基准）" if side == "old" else "新"
    rows = [("年份", str(report.year) if report.year else "未识别")]
    rows += [(label, report.meta[key]) for key, label in _META_KEYS if report.meta.get(key)]
    rows.append(("来源", PurePath(report.source).name))
    rows.append(("字数", str(report.char_count)))
    items = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in rows)
    return (
        f'<div class="report-card {side}"><div class="side-label">{esc(side_label)}</div>'
        f'<div class="title" title="{esc(report.source)}">{esc(report.title or "（无标题）")}</div>'
        f"<dl>{items}</dl></div>"
    )


def header_cards(old: Report, new: Report) -> str:
    return f'<div class="reports">{report_card(old, "old")}{report_card(new, "new")}</div>'


def totals(comparison: Comparison) -> str:
    """修改N处, 字数 old → new, and how many sections have each status."""
    total = comparison.totals
    delta = total.chars_new - total.chars_old
    items = [
        f"修改 <b>{total.changes}</b> 处",
        f"字数 <b>{total.chars_old}</b> → <b>{total.chars_new}</b>（{esc(signed(delta))}）",
        f"删去 {total.chars_deleted} 字 · 新增 {total.chars_inserted} 字",
    ]
    counts = Counter(str(pair.status) for pair in comparison.pairs)
    for status in STATUS_LABELS:
        if counts[status]:
            items.append(f"{status_badge(status)} {counts[status]}")
    if total.rollovers and not comparison.strict_years:
        items.append(f"年份顺延 {total.rollovers} 处（不计入修改）")
    return '<ul class="totals">' + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _side_cell(names: tuple[str, ...]) -> str:
    """Every section of one side, one a line (a split or merge has several); "—" for none."""
    if not names:
        return "—"
    return "<br>".join(esc(name) for name in names)


def _heading_cell(pair: SectionPair) -> str:
    old, new = side_headings(pair, "old"), side_headings(pair, "new")
    if not old and not new:
        return esc(pair_title(pair))
    if old == new:
        return _side_cell(new)
    return f'{_side_cell(old)}<span class="arrow">→</span>{_side_cell(new)}'


def summary_table(comparison: Comparison) -> str:
    """One row per pair: old heading → new heading, status, similarity, pass, 处, 字数."""
    rows = []
    for index, pair in enumerate(comparison.pairs):
        similarity = percent(pair.score) if pair.old and pair.new else "—"
        stats = pair.stats
        rows.append(
            f'<tr class="lvl-{min(pair.level, 4)}" data-status="{esc(pair.status)}">'
            f'<td class="num"><a href="#{anchor_id("pair", index)}">{index + 1}</a></td>'
            f'<td class="heading">{_heading_cell(pair)}</td>'
            f"<td>{status_badge(pair.status)}</td>"
            f'<td class="num opt">{similarity}</td>'
            f'<td class="opt">{esc(matched_by_label(pair.matched_by))}</td>'
            f'<td class="num count">{stats.changes}</td>'
            f'<td class="num chars">{stats.chars_old} → {stats.chars_new}</td></tr>'
        )
    head = (
        '<tr><th class="num">#</th><th>章节（旧 → 新）</th><th>状态</th>'
        '<th class="num opt">相似度</th><th class="opt">匹配方式</th><th class="num">处</th>'
        '<th class="num">字数 旧→新</th></tr>'
    )
    return (
        '<div class="scroll"><table class="summary"><thead>'
        f"{head}</thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def table_of_contents(comparison: Comparison) -> str:
    """Links to every pair, indented by level, with status and number of changes."""
    items = []
    for index, pair in enumerate(comparison.pairs):
        badge = "" if pair.status is PairStatus.UNCHANGED else " " + status_badge(pair.status)
        count = f' <span class="count">{pair.stats.changes}处</span>' if pair.stats.changes else ""
        indent = max(0, min(pair.level, 4) - 1) * 1.2
        items.append(
            f'<li data-status="{esc(pair.status)}" style="padding-left:{indent:.1f}em">'
            f'<a href="#{anchor_id("pair", index)}">{esc(pair_title(pair))}</a>{badge}{count}</li>'
        )
    return f'<nav class="toc"><ol>{"".join(items)}</ol></nav>'


def status_label_json() -> str:
    """The status labels as JSON for the optional script (constants, no input)."""
    import json

    labels = {str(k): status_label(k) for k in STATUS_LABELS}
    return json.dumps(labels, ensure_ascii=False).replace("</", "<\\/")
