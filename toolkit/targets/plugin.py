"""The built-in "targets" analyzer and indicator table, registered through the plugin hooks."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from toolkit.model import Report
from toolkit.plugins import hookimpl
from toolkit.plugins.base import Analyzer, Writer
from toolkit.targets.indicators import BUILTIN_INDICATORS


class TargetsAnalyzer(Analyzer):
    """One report: a tuple of :class:`~toolkit.targets.model.Target`. Two reports (older,
    newer): a :class:`~toolkit.targets.model.TargetComparison`. Options: ``indicators`` (an
    :class:`~toolkit.targets.indicators.IndicatorTable`), ``tolerance`` (for 左右, two reports)."""

    name = "targets"
    description = "quantitative targets and achieved figures; year-on-year changes and attainment"

    def analyze(self, *reports: Report, **options: Any) -> Any:
        from toolkit.targets.compare import compare_targets
        from toolkit.targets.extract import extract_targets

        table = options.get("indicators")
        if len(reports) == 1:
            return extract_targets(reports[0], table)
        if len(reports) == 2:
            return compare_targets(
                reports[0], reports[1], table, tolerance=options.get("tolerance", 0.05)
            )
        raise ValueError(f"the targets analyzer takes one or two reports, not {len(reports)}")


@hookimpl
def register_analyzers(register: Callable[[Analyzer], None]) -> None:
    register(TargetsAnalyzer())


@hookimpl
def register_writers(register: Callable[[Writer], None]) -> None:
    from toolkit.targets.writers import TargetsCsvWriter, TargetsJsonWriter

    register(TargetsJsonWriter())
    register(TargetsCsvWriter())


@hookimpl
def register_indicators(register: Callable[[str, Iterable[str]], None]) -> None:
    for canonical, aliases in BUILTIN_INDICATORS.items():
        register(canonical, aliases)
