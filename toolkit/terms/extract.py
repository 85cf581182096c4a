"""Terms of one report: candidates of every kind, merged by surface form, counted, ranked."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from toolkit.model import Report
from toolkit.terms.candidates import document_titles, formula_shape, formulas, quoted_spans
from toolkit.terms.corpus import ReportText, context
from toolkit.terms.discover import discover_words
from toolkit.terms.lexicon import Lexicon, default_lexicon
from toolkit.terms.model import KIND_ORDER, Term, TermKind
from toolkit.terms.salience import salience
from toolkit.terms.text import has_word_characters, is_plain_number, skeleton

_HAN_WORD = re.compile(r"[\u3400-\u9fff]+")


@dataclass(frozen=True, slots=True)
class Candidate:
    text: str
    kind: TermKind


def marked_candidates(report: Report, text: ReportText) -> list[Candidate]:
    """Glossary terms, 《titles》 and quoted spans: what the author marked as a term."""
    found = [Candidate(entry.term.strip(), TermKind.GLOSSARY) for entry in report.glossary]
    for item in text.lines:
        found.extend(Candidate(t, TermKind.DOCUMENT) for _, t in document_titles(item.text))
        for _, inner in quoted_spans(item.text):
            kind = TermKind.FORMULA if formula_shape(inner) else TermKind.QUOTED
            found.append(Candidate(inner, kind))
    return found


def segment_lines(text: ReportText, seed: Iterable[str] = ()) -> list[list[str]]:
    """Each line of ``text`` split into words, after teaching the segmenter ``seed``."""
    from toolkit import segment

    segment.add_words(seed)
    return [segment.cut(item.text) for item in text.lines]


def segmented_candidates(
    text: ReportText, tokenized: Sequence[Sequence[str]], lexicon: Lexicon
) -> list[Candidate]:
    """Unquoted formulas and discovered words, from the lines and their segmentation."""
    lines = [item.text for item in text.lines]
    found: list[Candidate] = []
    for line, tokens in zip(lines, tokenized, strict=True):
        found.extend(Candidate(f, TermKind.FORMULA) for _, f in formulas(line, tokens, lexicon))
    found.extend(
        Candidate(word, TermKind.DISCOVERED) for word in discover_words(lines, tokenized, lexicon)
    )
    return found


def key_words(
    tokenized: Iterable[Sequence[str]], lexicon: Lexicon, *, min_count: int = 5
) -> list[str]:
    """Words of two or more Chinese characters used at least ``min_count`` times, most frequent
    first, without function words and generic verbs: what drafters count (改革, 创新)."""
    counts: Counter[str] = Counter(
        token
        for tokens in tokenized
        for token in tokens
        if len(token) >= 2
        and _HAN_WORD.fullmatch(token)
        and token not in lexicon.edge
        and not is_plain_number(token)
    )
    return [w for w, n in sorted(counts.items(), key=lambda p: (-p[1], p[0])) if n >= min_count]


def build_terms(
    candidates: Sequence[Candidate], text: ReportText, lexicon: Lexicon
) -> tuple[Term, ...]:
    """Merge candidates with the same skeleton (strongest kind wins, first surface form kept),
    count them in ``text`` and rank them by salience (highest first, then by text)."""
    rank = {kind: i for i, kind in enumerate(KIND_ORDER)}
    best: dict[str, Candidate] = {}
    for candidate in candidates:
        core = skeleton(candidate.text)
        if len(core) < 2 or (not has_word_characters(core) and "+" not in core):
            continue
        if is_plain_number(candidate.text):
            continue
        known = best.get(core)
        if known is None or rank[candidate.kind] < rank[known.kind]:
            best[core] = candidate if known is None else Candidate(known.text, candidate.kind)
            if candidate.kind is TermKind.GLOSSARY:
                best[core] = candidate
    terms = []
    for core, candidate in best.items():
        first = text.first(core)
        count = text.count(core)
        if first is None or count == 0:
            continue
        terms.append(
            Term(
                text=candidate.text,
                kind=candidate.kind,
                count=count,
                section=first.section,
                section_title=first.section_title,
                line=first.line,
                context=context(first.text, candidate.text),
                salience=salience(core, candidate.kind, count, lexicon),
            )
        )
    terms.sort(key=lambda t: (-t.salience, t.text))
    return tuple(terms)


def extract_terms(
    report: Report, *, seed: Iterable[str] = (), lexicon: Lexicon | None = None
) -> tuple[Term, ...]:
    """Every term of ``report``, most salient first.

    The segmenter is taught the report's glossary, quoted and 《》 terms (and ``seed``) before
    it splits the text, so they stay whole; that teaching lasts for the process (see
    :mod:`toolkit.segment`).
    """
    lexicon = lexicon or default_lexicon()
    text = ReportText.of(report)
    marked = marked_candidates(report, text)
    tokenized = segment_lines(text, [*seed, *(c.text for c in marked)])
    found = [*marked, *segmented_candidates(text, tokenized, lexicon)]
    return build_terms(found, text, lexicon)
