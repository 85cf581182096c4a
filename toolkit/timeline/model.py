"""The timeline of one government's reports: frozen dataclasses, no behaviour.

A :class:`YearFacts` is what the timeline needs of one report (its year, government, targets
and achieved figures, terms and text); a :class:`LineageLink` what it needs of two successive
reports' alignment. The timeline is built from these alone (:func:`toolkit.timeline.build.
build_timeline`), so a store of facts read earlier can feed it as well as files can.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from toolkit.targets.model import Target

#: a year's target judged against the figure the next report gives for that year; "no report"
#: when the next year's report is not in the timeline, "no target" for a year with a figure only
CellStatus = Literal["met", "missed", "no figure reported", "no report", "no target"]
#: what became of a task section between two successive reports ("folded": a （一） section
#: whose text went into a part of the next report that has no such sections; "unfolded": a
#: （一） section drawn from a part of the report before that had none)
Relation = Literal[
    "persisted", "renamed", "split", "merged", "folded", "unfolded", "vanished", "added"
]
#: the side of a link that names a part, not a （一） section: the part a section folded into
#: (``new``) or unfolded from (``old``)
PART_SIDE: Mapping[str, str] = {"folded": "new", "unfolded": "old"}


@dataclass(frozen=True, slots=True)
class YearFacts:
    """One report as the timeline reads it (from a parsed report, or from a corpus store's
    :class:`~toolkit.corpus.facts.ReportFacts`).

    ``government`` is the name the report gives its government (国务院, 安徽省, 广西壮族自治区 …),
    None when it names none; ``year`` the year it plans, None when unknown. ``targets`` are its
    extracted targets and achieved figures; ``terms`` its terms, most salient first;
    ``text`` the matching form of its whole text (:func:`toolkit.terms.text.skeleton` of each
    line, joined by "\\n"), in which the use of any term is looked up.
    """

    source: str
    year: int | None
    government: str | None
    title: str | None
    targets: tuple[Target, ...]
    terms: tuple[tuple[str, str], ...]  #: (term, kind)
    text: str


@dataclass(frozen=True, slots=True)
class LineageLink:
    """A task section of one report and what it became in the next one (``from_year`` →
    ``to_year``). ``old``/``new`` are headings as printed: several for a split (``new``) or a
    merge (``old``), the part for a folded (``new``) or an unfolded (``old``) one, none on
    the side of an added or vanished section. ``level`` is 1 for a
    part, 2 for a （一） section."""

    from_year: int
    to_year: int
    level: int
    old: tuple[str, ...]
    new: tuple[str, ...]
    relation: Relation
    score: float = 0.0


@dataclass(frozen=True, slots=True)
class YearCell:
    """An indicator in one year: the target for that year (from that year's report) and the
    figure achieved in it (from the next year's review), either None when not stated, both in
    the indicator's unit. ``status`` judges the target against the figure."""

    target: Target | None
    achieved: Target | None
    status: CellStatus
    target_source: str = ""
    achieved_source: str = ""
    #: the target's and the figure's values converted to the indicator's unit
    target_value: tuple[float | None, float | None] = (None, None)
    achieved_value: float | None = None


@dataclass(frozen=True, slots=True)
class IndicatorSeries:
    """One indicator across the years: ``indicator`` is its canonical name (else its wording),
    ``names`` the wordings the reports use, ``unit`` the unit of its latest target; ``by_year``
    maps a year to its cell, for the years the timeline covers that have something."""

    indicator: str
    unit: str
    names: tuple[str, ...]
    by_year: Mapping[int, YearCell]
    headline: bool = True


@dataclass(frozen=True, slots=True)
class TermSpan:
    """A term new in the timeline (absent from its first report): the first and last year whose
    report uses it and every such year."""

    text: str
    kind: str
    first_year: int
    last_year: int
    years: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Timeline:
    """The reports of one government, year by year. ``report_years`` are the years of the
    reports (in order), ``years`` every year a figure is about (from the first report's year
    under review to the last report's year; years without a report are gaps), ``sources`` the
    file of each report year."""

    government: str | None
    report_years: tuple[int, ...]
    years: tuple[int, ...]
    sources: Mapping[int, str]
    indicators: tuple[IndicatorSeries, ...]
    terms: tuple[TermSpan, ...]
    lineage: tuple[LineageLink, ...]
    all_targets: bool = False
    tolerance: float = 0.05
    warnings: tuple[str, ...] = field(default_factory=tuple)
