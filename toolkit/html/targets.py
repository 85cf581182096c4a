"""The targets part of the review page: the change table (each indicator's target in the older
and the newer report), the attainment table (the older report's targets against the figures
the newer one reports) and the commitments table (the older report's other quantitative
commitments against the newer one's review), each row with two small bars of old versus new
value (plain CSS, printable).

Reads a :class:`toolkit.targets.model.TargetComparison`; a missing side is shown as "—".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from toolkit.html.markup import esc
from toolkit.targets.labels import ATTAINMENT_LABELS, CHANGE_LABELS, COMMITMENT_LABELS, REMARKS

if TYPE_CHECKING:
    from toolkit.targets.model import Target, TargetComparison


def _number(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".") or "0"


def _value_text(target: Target | None) -> str:
    """How the target reads ("5.5%左右", a qualitative goal); "—" for None."""
    if target is None:
        return "—"
    return target.value_text or "—"


def _numeric(target: Target | None) -> tuple[float, str] | None:
    """(value, unit) of a numeric target, else None. A range counts by its lower end."""
    if target is None or target.value is None:
        return None
    return float(target.value), target.unit


def _bars(old: Target | None, new: Target | None) -> str:
    """Two bars, old above new, from zero, the larger value full width; "" unless both sides
    are numeric in the same unit (a lone value has nothing to be compared with)."""
    first, second = _numeric(old), _numeric(new)
    if first is None or second is None or first[1] != second[1]:
        return ""
    scale = max(abs(first[0]), abs(second[0])) or 1.0
    cells = []
    for (value, unit), side in ((first, "old"), (second, "new")):
        width = max(1.0, abs(value) / scale * 100.0) if value else 0.0
        negative = " neg" if value < 0 else ""
        cells.append(
            f'<div class="bar {side}{negative}" style="width:{width:.1f}%" '
            f'title="{esc(_number(value) + unit)}"></div>'
        )
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
        f'<i class="new"></i>{esc(new_label)}（从零起画，每行以较大值为满格）</p>'
    )


def _table(
    css_class: str,
    labels: tuple[str, ...],
    rows: list[tuple[str, list[str]]],
    classes: tuple[str, ...] | None = None,
) -> str:
    """A table whose cells carry their column's label (``data-label``), so that a phone shows
    each row as a small card. ``rows`` are (attributes of the ``<tr>``, cell HTML); ``classes``
    the columns' classes (default :data:`_CELL_CLASSES`)."""
    classes = classes or _CELL_CLASSES
    head = "".join(f'<th class="{classes[i]}">{esc(label)}</th>' for i, label in enumerate(labels))
    body = "".join(
        f"<tr {attrs}>"
        + "".join(
            f'<td class="{classes[i]}" data-label="{esc(labels[i])}">{cell}</td>'
            for i, cell in enumerate(cells)
        )
        + "</tr>"
        for attrs, cells in rows
    )
    return (
        f'<div class="scroll"><table class="stack {css_class}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table></div>"
    )


#: classes of the six columns: indicator, two values, difference, status, bars
_CELL_CLASSES = ("key", "val", "val", "num", "status", "chart")


def change_table(comparison: TargetComparison, old_label: str, new_label: str) -> str:
    """Each indicator's target in both reports: values, difference, status and bars."""
    changes = comparison.changes
    if not changes:
        return '<p class="note">两份报告中均未找到可比的量化目标。</p>'
    rows = []
    for change in changes:
        delta = esc(_delta(change.delta, change.delta_unit))
        if change.qualifier_change:
            delta += f'<div class="muted">{esc(change.qualifier_change)}</div>'
        status = str(change.status)
        cells = [
            esc(change.indicator),
            esc(_value_text(change.old)),
            esc(_value_text(change.new)),
            delta,
            _status(CHANGE_LABELS.get(status), status),
            _bars(change.old, change.new),
        ]
        rows.append((f'data-target-status="{esc(status)}"', cells))
    labels = ("指标", f"{old_label}目标", f"{new_label}目标", "变化", "状态", "对比")
    return _legend(old_label, new_label) + _table("targets-changes", labels, rows)


def attainment_table(comparison: TargetComparison, old_label: str, new_label: str) -> str:
    """The older report's targets against the figures the newer report gives for that year."""
    found = comparison.attainment
    if not found:
        return '<p class="note">未找到可核对的目标完成情况。</p>'
    rows = []
    for item in found:
        status = str(item.status)
        cells = [
            esc(item.indicator),
            esc(_value_text(item.target)),
            esc(item.figure_text),
            esc(_delta(item.margin, item.margin_unit)),
            _status(ATTAINMENT_LABELS.get(status), status),
            _bars(item.target, item.signed_figure),
        ]
        rows.append((f'data-attainment="{esc(status)}"', cells))
    labels = ("指标", f"{old_label}目标", f"{new_label}报告的实际", "差距", "完成情况", "对比")
    return _legend("目标", "实际") + _table("targets-attainment", labels, rows)


def commitments_table(comparison: TargetComparison, old_label: str, new_label: str) -> str:
    """The older report's other quantitative commitments against the newer report's review:
    commitment, target, result, status (with its remark) and both sentences with their lines."""
    found = comparison.commitments
    if not found:
        return '<p class="note">未找到可跟踪的量化承诺。</p>'
    rows = []
    for item in found:
        status = str(item.status)
        label = _status(COMMITMENT_LABELS.get(status), status)
        if item.remark:
            label += f'<div class="muted">{esc(REMARKS.get(item.remark, item.remark))}</div>'
        result = item.result
        source = f'<div class="muted">{esc(old_label)} {item.old.line}: {esc(item.old.text)}</div>'
        if result is not None:
            source += f'<div class="muted">{esc(new_label)} {result.line}: {esc(result.text)}</div>'
        cells = [
            esc(item.old.indicator),
            esc(_value_text(item.old)),
            esc(_value_text(result)),
            label,
            source,
            _bars(item.old, result),
        ]
        rows.append((f'data-commitment="{esc(status)}"', cells))
    labels = (
        "指标/承诺",
        f"{old_label}目标",
        f"{new_label}报告的完成情况",
        "状态",
        "来源句",
        "对比",
    )
    return _table(
        "targets-commitments", labels, rows, ("key", "val", "val", "status", "text", "chart")
    )


def targets_part(comparison: TargetComparison, old_label: str, new_label: str) -> str:
    """The whole targets part: the three tables under one heading."""
    return (
        '<section class="targets"><h2 id="targets">主要目标</h2>'
        f"<h3>目标变化</h3>{change_table(comparison, old_label, new_label)}"
        f"<h3>{esc(old_label)}目标完成情况</h3>"
        f"{attainment_table(comparison, old_label, new_label)}"
        f"<h3>{esc(old_label)}量化承诺对照</h3>"
        f"{commitments_table(comparison, old_label, new_label)}</section>"
    )
