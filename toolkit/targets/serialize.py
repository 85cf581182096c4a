"""Targets results as plain data: the JSON document (``targets.schema.json``) and CSV text."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from toolkit.targets.model import (
    Attainment,
    Commitment,
    ReportTargets,
    Target,
    TargetChange,
    TargetComparison,
    TargetsResult,
    format_number,
)

TARGET_COLUMNS = (
    "source",
    "scope",
    "indicator",
    "canonical",
    "value",
    "value_max",
    "unit",
    "qualifier",
    "kind",
    "five_year",
    "headline",
    "section",
    "line",
    "text",
    "category",
    "direction",
    "measure",
    "period",
    "year",
)
COMPARISON_COLUMNS = (
    "table",
    "indicator",
    "status",
    "old",
    "new",
    "change",
    "qualifier_change",
    "old_line",
    "new_line",
    "old_text",
    "new_text",
)


def target_dict(target: Target) -> dict[str, Any]:
    """One target as JSON data."""
    return {
        "indicator": target.indicator,
        "canonical": target.canonical,
        "text": target.text,
        "value": target.value,
        "value_max": target.value_max,
        "unit": target.unit,
        "qualifier": target.qualifier,
        "kind": target.kind,
        "scope": target.scope,
        "goal": target.goal,
        "five_year": target.five_year,
        "headline": target.headline,
        "section": target.section,
        "paragraph": target.paragraph,
        "line": target.line,
        "category": target.category,
        "direction": target.direction,
        "measure": target.measure,
        "period": target.period,
        "year": target.year,
    }


def change_dict(row: TargetChange) -> dict[str, Any]:
    return {
        "indicator": row.indicator,
        "status": row.status,
        "old": target_dict(row.old) if row.old else None,
        "new": target_dict(row.new) if row.new else None,
        "delta": row.delta,
        "delta_unit": row.delta_unit,
        "qualifier_change": row.qualifier_change,
    }


def attainment_dict(row: Attainment) -> dict[str, Any]:
    return {
        "indicator": row.indicator,
        "status": row.status,
        "target": target_dict(row.target),
        "figure": target_dict(row.figure) if row.figure else None,
        "margin": row.margin,
        "margin_unit": row.margin_unit,
    }


def commitment_dict(row: Commitment) -> dict[str, Any]:
    """One tracked commitment: the old commitment, the newer report's result (or None)."""
    result = row.result
    return {
        "old": target_dict(row.old),
        "result": None
        if result is None
        else {
            "indicator": result.indicator,
            "text": result.text,
            "value": result.value,
            "value_max": result.value_max,
            "unit": result.unit,
            "qualifier": result.qualifier,
            "line": result.line,
            "measure": result.measure,
            "year": result.year,
            "five_year": result.five_year,
        },
        "status": row.status,
        "remark": row.remark,
    }


def targets_document(result: TargetsResult) -> dict[str, Any]:
    """The JSON document: each report with its targets, and the change and attainment tables
    (empty lists for a single report)."""
    comparison = result.comparison
    return {
        "reports": [
            {
                "source": r.source,
                "year": r.year,
                "title": r.title,
                "targets": [target_dict(t) for t in r.targets],
            }
            for r in result.reports
        ],
        "changes": [change_dict(c) for c in comparison.changes] if comparison else [],
        "attainment": [attainment_dict(a) for a in comparison.attainment] if comparison else [],
        "commitments": [commitment_dict(c) for c in comparison.commitments] if comparison else [],
    }


def targets_csv(reports: Sequence[ReportTargets]) -> str:
    """Targets of one or more reports, one row each (columns :data:`TARGET_COLUMNS`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(TARGET_COLUMNS)
    for report in reports:
        for t in report.targets:
            writer.writerow(
                [
                    report.source,
                    t.scope,
                    t.indicator,
                    t.canonical or "",
                    _num(t.value),
                    _num(t.value_max),
                    t.unit,
                    t.qualifier,
                    t.kind,
                    "yes" if t.five_year else "",
                    "yes" if t.headline else "",
                    t.section or "",
                    t.line,
                    t.text,
                    t.category,
                    t.direction,
                    t.measure,
                    t.period,
                    "" if t.year is None else t.year,
                ]
            )
    return buffer.getvalue()


def result_csv(result: TargetsResult) -> str:
    """Two reports: the comparison tables; one report: its targets."""
    if result.comparison is not None:
        return comparison_csv(result.comparison)
    return targets_csv(result.reports)


def comparison_csv(comparison: TargetComparison) -> str:
    """The change table, the attainment table, then the tracked commitments (column ``table``:
    change | attainment | commitment; a commitment's ``change`` column holds its remark)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COMPARISON_COLUMNS)
    for row in comparison.changes:
        writer.writerow(
            [
                "change",
                row.indicator,
                row.status,
                row.old.value_text if row.old else "",
                row.new.value_text if row.new else "",
                signed(row.delta, row.delta_unit),
                row.qualifier_change,
                row.old.line if row.old else "",
                row.new.line if row.new else "",
                row.old.text if row.old else "",
                row.new.text if row.new else "",
            ]
        )
    for att in comparison.attainment:
        writer.writerow(
            [
                "attainment",
                att.indicator,
                att.status,
                att.target.value_text,
                att.figure.value_text if att.figure else "",
                signed(att.margin, att.margin_unit),
                "",
                att.target.line,
                att.figure.line if att.figure else "",
                att.target.text,
                att.figure.text if att.figure else "",
            ]
        )
    for kept in comparison.commitments:
        writer.writerow(
            [
                "commitment",
                kept.old.indicator,
                kept.status,
                kept.old.value_text,
                kept.result.value_text if kept.result else "",
                kept.remark,
                "",
                kept.old.line,
                kept.result.line if kept.result else "",
                kept.old.text,
                kept.result.text if kept.result else "",
            ]
        )
    return buffer.getvalue()


def signed(value: float | None, unit: str) -> str:
    """+0.5个百分点, −1亿斤, "" for None."""
    if value is None:
        return ""
    sign = "+" if value > 0 else "−" if value < 0 else "±"
    return f"{sign}{format_number(abs(value))}{unit}"


def _num(value: float | None) -> str:
    return "" if value is None else format_number(value)
