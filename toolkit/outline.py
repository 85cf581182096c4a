"""The outline of a report as plain data: the JSON contract of ``report-toolkit outline``,
and its writer.

The shape is documented by ``toolkit/schemas/outline.schema.json``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from toolkit.model import Paragraph, Report, Section
from toolkit.plugins import hookimpl
from toolkit.plugins.base import JsonWriter, Writer


def paragraph_dict(paragraph: Paragraph) -> dict[str, Any]:
    data: dict[str, Any] = {"id": paragraph.id, "line": paragraph.line, "text": paragraph.text}
    if paragraph.lead:
        data["lead"] = paragraph.lead
    return data


def section_dict(section: Section) -> dict[str, Any]:
    data = {
        "id": section.id,
        "level": section.level,
        "label": section.label,
        "title": section.title,
        "heading": section.heading,
        "role": section.role.value,
        "run_in": section.run_in,
        "line": section.line,
        "chars": section.char_count,
        "paragraphs": [paragraph_dict(p) for p in section.paragraphs],
        "children": [section_dict(child) for child in section.children],
    }
    if section.continued:  # a heading split over source lines
        data["heading_lines"] = [{"line": n, "text": t} for n, t in section.heading_lines()]
    return data


def report_dict(report: Report) -> dict[str, Any]:
    """The report as JSON-ready data (see the outline JSON Schema)."""
    return {
        "source": report.source,
        "format": report.format,
        "encoding": report.encoding,
        "profile": report.profile,
        "title": report.title,
        "year": report.year,
        "meta": dict(report.meta),
        "chars": report.char_count,
        "targets_paragraph": report.targets_paragraph,
        "front": [paragraph_dict(p) for p in report.front],
        "sections": [section_dict(s) for s in report.sections],
        "glossary": [
            {"term": g.term, "definition": g.definition, "line": g.line, "label": g.label}
            for g in report.glossary
        ],
        "chrome": [paragraph_dict(p) for p in report.chrome],
    }


class OutlineJsonWriter(JsonWriter):
    """The built-in writer of the outline, registered through the plugin hooks."""

    name = "outline-json"
    description = "The parsed report as JSON (toolkit/schemas/outline.schema.json)"
    subject = "outline"

    def data(self, result: Report) -> Any:
        return report_dict(result)


@hookimpl
def register_writers(register: Callable[[Writer], None]) -> None:
    register(OutlineJsonWriter())
