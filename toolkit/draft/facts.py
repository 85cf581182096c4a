"""What the draft needs from the analyzers, behind small interfaces.

The draft does not extract anything itself: targets and achieved figures come from
:mod:`toolkit.targets`, new terms from :mod:`toolkit.terms`, splits and merges from
:mod:`toolkit.compare`. :func:`gather_facts` asks each of them and converts the answers into the
few fields the skeleton uses.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from toolkit.model import Report


@dataclass(frozen=True, slots=True)
class Commitment:
    """A quantitative commitment of the latest report for its year, in its plan part.

    ``clause`` is the clause of the sentence that words it ("确保粮食播种面积1530万亩、总产量
    125亿斤"; several commitments may share one); ``carried`` says, with a previous report, what
    became of the same commitment a year before ("前年承诺城镇新增就业100万人，上年报告：城镇新增
    就业115.8万人（超额完成）"), "" when there is none.
    """

    section_id: str  #: the innermost section of the latest report holding it
    text: str  #: the commitment as the extractor names it, e.g. "新增城镇就业110万人以上"
    indicator: str
    clause: str = ""
    carried: str = ""


@dataclass(frozen=True, slots=True)
class TargetFact:
    """One indicator of the targets table.

    ``target`` is the latest report's target as printed ("5%左右"), None when it sets none;
    ``achieved`` the figure it reports for the year under review, None when it gives none;
    ``change`` how the target moved since the previous report ("5.5%左右 → 5%左右"), None when
    unchanged or without a previous report.
    """

    indicator: str
    target: str | None
    achieved: str | None = None
    change: str | None = None


@dataclass(frozen=True, slots=True)
class TermFact:
    """A term new in the latest report (absent from the previous one)."""

    term: str
    defined: bool  #: the latest report's glossary explains it
    needs_definition: bool = False  #: looks coined (a formula, a short slogan) yet undefined


@dataclass(frozen=True, slots=True)
class SectionChange:
    """A section of the latest report that was split from or merged out of older ones."""

    section_id: str  #: the (first) section of the latest report concerned
    kind: str  #: "split" or "merged"
    old_titles: tuple[str, ...]
    new_titles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DraftFacts:
    """Everything the analyzers tell the draft. ``unreported`` lists the previous report's
    targets ("地区生产总值增长5%左右") for which the latest report gives no achieved figure."""

    targets: tuple[TargetFact, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    new_terms: tuple[TermFact, ...] = ()
    section_changes: tuple[SectionChange, ...] = ()
    unreported: tuple[str, ...] = ()
    #: the latest review's overview paragraph (the one giving the year's GDP figure, else the
    #: review part's own paragraph with the most figures), None when it has none
    overview: str | None = None


def gather_facts(latest: Report, previous: Report | None = None) -> DraftFacts:
    """Ask the targets, terms and comparison analyzers about the two reports.

    Without ``previous`` only the latest report's own targets and commitments are asked for.
    """
    facts = _with_targets(DraftFacts(), latest, previous)
    if previous is not None:
        facts = _with_structure(_with_terms(facts, latest, previous), latest, previous)
    return facts


def _with_targets(facts: DraftFacts, latest: Report, previous: Report | None) -> DraftFacts:
    """Table rows from the latest headline-targets paragraph, with the figure the latest report
    gives for the same indicator and unit; commitments from the rest of the plan
    (:mod:`toolkit.draft.commitments`); with a previous report, the targets that changed, those
    left without a reported figure and what became of the commitments carried on."""
    from toolkit.draft.commitments import planned
    from toolkit.targets import compare_targets, extract_targets
    from toolkit.targets.compare import pairing_key

    found = extract_targets(latest)
    # five-year-plan goals and context figures are not the year's targets or commitments
    targets = [t for t in found if t.scope == "target" and t.category in ("annual", "fiscal")]
    figures: dict[tuple[str, str], str] = {}
    for figure in found:
        if figure.scope == "achieved" and not figure.five_year and figure.kind == "numeric":
            figures.setdefault(pairing_key(figure), figure.value_text)
    changes: dict[tuple[str, str], str] = {}
    unreported: tuple[str, ...] = ()
    comparison = None
    if previous is not None:
        comparison = compare_targets(previous, latest)
        for row in comparison.changes:
            moved = row.status in ("raised", "lowered") or row.qualifier_change
            if row.old is not None and row.new is not None and moved:
                changes[pairing_key(row.new)] = _change_text(row)
        unreported = tuple(
            f"{a.indicator}{a.target.value_text}"
            for a in comparison.attainment
            if a.status == "no figure reported"
        )
    rows: dict[tuple[str, str], TargetFact] = {}
    for target in targets:
        key = pairing_key(target)
        repeated = target.kind == "qualitative" and any(
            row.target == target.value_text for row in rows.values()
        )  # one clause naming two indicators ("节能减排和碳排放强度下降完成国家下达任务")
        if target.headline and key not in rows and not repeated:
            rows[key] = TargetFact(
                target.name, target.value_text, figures.get(key), changes.get(key)
            )
    commitments = planned(
        extract_targets(latest, all_figures=True),
        comparison.commitments if comparison is not None else (),
    )
    return replace(
        facts,
        targets=tuple(rows.values()),
        commitments=commitments,
        unreported=unreported,
        overview=_overview(latest, found),
    )


#: the least figures of the year a review paragraph without the GDP figure needs to be the overview
OVERVIEW_FIGURES = 3


def _overview(report: Report, found: tuple[Any, ...]) -> str | None:
    """The review paragraph that reports the year's GDP, else the review part's own paragraph
    (outside its sections) with the most figures of the year, at least :data:`OVERVIEW_FIGURES`."""
    from toolkit.model import Role

    tops = [top for top in report.sections if top.role is Role.REVIEW]
    review = {s.id for top in tops for s in top.walk()}
    own = {p.id for top in tops for p in top.paragraphs}
    figures = [
        t for t in found if t.scope == "achieved" and not t.five_year and t.section in review
    ]
    for figure in figures:
        if figure.canonical == "地区生产总值":
            return str(figure.paragraph)
    counts: dict[str, int] = {}
    for figure in figures:
        if figure.paragraph in own:
            counts[figure.paragraph] = counts.get(figure.paragraph, 0) + 1
    best = max(counts, key=lambda k: counts[k], default=None)
    return best if best is not None and counts[best] >= OVERVIEW_FIGURES else None


def _change_text(row: Any) -> str:
    """ "5.5%左右 → 5%左右（-0.5个百分点）" for a TargetChange."""
    text = f"{row.old.value_text} → {row.new.value_text}"
    if row.delta:
        text += f"（{row.delta:+g}{row.delta_unit}）"
    elif row.qualifier_change:
        text += f"（{row.qualifier_change}）"
    return text


#: at most this many new terms are listed for review in the glossary part
MAX_NEW_TERMS = 20


def _with_terms(facts: DraftFacts, latest: Report, previous: Report) -> DraftFacts:
    """The most salient new formulas and quoted terms of the latest report (at most
    :data:`MAX_NEW_TERMS`), each flagged when the terms analyzer says it needs a definition."""
    from toolkit.terms import TermKind, compare_terms

    result = compare_terms(previous, latest, sections=False)  # per-section shifts unused
    glossary = {entry.term for entry in latest.glossary}
    undefined = {term.text for term in result.glossary.undefined}
    listed = [
        term.text
        for term in result.new
        if term.kind in (TermKind.FORMULA, TermKind.QUOTED) and term.text not in glossary
    ][:MAX_NEW_TERMS]
    terms = tuple(TermFact(text, text in glossary, text in undefined) for text in listed)
    return replace(facts, new_terms=terms)


def _with_structure(facts: DraftFacts, latest: Report, previous: Report) -> DraftFacts:
    """Sections of the latest report that the aligner found split from, or merged out of,
    sections of the previous one."""
    from toolkit.compare import compare_reports
    from toolkit.compare.model import FRONT_ID, PairStatus

    comparison = compare_reports(previous, latest)
    changes = []
    for pair in comparison.pairs:
        if pair.status not in (PairStatus.SPLIT, PairStatus.MERGED) or not pair.new:
            continue
        if FRONT_ID in pair.old or FRONT_ID in pair.new:
            continue
        changes.append(
            SectionChange(
                pair.new[0],
                "split" if pair.status is PairStatus.SPLIT else "merged",
                tuple(previous.section(i).heading for i in pair.old),
                tuple(latest.section(i).heading for i in pair.new),
            )
        )
    return replace(facts, section_changes=tuple(changes))
