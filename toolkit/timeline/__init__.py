"""The reports of one government year by year: targets and achieved figures per indicator,
terms, and the lineage of task sections.

>>> from toolkit.api import load_report
>>> from toolkit.timeline import timeline_of_reports
>>> reports = [load_report(f"reports/{y}.txt") for y in (2024, 2025)]  # doctest: +SKIP
>>> timeline = timeline_of_reports(reports)  # doctest: +SKIP

The core takes facts, not files (:func:`toolkit.timeline.build.build_timeline` with
:class:`~toolkit.timeline.model.YearFacts` from :func:`toolkit.timeline.facts.report_facts`),
so facts kept from an earlier reading serve as well.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from toolkit.lazy import lazy_exports

if TYPE_CHECKING:
    from toolkit.timeline.build import build_timeline, order_facts
    from toolkit.timeline.facts import lineage_links, report_facts
    from toolkit.timeline.load import timeline_of_reports
    from toolkit.timeline.model import (
        IndicatorSeries,
        LineageLink,
        TermSpan,
        Timeline,
        YearCell,
        YearFacts,
    )

_EXPORTS = {
    "build_timeline": "toolkit.timeline.build",
    "order_facts": "toolkit.timeline.build",
    "lineage_links": "toolkit.timeline.facts",
    "report_facts": "toolkit.timeline.facts",
    "timeline_of_reports": "toolkit.timeline.load",
    "IndicatorSeries": "toolkit.timeline.model",
    "LineageLink": "toolkit.timeline.model",
    "YearFacts": "toolkit.timeline.model",
    "TermSpan": "toolkit.timeline.model",
    "Timeline": "toolkit.timeline.model",
    "YearCell": "toolkit.timeline.model",
}

__all__ = [
    "IndicatorSeries",
    "LineageLink",
    "TermSpan",
    "Timeline",
    "YearCell",
    "YearFacts",
    "build_timeline",
    "lineage_links",
    "order_facts",
    "report_facts",
    "timeline_of_reports",
]

__getattr__ = lazy_exports(__name__, _EXPORTS)
