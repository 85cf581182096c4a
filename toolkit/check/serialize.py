"""A :class:`~toolkit.check.model.CheckResult` as JSON data, as documented by
``toolkit/schemas/check.schema.json``."""

from __future__ import annotations

from typing import Any

from toolkit.check.model import CheckResult


def to_data(result: CheckResult) -> dict[str, Any]:
    return {
        "draft": result.draft,
        "previous": result.previous,
        "year": result.year,
        "findings": [
            {
                "kind": f.kind,
                "severity": f.severity,
                "line": f.line,
                "section": f.section,
                "text": f.text,
                "message": f.message,
                "suggestion": f.suggestion,
            }
            for f in result.findings
        ],
        "summary": {
            "counts": result.counts(),
            "copied": [
                {
                    "section": c.section,
                    "line": c.line,
                    "chars": c.chars,
                    "copied_chars": c.copied_chars,
                    "share": round(c.share, 4),
                }
                for c in result.copied
            ],
        },
    }
