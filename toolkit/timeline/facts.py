"""What the timeline reads from reports: the facts of one report, and the lineage of the task
sections between two successive reports (from the section alignment of ``diff``).

Facts are plain data: :func:`to_plain` and :func:`from_plain` turn them into tuples of str,
int and float and back, for a forked worker (:mod:`toolkit.parallel`) or a store.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import astuple
from typing import TYPE_CHECKING

from toolkit.government import government_of
from toolkit.model import Report, Role, Section
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
    """The facts of one parsed report: year, government, targets and achieved figures (every
    figure, as a corpus store keeps them: those of the indicator ``table``, default the
    registered one, and any other the review names), terms and text."""
    from toolkit.targets.extract import extract_targets
    from toolkit.terms.corpus import ReportText
    from toolkit.terms.extract import extract_terms

    return YearFacts(
        source=report.source,
        year=report.year,
        government=government_of(report)[0],
        title=report.title,
        targets=extract_targets(report, table, all_figures=True),
        terms=tuple((t.text, t.kind.value) for t in extract_terms(report)),
        text=ReportText.of(report).joined,
    )


def lineage_links(old: Report, new: Report) -> tuple[LineageLink, ...]:
    """The task sections (parts of role plan and the （一） sections in them) of ``old`` and
    what became of them in ``new``: persisted (same heading or content, edited or moved),
    renamed, split, merged, folded into a part without （一） sections, vanished; and the task
    sections ``new`` added or unfolded from such a part."""
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


def _unpaired(old: Report, new: Report, pairs: Sequence[SectionPair]) -> list[LineageLink]:
    """Task sections no pair names: the （一） sections of a part whose counterpart in the
    other year has none (the alignment then diffs the two parts whole, without child pairs).

    Such a section of the old report *folded* into the counterpart part its text went to (the
    State Council's 2014 （一）推动重要领域改革 into 2015's 三、把改革开放扎实推向纵深), one of the
    new report *unfolded* from the part its text came from; a section with less than
    :data:`FOLD_SHARE` of its text in any counterpart vanished, or was added."""
    assert old.year is not None and new.year is not None
    seen_old = {i for pair in pairs for i in pair.old}
    seen_new = {i for pair in pairs for i in pair.new}
    links: list[LineageLink] = []
    sides = ((old, new, seen_old, "old"), (new, old, seen_new, "new"))
    for report, other, seen, side in sides:
        for top in report.sections:
            if top.role is not Role.PLAN:
                continue
            counterparts = _counterparts(top.id, pairs, side)
            for section in top.walk():
                if section.level > 2 or section.id in seen:
                    continue
                parts = [other.section(i) for i in counterparts]
                place, share = _where_text_went(section, parts)
                here: tuple[str, ...] = (section.heading,)
                there: tuple[str, ...] = (place.heading,) if place else ()
                if side == "old":
                    relation: Relation = "folded" if place else "vanished"
                    pair_of = (here, there)
                else:
                    relation = "unfolded" if place else "added"
                    pair_of = (there, here)
                links.append(
                    LineageLink(
                        from_year=old.year,
                        to_year=new.year,
                        level=section.level,
                        old=pair_of[0],
                        new=pair_of[1],
                        relation=relation,
                        score=round(share, 3) if place else 0.0,
                    )
                )
    return links


#: least share of a section's text (characters of the paragraphs paired with one of a part) for
#: the section to count as folded into that part (or unfolded from it). On the State Council
#: series and the corpus pairs the chosen part held 0.26-1.0 of the section's text, the next
#: one 0.03-0.37 (2014→2015, 2015→2016: every choice right by reading; gansu 2025→2026)
FOLD_SHARE = 0.2


def _counterparts(top_id: str, pairs: Sequence[SectionPair], side: str) -> tuple[str, ...]:
    """The ids of the other report's sections paired with the part ``top_id`` of ``side``."""
    for pair in pairs:
        if top_id in (pair.old if side == "old" else pair.new):
            return pair.new if side == "old" else pair.old
    return ()


def _where_text_went(section: Section, parts: Sequence[Section]) -> tuple[Section | None, float]:
    """The part of ``parts`` most of ``section``'s text is in (each paragraph counted for the
    part holding its most similar paragraph), with that share of its characters; None when
    no part holds :data:`FOLD_SHARE` of it. A paragraph goes to another as a unit of the
    alignment's text flow does (more similar than :data:`toolkit.compare.flow.MIN_UNIT`)."""
    from toolkit.compare.flow import MIN_UNIT
    from toolkit.textdiff.similarity import dice, line_words

    lines = [line for s in section.walk() for line in s.own_lines()]
    size = sum(map(len, lines))
    if not parts or not size:
        return None, 0.0
    theirs = [
        (k, line_words(line))
        for k, part in enumerate(parts)
        for inner in part.walk()
        for line in inner.own_lines()
    ]
    held = [0] * len(parts)
    for line in lines:
        words = line_words(line)
        best, best_score = None, MIN_UNIT
        for k, other in theirs:
            score = dice(words, other)
            if score > best_score:
                best, best_score = k, score
        if best is not None:
            held[best] += len(line)
    most = max(range(len(parts)), key=held.__getitem__)
    share = held[most] / size
    return (parts[most], share) if share >= FOLD_SHARE else (None, 0.0)


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
