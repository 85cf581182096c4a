"""Terms across the years: when each term new in the timeline was first and last used."""

from __future__ import annotations

from collections.abc import Sequence

from toolkit.terms.model import TermKind
from toolkit.terms.text import skeleton
from toolkit.timeline.model import TermSpan, YearFacts

#: what the terms engine marks as not a term: the name of a thing (a ship, a spacecraft); a
#: common word in quotes stays, since an idiom may be a year's policy (“约法三章”, 2014)
_NOT_TERMS = frozenset({TermKind.NAME.value})


def term_spans(ordered: Sequence[YearFacts]) -> tuple[TermSpan, ...]:
    """Every term (names of things aside) of a report that the timeline's first report does
    not use (anywhere in its text, in any width or punctuation, years neutral: as ``terms``
    compares two reports), with the years whose report text uses it. Ordered by first year,
    then marked terms before discovered words, each in its report's salience order."""
    if len(ordered) < 2:
        return ()
    spans: list[TermSpan] = []
    seen: set[str] = set()
    first_text = ordered[0].text
    for facts in ordered[1:]:
        for text, kind in facts.terms:
            if kind in _NOT_TERMS:
                continue
            core = skeleton(text)
            if not core or core in seen or core in first_text:
                continue
            seen.add(core)
            years = tuple(f.year for f in ordered if f.year is not None and core in f.text)
            if years:
                spans.append(TermSpan(text, kind, years[0], years[-1], years))
    # marked terms (quoted, formula, 《》, glossary) before discovered words within a year
    spans.sort(key=lambda span: (span.first_year, span.kind == "discovered"))
    return tuple(spans)
