"""The built-in terms plugin: the terms JSON writer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from toolkit.plugins import hookimpl
from toolkit.plugins.base import JsonWriter, Writer


class TermsJsonWriter(JsonWriter):
    """JSON of a comparison, or of ``(report, terms)`` for one report."""

    name = "terms-json"
    description = "Terms as JSON (toolkit/schemas/terms.schema.json)"
    subject = "terms"

    def data(self, result: Any) -> Any:
        from toolkit.terms.model import TermComparison
        from toolkit.terms.serialize import comparison_dict, report_terms_dict

        if isinstance(result, TermComparison):
            return comparison_dict(result)
        report, terms = result
        return report_terms_dict(report, terms)


@hookimpl
def register_writers(register: Callable[[Writer], None]) -> None:
    register(TermsJsonWriter())
