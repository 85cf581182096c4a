"""The timeline as JSON-ready data (``toolkit/schemas/timeline.schema.json``) and as CSV (one
row per indicator and year)."""

from __future__ import annotations

import csv
import io
from typing import Any

from toolkit.targets.model import Target, format_number
from toolkit.timeline.model import CellStatus, IndicatorSeries, Timeline, YearCell


def cell_of(timeline: Timeline, series: IndicatorSeries, year: int) -> YearCell:
    """The series' cell for ``year``; an empty one for a year it has nothing for, whose status
    says why: "no report" when neither the year's report (its targets) nor the next one (its
    figures) is in the timeline, else "no target"."""
    found = series.by_year.get(year)
    if found is not None:
        return found
    given = year in timeline.report_years or year + 1 in timeline.report_years
    status: CellStatus = "no target" if given else "no report"
    return YearCell(None, None, status)


def timeline_document(timeline: Timeline) -> dict[str, Any]:
    """The JSON document of ``timeline``."""
    return {
        "government": timeline.government,
        "years": list(timeline.years),
        "reports": [
            {"year": year, "source": timeline.sources[year]} for year in timeline.report_years
        ],
        "all_targets": timeline.all_targets,
        "tolerance": timeline.tolerance,
        "indicators": [
            {
                "indicator": series.indicator,
                "unit": series.unit,
                "names": list(series.names),
                "headline": series.headline,
                "by_year": {
                    str(year): _cell(cell_of(timeline, series, year)) for year in timeline.years
                },
            }
            for series in timeline.indicators
        ],
        "terms": [
            {
                "text": span.text,
                "kind": span.kind,
                "first_year": span.first_year,
                "last_year": span.last_year,
                "years": list(span.years),
            }
            for span in timeline.terms
        ],
        "lineage": [
            {
                "from_year": link.from_year,
                "to_year": link.to_year,
                "level": link.level,
                "old": list(link.old),
                "new": list(link.new),
                "relation": link.relation,
                "score": link.score,
            }
            for link in timeline.lineage
        ],
        "warnings": list(timeline.warnings),
    }


def _cell(cell: YearCell) -> dict[str, Any]:
    low, high = cell.target_value
    return {
        "target": _figure(cell.target, cell.target_source, low, high),
        "achieved": _figure(cell.achieved, cell.achieved_source, cell.achieved_value, None),
        "status": cell.status,
    }


def _figure(
    target: Target | None, source: str, value: float | None, value_max: float | None
) -> dict[str, Any] | None:
    if target is None:
        return None
    return {
        "value": value,
        "value_max": value_max,
        "qualifier": target.qualifier,
        "stated": target.value_text,
        "indicator": target.indicator,
        "text": target.text,
        "source": source,
        "line": target.line,
    }


CSV_FIELDS = (
    "indicator",
    "unit",
    "year",
    "target",
    "target_max",
    "qualifier",
    "achieved",
    "status",
    "target_source",
    "target_line",
    "achieved_source",
    "achieved_line",
)


def timeline_csv(timeline: Timeline) -> str:
    """One row per indicator and year of the timeline (years without anything included, so
    that gaps show)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for series in timeline.indicators:
        for year in timeline.years:
            cell = cell_of(timeline, series, year)
            low, high = cell.target_value
            writer.writerow(
                [
                    series.indicator,
                    series.unit,
                    year,
                    _number(low),
                    _number(high),
                    cell.target.qualifier if cell.target else "",
                    _number(cell.achieved_value),
                    cell.status,
                    cell.target_source,
                    cell.target.line if cell.target else "",
                    cell.achieved_source,
                    cell.achieved.line if cell.achieved else "",
                ]
            )
    return buffer.getvalue()


def _number(value: float | None) -> str:
    return "" if value is None else format_number(value)
