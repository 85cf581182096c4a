"""Terms of one report: candidates of every kind, merged by surface form, counted, ranked."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from toolkit.model import Report, Role
from toolkit.terms.candidates import (
    coded_phrases,
    digit_codes,
    document_titles,
    formula_shape,
    formulas,
    is_counted_figure,
    plus_parts,
    qualified_codes,
    quoted_spans,
    versioned_names,
)
from toolkit.terms.corpus import ReportText, context, find_all
from toolkit.terms.discover import discover_words
from toolkit.terms.lexicon import Lexicon, default_lexicon
from toolkit.terms.local import local_terms
from toolkit.terms.model import KIND_ORDER, Term, TermKind
from toolkit.terms.names import classify
from toolkit.terms.salience import salience
from toolkit.terms.text import has_word_characters, is_plain_number, skeleton

_HAN_WORD = re.compile(r"[\u3400-\u9fff]+")
_NUMERAL = re.compile(r"[一二两三四五六七八九十百千万双]")


def _numerals(text: str) -> int:
    return len(_NUMERAL.findall(text))


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible term as found, before merging by surface form and counting."""

    text: str
    kind: TermKind


def unwrap(term: str) -> str:
    """A glossary term without the one pair of quotes wrapping all of it: “双高计划” → 双高计划
    (金融“五篇大文章” stays as it is)."""
    term = term.strip().strip("\u200b\u200c\u200d\ufeff")
    for opening, closing in ("“”", "「」", "『』", '""', "‘’"):
        inner = term[1:-1]
        if term[:1] == opening and term[-1:] == closing and opening not in inner:
            return inner.strip()
    return term


def marked_candidates(
    report: Report, text: ReportText, lexicon: Lexicon | None = None
) -> list[Candidate]:
    """Glossary terms, 《titles》 and quoted spans: what the author marked as a term."""
    lexicon = lexicon or default_lexicon()
    found = [Candidate(unwrap(entry.term), TermKind.GLOSSARY) for entry in report.glossary]
    for item in text.lines:
        found.extend(Candidate(t, TermKind.DOCUMENT) for _, t in document_titles(item.text))
        found.extend(Candidate(code, TermKind.FORMULA) for _, code in digit_codes(item.text))
        found.extend(Candidate(c, TermKind.QUOTED) for _, c in qualified_codes(item.text, lexicon))
        for _, inner in quoted_spans(item.text):
            kind = TermKind.FORMULA if formula_shape(inner) else TermKind.QUOTED
            found.append(Candidate(inner, kind))
            found.extend(Candidate(part, TermKind.QUOTED) for part in plus_parts(inner))
            # the formulas of a quoted enumeration: “四纵三横、一圈两带” → 四纵三横, 一圈两带
            parts = inner.split("、")
            found.extend(
                Candidate(p, TermKind.FORMULA)
                for p in parts
                if len(parts) > 1 and len(p) >= 3 and formula_shape(p) and _numerals(p) >= 2
            )
    return found


def segment_lines(text: ReportText, seed: Iterable[str] = ()) -> list[list[str]]:
    """Each line of ``text`` split into words, with every ``seed`` word kept whole.

    The segmenter gets the seed words for these calls only, and its tokens are then merged
    where they still spell a seed word (the segmenter may split one where its neighbours bind
    more strongly). In this process: with rjieba a forked child doing half the lines was slower
    at every size measured (a provincial report 10 ms against 16, 1 MB 120 ms against 123).
    """
    from toolkit import segment

    words = seed_words(seed)
    prefixes = {w[:k] for w in words for k in range(1, len(w) + 1)}
    tokens = [segment.cut(item.text, words=words) for item in text.lines]
    kept = set(words)
    return [merge_words(line, kept, prefixes) for line in tokens]


def seed_words(seed: Iterable[str]) -> frozenset[str]:
    """The words :func:`segment_lines` keeps whole for ``seed`` (to prepare the segmenter with
    them: :func:`toolkit.segment.prepare`)."""
    return frozenset(w.strip() for w in seed if len(w.strip()) > 1)


def merge_words(
    tokens: Sequence[str], words: set[str], prefixes: set[str] | None = None
) -> list[str]:
    """Join runs of tokens that spell one of ``words``, longest first, left to right.
    ``prefixes`` are all prefixes of ``words`` (computed when None)."""
    if not words:
        return list(tokens)
    if prefixes is None:
        prefixes = {w[:k] for w in words for k in range(1, len(w) + 1)}
    merged: list[str] = []
    i = 0
    while i < len(tokens):
        span = tokens[i]
        if span not in prefixes:  # most tokens start no word: kept as they are
            merged.append(span)
            i += 1
            continue
        best = i + 1
        j = i + 1
        while span in prefixes:
            if span in words:
                best = j
            if j == len(tokens):
                break
            span += tokens[j]
            j += 1
        merged.append("".join(tokens[i:best]))
        i = best
    return merged


def segmented_candidates(
    text: ReportText,
    tokenized: Sequence[Sequence[str]],
    lexicon: Lexicon,
    seed: Iterable[str] = (),
) -> list[Candidate]:
    """Unquoted formulas and discovered words, from the lines and their segmentation (made
    with ``seed`` words kept whole). Words are not discovered in the glossary: definitions
    repeat their own phrasing ("是指…")."""
    lines = [item.text for item in text.lines]
    words = {w.strip() for w in seed}
    found: list[Candidate] = []
    for line, tokens in zip(lines, tokenized, strict=True):
        found.extend(
            Candidate(f, TermKind.FORMULA) for _, f in formulas(line, tokens, lexicon, words)
        )
        found.extend(
            Candidate(c, TermKind.FORMULA) for _, c in coded_phrases(line, tokens, lexicon)
        )
        found.extend(Candidate(v, TermKind.FORMULA) for _, v in versioned_names(tokens, lexicon))
    body = [i for i, item in enumerate(text.lines) if item.role is not Role.GLOSSARY]
    discovered = discover_words([lines[i] for i in body], [tokenized[i] for i in body], lexicon)
    found.extend(Candidate(word, TermKind.DISCOVERED) for word in discovered)
    return found


def frequent_words(counts: Counter[str], lexicon: Lexicon, *, min_count: int = 5) -> list[str]:
    """The words of ``counts`` (a report's tokens counted) of two or more Chinese characters used
    at least ``min_count`` times, most frequent first, without function words and generic verbs:
    what drafters count (改革, 创新)."""
    # the frequent ones only are sorted: most words of a report occur less often
    frequent = [(word, n) for word, n in counts.items() if n >= min_count]
    return [
        word
        for word, n in sorted(frequent, key=lambda p: (-p[1], p[0]))
        if len(word) >= 2
        and _HAN_WORD.fullmatch(word)
        and word not in lexicon.edge
        and not is_plain_number(word)
    ]


def build_terms(
    candidates: Sequence[Candidate], text: ReportText, lexicon: Lexicon
) -> tuple[Term, ...]:
    """Merge candidates with the same skeleton (strongest kind wins, first surface form kept),
    count them in ``text`` and rank them by salience (highest first, then by text)."""
    rank = {kind: i for i, kind in enumerate(KIND_ORDER)}
    best: dict[str, Candidate] = {}
    for candidate in candidates:
        core = skeleton(candidate.text)
        # “45432”发展架构, “三个80%”要求
        code = candidate.kind is TermKind.FORMULA and (core.isdigit() or is_counted_figure(core))
        if len(core) < 2 or (not has_word_characters(core) and "+" not in core and not code):
            continue
        if is_plain_number(candidate.text) and not code:
            continue
        known = best.get(core)
        if known is None or rank[candidate.kind] < rank[known.kind]:
            best[core] = candidate if known is None else Candidate(known.text, candidate.kind)
            if candidate.kind is TermKind.GLOSSARY:
                best[core] = candidate
    text.count_all(best)
    terms = []
    for core, candidate in best.items():
        first = text.first(core)
        count = text.count(core)
        if first is None or count == 0:
            continue
        kind = classify(candidate.text, candidate.kind, first.text, lexicon)
        terms.append(
            Term(
                text=candidate.text,
                kind=kind,
                count=count,
                section=first.section,
                section_title=first.section_title,
                line=first.line,
                context=context(first.text, candidate.text),
                salience=salience(core, kind, count, lexicon),
            )
        )
    terms = _without_fragments(terms)
    terms.sort(key=lambda t: (-t.salience, t.text))
    return tuple(terms)


#: kinds inferred from the text rather than marked by the author
_INFERRED = frozenset({TermKind.DISCOVERED, TermKind.CONCEPT})
_MARKED = frozenset({TermKind.GLOSSARY, TermKind.DOCUMENT, TermKind.FORMULA, TermKind.QUOTED})


def _without_fragments(terms: list[Term]) -> list[Term]:
    """Drop discovered words and concepts that are mostly used inside a marked term (大文章
    inside “五篇大文章”): they occur hardly more often than the term that holds them (a concept,
    found from the old report's absence alone: at most twice as often)."""
    marked = [t for t in terms if t.kind in _MARKED]
    cores = {skeleton(t.text) for t in terms if t.kind in _INFERRED}
    # the most frequent marked term holding each discovered word, found in one pass over all
    # marked terms (comparing each word with each term grew with the square of the report)
    joined = "\n".join(skeleton(m.text) for m in marked)
    starts = [0]
    for m in marked:
        starts.append(starts[-1] + len(skeleton(m.text)) + 1)
    holder: dict[str, int] = {}
    for core, positions in find_all(joined, cores).items():
        counts = [marked[bisect_right(starts, at) - 1].count for at in positions]
        holder[core] = max(counts)
    kept = []
    for term in terms:
        if term.kind in _INFERRED:
            most = holder.get(skeleton(term.text))
            share = 2.0 if term.kind is TermKind.CONCEPT else 1.25
            if most is not None and term.count <= most * share:
                continue
        kept.append(term)
    return kept


def extract_terms(
    report: Report, *, seed: Iterable[str] = (), lexicon: Lexicon | None = None
) -> tuple[Term, ...]:
    """Every term of ``report``, most salient first.

    The segmenter is taught the report's glossary, quoted and 《》 terms (and ``seed``) before
    it splits the text, so they stay whole; that teaching lasts for the process (see
    :mod:`toolkit.segment`). Local brands and past plans are marked as the report's government
    and year make them (:mod:`toolkit.terms.local`).
    """
    lexicon = lexicon or default_lexicon()
    text = ReportText.of(report)
    marked = marked_candidates(report, text)
    words = [*seed, *(c.text for c in marked)]
    tokenized = segment_lines(text, words)
    found = [*marked, *segmented_candidates(text, tokenized, lexicon, words)]
    return local_terms(build_terms(found, text, lexicon), report, lexicon)
