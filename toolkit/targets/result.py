"""What ``report-toolkit targets`` shows, as one call: each report's targets and, for two
reports, their comparison (the change, attainment and commitment tables)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from toolkit.model import Report
from toolkit.targets.compare import compare_targets
from toolkit.targets.extract import extract_targets
from toolkit.targets.indicators import IndicatorTable, registered_table
from toolkit.targets.model import ReportTargets, Target, TargetsResult


def targets_result(
    reports: Sequence[Report],
    table: IndicatorTable | None = None,
    *,
    all_figures: bool = False,
    scope: Literal["target", "achieved"] | None = None,
    headline: bool = False,
    tolerance: float = 0.05,
) -> TargetsResult:
    """The targets of one report, or of an older and a newer one with their comparison.

    ``all_figures`` lists every figure, not only those of named indicators; ``scope`` keeps
    only targets or only achieved figures in the lists; ``headline`` keeps only the headline
    targets (主要预期目标) in the lists and the comparison. Last year's commitments are always
    looked for among all the newer report's figures."""
    if len(reports) not in (1, 2):
        raise ValueError(f"targets of one or two reports, not {len(reports)}")
    table = table or registered_table()
    found = [extract_targets(r, table, all_figures=all_figures) for r in reports]
    comparison = None
    if len(reports) == 2:
        old, new = reports
        comparison = compare_targets(
            old,
            new,
            table,
            tolerance=tolerance,
            headline_only=headline,
            all_figures=all_figures,
            found=(found[0], found[1]),
        )

    def shown(target: Target) -> bool:
        in_scope = scope is None or target.scope == scope
        return in_scope and (not headline or target.scope == "achieved" or target.headline)

    listed = (
        ReportTargets(r.source, r.year, r.title, tuple(t for t in f if shown(t)))
        for r, f in zip(reports, found, strict=True)
    )
    return TargetsResult(tuple(listed), comparison)
