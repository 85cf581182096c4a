"""Compare two reports: align their sections and diff each pair.

Public API: :func:`compare_reports` returns a :class:`toolkit.compare.model.Comparison` (frozen
dataclasses: ``SectionPair``, ``TextOp``, ``DiffStats``, ``PairStatus``, ``MatchPass``);
:func:`toolkit.compare.select.select_pairs` filters one; :func:`toolkit.compare.serialize.
comparison_dict` is the JSON contract (``toolkit/schemas/diff.schema.json``);
:func:`toolkit.compare.plaintext.render_text` the plain-text view. Writers for the subject
"diff" (``toolkit.compare.writers``) receive a ``Comparison``.

The comparison flows one way (:func:`toolkit.compare.build.build_comparison`):

1. both reports' lines tokenized once (:func:`toolkit.textdiff.tokens.prime`, on the
   sections' :meth:`~toolkit.model.Section.own_lines` and ``own_units``);
2. sections aligned (:func:`toolkit.compare.align.align`: pure, on section content, through
   the text flow of :mod:`toolkit.compare.flow`);
3. each aligned pair diffed (:mod:`toolkit.textdiff.paragraphs`, on two cores when very large);
4. counted (``stats_of``) and named (status, references, lines) into ``SectionPair``;
5. the ``Comparison`` handed to the writers and views, which read it and never the reports'
   id scheme (:mod:`toolkit.compare.refs`, :mod:`toolkit.compare.segments`,
   :mod:`toolkit.compare.stream`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from toolkit.compare.build import AlignedSections
    from toolkit.compare.model import Comparison
    from toolkit.model import Report

__all__ = ["aligned_sections", "compare_reports"]


def compare_reports(old: Report, new: Report, *, strict_years: bool = False) -> Comparison:
    """Align ``old`` and ``new`` section by section and diff every pair at word level.

    With ``strict_years`` a year that moved by the gap between the reports counts as a change.
    """
    from toolkit.compare.build import build_comparison

    return build_comparison(old, new, strict_years=strict_years)


def aligned_sections(old: Report, new: Report) -> list[AlignedSections]:
    """Which sections of ``old`` and ``new`` match: the pairs of :func:`compare_reports`
    (front matter left out) without diffing their texts, which costs most of a comparison."""
    from toolkit.compare.build import aligned_sections as aligned

    return aligned(old, new)
