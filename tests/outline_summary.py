"""A compact, human-checkable summary of a parsed report, for golden files."""

from __future__ import annotations

from typing import Any

from toolkit.model import Report, Section


def _section(section: Section) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": section.id,
        "label": section.label,
        "title": section.title,
        "role": section.role.value,
        "line": section.line,
        "paragraph_lines": [p.line for p in section.paragraphs],
    }
    if section.children:
        data["children"] = [_section(child) for child in section.children]
    return data


def summarize(report: Report) -> dict[str, Any]:
    targets = report.paragraph(report.targets_paragraph) if report.targets_paragraph else None
    return {
        "title": report.title,
        "year": report.year,
        "meta": {k: v for k, v in report.meta.items() if k != "title"},
        "targets_paragraph_line": targets.line if targets else None,
        "sections": [_section(s) for s in report.sections],
        "glossary": [entry.term for entry in report.glossary],
    }
