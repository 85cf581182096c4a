"""What the timeline reads from reports: the facts of one report, and the lineage of the task
sections between two successive reports (from the section alignment of ``diff``).

Facts are plain data: :func:`to_plain` and :func:`from_plain` turn them into tuples of str,
int and float and back, for a forked worker (:mod:`toolkit.parallel`) or a store.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import astuple
from typing import TYPE_CHECKING

from toolkit.government import government_of
from toolkit.model import Report, Role
from toolkit.targets.indicators import IndicatorTable
from toolkit.targets.model import Target
from toolkit.timeline.model import LineageLink, Relation, YearFacts

if TYPE_CHECKING:
    from toolkit.compare.model import SectionPair

#: pair status of the alignment → what became of a task section
_RELATIONS: dict[str, Relation] = {
    "unchanged": "persisted",
    "modified": "persisted",
    "moved": "persisted",
    "renamed": "renamed",
    "split": "split",
    "merged": "merged",
    "removed": "vanished",
    "added": "added",
}


def report_facts(report: Report, table: IndicatorTable | None = None) -> YearFacts:
    """The facts of one parsed report: year, government, targets and achieved figures (of the
    indicator ``table``, default the registered one), terms and text."""
    from toolkit.targets.extract import extract_targets
    from toolkit.terms.corpus import ReportText
    from toolkit.terms.extract import extract_terms

    return YearFacts(
        source=report.source,
        year=report.year,
        government=government_of(report)[0],
        title=report.title,
        targets=extract_targets(report, table),
        terms=tuple((t.text, t.kind.value) for t in extract_terms(report)),
        text=ReportText.of(report).joined,
    )


def lineage_links(old: Report, new: Report) -> tuple[LineageLink, ...]:
    """The task sections (parts of role plan and the （一） sections in them) of ``old`` and
    what became of them in ``new``: persisted (same heading or content, edited or moved),
    renamed, split, merged, vanished; and the task sections ``new`` added."""
    from toolkit.compare import compare_reports

    assert old.year is not None and new.year is not None
    comparison = compare_reports(old, new)
    links: list[LineageLink] = []
    for pair in comparison.pairs:
        if pair.level not in (1, 2):
            continue
        if not (_in_plan(old, pair.old) or _in_plan(new, pair.new)):
            continue
        links.append(
            LineageLink(
                from_year=old.year,
                to_year=new.year,
                level=pair.level,
                old=tuple(old.section(i).heading for i in pair.old),
                new=tuple(new.section(i).heading for i in pair.new),
                relation=_RELATIONS.get(pair.status.value, "persisted"),
                score=round(pair.score, 3),
            )
        )
    links.extend(_unpaired(old, new, comparison.pairs))
    return tuple(links)


def _unpaired(old: Report, new: Report, pairs: Iterable[SectionPair]) -> list[LineageLink]:
    """Task sections no pair names: the （一） sections of a part whose other year has none
    (the alignment then diffs the two parts whole, without child pairs). Those of the new
    report were added, those of the old one vanished."""
    assert old.year is not None and new.year is not None
    seen_old = {i for pair in pairs for i in pair.old}
    seen_new = {i for pair in pairs for i in pair.new}
    links: list[LineageLink] = []
    for report, seen, side in ((old, seen_old, "old"), (new, seen_new, "new")):
        for top in report.sections:
            if top.role is not Role.PLAN:
                continue
            for section in top.walk():
                if section.level > 2 or section.id in seen:
                    continue
                headings = (section.heading,)
                links.append(
                    LineageLink(
                        from_year=old.year,
                        to_year=new.year,
                        level=section.level,
                        old=headings if side == "old" else (),
                        new=headings if side == "new" else (),
                        relation="vanished" if side == "old" else "added",
                    )
                )
    return links


def _in_plan(report: Report, ids: tuple[str, ...]) -> bool:
    """Whether the sections lie in a part of the work plan (the year's tasks)."""
    for section_id in ids:
        top = section_id.split(".")[0]
        try:
            if report.section(top).role is Role.PLAN:
                return True
        except KeyError:
            continue
    return False


def to_plain(facts: YearFacts) -> tuple[object, ...]:
    """``facts`` as nested tuples of plain values (marshal-able)."""
    return (
        facts.source,
        facts.year,
        facts.government,
        facts.title,
        tuple(astuple(t) for t in facts.targets),
        facts.terms,
        facts.text,
    )


def from_plain(data: tuple[object, ...] | list[object]) -> YearFacts:
    """The facts :func:`to_plain` made."""
    source, year, government, title, targets, terms, text = data
    return YearFacts(
        source=str(source),
        year=year if isinstance(year, int) else None,
        government=government if isinstance(government, str) else None,
        title=title if isinstance(title, str) else None,
        targets=tuple(Target(*t) for t in targets),  # type: ignore[attr-defined]
        terms=tuple((str(a), str(b)) for a, b in terms),  # type: ignore[attr-defined]
        text=str(text),
    )


def links_to_plain(links: tuple[LineageLink, ...]) -> tuple[tuple[object, ...], ...]:
    return tuple(astuple(link) for link in links)


def links_from_plain(data: object) -> tuple[LineageLink, ...]:
    return tuple(LineageLink(*link) for link in data)  # type: ignore[attr-defined]
