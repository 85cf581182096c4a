"""An inline SVG chart of one indicator across the years: the target of each year as a band
(a range 6.5%-7%, or 左右 within the tolerance) or a bar with a tick for its direction (以上 up,
以内 down), and the achieved figures as a line with a dot per year coloured by status.

Plain SVG elements with presentation attributes: no script, no style attribute, nothing
fetched, so the page stays self-contained under a strict Content-Security-Policy.
"""

from __future__ import annotations

import math

from toolkit.html.markup import esc
from toolkit.targets.compare import UPPER_BOUNDS
from toolkit.targets.model import format_number
from toolkit.timeline.model import IndicatorSeries, YearCell

#: the chart spans the page's 1080 px content width; LEFT matches the first column of the cells
#: table under it (``.years`` in :mod:`toolkit.html.timeline`), so that each year's mark stands
#: over its column
WIDTH, HEIGHT = 1080, 210
LEFT, RIGHT, TOP, BOTTOM = 80, 0, 14, 30
_DOT = {"met": "#1a7f37", "missed": "#c0392b"}
_BAND = "#9dbce3"
_LINE = "#1d232a"


def band(cell: YearCell, tolerance: float) -> tuple[float, float] | None:
    """(low, high) the target allows in the chart: its range, or 左右 ± ``tolerance``; a single
    value gives low == high; None without a numeric target."""
    low, high = cell.target_value
    if cell.target is None or low is None:
        return None
    if high is not None:
        return low, high
    if cell.target.qualifier == "左右":
        margin = abs(low) * tolerance
        return low - margin, low + margin
    return low, low


def ticks(low: float, high: float, most: int = 5) -> list[float]:
    """Round values from ``low`` to ``high`` for the y axis, at most ``most`` of them, a step
    of 1, 2 or 5 times a power of ten: ticks(6.5, 9.2) → [6, 7, 8, 9, 10]."""
    span = high - low
    if span <= 0:
        return [low]
    raw = span / max(1, most - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    count = math.ceil((high - first) / step - 1e-9) + 1
    return [round(first + i * step, 10) for i in range(count)]


def chart(series: IndicatorSeries, cells: list[tuple[int, YearCell]], tolerance: float) -> str:
    """The SVG of ``series`` over the years of ``cells`` (every year of the timeline, in order)."""
    bands = {year: band(cell, tolerance) for year, cell in cells}
    values = [v for b in bands.values() if b for v in b]
    values += [c.achieved_value for _, c in cells if c.achieved_value is not None]
    if not values:
        return ""
    low, high = min(values), max(values)
    # room around the marks, at least a tenth of the values' size: a lone target's band must
    # not fill the whole chart as if it were wide
    pad = max((high - low) * 0.15, abs(high) * 0.1) or 1.0
    low, high = low - pad, high + pad
    if min(values) >= 0:
        low = max(low, 0.0)  # no negative axis under figures that are all positive
    step = (WIDTH - LEFT - RIGHT) / max(1, len(cells))

    def x(index: int) -> float:
        return LEFT + step * (index + 0.5)

    def y(value: float) -> float:
        return TOP + (high - value) / (high - low) * (HEIGHT - TOP - BOTTOM)

    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" role="img" '
        f'aria-label="{esc(series.indicator)}" xmlns="http://www.w3.org/2000/svg">',
        f'<line x1="{LEFT}" y1="{HEIGHT - BOTTOM}" x2="{WIDTH - RIGHT}" y2="{HEIGHT - BOTTOM}" '
        'stroke="#d8dde3"/>',
    ]
    for value in ticks(low, high, most=4):
        if not low <= value <= high:
            continue
        parts.append(
            f'<text x="{LEFT - 8}" y="{y(value) + 4:.1f}" text-anchor="end" font-size="12" '
            f'fill="#5b6570">{esc(format_number(round(value, 4)))}</text>'
            f'<line x1="{LEFT}" y1="{y(value):.1f}" x2="{WIDTH - RIGHT}" y2="{y(value):.1f}" '
            'stroke="#eef1f4"/>'
        )
    for index, (year, cell) in enumerate(cells):
        parts.append(
            f'<text x="{x(index):.1f}" y="{HEIGHT - 10}" text-anchor="middle" font-size="12" '
            f'fill="#5b6570">{year}</text>'
        )
        allowed = bands[year]
        if allowed is not None and cell.target is not None:
            parts.append(_target_mark(x(index), step, y(allowed[1]), y(allowed[0]), cell))
    parts.append(_achieved_line([(x(i), cell) for i, (_, cell) in enumerate(cells)], y))
    parts.append("</svg>")
    return "".join(parts)


def _target_mark(cx: float, step: float, top: float, bottom: float, cell: YearCell) -> str:
    assert cell.target is not None
    half = step * 0.32
    title = f"<title>目标 {esc(cell.target.value_text)}</title>"
    if bottom - top >= 2:
        return (
            f'<rect x="{cx - half:.1f}" y="{top:.1f}" width="{2 * half:.1f}" '
            f'height="{bottom - top:.1f}" fill="{_BAND}" fill-opacity="0.55" rx="2">{title}</rect>'
        )
    mark = [
        f'<line x1="{cx - half:.1f}" y1="{top:.1f}" x2="{cx + half:.1f}" y2="{top:.1f}" '
        f'stroke="{_BAND}" stroke-width="4">{title}</line>'
    ]
    qualifier = cell.target.qualifier
    if qualifier:  # a bound: a small tick towards the side it allows
        tip = top + 9 if qualifier in UPPER_BOUNDS else top - 9
        mark.append(
            f'<path d="M{cx - 5:.1f},{top:.1f} L{cx:.1f},{tip:.1f} L{cx + 5:.1f},{top:.1f} Z" '
            f'fill="{_BAND}"/>'
        )
    return "".join(mark)


def _achieved_line(points: list[tuple[float, YearCell]], y: object) -> str:
    scale = y  # a callable from value to the chart's y
    assert callable(scale)
    runs: list[list[tuple[float, float]]] = [[]]
    dots = []
    for cx, cell in points:
        if cell.achieved_value is None:
            runs.append([])
            continue
        cy = scale(cell.achieved_value)
        runs[-1].append((cx, cy))
        colour = _DOT.get(cell.status, "#5b6570")
        label = f"实际 {format_number(cell.achieved_value)}"
        dots.append(
            f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="4.5" fill="{colour}" stroke="#fff" '
            f'stroke-width="1.5"><title>{esc(label)}</title></circle>'
            f'<text x="{cx + 7:.1f}" y="{cy - 7:.1f}" font-size="11" fill="{_LINE}">'
            f"{esc(format_number(cell.achieved_value))}</text>"
        )
    lines = [
        '<polyline fill="none" stroke="#1d232a" stroke-width="1.6" points="'
        + " ".join(f"{px:.1f},{py:.1f}" for px, py in run)
        + '"/>'
        for run in runs
        if len(run) > 1
    ]
    return "".join(lines) + "".join(dots)
