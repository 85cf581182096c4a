"""The timeline built from the facts of one government's reports (pure: facts in, a
:class:`~toolkit.timeline.model.Timeline` out).

Keying by year: a report's targets are about the year it plans, its review's figures about the
year before (``Target.year``). An indicator's row pairs the target of year Y (report Y) with the
figure achieved in Y (the review of report Y+1); the status judges the one by the other with
the attainment rules of :mod:`toolkit.targets.compare` (左右 within ``tolerance``, bounds, lower
is better for unemployment and prices). One indicator across years is one row when its
canonical name and unit dimension agree (国内生产总值 / 地区生产总值 / 经济增长; a rate in % never
shares a row with an amount in 亿元); values of another unit of the same dimension (万亿元 and
亿元) are converted to the row's unit, that of its latest target.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from toolkit.errors import InputError
from toolkit.government import same_government
from toolkit.targets.commitments import track_targets
from toolkit.targets.compare import (
    attainment_status,
    figure_for,
    pairing_key,
    toward,
    worded_twice,
)
from toolkit.targets.model import CommitmentStatus, Target
from toolkit.targets.units import convert
from toolkit.timeline.model import (
    CellStatus,
    IndicatorSeries,
    LineageLink,
    Timeline,
    YearCell,
    YearFacts,
)
from toolkit.timeline.terms import term_spans

#: categories of the targets a row may hold: the year's targets, and with ``all_targets`` the
#: fiscal and monetary parameters too (赤字率, M2)
_ANNUAL = ("annual",)
_ALL = ("annual", "fiscal")
#: the commitment tracker's verdict on a row outside the indicator table → the cell's status
#: (its "not comparable" figures measure something else: an increment against a stock)
_VERDICTS: dict[CommitmentStatus, CellStatus] = {
    "met": "met",
    "exceeded": "met",
    "missed": "missed",
}


def order_facts(facts: Iterable[YearFacts]) -> list[YearFacts]:
    """The reports ordered by the year they plan. Raises :class:`InputError` naming the files
    when a report's year is unknown, when two reports plan one year, or when two reports are of
    different governments."""
    items = list(facts)
    for item in items:
        if item.year is None:
            raise InputError(
                "cannot tell which year this report plans",
                item.source,
                hint="a timeline orders reports by the year in their title or plan part",
            )
    ordered = sorted(items, key=lambda f: (f.year or 0, f.source))
    for a, b in pairwise(ordered):
        if a.year == b.year:
            raise InputError(
                f"{a.source} and {b.source} both plan {a.year}: give one report a year"
            )
    named = [f for f in ordered if f.government]
    for other in named[1:]:
        if not same_government(named[0].government, other.government):
            raise InputError(
                f"{named[0].source} is of {named[0].government} and {other.source} of "
                f"{other.government}: a timeline takes the reports of one government"
            )
    return ordered


def build_timeline(
    facts: Iterable[YearFacts],
    lineage: Iterable[LineageLink] = (),
    *,
    all_targets: bool = False,
    tolerance: float = 0.05,
) -> Timeline:
    """The timeline of ``facts`` (any order; see :func:`order_facts` for the errors) with the
    section ``lineage`` of successive reports. Rows are the headline targets (主要预期目标), or
    with ``all_targets`` every annual target and fiscal parameter of the plan parts."""
    ordered = order_facts(facts)
    report_years = tuple(f.year for f in ordered if f.year is not None)
    years = tuple(range(report_years[0] - 1, report_years[-1] + 1)) if report_years else ()
    rows = _rows(ordered, _ALL if all_targets else _ANNUAL, headline_only=not all_targets)
    _add_figures(rows, ordered)
    # headline indicators first, then those of the indicator table, then the rest (--all)
    ordered_rows = sorted(rows.values(), key=lambda row: (not row.headline, row.canonical is None))
    series = tuple(row.series(set(report_years), tolerance) for row in ordered_rows)
    warnings = _gaps(report_years)
    named = next((f.government for f in ordered if f.government), None)
    return Timeline(
        government=named,
        report_years=report_years,
        years=years,
        sources={f.year: f.source for f in ordered if f.year is not None},
        indicators=tuple(s for s in series if s.by_year),
        terms=term_spans(ordered),
        lineage=tuple(sorted(lineage, key=lambda link: (link.from_year, link.level))),
        all_targets=all_targets,
        tolerance=tolerance,
        warnings=warnings,
    )


@dataclass
class _Row:
    """An indicator being collected: its targets and figures by year, with the file of each,
    and for a row outside the indicator table the tracker's verdict on each year's figure."""

    key: tuple[str, str]
    targets: dict[int, tuple[Target, str]] = field(default_factory=dict)
    figures: dict[int, tuple[Target, str]] = field(default_factory=dict)
    verdicts: dict[int, CellStatus] = field(default_factory=dict)
    headline: bool = False

    @property
    def canonical(self) -> str | None:
        """The indicator's name in the indicator table, None when it is not there."""
        return next((t.canonical for t, _ in self.targets.values() if t.canonical), None)

    @property
    def unit(self) -> str:
        return self.targets[max(self.targets)][0].compared_unit

    def template(self, year: int) -> Target:
        """The target a figure of ``year`` is matched against: that year's, else the nearest."""
        nearest = min(self.targets, key=lambda y: (abs(y - year), -y))
        return self.targets.get(year, self.targets[nearest])[0]

    def _achieved(self, year: int, figure: Target | None, unit: str) -> float | None:
        """The figure of ``year`` in ``unit``, negative when it went the other way than the
        row's targets (固定资产投资下降3.3% on a row of growth targets is -3.3)."""
        value = _in_unit(figure, unit)[0]
        if value is None or figure is None:
            return value
        return toward(self.template(year), figure, value)

    def series(self, report_years: set[int], tolerance: float) -> IndicatorSeries:
        unit = self.unit
        cells: dict[int, YearCell] = {}
        for year in sorted(set(self.targets) | set(self.figures)):
            target, target_source = self.targets.get(year, (None, ""))
            figure, figure_source = self.figures.get(year, (None, ""))
            cells[year] = YearCell(
                target=target,
                achieved=figure,
                status=self.verdicts.get(year)
                or _status(target, figure, year + 1 in report_years, tolerance),
                target_source=target_source,
                achieved_source=figure_source,
                target_value=_in_unit(target, unit),
                achieved_value=self._achieved(year, figure, unit),
            )
        names = {t.indicator: None for t, _ in (*self.targets.values(), *self.figures.values())}
        first = self.targets[min(self.targets)][0]
        return IndicatorSeries(
            indicator=first.canonical or self.key[0],
            unit=unit,
            names=tuple(names),
            by_year=cells,
            headline=self.headline,
        )


def _rows(
    ordered: Sequence[YearFacts], categories: tuple[str, ...], *, headline_only: bool
) -> dict[tuple[str, str], _Row]:
    rows: dict[tuple[str, str], _Row] = {}
    for facts in ordered:
        assert facts.year is not None
        chosen: dict[tuple[str, str], Target] = {}
        for target in facts.targets:
            if target.scope != "target" or target.kind != "numeric" or target.value is None:
                continue
            if target.category not in categories or (headline_only and not target.headline):
                continue
            key = pairing_key(target)
            if key not in chosen or (target.headline and not chosen[key].headline):
                chosen[key] = target  # the headline statement wins over a later restatement
        for key, target in chosen.items():
            row = rows.setdefault(key, _Row(key))
            row.targets[facts.year] = (target, facts.source)
            row.headline = row.headline or target.headline
    return _join_worded_twice(rows)


def _join_worded_twice(rows: dict[tuple[str, str], _Row]) -> dict[tuple[str, str], _Row]:
    """Rows of one count worded as a level some years and as an increment others
    (:func:`toolkit.targets.compare.worded_twice` for every two targets of theirs, no year in
    both) made one, under the key of the row holding the latest target."""
    for key in [k for k in rows if k[1].endswith("+")]:
        other = (key[0], key[1][:-1])
        increments, levels = rows.get(key), rows.get(other)
        if increments is None or levels is None or set(increments.targets) & set(levels.targets):
            continue
        if not all(
            worded_twice(a, b)
            for a, _ in increments.targets.values()
            for b, _ in levels.targets.values()
        ):
            continue
        kept, gone = (
            (increments, levels)
            if max(increments.targets) > max(levels.targets)
            else (levels, increments)
        )
        kept.targets.update(gone.targets)
        kept.targets = dict(sorted(kept.targets.items()))
        kept.headline = kept.headline or gone.headline
        del rows[gone.key]
    return rows


def _add_figures(rows: dict[tuple[str, str], _Row], ordered: Sequence[YearFacts]) -> None:
    """Each row's achieved figures: from each report's review, for the year under review. A
    row of the indicator table takes the figure of its indicator (for a year without a target
    too); a row outside it, only in a year with an annual target, the figure the commitment
    tracker pairs with that target (:func:`toolkit.targets.commitments.track_targets`, one
    figure to one target, as ``targets OLD NEW`` pairs the commitments), among the year's
    figures as the table's rows take them: no five-year figure answers a year's target
    ("城镇保障性安居工程住房建设4013万套" of 十二五 is not 2015's "新安排740万套")."""
    for facts in ordered:
        assert facts.year is not None
        year = facts.year - 1
        figures = [
            t for t in facts.targets if t.scope == "achieved" and not t.five_year and t.year == year
        ]
        outside: list[_Row] = []  #: rows outside the table with an annual target this year
        for row in rows.values():
            template = row.template(year)
            if template.canonical is None:
                if year in row.targets and row.targets[year][0].category == "annual":
                    outside.append(row)
                continue
            found = figure_for(template, figures)
            if found is not None:
                row.figures[year] = (found[0], facts.source)
        tracked = track_targets([row.targets[year][0] for row in outside], figures)
        for row, commitment in zip(outside, tracked, strict=True):
            verdict = _VERDICTS.get(commitment.status)
            if commitment.result is not None and verdict is not None:
                row.figures[year] = (commitment.result, facts.source)
                row.verdicts[year] = verdict


def _status(
    target: Target | None, figure: Target | None, reported: bool, tolerance: float
) -> CellStatus:
    if target is None:
        return "no target"
    if figure is None:
        return "no figure reported" if reported else "no report"
    value = convert(figure.value or 0.0, figure.compared_unit, target.compared_unit)
    if value is None:
        return "no figure reported"
    return attainment_status(target, toward(target, figure, value), tolerance)


def _in_unit(target: Target | None, unit: str) -> tuple[float | None, float | None]:
    """(value, value_max) of ``target`` in ``unit``; (None, None) without a target."""
    if target is None or target.value is None:
        return None, None
    own = target.compared_unit
    value = convert(target.value, own, unit)
    high = None if target.value_max is None else convert(target.value_max, own, unit)
    if value is None:  # not comparable: keep the stated number
        return target.value, target.value_max
    return round(value, 6), None if high is None else round(high, 6)


def _gaps(report_years: tuple[int, ...]) -> tuple[str, ...]:
    missing = (
        [year for year in range(report_years[0], report_years[-1] + 1) if year not in report_years]
        if report_years
        else []
    )
    if not missing:
        return ()
    listed = ", ".join(map(str, missing))
    return (f"no report for {listed}: those years' targets and the year before's figures are gaps",)
