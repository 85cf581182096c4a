"""The rich tables of ``targets``."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from toolkit.targets.labels import (
    ATTAINMENT_LABELS,
    CHANGE_LABELS,
    COMMITMENT_LABELS,
    REMARKS,
    status_label,
)
from toolkit.targets.model import (
    ReportTargets,
    Target,
    TargetComparison,
    TargetsResult,
    format_number,
)
from toolkit.targets.serialize import signed

_STATUS_STYLE = {
    "raised": "green",
    "lowered": "red",
    "unchanged": "dim",
    "new": "cyan",
    "dropped": "magenta",
    "qualitative": "yellow",
    "met": "green",
    "missed": "red",
    "no figure reported": "dim",
    "exceeded": "green",
    "not reported": "dim",
    "not comparable": "yellow",
}


_CATEGORY_TAG = {"fiscal": "财政", "context": "背景"}


def _status(status: str, labels: dict[str, tuple[str, str]]) -> Text:
    """The status in Chinese, as the HTML page and the Word tables show it, and as JSON has it:
    "完成 met"."""
    style = _STATUS_STYLE.get(status, "")
    label = status_label(labels, status)
    text = Text(label, style=style)
    if label != status:
        text.append(f" {status}", style="dim")
    return text


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _around(target: Target, width: int = 40) -> str:
    """The part of the target's sentence around its number, clipped to ``width``."""
    text = target.text
    at = text.find(format_number(target.value)) if target.value is not None else -1
    if len(text) <= width or at < width // 2:
        return _clip(text, width)
    start = min(at - width // 2, len(text) - width + 1)
    return "…" + _clip(text[start:], width - 1)


def _value(target: Target | None) -> str:
    return "—" if target is None else target.value_text


def render_result(result: TargetsResult) -> RenderableType:
    """The comparison for two reports, else the one report's targets."""
    if result.comparison is not None:
        return targets_comparison_view(result.comparison)
    return render_targets(result.reports[0])


def render_targets(report: ReportTargets) -> RenderableType:
    """Targets then achieved figures of one report, one table each."""
    targets: Sequence[Target] = report.targets
    parts: list[RenderableType] = [
        Text(f"{report.title or report.source}  {report.year or '????'}年", style="bold")
    ]
    tables = (
        ("target", "目标 targets", lambda t: t.category != "plan"),
        ("target", "规划目标 five-year-plan goals", lambda t: t.category == "plan"),
        ("achieved", "完成情况 achieved figures", lambda t: True),
    )
    for scope, title, keep in tables:
        rows = [t for t in targets if t.scope == scope and keep(t)]
        if not rows:
            continue
        table = Table(title=f"{title} ({len(rows)})", title_justify="left", expand=False)
        for column in ("指标 indicator", "值 value", "单位", "限定", "行", "句子 sentence"):
            table.add_column(column, overflow="fold")
        for t in rows:
            name = Text(t.indicator, style="bold" if t.headline else "")
            if t.canonical and t.canonical != t.indicator:
                name.append(f" ({t.canonical})", style="dim")
            if t.five_year:
                name.append(" 5y", style="magenta")
            if t.category in _CATEGORY_TAG:
                name.append(f" {_CATEGORY_TAG[t.category]}", style="cyan")
            if t.period:
                name.append(f" {t.period}", style="cyan")
            if t.measure == "increment":
                name.append(" +", style="dim")
            if t.kind == "qualitative":
                value = Text("qualitative", style="yellow")
            else:
                value = Text(_number(t))
                if t.direction:
                    value.append(" ↑" if t.direction == "increase" else " ↓", style="dim")
            table.add_row(name, value, t.unit, t.qualifier, str(t.line), _clip(t.text))
        parts.append(table)
    if len(parts) == 1:
        parts.append(Text("no targets or achieved figures found", style="dim"))
    else:
        parts.append(
            Text(
                "bold: headline targets (主要预期目标); 5y: five-year review figure; "
                "财政: fiscal or monetary parameter; 背景: context figure "
                "(forecast, not a commitment); +: increment (新增); ↑/↓: rate of increase/decrease",
                style="dim",
            )
        )
    return Group(*parts)


def _number(target: Target) -> str:
    from toolkit.targets.model import format_number

    if target.value is None:
        return ""
    text = format_number(target.value)
    if target.value_max is not None:
        text += f"–{format_number(target.value_max)}"
    return text


def targets_comparison_view(comparison: TargetComparison) -> RenderableType:
    """The change table and the attainment table."""
    head = Text(
        f"{comparison.old_source} ({comparison.old_year or '?'}) → "
        f"{comparison.new_source} ({comparison.new_year or '?'})",
        style="bold",
    )
    changes = Table(title="目标变化 changes", title_justify="left")
    for column in ("指标 indicator", "旧 old", "新 new", "变化 change", "限定", "状态 status"):
        changes.add_column(column, overflow="fold")
    for row in comparison.changes:
        changes.add_row(
            row.indicator,
            _value(row.old),
            _value(row.new),
            signed(row.delta, row.delta_unit),
            row.qualifier_change,
            _status(row.status, CHANGE_LABELS),
        )
    attainment = Table(title="目标完成 attainment", title_justify="left")
    for column in (
        "指标 indicator",
        "目标 target",
        "实际 figure",
        "差 margin",
        "状态",
        "行",
        "依据",
    ):
        attainment.add_column(column, overflow="fold")
    for att in comparison.attainment:
        lines = f"{att.target.line}→{att.figure.line}" if att.figure else str(att.target.line)
        attainment.add_row(
            att.indicator,
            att.target.value_text,
            att.figure_text,
            signed(att.margin, att.margin_unit),
            _status(att.status, ATTAINMENT_LABELS),
            lines,
            _clip(att.figure.text, 40) if att.figure else "",
        )
    parts: list[RenderableType] = [head, changes, attainment]
    if comparison.commitments:
        parts.append(_commitments(comparison))
    return Group(*parts)


def _commitments(comparison: TargetComparison) -> Table:
    """Last year's commitments of the plan part against this year's review."""
    table = Table(title="承诺对照 commitments", title_justify="left")
    for column in ("指标/承诺", "上年目标", "本年完成", "状态", "行", "依据"):
        table.add_column(column, overflow="fold")
    for row in comparison.commitments:
        status = _status(row.status, COMMITMENT_LABELS)
        if row.remark:
            status.append(f"（{REMARKS.get(row.remark, row.remark)}）", style="dim")
        lines = f"{row.old.line}→{row.result.line}" if row.result else str(row.old.line)
        sources = f"旧：{_around(row.old)}"
        if row.result:
            sources += f"\n新：{_around(row.result)}"
        table.add_row(
            row.old.indicator, row.old.value_text, _value(row.result), status, lines, sources
        )
    return table
