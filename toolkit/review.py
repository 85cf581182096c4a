"""A review: everything one comparison of two reports can say, for the combined page.

:func:`build_review` compares the sections, then runs the targets and terms analyses when those
packages are present; a capability that is missing is left out with a note, so the review of a
build without it still works.
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

    ``targets``/``terms`` are None when that analysis is not available in this build; ``notes``
    then says what was left out and why (one sentence each, in Chinese, for the page).
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


def _missing(exc: ImportError, package: str) -> bool:
    """True when ``exc`` says ``package`` (or a name in it) is absent, not a bug inside it."""
    name = getattr(exc, "name", None) or ""
    return name == package or name.startswith(package + ".") or package in str(exc)


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
    notes: list[str] = []
    results: dict[str, Any] = {}
    for key, package, step, label in (
        ("targets", "toolkit.targets", _targets, "目标"),
        ("terms", "toolkit.terms", _terms, "新词"),
    ):
        say(f"comparing {key}")
        try:
            results[key] = step(old, new)
        except ImportError as exc:
            if not _missing(exc, package):
                raise
            notes.append(f"本版本未包含{label}分析（{package}），页面中略去此部分。")
    return Review(comparison, results.get("targets"), results.get("terms"), tuple(notes))
