"""The rich tables of ``timeline``: indicators by year with a sparkline, new terms, lineage."""

from __future__ import annotations

from collections import Counter

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from toolkit.targets.model import format_number, format_range, qualified
from toolkit.timeline.model import PART_SIDE, IndicatorSeries, Timeline, YearCell
from toolkit.timeline.serialize import cell_of

_STATUS = {"met": ("✓", "green"), "missed": ("✗", "red")}
_BARS = "▁▂▃▄▅▆▇█"
#: how many new terms the terminal lists (JSON has all)
TOP_TERMS = 40


def sparkline(values: list[float | None]) -> str:
    """One character a year, its height the value between the row's least and greatest;
    a space for a year without a value: [1, None, 3] → "▁ █"."""
    known = [v for v in values if v is not None]
    if not known:
        return ""
    low, high = min(known), max(known)
    span = high - low
    return "".join(
        " "
        if v is None
        else _BARS[round((v - low) / span * (len(_BARS) - 1)) if span else len(_BARS) // 2]
        for v in values
    )


def _cell_text(cell: YearCell) -> Text:
    """Two lines: the year's target ("7.5左右") and the figure achieved ("→ 7.7 ✓")."""
    text = Text()
    if cell.target is not None:
        low, high = cell.target_value
        number = format_range(low, high) if low is not None else "?"
        text.append(qualified(number, cell.target.qualifier), style="bold")
    if cell.achieved_value is not None:
        text.append(f"\n→ {format_number(cell.achieved_value)}")
        mark, style = _STATUS.get(cell.status, ("", ""))
        if mark:
            text.append(f" {mark}", style=style)
    elif cell.target is not None and cell.status == "no figure reported":
        text.append("\n→ 未报告", style="dim")
    return text


def render_indicators(timeline: Timeline) -> Table:
    table = Table(
        title="指标 indicators: the year's target (bold), → the figure the next report gives",
        title_justify="left",
        show_lines=True,
    )
    table.add_column("指标 indicator", min_width=8)
    table.add_column("单位", no_wrap=True)
    for year in timeline.years:
        style = "" if year in timeline.report_years or year + 1 in timeline.report_years else "dim"
        table.add_column(str(year), style=style, min_width=6)
    table.add_column("实际走势", no_wrap=True)
    for series in timeline.indicators:
        cells = [cell_of(timeline, series, year) for year in timeline.years]
        table.add_row(
            _name(series),
            series.unit,
            *(_cell_text(cell) for cell in cells),
            sparkline([cell.achieved_value for cell in cells]),
        )
    return table


def _name(series: IndicatorSeries) -> Text:
    text = Text(series.indicator, style="bold" if series.headline else "")
    others = [n for n in series.names if n != series.indicator]
    if others:
        text.append("\n" + "、".join(others[:3]), style="dim")
    return text


def render_terms(timeline: Timeline) -> Table:
    table = Table(
        title=f"新提法 new terms ({len(timeline.terms)}; first {TOP_TERMS} shown)"
        if len(timeline.terms) > TOP_TERMS
        else f"新提法 new terms ({len(timeline.terms)})",
        title_justify="left",
    )
    table.add_column("term")
    table.add_column("kind", style="dim")
    table.add_column("first", justify="right")
    table.add_column("last", justify="right")
    table.add_column("years used")
    for span in timeline.terms[:TOP_TERMS]:
        used = "".join("■" if y in span.years else "·" for y in timeline.report_years)
        table.add_row(span.text, span.kind, str(span.first_year), str(span.last_year), used)
    return table


def render_lineage(timeline: Timeline) -> Table:
    table = Table(title="任务部分沿革 task-section lineage", title_justify="left")
    table.add_column("years", no_wrap=True)
    table.add_column("relation")
    table.add_column("old")
    table.add_column("new")
    for link in timeline.lineage:
        # a （一） section indented under the parts; a folded or unfolded one's part is a part
        part = PART_SIDE.get(link.relation)
        old_indent = "  " if link.level == 2 and part != "old" else ""
        new_indent = "  " if link.level == 2 and part != "new" else ""
        table.add_row(
            f"{link.from_year}→{link.to_year}",
            link.relation,
            old_indent + "\n".join(link.old) if link.old else "—",
            new_indent + "\n".join(link.new) if link.new else "—",
        )
    return table


def render_timeline(timeline: Timeline) -> RenderableType:
    """The header, the indicator table, the terms table and the lineage table."""
    years = "、".join(map(str, timeline.report_years))
    parts: list[RenderableType] = [
        Text(f"{timeline.government or '?'}  政府工作报告 {years}", style="bold"),
        render_indicators(timeline),
    ]
    if timeline.terms:
        parts.append(render_terms(timeline))
    if timeline.lineage:
        counts = Counter(link.relation for link in timeline.lineage)
        parts.append(render_lineage(timeline))
        parts.append(Text(", ".join(f"{k} {v}" for k, v in sorted(counts.items())), style="dim"))
    return Group(*parts)
