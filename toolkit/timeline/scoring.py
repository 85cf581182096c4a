"""A timeline scored against a truth written by reading (``tests/data/timeline/*-truth.json``:
``{"indicators": [{"indicator", "all", "by_year": {"2013": {"target", "achieved", "status"}}}]}``).

A cell is right when the target's value, upper end, qualifier, file and line, the achieved
figure's value, file and line, and the status all agree with the truth (a ``null`` side must be
absent). Used by ``tests/test_timeline.py`` and ``benchmarks/bench_timeline.py``.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from toolkit.timeline.model import Timeline
from toolkit.timeline.serialize import cell_of


def truth_cells(truth: dict[str, Any]) -> list[tuple[str, bool, int, dict[str, Any]]]:
    """(indicator, shown only with --all, year, truth cell) for every cell of ``truth``."""
    return [
        (row["indicator"], bool(row.get("all")), int(year), cell)
        for row in truth["indicators"]
        for year, cell in row["by_year"].items()
    ]


def cell_errors(timeline: Timeline, indicator: str, year: int, truth: dict[str, Any]) -> list[str]:
    """What the timeline's cell of ``indicator`` in ``year`` gets wrong (empty when right)."""
    series = next((s for s in timeline.indicators if s.indicator == indicator), None)
    if series is None:
        return [f"no row for {indicator}"]
    cell = cell_of(timeline, series, year)
    errors: list[str] = []
    target = truth["target"]
    if target is None:
        if cell.target is not None:
            errors.append(f"target {cell.target_value} where the report states none")
    elif cell.target is None:
        errors.append("target missing")
    else:
        low, high = cell.target_value
        if not _same(low, target["value"]) or not _same(high, target["value_max"]):
            errors.append(f"target {low}–{high}, truth {target['value']}–{target['value_max']}")
        if cell.target.qualifier != target["qualifier"]:
            errors.append(f"qualifier {cell.target.qualifier!r}, truth {target['qualifier']!r}")
        if (Path(cell.target_source).name, cell.target.line) != (target["file"], target["line"]):
            errors.append(f"target from {cell.target_source}:{cell.target.line}")
    achieved = truth["achieved"]
    if achieved is None:
        if cell.achieved is not None:
            errors.append(f"figure {cell.achieved_value} where the review states none")
    elif cell.achieved is None:
        errors.append("figure missing")
    else:
        if not _same(cell.achieved_value, achieved["value"]):
            errors.append(f"figure {cell.achieved_value}, truth {achieved['value']}")
        where = (Path(cell.achieved_source).name, cell.achieved.line)
        if where != (achieved["file"], achieved["line"]):
            errors.append(f"figure from {cell.achieved_source}:{cell.achieved.line}")
    if cell.status != truth["status"]:
        errors.append(f"status {cell.status!r}, truth {truth['status']!r}")
    return errors


def _same(value: float | None, expected: float | None) -> bool:
    if value is None or expected is None:
        return value is None and expected is None
    return math.isclose(value, expected, rel_tol=1e-9, abs_tol=1e-9)
