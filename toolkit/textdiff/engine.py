"""The token diff. fast-diff-match-patch (the C++ port of Google's diff-match-patch) lives here
and nowhere else.

Tokens are mapped to single code points (as ``diff_linesToChars`` does for lines): a line break
stays ``"\\n"`` so that the semantic cleanup prefers line boundaries, every other distinct token
gets a private-use code point (past 6,400 distinct tokens, in the supplementary planes). No time
limit makes the result independent of machine speed. After ``diff_main`` and
``diff_cleanupSemantic`` the runs' lengths are mapped back to the tokens. The C++ port gives the
same runs as the pure-Python diff-match-patch (``tests/test_diff_engine.py``), 5 to 100 times
faster. With a year gap, a deleted year and an inserted year ``gap`` apart inside one
change become bookkeeping ``"~"`` ops (see :class:`~toolkit.textdiff.ops.TextOp`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import fast_diff_match_patch

from toolkit.textdiff.ops import DELETE, EQUAL, INSERT, YEAR, TextOp, merge_adjacent, shift
from toolkit.textdiff.tokens import shifted_year, tokenize, year_of

_OPS = {"=": EQUAL, "-": DELETE, "+": INSERT}
# private-use areas: code points no text token will ever be confused with
_RANGES = ((0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD))


def _code_point(index: int) -> str:
    for start, end in _RANGES:
        if index <= end - start:
            return chr(start + index)
        index -= end - start + 1
    raise ValueError("too many distinct tokens to diff")


class _Encoder:
    def __init__(self) -> None:
        self.codes: dict[str, str] = {"\n": "\n"}

    def encode(self, tokens: Sequence[str], keys: Sequence[str] | None = None) -> str:
        """The tokens (or their ``keys``) as code points, a new one for each key not met
        before, in the order of their first appearance."""
        keys = tokens if keys is None else keys
        codes = self.codes
        new = [key for key in dict.fromkeys(keys) if key not in codes]
        start = len(codes) - 1
        if start + len(new) <= len(_first_codes()):  # mostly: all in the first range
            codes.update(zip(new, _first_codes()[start:], strict=False))
        else:
            codes.update(zip(new, map(_code_point, range(start, start + len(new))), strict=True))
        return "".join(map(codes.__getitem__, keys))


@cache
def _first_codes() -> str:
    """The code points of the first range, in order (:func:`_code_point` of 0, 1, 2 …)."""
    first, last = _RANGES[0]
    return "".join(map(chr, range(first, last + 1)))


def _raw_diff(
    old: Sequence[str], new: Sequence[str], *, cleanup: bool, old_keys: Sequence[str] | None = None
) -> list[tuple[str, int]]:
    """Diff token lists; returns (op, token count) runs."""
    encoder = _Encoder()
    a = encoder.encode(old, old_keys)
    b = encoder.encode(new)
    runs = fast_diff_match_patch.diff(
        a, b, timelimit=0, checklines=False, cleanup="Semantic" if cleanup else "No"
    )
    if sum(n for op, n in runs if op != "+") != len(a) or sum(
        n for op, n in runs if op != "-"
    ) != len(b):  # where wchar_t has 16 bits (Windows), a code point past U+FFFF counts twice
        raise RuntimeError("fast-diff-match-patch miscounted the diffed code points")
    return [(_OPS[op], count) for op, count in runs if count]


def diff_tokens(
    old: Sequence[str], new: Sequence[str], *, year_gap: int | None = None
) -> list[TextOp]:
    """Diff two token lists; the ops rebuild ``"".join(old)`` and ``"".join(new)`` exactly.

    ``year_gap`` (None: no rollover) makes years that moved by exactly that many years
    bookkeeping ``"~"`` ops (reason "year") instead of changes. Two passes: a literal diff
    without cleanup finds the old year tokens that stand in a change against a year
    ``year_gap`` later; the final diff (with semantic cleanup) treats those as equal to their
    counterparts.
    """
    keys = _rolled_keys(old, new, year_gap) if year_gap else None
    ops: list[TextOp] = []
    i = j = 0
    for op, count in _raw_diff(old, new, cleanup=True, old_keys=keys):
        if op == EQUAL:
            if keys is None:  # equal codes: equal tokens, one op for the run
                ops.append(TextOp(EQUAL, "".join(old[i : i + count])))
            else:
                ops += _equal_run(old[i : i + count], new[j : j + count])
            i += count
            j += count
        elif op == DELETE:
            ops.append(TextOp(DELETE, "".join(old[i : i + count])))
            i += count
        else:
            ops.append(TextOp(INSERT, "".join(new[j : j + count])))
            j += count
    return merge_adjacent(ops)


def _equal_run(old: Sequence[str], new: Sequence[str]) -> list[TextOp]:
    """The ops of a run of tokens diffed as equal: the equal tokens joined, each rolled year
    (the old token differs: it was coded as the new one) a bookkeeping op of its own."""
    ops: list[TextOp] = []
    start = 0
    for k, (a, b) in enumerate(zip(old, new, strict=True)):
        if a != b:
            if k > start:
                ops.append(TextOp(EQUAL, "".join(old[start:k])))
            ops.append(shift(a, b, YEAR))
            start = k + 1
    if start < len(old):
        ops.append(TextOp(EQUAL, "".join(old[start:])))
    return ops


def _rolled_keys(old: Sequence[str], new: Sequence[str], year_gap: int) -> list[str] | None:
    """Diff keys for the old tokens: a year that a literal diff shows replaced by the year
    ``year_gap`` later gets that later year's text as key; None when there is none."""
    if not any(map(year_of, old)):
        return None
    keys = list(old)
    rolled = False
    i = j = 0
    deleted: list[int] = []
    inserted: list[int] = []

    def settle() -> None:
        nonlocal rolled
        if any(year_of(old[k]) for k in deleted) and any(year_of(new[k]) for k in inserted):
            sub_old = [old[k] for k in deleted]
            sub_new = [new[k] for k in inserted]
            sub_keys = [shifted_year(t, year_gap) for t in sub_old]
            a = b = 0
            for op, count in _raw_diff(sub_old, sub_new, cleanup=False, old_keys=sub_keys):
                if op == EQUAL:
                    for _ in range(count):
                        if sub_old[a] != sub_new[b]:
                            keys[deleted[a]] = sub_new[b]
                            rolled = True
                        a += 1
                        b += 1
                elif op == DELETE:
                    a += count
                else:
                    b += count
        deleted.clear()
        inserted.clear()

    for op, count in _raw_diff(old, new, cleanup=False):
        if op == EQUAL:
            settle()
            i += count
            j += count
        elif op == DELETE:
            deleted.extend(range(i, i + count))
            i += count
        else:
            inserted.extend(range(j, j + count))
            j += count
    settle()
    return keys if rolled else None


def diff_texts(old: str, new: str, *, year_gap: int | None = None) -> list[TextOp]:
    """Diff two texts over word tokens (see :mod:`toolkit.textdiff.tokens`)."""
    return diff_tokens(tokenize(old), tokenize(new), year_gap=year_gap)


def diff_chars(old: str, new: str, *, timeout: float = 0.0) -> list[TextOp]:
    """Plain character-level diff-match-patch (no tokens, no cleanup), for benchmarks.

    ``timeout`` is diff-match-patch's ``Diff_Timeout`` in seconds (0: none; after it, a coarser,
    machine-dependent diff)."""
    runs = fast_diff_match_patch.diff(
        old, new, timelimit=timeout, checklines=False, cleanup="No", counts_only=False
    )
    return [TextOp(_OPS[op], text) for op, text in runs if text]
