"""Diff texts made of paragraphs: align the paragraphs first, then diff each pair by tokens.

A token diff over a whole long section is quadratic in the number of edits (diff-match-patch
without a time-out), and paragraphs are the unit drafters move and rewrite. So paragraphs are
paired by an order-preserving alignment that maximises word similarity, paired paragraphs are
diffed by tokens, and unpaired ones are whole deletions or insertions. The ops stay lossless for
``"\\n".join(lines)``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import compress, pairwise
from operator import itemgetter
from typing import NamedTuple

from toolkit.sequence import longest_increasing
from toolkit.textdiff.engine import diff_tokens
from toolkit.textdiff.ops import CHANGES, DELETE, EQUAL, INSERT, TextOp, merge_adjacent
from toolkit.textdiff.similarity import content_words, line_words
from toolkit.textdiff.tokens import line_tokens

#: paragraphs less similar than this are never paired
MIN_PARAGRAPH_SIMILARITY = 0.25


def align_paragraphs(
    old: Sequence[Sequence[str]],
    new: Sequence[Sequence[str]],
    words: tuple[list[Counter[str]], list[Counter[str]]] | None = None,
) -> list[tuple[int | None, int | None]]:
    """Order-preserving pairing of token lists maximising summed similarity.

    ``words`` are the units' content words when already known. Returns (old index, new index)
    in reading order; None on one side for an unpaired one.
    """
    if words is None:
        words = [content_words(t) for t in old], [content_words(t) for t in new]
    anchors = _anchors(old, new)
    if not anchors:
        return _deletions_first(_align_span(old, new, words, 0, len(old), 0, len(new)))
    pairs: list[tuple[int | None, int | None]] = []
    i = j = 0
    for a, b in anchors:
        pairs += _align_span(old, new, words, i, a, j, b)
        pairs.append((a, b))
        i, j = a + 1, b + 1
    pairs += _align_span(old, new, words, i, len(old), j, len(new))
    return _deletions_first(pairs)


def _anchors(old: Sequence[Sequence[str]], new: Sequence[Sequence[str]]) -> list[tuple[int, int]]:
    """Paragraphs that occur once on each side with the same tokens, those in the same order
    on both sides (the longest such run): they pair with each other, and only what lies between
    two of them is aligned by similarity (a full table of every pair grows with the square of
    the section's length)."""

    def index(units: Sequence[Sequence[str]]) -> dict[tuple[str, ...], int]:
        seen: dict[tuple[str, ...], int] = {}
        twice: set[tuple[str, ...]] = set()
        for k, unit in enumerate(units):
            key = tuple(unit)
            if key in seen:
                twice.add(key)
            seen[key] = k
        return {key: k for key, k in seen.items() if key not in twice and any(key)}

    old_index, new_index = index(old), index(new)
    shared = sorted((k, new_index[key]) for key, k in old_index.items() if key in new_index)
    return longest_increasing(shared)


def _align_span(
    old: Sequence[Sequence[str]],
    new: Sequence[Sequence[str]],
    words: tuple[list[Counter[str]], list[Counter[str]]],
    old_start: int,
    old_end: int,
    new_start: int,
    new_end: int,
) -> list[tuple[int | None, int | None]]:
    """The order-preserving pairing of ``old[old_start:old_end]`` with ``new[new_start:new_end]``
    that maximises summed similarity, in reading order, with absolute indexes."""
    old_words = words[0][old_start:old_end]
    new_words = words[1][new_start:new_end]
    n, m = len(old_words), len(new_words)
    new_sized = [_sized(b) for b in new_words]
    sim = [[_similarity(a, b) for b in new_sized] for a in map(_sized, old_words)]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = sim[i][j] + best[i + 1][j + 1] if sim[i][j] >= MIN_PARAGRAPH_SIMILARITY else -1
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    pairs: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < n and j < m:
        if sim[i][j] >= MIN_PARAGRAPH_SIMILARITY and best[i][j] == sim[i][j] + best[i + 1][j + 1]:
            pairs.append((i, j))
            i += 1
            j += 1
        elif best[i][j] == best[i + 1][j]:
            pairs.append((i, None))
            i += 1
        else:
            pairs.append((None, j))
            j += 1
    pairs.extend((k, None) for k in range(i, n))
    pairs.extend((None, k) for k in range(j, m))
    return [
        (None if a is None else a + old_start, None if b is None else b + new_start)
        for a, b in pairs
    ]


class _Sized(NamedTuple):
    """A bag of words with what pairing reads of it, worked out once a unit, not once a pair."""

    words: Counter[str]
    keys: frozenset[str]  #: its distinct words (a set intersection is quicker than a view's)
    size: int  #: ``words.total()``
    ones: bool  #: each word is there once


def _sized(words: Counter[str]) -> _Sized:
    size = words.total()
    return _Sized(words, frozenset(words), size, size == len(words))


def _similarity(a: _Sized, b: _Sized) -> float:
    """Dice, or for a short unit (a heading) wholly inside a long one (its run-in paragraph)
    most of the share of its words found there."""
    size_a, size_b = a.size, b.size
    if size_a + size_b == 0:
        return 1.0
    words = a.keys & b.keys
    if not words:  # many pairs of a span: no word in common
        return 0.0
    if a.ones or b.ones:  # each shared word counts once: the smaller count is 1
        shared = len(words)
    else:  # as similarity.common, the shared words found once for both uses
        shared = sum(map(min, map(a.words.__getitem__, words), map(b.words.__getitem__, words)))
    score = 2 * shared / (size_a + size_b)
    if min(size_a, size_b) >= 3:  # containment of the smaller in the larger
        score = max(score, 0.8 * (shared / min(size_a, size_b)))
    return score


def _deletions_first(
    pairs: list[tuple[int | None, int | None]],
) -> list[tuple[int | None, int | None]]:
    """Within each run of unpaired paragraphs put the deleted ones before the inserted ones."""
    out: list[tuple[int | None, int | None]] = []
    run: list[tuple[int | None, int | None]] = []
    for pair in [*pairs, (0, 0)]:
        if pair[0] is None or pair[1] is None:
            run.append(pair)
            continue
        out.extend(p for p in run if p[1] is None)
        out.extend(p for p in run if p[0] is None)
        run = []
        out.append(pair)
    return out[:-1]


def diff_lines(
    old: Sequence[str], new: Sequence[str], *, year_gap: int | None = None
) -> list[TextOp]:
    """Diff ``"\\n".join(old)`` against ``"\\n".join(new)`` (see :func:`diff_units`)."""
    return diff_units(_with_breaks(old), _with_breaks(new), year_gap=year_gap)


def _with_breaks(lines: Sequence[str]) -> list[str]:
    return [line + "\n" for line in lines[:-1]] + list(lines[-1:])


def diff_units(
    old: Sequence[str], new: Sequence[str], *, year_gap: int | None = None
) -> list[TextOp]:
    """Diff ``"".join(old)`` against ``"".join(new)``, where each unit is a paragraph (or a
    run-in heading) with its line break, if any, at its end.

    Units are aligned, then the sentences of each paired unit, then paired sentences are diffed
    by tokens; unpaired units are whole deletions or insertions.
    """
    old_units = [_unit_tokens(unit) for unit in old]
    new_units = [_unit_tokens(unit) for unit in new]
    ops: list[TextOp] = []
    words = [line_words(u.rstrip("\n")) for u in old], [line_words(u.rstrip("\n")) for u in new]
    for i, j in align_paragraphs(old_units, new_units, words):
        if i is not None and j is not None:
            ops.extend(_diff_paragraph(old_units[i], new_units[j], year_gap))
        elif i is not None:
            ops.append(TextOp(DELETE, old[i]))
        elif j is not None:
            ops.append(TextOp(INSERT, new[j]))
    return _settle(merge_adjacent(ops))


def _unit_tokens(unit: str) -> list[str]:
    body = unit.rstrip("\n")
    return [*line_tokens(body), *("\n" * (len(unit) - len(body)))]


def _diff_paragraph(old: list[str], new: list[str], year_gap: int | None) -> list[TextOp]:
    if old == new:
        return [TextOp(EQUAL, "".join(old))]
    old_sentences = _split_sentences(old)
    new_sentences = _split_sentences(new)
    if len(old_sentences) == 1 or len(new_sentences) == 1:
        return diff_tokens(old, new, year_gap=year_gap)
    ops: list[TextOp] = []
    for i, j in align_paragraphs(old_sentences, new_sentences):
        if i is not None and j is not None:
            ops.extend(diff_tokens(old_sentences[i], new_sentences[j], year_gap=year_gap))
        elif i is not None:
            ops.append(TextOp(DELETE, "".join(old_sentences[i])))
        elif j is not None:
            ops.append(TextOp(INSERT, "".join(new_sentences[j])))
    return ops


_ENDS = frozenset("。！？；!?;")
_CLOSERS = frozenset("”’」』）)")


def _split_sentences(tokens: list[str]) -> list[list[str]]:
    """Token list cut after sentence-ending punctuation (closing quotes stay with it)."""
    # the tokens that end with such punctuation found in C; the Python loop runs over those
    ending = compress(range(len(tokens) - 1), map(_ENDS.__contains__, map(_LAST, tokens)))
    cuts = [k + 1 for k in ending if _opens(tokens[k + 1])]
    bounds = [0, *cuts, len(tokens)]
    return [tokens[a:b] for a, b in pairwise(bounds) if b > a]


#: a token's last character ("" for an empty token)
_LAST = itemgetter(slice(-1, None))


def _opens(token: str) -> bool:
    """Whether a sentence may start with ``token`` (after one that ends a sentence)."""
    return bool(token) and token[0] not in _CLOSERS and token != "\n"


def _settle(ops: list[TextOp]) -> list[TextOp]:
    """Within each change put the deleted text before the inserted text (same content)."""
    out: list[TextOp] = []
    run: list[TextOp] = []
    for op in [*ops, TextOp("=", "")]:
        if op.op in CHANGES:
            run.append(op)
            continue
        deleted = "".join(o.text for o in run if o.op == DELETE)
        inserted = "".join(o.text for o in run if o.op == INSERT)
        out.extend(TextOp(k, t) for k, t in ((DELETE, deleted), (INSERT, inserted)) if t)
        run = []
        out.append(op)
    return [op for op in out if op.text]
