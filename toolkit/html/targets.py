"""The targets part of the review page: the change table (each indicator's target in the older
and the newer report) and the attainment table (the older report's targets against the figures
the newer one reports), each with small bars of old versus new values (plain CSS, printable).

Reads a :class:`toolkit.targets.model.TargetComparison`; absent fields are shown as "—".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from toolkit.html.markup import esc

CHANGE_LABELS = {
    "raised": ("上调", "up"),
    "lowered": ("下调", "down"),
    "unchanged": ("持平", ""),
    "new": ("新增", "up"),
    "dropped": ("取消", "down"),
    "qualitative": ("定性", ""),
}
ATTAINMENT_LABELS = {
    "met": ("完成", "up"),
    "missed": ("未完成", "down"),
    "no figure reported": ("未报告", ""),
}


def _number(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".") or "0"


def _value_text(target: Any) -> str:
    """How the target reads ("5.5%左右"); "—" for None."""
    if target is None:
        return "—"
    text = getattr(target, "value_text", None)
    if text:
        return str(text)
    value = getattr(target, "value", None)
    return f"{_number(value)}{getattr(target, 'unit', '')}" if value is not None else "—"


def _numeric(target: Any) -> tuple[float, str] | None:
    """(value, unit) of a numeric target, else None."""
    if target is None or getattr(target, "value", None) is None:
        return None
    return float(target.value), str(getattr(target, "unit", ""))


def _scales(pairs: Iterable[tuple[Any, Any]]) -> dict[str, float]:
    """The largest magnitude per unit, so bars of one unit share a scale."""
    scales: dict[str, float] = {}
    for old, new in pairs:
        for item in (_numeric(old), _numeric(new)):
            if item is not None:
                value, unit = item
                scales[unit] = max(scales.get(unit, 0.0), abs(value))
    return scales


def _bars(old: Any, new: Any, scales: dict[str, float]) -> str:
    """Two bars (old above, new below) on the unit's common scale; "" when neither is numeric."""
    cells = []
    for target, side in ((old, "old"), (new, "new")):
        item = _numeric(target)
        if item is None:
            cells.append(f'<div class="bar {side}" style="width:0"></div>')
            continue
        value, unit = item
        scale = scales.get(unit) or 1.0
        width = max(1.0, min(100.0, abs(value) / scale * 100.0)) if value else 0.0
        label = f"{_number(value)}{unit}"
        cells.append(
            f'<div class="bar {side}" style="width:{width:.1f}%" title="{esc(label)}"></div>'
        )
    if all(_numeric(t) is None for t in (old, new)):
        return ""
    return f'<div class="bars">{"".join(cells)}</div>'


def _status(label: tuple[str, str] | None, raw: str) -> str:
    text, tone = label or (raw, "")
    return f'<span class="{tone}">{esc(text)}</span>'


def _delta(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    return f"{sign}{_number(abs(value))}{unit}"


def _legend(old_label: str, new_label: str) -> str:
    return (
        f'<p class="legend">条形图：<i class="old"></i>{esc(old_label)}'
        f'<i class="new"></i>{esc(new_label)}（同一单位的指标按同一比例）</p>'
    )


def change_table(comparison: Any, old_label: str, new_label: str) -> str:
    """Each indicator's target in both reports: values, difference, status and bars."""
    changes = tuple(getattr(comparison, "changes", ()))
    if not changes:
        return '<p class="note">两份报告中均未找到可比的量化目标。</p>'
    scales = _scales((c.old, c.new) for c in changes)
    rows = []
    for change in changes:
        delta = _delta(getattr(change, "delta", None), getattr(change, "delta_unit", ""))
        qualifier = getattr(change, "qualifier_change", "")
        if qualifier:
            delta += f"（{qualifier}）"
        status = str(getattr(change, "status", ""))
        rows.append(
            f'<tr data-target-status="{esc(status)}"><td>{esc(change.indicator)}</td>'
            f"<td>{esc(_value_text(change.old))}</td><td>{esc(_value_text(change.new))}</td>"
            f'<td class="num">{esc(delta)}</td>'
            f"<td>{_status(CHANGE_LABELS.get(status), status)}</td>"
            f"<td>{_bars(change.old, change.new, scales)}</td></tr>"
        )
    head = (
        f"<tr><th>指标</th><th>{esc(old_label)}目标</th><th>{esc(new_label)}目标</th>"
        '<th class="num">变化</th><th>状态</th><th>对比</th></tr>'
    )
    return (
        f'{_legend(old_label, new_label)}<div class="scroll"><table class="targets-changes">'
        f"<thead>{head}</thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def attainment_table(comparison: Any, old_label: str, new_label: str) -> str:
    """The older report's targets against the figures the newer report gives for that year."""
    rows_in = tuple(getattr(comparison, "attainment", ()))
    if not rows_in:
        return '<p class="note">未找到可核对的目标完成情况。</p>'
    scales = _scales((a.target, a.figure) for a in rows_in)
    rows = []
    for item in rows_in:
        status = str(getattr(item, "status", ""))
        margin = _delta(getattr(item, "margin", None), getattr(item, "margin_unit", ""))
        rows.append(
            f'<tr data-attainment="{esc(status)}"><td>{esc(item.indicator)}</td>'
            f"<td>{esc(_value_text(item.target))}</td><td>{esc(_value_text(item.figure))}</td>"
            f'<td class="num">{esc(margin)}</td>'
            f"<td>{_status(ATTAINMENT_LABELS.get(status), status)}</td>"
            f"<td>{_bars(item.target, item.figure, scales)}</td></tr>"
        )
    head = (
        f"<tr><th>指标</th><th>{esc(old_label)}目标</th><th>{esc(new_label)}报告的实际</th>"
        '<th class="num">差距</th><th>完成情况</th><th>对比</th></tr>'
    )
    return (
        f'{_legend("目标", "实际")}<div class="scroll"><table class="targets-attainment">'
        f"<thead>{head}</thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def targets_part(comparison: Any, old_label: str, new_label: str) -> str:
    """The whole targets part: both tables under one heading."""
    return (
        '<section class="targets"><h2 id="targets">主要目标</h2>'
        f"<h3>目标变化</h3>{change_table(comparison, old_label, new_label)}"
        f"<h3>{esc(old_label)}目标完成情况</h3>"
        f"{attainment_table(comparison, old_label, new_label)}</section>"
    )
