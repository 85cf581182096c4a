"""Word similarity of token lists: what alignment and paragraph pairing score with."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from toolkit.memo import Memo
from toolkit.textdiff.tokens import line_tokens, year_of

#: tokens that say nothing about content: punctuation, spaces, one-character function words
_STOP = set("的了和与及在是为以对把将等并其之也而或从由向于中上下个这那我们你他它着")


def content_words(tokens: Iterable[str]) -> Counter[str]:
    """Token counts without punctuation, spaces and one-character function words; years are
    replaced by "YEAR" so that a rolled year does not lower the similarity."""
    return Counter(filter(None, map(_content_keys.__getitem__, tokens)))


def _content_key(token: str) -> str:
    """What a token counts as in :func:`content_words`; "" when it does not count."""
    token = token.strip()
    if not token or token in _STOP or not _ALNUM.search(token):
        return ""
    return "YEAR" if year_of(token) else token


#: a character for which ``str.isalnum`` holds (``\w`` is those and the underscore)
_ALNUM = re.compile(r"[^\W_]")

#: :func:`_content_key` of each token, once a distinct token: a report has a few thousand
#: distinct tokens, and this is read for every token of every line
_content_keys = Memo(_content_key)


@lru_cache(maxsize=16384)
def line_keys(line: str) -> tuple[str, ...]:
    """The words :func:`line_words` counts, in the order of the line's tokens, repeats
    included (cached): a section's counts are counted from these in one C pass over the words
    of its lines rather than by adding up the lines' counters in Python."""
    return tuple(filter(None, map(_content_keys.__getitem__, line_tokens(line))))


@lru_cache(maxsize=16384)
def line_words(line: str) -> Counter[str]:
    """:func:`content_words` of one line's tokens, cached (callers must not modify it)."""
    return Counter(line_keys(line))


def dice(a: Counter[str], b: Counter[str]) -> float:
    """Dice coefficient of two bags of words, 0..1 (1 for two empty bags)."""
    total = a.total() + b.total()
    if total == 0:
        return 1.0
    return 2 * common(a, b) / total


def common(a: Counter[str], b: Counter[str]) -> int:
    """Size of the multiset intersection, ``(a & b).total()``.

    The shared words are found by a set intersection (in C), so the Python loop runs over those
    only: most pairs alignment scores share few words.
    """
    shared = a.keys() & b.keys()
    # the minima taken in C (``map``), not in a comprehension: the same integers, half the
    # instructions
    return sum(map(min, map(a.__getitem__, shared), map(b.__getitem__, shared)))


def containment(part: Counter[str], whole: Counter[str]) -> float:
    """Share of ``part``'s words found in ``whole``, 0..1 (0 for an empty part)."""
    size = part.total()
    return common(part, whole) / size if size else 0.0
