"""New and dropped terms between years: quoted slogans, formulas, 《titles》, glossary entries
and discovered words of a report, and how two successive reports differ in them.

>>> from toolkit.api import load_report
>>> from toolkit.terms import compare_terms
>>> comparison = compare_terms(load_report("samples/hunan-2025.txt"),
...                            load_report("samples/hunan-2026.txt"))
>>> [t.text for t in comparison.new][:3]  # doctest: +SKIP
"""

from __future__ import annotations

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
