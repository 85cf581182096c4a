"""A comparison as JSON-ready data: the contract of ``report-toolkit diff --format json``.

The shape is documented by ``toolkit/schemas/diff.schema.json``. Ops are ``[op, text]`` pairs;
a bookkeeping op is ``["~", new, old, reason]``: a rolled-over year ``["~", "2025年", "2024年",
"year"]``, a renumbered heading label ``["~", "（四）", "（三）", "label"]``.
"""

from __future__ import annotations

from typing import Any

from toolkit.compare.model import Comparison, DiffStats, SectionPair
from toolkit.model import Report
from toolkit.textdiff.ops import SHIFT

SCHEMA_VERSION = 1


def stats_dict(stats: DiffStats) -> dict[str, int]:
    return {
        "changes": stats.changes,
        "chars_old": stats.chars_old,
        "chars_new": stats.chars_new,
        "chars_deleted": stats.chars_deleted,
        "chars_inserted": stats.chars_inserted,
        "rollovers": stats.rollovers,
        "renumbered": stats.renumbered,
    }


def pair_dict(pair: SectionPair) -> dict[str, Any]:
    return {
        "old": list(pair.old),
        "new": list(pair.new),
        "old_title": pair.old_title,
        "new_title": pair.new_title,
        "level": pair.level,
        "parent": pair.parent,
        "status": pair.status.value,
        "matched_by": pair.matched_by.value,
        "score": pair.score,
        "ops": [
            [op.op, op.text, op.old, op.reason] if op.op == SHIFT else [op.op, op.text]
            for op in pair.ops
        ],
        "stats": stats_dict(pair.stats),
        "links": [
            {"old": old, "new": new, "share_old": share_old, "share_new": share_new}
            for old, new, share_old, share_new in pair.links
        ],
    }


def _report(report: Report) -> dict[str, Any]:
    return {
        "source": report.source,
        "format": report.format,
        "title": report.title,
        "year": report.year,
        "chars": report.char_count,
    }


def comparison_dict(comparison: Comparison) -> dict[str, Any]:
    """The comparison as JSON-ready data (see the diff JSON Schema)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "old": _report(comparison.old),
        "new": _report(comparison.new),
        "year_gap": comparison.year_gap,
        "strict_years": comparison.strict_years,
        "pairs": [pair_dict(pair) for pair in comparison.pairs],
        "totals": stats_dict(comparison.totals),
    }
