"""New and dropped terms between years: quoted slogans, formulas, 《titles》, glossary entries
and discovered words of a report, and how two successive reports differ in them.

>>> from toolkit.api import load_report
>>> from toolkit.terms import compare_terms
>>> comparison = compare_terms(load_report("samples/hunan-2025.txt"),
...                            load_report("samples/hunan-2026.txt"))
>>> [t.text for t in comparison.new][:3]  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from toolkit.lazy import lazy_exports

if TYPE_CHECKING:
    from toolkit.terms.compare import compare_terms
    from toolkit.terms.extract import extract_terms
    from toolkit.terms.model import (
        GlossaryChange,
        GlossaryCheck,
        SectionTermShifts,
        Term,
        TermComparison,
        TermKind,
        TermShift,
    )

# imported on first use: registering the plugin must not load the extractor (start-up time)
_EXPORTS = {
    "compare_terms": "toolkit.terms.compare",
    "extract_terms": "toolkit.terms.extract",
    "GlossaryChange": "toolkit.terms.model",
    "GlossaryCheck": "toolkit.terms.model",
    "SectionTermShifts": "toolkit.terms.model",
    "Term": "toolkit.terms.model",
    "TermComparison": "toolkit.terms.model",
    "TermKind": "toolkit.terms.model",
    "TermShift": "toolkit.terms.model",
}

__all__ = [
    "GlossaryChange",
    "GlossaryCheck",
    "SectionTermShifts",
    "Term",
    "TermComparison",
    "TermKind",
    "TermShift",
    "compare_terms",
    "extract_terms",
]


__getattr__ = lazy_exports(__name__, _EXPORTS)
