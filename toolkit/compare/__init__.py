"""Compare two reports: align their sections and diff each pair (see :mod:`.model`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from toolkit.compare.model import Comparison
    from toolkit.model import Report

__all__ = ["compare_reports"]


def compare_reports(old: Report, new: Report, *, strict_years: bool = False) -> Comparison:
    """Align ``old`` and ``new`` section by section and diff every pair at word level.

    With ``strict_years`` a year that moved by the gap between the reports counts as a change.
    """
    from toolkit.compare.build import build_comparison

    return build_comparison(old, new, strict_years=strict_years)
