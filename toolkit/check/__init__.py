"""Pre-submission check of a draft report against last year's: stale years, cycle wording,
meeting numbering, placeholders, copied text, conflicting targets, glossary and punctuation.

>>> from toolkit.api import load_report
>>> from toolkit.check import check_draft
>>> result = check_draft(load_report("2026.docx"), load_report("2025.docx"))
>>> result.counts()["P0"]
0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from toolkit.lazy import lazy_exports

if TYPE_CHECKING:
    from toolkit.check.model import CheckResult, Finding
    from toolkit.check.run import check_draft

_EXPORTS = {
    "check_draft": "toolkit.check.run",
    "CheckResult": "toolkit.check.model",
    "Finding": "toolkit.check.model",
}

__all__ = ["CheckResult", "Finding", "check_draft"]

__getattr__ = lazy_exports(__name__, _EXPORTS)
