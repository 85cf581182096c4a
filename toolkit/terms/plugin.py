"""The built-in terms plugin: the "terms" analyzer and the terms JSON writer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from toolkit.model import Report
from toolkit.plugins import hookimpl
from toolkit.plugins.base import Analyzer, JsonWriter, Writer
from toolkit.terms.model import TermComparison


class TermsAnalyzer(Analyzer):
    """One report → its terms (``tuple[Term, ...]``); an older and a newer report → a
    :class:`~toolkit.terms.model.TermComparison`. Options: ``kinds``, ``min_count``."""

    name = "terms"
    description = (
        "New, dropped and shifted terms: quoted, formulas, 《titles》, glossary, discovered"
    )

    def analyze(self, *reports: Report, **options: Any) -> Any:
        from toolkit.terms import compare_terms, extract_terms

        if len(reports) == 1:
            return extract_terms(reports[0])
        if len(reports) == 2:
            return compare_terms(reports[0], reports[1], **options)
        raise ValueError(f"terms takes one or two reports, not {len(reports)}")


class TermsJsonWriter(JsonWriter):
    """JSON of a comparison, or of ``(report, terms)`` for one report."""

    name = "terms-json"
    description = "Terms as JSON (toolkit/schemas/terms.schema.json)"
    subject = "terms"

    def data(self, result: Any) -> Any:
        from toolkit.terms.serialize import comparison_dict, report_terms_dict

        if isinstance(result, TermComparison):
            return comparison_dict(result)
        report, terms = result
        return report_terms_dict(report, terms)


@hookimpl
def register_analyzers(register: Callable[[Analyzer], None]) -> None:
    register(TermsAnalyzer())


@hookimpl
def register_writers(register: Callable[[Writer], None]) -> None:
    register(TermsJsonWriter())
