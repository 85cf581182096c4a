"""Terms of two successive reports compared: new, dropped, shifted, glossary check."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from itertools import chain

from toolkit import parallel, segment
from toolkit.model import Report
from toolkit.terms.corpus import ReportText, find_all
from toolkit.terms.extract import (
    Candidate,
    build_terms,
    frequent_words,
    marked_candidates,
    seed_words,
    segment_lines,
    segmented_candidates,
)
from toolkit.terms.glossary import check_glossary
from toolkit.terms.lexicon import Lexicon, default_lexicon
from toolkit.terms.local import local_terms
from toolkit.terms.model import SectionTermShifts, Term, TermComparison, TermKind
from toolkit.terms.plain import (
    PlainSection,
    PlainShift,
    PlainTerm,
    plain_section,
    plain_shift,
    plain_term,
    section_of,
    shift_of,
    term_of,
)
from toolkit.terms.renamed import link_renamed
from toolkit.terms.sections import SectionIds, section_ids, sections_of
from toolkit.terms.shifts import frequency_shifts, watched_counts
from toolkit.terms.stance import stance_phrases
from toolkit.terms.text import skeleton

#: kinds the author did not mark, re-ranked by :func:`contrast`
INFERRED = frozenset({TermKind.DISCOVERED, TermKind.CONCEPT})
#: kinds found only as what one report has and the other lacks: never shifts
ONE_SIDED = frozenset({TermKind.STANCE, TermKind.CONCEPT})


def stance_candidates(
    text: ReportText, tokenized: list[list[str]], other: ReportText, lexicon: Lexicon
) -> list[Candidate]:
    """The unquoted stance phrases and compact concepts of ``text`` absent from ``other``."""
    kinds = {"stance": TermKind.STANCE, "concept": TermKind.CONCEPT}
    return [
        Candidate(phrase, kinds[shape])
        for phrase, shape in stance_phrases(text, tokenized, other, lexicon)
    ]


#: least characters of the two reports' text together worth a second process (see
#: :func:`compare_terms`)
SIDES_MIN_CHARS = 200_000


def side_candidates(
    text: ReportText, tokens: list[list[str]], other: ReportText, lexicon: Lexicon, seed: list[str]
) -> list[tuple[str, str]]:
    """The unmarked candidates of ``text`` (segmented as ``tokens``; ``other`` the other
    report's text), as (text, kind) pairs: its formulas, discovered words, stance phrases and
    concepts."""
    return [
        (c.text, c.kind.value)
        for c in (
            *segmented_candidates(text, tokens, lexicon, seed),
            *stance_candidates(text, tokens, other, lexicon),
        )
    ]


def _candidates(found: list[tuple[str, str]]) -> list[Candidate]:
    return [Candidate(text, TermKind(kind)) for text, kind in found]


#: How many shifts :func:`compare_terms` keeps for the whole reports and for each section pair.
TOP_SHIFTS = 50
TOP_SECTION_SHIFTS = 10


def contrast(terms: tuple[Term, ...], other: ReportText) -> tuple[Term, ...]:
    """Re-rank discovered words and concepts by how much of them is new to the other report.

    A discovered word whose character pairs all occur in the other report (上市 + 市公 + 公司)
    is a new combination of old vocabulary; one with pairs never seen there (孤独症儿童: 孤独,
    独症) brings new vocabulary: salience × (0.3 + 0.7 × share of the word's character pairs
    absent from the other report). Marked terms are left as they are.
    """
    used = other.present(
        term.text[i : i + 2]
        for term in terms
        if term.kind in INFERRED
        for i in range(len(term.text) - 1)
    )
    ranked = []
    for term in terms:
        if term.kind in INFERRED:
            pairs = [term.text[i : i + 2] for i in range(len(term.text) - 1)]
            novel = sum(1 for p in pairs if p not in used)
            factor = 0.3 + 0.7 * novel / max(1, len(pairs))
            term = replace(term, salience=round(term.salience * factor, 4))
        ranked.append(term)
    ranked.sort(key=lambda t: (-t.salience, t.text))
    return tuple(ranked)


def without_nested(terms: tuple[Term, ...], heads: tuple[str, ...]) -> tuple[Term, ...]:
    """Drop a discovered word or concept used once that is part of a longer one and ends in no
    policy head (人才综合服务 in 人才综合服务平台): its one use is the longer one's. One ending in
    a head stays (综治中心 in 省市县乡综治中心: the scope is not part of the name). Found in one
    pass over the inferred terms joined (Aho-Corasick), not by comparing each pair."""
    once = [skeleton(t.text) for t in terms if t.kind in INFERRED and t.count == 1]
    joined = "\n".join(once)
    starts = [0]
    for core in once:
        starts.append(starts[-1] + len(core) + 1)
    dropped: set[str] = set()
    for core, positions in find_all(joined, set(once)).items():
        for at in positions:
            outer = once[bisect_right(starts, at) - 1]
            if outer != core and not core.endswith(heads):
                dropped.add(core)
    return tuple(t for t in terms if not (t.kind in INFERRED and skeleton(t.text) in dropped))


def present_in(
    candidates: list[tuple[str, TermKind | None]],
    order: dict[str, int],
    old: ReportText,
    new: ReportText,
) -> list[tuple[str, TermKind | None]]:
    """The candidates found in both parts, in their order, first of each surface form (its
    index in ``order``): what :func:`frequency_shifts` would keep of all of them, found from
    the parts' own counted words, so that a section pair costs what its length costs, not what
    the number of candidates of the whole reports does."""
    both = old.counted() & new.counted() & order.keys()
    return [candidates[order[core]] for core in sorted(both, key=order.__getitem__)]


def first_by_core(candidates: list[tuple[str, TermKind | None]]) -> dict[str, int]:
    """The index of the first candidate of each surface form."""
    order: dict[str, int] = {}
    for index, (text, _) in enumerate(candidates):
        order.setdefault(skeleton(text), index)
    return order


def compare_terms(
    old_report: Report,
    new_report: Report,
    *,
    kinds: Iterable[TermKind | str] | None = None,
    min_count: int = 1,
    sections: bool = True,
    watch: Iterable[str] = (),
    lexicon: Lexicon | None = None,
) -> TermComparison:
    """Compare the terms of ``old_report`` (the earlier year) and ``new_report``.

    A term of the newer report is *new* when its surface form (see
    :func:`toolkit.terms.text.skeleton`) occurs nowhere in the older report's text, quoted or
    not; *dropped* terms are the reverse. ``kinds`` limits new, dropped and shifted terms to
    these kinds (None: all; key words are always shifted); ``min_count`` drops new and dropped
    terms used fewer times in their report. Shifts cover the
    terms of both reports and their frequent key words found in both. With ``sections`` the
    shifts are also computed per pair of matched sections (see :mod:`toolkit.terms.sections`;
    the section alignment, without diffing the texts); without, ``sections`` of the result
    is empty. ``watch`` words (改革, 创新) are counted in both reports whatever their counts
    (``watched`` of the result).
    """
    lexicon = lexicon or default_lexicon()
    watch = tuple(watch)
    wanted = {TermKind(k) for k in kinds} if kinds is not None else set(TermKind)
    old_text, new_text = ReportText.of(old_report), ReportText.of(new_report)

    def only_in(terms: tuple[Term, ...], other: ReportText) -> tuple[Term, ...]:
        other.count_all(skeleton(t.text) for t in terms)
        return tuple(
            t
            for t in terms
            if t.kind in wanted and t.count >= min_count and not other.contains(skeleton(t.text))
        )

    def section_pairs() -> list[SectionIds]:
        return section_ids(old_report, new_report) if sections else []

    # The two reports' analysis is independent until they are compared: with
    # SIDES_MIN_CHARS of text or more a forked child aligns the sections (from the reports
    # alone: it starts first), another segments the newer report and finds its candidates,
    # terms and new terms, while this process does the older report's candidates, terms and
    # dropped terms (three processes for two cores: the alignment, a third of a side's work,
    # fills the time the work before the sides and a side leave a core idle); the renamed
    # links are then looked up on two processes. The result is the same: the counts a
    # process keeps (ReportText.count_all) are those of str.count whoever asks them.
    fork = len(old_text.joined) + len(new_text.joined) >= SIDES_MIN_CHARS
    with parallel.in_child(section_pairs, fork=fork and sections) as paired:
        old_marked = marked_candidates(old_report, old_text)
        new_marked = marked_candidates(new_report, new_text)
        # heads the segmenter splits (先行|区, 先导|区) stay whole, so that a concept ends in one
        seed = [c.text for c in (*old_marked, *new_marked)]
        seed += [h for h in lexicon.heads if len(h) >= 3]
        # the segmenter with the seed words made once, before the fork: both processes use it
        segment.prepare(seed_words(seed))

        def newer_side() -> tuple[list[PlainTerm], list[PlainTerm], dict[str, int]]:
            new_tokens = segment_lines(new_text, seed)
            found = side_candidates(new_text, new_tokens, old_text, lexicon, seed)
            terms = build_terms([*new_marked, *_candidates(found)], new_text, lexicon)
            terms = local_terms(terms, new_report, lexicon)
            new = contrast(without_nested(only_in(terms, old_text), lexicon.heads), old_text)
            words = dict(Counter(chain.from_iterable(new_tokens)))
            return [plain_term(t) for t in terms], [plain_term(t) for t in new], words

        with parallel.in_child(newer_side, fork=fork) as newer:
            old_tokens = segment_lines(old_text, seed)
            found = side_candidates(old_text, old_tokens, new_text, lexicon, seed)
            old_terms = build_terms([*old_marked, *_candidates(found)], old_text, lexicon)
            # local brands (龙江好物) and past plans (十三五): known from each report's
            # government and year
            old_terms = local_terms(old_terms, old_report, lexicon)
            dropped = contrast(only_in(old_terms, new_text), new_text)
            found_terms, found_new, new_words = newer()
        pairs = paired()
    new_terms = tuple(term_of(t) for t in found_terms)
    new = tuple(term_of(t) for t in found_new)

    def shift_side() -> tuple[list[PlainShift], list[PlainSection], str, list[PlainShift]]:
        word_counts = Counter(new_words)
        word_counts.update(chain.from_iterable(old_tokens))
        shift_candidates: list[tuple[str, TermKind | None]] = [
            *(
                (t.text, t.kind)
                for t in (*new_terms, *old_terms)
                if t.kind in wanted and t.kind not in ONE_SIDED
            ),
            *((w, None) for w in frequent_words(word_counts, lexicon)),
        ]
        for text in (old_text, new_text):
            text.count_all(skeleton(t) for t, _ in shift_candidates)
        all_shifts = frequency_shifts(shift_candidates, old_text, new_text)
        # per section: the candidates found in both reports (a shift inside a section pair of
        # a word absent from one report would be a new or dropped term, listed already)
        in_both = [
            (text, kind)
            for text, kind in dict.fromkeys(shift_candidates)
            if old_text.contains(skeleton(text)) and new_text.contains(skeleton(text))
        ]
        order = first_by_core(in_both)
        matches, section_matching = sections_of(old_report, new_report, pairs)
        section_shifts = [
            SectionTermShifts(
                old_section="+".join(s.id for s in m.old),
                new_section="+".join(s.id for s in m.new),
                old_title=m.old[0].title,
                new_title=m.new[0].title,
                matched_by=m.matched_by,
                shifts=frequency_shifts(
                    present_in(in_both, order, old_part, new_part),
                    old_part,
                    new_part,
                    limit=TOP_SECTION_SHIFTS,
                ),
                watched=watched_counts(watch, old_part, new_part),
            )
            for m in matches
            for old_part, new_part in [(old_text.within(m.old), new_text.within(m.new))]
        ]
        return (
            [plain_shift(t) for t in all_shifts[:TOP_SHIFTS]],
            [plain_section(p) for p in section_shifts],
            section_matching,
            [plain_shift(t) for t in watched_counts(watch, old_text, new_text)],
        )

    # the shifts, from the terms of both sides, are counted by a child while this process
    # links the renamed terms (on two processes itself): three again for two cores
    with parallel.in_child(shift_side, fork=fork) as shifts:
        new = link_renamed(
            new,
            dropped,
            old_text,
            old_tokens,
            new_text,
            new_report.glossary,
            lexicon,
            fork=fork,
        )
        found_shifts, found_sections, section_matching, found_watched = shifts()
    shifted = tuple(shift_of(t) for t in found_shifts)
    section_shifts = tuple(section_of(p) for p in found_sections)
    glossary = check_glossary(old_report.glossary, new_report.glossary, new, lexicon)
    return TermComparison(
        old_source=old_report.source,
        new_source=new_report.source,
        old_year=old_report.year,
        new_year=new_report.year,
        new=new,
        dropped=dropped,
        shifted=shifted,
        sections=section_shifts,
        glossary=glossary,
        section_matching=section_matching,
        watched=tuple(shift_of(t) for t in found_watched),
    )
