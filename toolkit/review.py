"""A review: everything one comparison of two reports can say, for the combined page.

:func:`build_review` compares the sections, then runs the targets and terms analyses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from toolkit.compare.model import Comparison
from toolkit.model import Report

if TYPE_CHECKING:
    from toolkit.targets.model import TargetComparison
    from toolkit.terms.model import TermComparison


@dataclass(frozen=True, slots=True)
class Review:
    """A comparison with the targets and terms analyses of the same two reports.

    ``targets``/``terms`` are None for a review made without that analysis (the page then
    leaves its part out); ``notes`` are sentences for the page's header (in Chinese).
    """

    comparison: Comparison
    targets: TargetComparison | None = None
    terms: TermComparison | None = None
    notes: tuple[str, ...] = ()

    @property
    def old(self) -> Report:
        return self.comparison.old

    @property
    def new(self) -> Report:
        return self.comparison.new


def _targets(old: Report, new: Report) -> Any:
    from toolkit.targets import compare_targets

    return compare_targets(old, new)


def _terms(old: Report, new: Report) -> Any:
    from toolkit.terms import compare_terms

    # the page shows whole-report terms only; per-section shifts would align the reports again
    return compare_terms(old, new, sections=False)


def build_review(
    old: Report,
    new: Report,
    *,
    strict_years: bool = False,
    progress: Callable[[str], None] | None = None,
) -> Review:
    """Compare ``old`` with ``new`` section by section, then their targets and terms.

    ``progress`` is called with a short message before each step (for a CLI's stderr).
    """
    from toolkit.compare import compare_reports

    say = progress or (lambda message: None)
    say("comparing sections")
    comparison = compare_reports(old, new, strict_years=strict_years)
    say("comparing targets")
    targets = _targets(old, new)
    say("comparing terms")
    terms = _terms(old, new)
    return Review(comparison, targets, terms, ())
