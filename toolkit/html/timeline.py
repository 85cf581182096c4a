"""The timeline page: one self-contained HTML file with a chart and a row of cells per
indicator, the new terms and the lineage of the task sections."""

from __future__ import annotations

from toolkit.html.chart import chart
from toolkit.html.markup import anchor_id, esc
from toolkit.html.page import document, jump_links
from toolkit.targets.model import format_number, format_range, qualified
from toolkit.timeline.model import PART_SIDE, IndicatorSeries, Timeline, YearCell
from toolkit.timeline.serialize import cell_of

STATUS_LABELS = {
    "met": ("完成", "st-added"),
    "missed": ("未完成", "st-removed"),
    "no figure reported": ("未报告", "st-unchanged"),
    "no report": ("无下年报告", "st-unchanged"),
    "no target": ("", ""),
}
RELATION_LABELS = {
    "persisted": ("延续", "st-unchanged"),
    "renamed": ("改名", "st-renamed"),
    "split": ("拆分", "st-split"),
    "merged": ("合并", "st-merged"),
    "folded": ("并入", "st-merged"),
    "unfolded": ("析出", "st-split"),
    "vanished": ("取消", "st-removed"),
    "added": ("新增", "st-added"),
}
FOOTER = (
    "目标按其所属年份列出（2025年报告的目标属2025年），实际完成值取自下一年报告的回顾部分；"
    "图中蓝色为目标（区间或“左右”的范围，或一条线，小三角指向“以上/以内”允许的一侧），"
    "黑线为实际值，绿点完成、红点未完成。"
)
CSS = (
    "td.part{min-width:14em}"
    ".chart{display:block;margin:.2em 0 0}"
    ".series{border-top:1px solid var(--line);padding-top:.4em;margin-top:1.2em}"
    ".series h3{margin:.4em 0 0}table.years{table-layout:fixed;margin-top:0}"
    ".years td,.years th{text-align:center;white-space:nowrap}.years th:first-child{width:80px}"
    ".used{letter-spacing:.1em;font-family:monospace}"
)


def render_timeline_page(timeline: Timeline) -> str:
    """The whole page."""
    years = "、".join(map(str, timeline.report_years))
    title = f"{timeline.government or ''}政府工作报告 {years} 年度对照"
    reports = "".join(
        f"<li>{year}年：{esc(timeline.sources[year])}</li>" for year in timeline.report_years
    )
    notes = "".join(f'<p class="note">{esc(w)}</p>' for w in timeline.warnings)
    parts = [
        f'<header><h1>{esc(title)}</h1><ul class="muted">{reports}</ul>{notes}</header>',
        jump_links([("indicators", "指标"), ("terms", "新提法"), ("lineage", "任务部分沿革")]),
        '<h2 id="indicators">指标：目标与实际</h2>',
        '<p class="muted">'
        + (
            "全部年度目标与财政参数"
            if timeline.all_targets
            else "主要预期目标（--all 列出全部年度目标）"
        )
        + "</p>",
        *(_series(timeline, series, n) for n, series in enumerate(timeline.indicators, 1)),
        _terms(timeline),
        _lineage(timeline),
    ]
    return document(title, "".join(parts), footer=FOOTER, css=CSS)


def _series(timeline: Timeline, series: IndicatorSeries, number: int) -> str:
    cells = [(year, cell_of(timeline, series, year)) for year in timeline.years]
    names = "、".join(n for n in series.names if n != series.indicator)
    head = (
        f'<div class="series" id="{anchor_id("ind", number)}">'
        f'<h3>{esc(series.indicator)} <span class="muted">（{esc(series.unit or "—")}）</span></h3>'
        + (f'<p class="muted">报告用语：{esc(names)}</p>' if names else "")
    )
    header = "".join(f"<th>{year}</th>" for year, _ in cells)
    targets = "".join(f"<td>{esc(_target(cell))}</td>" for _, cell in cells)
    achieved = "".join(f"<td>{esc(_achieved(cell))}</td>" for _, cell in cells)
    statuses = "".join(f"<td>{_status(cell)}</td>" for _, cell in cells)
    table = (
        '<div class="scroll"><table class="years"><thead><tr><th></th>'
        f"{header}</tr></thead><tbody><tr><th>目标</th>{targets}</tr>"
        f"<tr><th>实际</th>{achieved}</tr><tr><th>状态</th>{statuses}</tr></tbody></table></div>"
    )
    return head + chart(series, cells, timeline.tolerance) + table + "</div>"


def _target(cell: YearCell) -> str:
    low, high = cell.target_value
    if cell.target is None or low is None:
        return "—"
    return qualified(format_range(low, high), cell.target.qualifier)


def _achieved(cell: YearCell) -> str:
    return "—" if cell.achieved_value is None else format_number(cell.achieved_value)


def _status(cell: YearCell) -> str:
    label, css = STATUS_LABELS.get(cell.status, (cell.status, ""))
    return f'<span class="badge {css}">{esc(label)}</span>' if label else ""


def _terms(timeline: Timeline) -> str:
    rows = "".join(
        f'<tr><td>{esc(span.text)}</td><td class="muted">{esc(span.kind)}</td>'
        f'<td class="num">{span.first_year}</td><td class="num">{span.last_year}</td>'
        '<td class="used">'
        + "".join("■" if y in span.years else "·" for y in timeline.report_years)
        + "</td></tr>"
        for span in timeline.terms
    )
    years = "、".join(map(str, timeline.report_years))
    return (
        f'<h2 id="terms">新提法（{len(timeline.terms)}）</h2>'
        f'<p class="muted">首份报告中没有的提法；“使用年份”依次对应 {esc(years)}。</p>'
        '<div class="scroll"><table><thead><tr><th>提法</th><th>类别</th>'
        '<th class="num">首次</th><th class="num">末次</th><th>使用年份</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )


def _lineage(timeline: Timeline) -> str:
    if not timeline.lineage:
        return '<h2 id="lineage">任务部分沿革</h2><p class="muted">未比对（--no-lineage）。</p>'
    rows = []
    for link in timeline.lineage:
        label, css = RELATION_LABELS[link.relation]
        # the part a section folded into or unfolded from is not indented as a section
        part = PART_SIDE.get(link.relation)
        old_cell = "part" if part == "old" else "heading"
        new_cell = "part" if part == "new" else "heading"
        rows.append(
            f'<tr class="lvl-{link.level}"><td class="num">{link.from_year}→{link.to_year}</td>'
            f'<td><span class="badge {css}">{esc(label)}</span></td>'
            f'<td class="{old_cell}">{"<br>".join(map(esc, link.old)) or "—"}</td>'
            f'<td class="{new_cell}">{"<br>".join(map(esc, link.new)) or "—"}</td></tr>'
        )
    return (
        '<h2 id="lineage">任务部分沿革</h2>'
        '<div class="scroll"><table><thead><tr><th>年份</th><th>变化</th><th>上一年</th>'
        f"<th>下一年</th></tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )
