"""Terms results as plain data for JSON (documented by ``toolkit/schemas/terms.schema.json``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from toolkit.model import Report
from toolkit.terms.model import SectionTermShifts, Term, TermComparison, TermShift

SCHEMA_VERSION = 1


def term_dict(term: Term) -> dict[str, Any]:
    return {
        "text": term.text,
        "kind": term.kind.value,
        "count": term.count,
        "section": term.section,
        "section_title": term.section_title,
        "line": term.line,
        "context": term.context,
        "salience": term.salience,
        "renamed_from": term.renamed_from,
    }


def shift_dict(shift: TermShift) -> dict[str, Any]:
    return {
        "text": shift.text,
        "kind": shift.kind.value if shift.kind is not None else None,
        "old_count": shift.old_count,
        "new_count": shift.new_count,
        "keyness": shift.keyness,
    }


def _section_dict(pair: SectionTermShifts, limit: int | None) -> dict[str, Any]:
    return {
        "old_section": pair.old_section,
        "new_section": pair.new_section,
        "old_title": pair.old_title,
        "new_title": pair.new_title,
        "matched_by": pair.matched_by,
        "shifts": [shift_dict(s) for s in pair.shifts[:limit]],
        "watched": [shift_dict(s) for s in pair.watched],
    }


def report_terms_dict(report: Report, terms: Sequence[Term]) -> dict[str, Any]:
    """One report's terms: ``report-toolkit terms REPORT --format json``."""
    return {
        "schema_version": SCHEMA_VERSION,
        "type": "report",
        "source": report.source,
        "year": report.year,
        "terms": [term_dict(t) for t in terms],
    }


def comparison_dict(comparison: TermComparison, *, limit: int | None = None) -> dict[str, Any]:
    """A comparison: ``report-toolkit terms OLD NEW --format json``; at most ``limit`` items
    in each list of terms or shifts (all when None)."""
    glossary = comparison.glossary
    return {
        "schema_version": SCHEMA_VERSION,
        "type": "comparison",
        "old": {"source": comparison.old_source, "year": comparison.old_year},
        "new": {"source": comparison.new_source, "year": comparison.new_year},
        "new_terms": [term_dict(t) for t in comparison.new[:limit]],
        "dropped_terms": [term_dict(t) for t in comparison.dropped[:limit]],
        "shifted": [shift_dict(s) for s in comparison.shifted[:limit]],
        "watched": [shift_dict(s) for s in comparison.watched],
        "section_matching": comparison.section_matching,
        "sections": [_section_dict(p, limit) for p in comparison.sections],
        "glossary": {
            "undefined": [term_dict(t) for t in glossary.undefined[:limit]],
            "added": list(glossary.added),
            "removed": list(glossary.removed),
            "unchanged": list(glossary.unchanged),
            "changed": [
                {
                    "term": c.term,
                    "old_definition": c.old_definition,
                    "new_definition": c.new_definition,
                }
                for c in glossary.changed
            ],
        },
    }
