"""Files in, timeline out: read the reports of one government, gather their facts on the
machine's cores (:mod:`toolkit.parallel`) and build the timeline."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from toolkit.errors import InputError
from toolkit.model import Report
from toolkit.timeline.build import build_timeline, order_facts
from toolkit.timeline.facts import (
    from_plain,
    lineage_links,
    links_from_plain,
    links_to_plain,
    report_facts,
    to_plain,
)
from toolkit.timeline.model import LineageLink, Timeline, YearFacts

#: (what is being done, how many done, how many in all)
Progress = Callable[[str, int, int], None]


def timeline_of_reports(
    reports: Sequence[Report],
    *,
    all_targets: bool = False,
    tolerance: float = 0.05,
    lineage: bool = True,
    progress: Progress | None = None,
) -> Timeline:
    """The timeline of parsed reports (any order). The facts of each report and the alignment
    of each two successive ones are computed on two cores when there are enough;
    ``progress`` is told of each one done in this process (what, done, total)."""
    from toolkit.parallel import MIN_CHARS, map_split

    # errors on years and governments before the long part of the work
    order_facts(_identity(r) for r in reports)
    ordered = sorted(reports, key=lambda r: r.year or 0)
    units = [("facts", i) for i in range(len(ordered))]
    if lineage:
        units += [("links", i) for i in range(len(ordered) - 1)]

    parent, done = os.getpid(), [0]

    def work(unit: tuple[str, int]) -> object:
        kind, i = unit
        if kind == "facts":
            result: object = to_plain(report_facts(ordered[i]))
        else:
            result = links_to_plain(lineage_links(ordered[i], ordered[i + 1]))
        if progress and os.getpid() == parent:  # a forked worker reports nothing
            done[0] += 1
            progress("analysing", done[0], len(units))
        return result

    if progress:
        progress("analysing", 0, len(units))
    results = map_split(
        work,
        units,
        weight=lambda unit: ordered[unit[1]].char_count,
        min_weight=MIN_CHARS,
    )
    if progress:
        progress("analysing", len(units), len(units))
    facts: list[YearFacts] = []
    links: list[LineageLink] = []
    for (kind, _), result in zip(units, results, strict=True):
        if kind == "facts":
            facts.append(from_plain(result))
        else:
            links.extend(links_from_plain(result))
    return build_timeline(facts, links, all_targets=all_targets, tolerance=tolerance)


def _identity(report: Report) -> YearFacts:
    """A report's year and government only, to check the inputs cheaply."""
    from toolkit.government import government_of

    return YearFacts(report.source, report.year, government_of(report)[0], report.title, (), (), "")


def timeline_of_store(
    store: Path,
    government: str | None,
    *,
    all_targets: bool = False,
    tolerance: float = 0.05,
) -> Timeline:
    """The timeline of one government's reports read back from a corpus store (``report-toolkit
    corpus … -o store.sqlite``), without parsing them again. ``government`` may be None when
    the store holds one government only. There is no section lineage (a store keeps no text to
    align), and a term counts as used in a year when that year's report marks it (quoted, a
    formula, 《…》 or the glossary), not wherever its words occur."""
    from toolkit.corpus.query import governments, series
    from toolkit.terms.text import skeleton

    held = governments(store)
    if government is None:
        if len(held) != 1:
            names = "、".join(name for name, _, _ in held) or "none"
            raise InputError(f"the store holds several governments ({names}); name one", store)
        government = held[0][0]
    stored = series(store, government)
    if not stored:
        names = "、".join(name for name, _, _ in held) or "none"
        raise InputError(f"the store holds no reports of {government} (it holds {names})", store)
    facts = [
        YearFacts(
            source=report.source,
            year=report.year,
            government=report.government,
            title=report.title,
            targets=(*report.targets, *report.achieved),
            terms=tuple((term.text, term.kind.value) for term in report.terms),
            text="\n".join(skeleton(term.text) for term in report.terms),
        )
        for report in stored
    ]
    return build_timeline(facts, (), all_targets=all_targets, tolerance=tolerance)
