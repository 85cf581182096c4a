"""Writers of the ``timeline`` subject: JSON (timeline.schema.json), CSV and HTML."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from toolkit.plugins.base import DEFAULT_OPTIONS, JsonWriter, WriteOptions, Writer

if TYPE_CHECKING:  # the registry loads this module on every run: nothing heavy at import
    from toolkit.timeline.model import Timeline


class TimelineJsonWriter(JsonWriter):
    name = "timeline-json"
    description = "Timeline as JSON (toolkit/schemas/timeline.schema.json)"
    subject = "timeline"

    def data(self, result: Timeline) -> Any:
        from toolkit.timeline.serialize import timeline_document

        return timeline_document(result)


class TimelineCsvWriter(Writer):
    name = "timeline-csv"
    description = "Timeline as CSV: one row per indicator and year"
    subject = "timeline"
    format = "csv"
    suffixes = (".csv",)

    def write(self, result: Timeline, options: WriteOptions = DEFAULT_OPTIONS) -> bytes:
        from toolkit.timeline.serialize import timeline_csv

        return timeline_csv(result).encode("utf-8")


class TimelineHtmlWriter(Writer):
    name = "timeline-html"
    description = "Timeline as one self-contained HTML page with an SVG chart per indicator"
    subject = "timeline"
    format = "html"
    suffixes = (".html", ".htm")

    def write(self, result: Timeline, options: WriteOptions = DEFAULT_OPTIONS) -> bytes:
        from toolkit.html.timeline import render_timeline_page

        return render_timeline_page(result).encode("utf-8")
