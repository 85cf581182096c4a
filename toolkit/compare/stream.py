"""The whole comparison as one stream of pieces in document order, for a redline: the ``=`` and
``+`` pieces in order are the new report line for line, the ``=`` and ``-`` pieces in order the
old report.

Every line of either report belongs to one pair (:attr:`SectionPair.old_lines` tells where it
stands), so each piece has a place in the old report, the new one, or both. A shared (``=``)
piece can stay shared only if the shared pieces before it are before it in both reports; the
most text that can is kept shared (a heaviest common subsequence), and every other shared piece
is written twice: deleted where it stood in the old report and inserted where it stands in the
new one. That is how a moved section, or a paragraph that moved across a subsection, comes out.
Between two shared pieces the old report's pieces come first, then the new report's.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from toolkit.compare.model import Comparison, LineRef
from toolkit.compare.pieces import Piece, line_positions, line_ref, pieces, with_source_breaks
from toolkit.sequence import heaviest_increasing
from toolkit.textdiff.ops import DELETE, EQUAL, INSERT

#: a piece's place in one report: (line position, pair index, piece index)
Key = tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class Placed:
    """A piece of pair number ``pair`` with the references of the lines it lies in."""

    piece: Piece
    pair: int
    old: LineRef | None
    new: LineRef | None
    moved: bool = False  #: a shared piece written apart because its place differs

    @property
    def op(self) -> str:
        return self.piece.op

    @property
    def text(self) -> str:
        return self.piece.text


@dataclass(slots=True)
class _Item:
    placed: Placed
    old_key: Key | None
    new_key: Key | None


def document_stream(comparison: Comparison) -> list[Placed]:
    """Every piece of every pair in document order (see the module docstring)."""
    pairs = comparison.pairs
    old_pos = line_positions(pairs, "old")
    new_pos = line_positions(pairs, "new")
    items: list[_Item] = []
    for index, pair in enumerate(pairs):
        for seq, piece in enumerate(with_source_breaks(pair, pieces(pair))):
            placed = Placed(
                piece,
                index,
                line_ref(pair.old_lines, piece.old_line),
                line_ref(pair.new_lines, piece.new_line),
            )
            old_key = _key(old_pos[index], piece.old_line, index, seq)
            new_key = _key(new_pos[index], piece.new_line, index, seq)
            items.append(_Item(placed, old_key, new_key))
    shared = sorted((i for i in items if i.placed.op == EQUAL), key=_new_key)
    chain = heaviest_increasing([_old_key(i) for i in shared], [len(i.placed.text) for i in shared])
    kept = {id(shared[k]) for k in chain}
    olds: list[_Item] = []
    news: list[_Item] = []
    for item in items:
        op = item.placed.op
        if op == DELETE:
            olds.append(item)
        elif op == INSERT:
            news.append(item)
        elif id(item) not in kept:
            olds.append(_half(item, DELETE))
            news.append(_half(item, INSERT))
    syncs = [item for item in shared if id(item) in kept]
    return _merge(syncs, olds, news)


def _new_key(item: _Item) -> Key:
    assert item.new_key is not None
    return item.new_key


def _old_key(item: _Item) -> Key:
    assert item.old_key is not None
    return item.old_key


def _key(positions: list[int], line: int | None, pair: int, seq: int) -> Key | None:
    if line is None:
        return None
    return (positions[line], pair, seq)


def _half(item: _Item, op: str) -> _Item:
    """One side of a shared piece that is written apart."""
    placed = item.placed
    on_old = op == DELETE
    piece = replace(
        placed.piece,
        op=op,
        old_line=placed.piece.old_line if on_old else None,
        new_line=None if on_old else placed.piece.new_line,
    )
    return _Item(
        Placed(
            piece,
            placed.pair,
            placed.old if on_old else None,
            None if on_old else placed.new,
            moved=True,
        ),
        item.old_key if on_old else None,
        None if on_old else item.new_key,
    )


def _merge(syncs: list[_Item], olds: list[_Item], news: list[_Item]) -> list[Placed]:
    """Shared pieces in order; before each, the old-only then the new-only pieces that come
    before it in their report and after the previous shared piece."""
    sync_old = [_old_key(s) for s in syncs]
    sync_new = [_new_key(s) for s in syncs]
    gaps_old: list[list[_Item]] = [[] for _ in range(len(syncs) + 1)]
    gaps_new: list[list[_Item]] = [[] for _ in range(len(syncs) + 1)]
    for item in sorted(olds, key=_old_key):
        gaps_old[bisect_left(sync_old, _old_key(item))].append(item)
    for item in sorted(news, key=_new_key):
        gaps_new[bisect_left(sync_new, _new_key(item))].append(item)
    out: list[Placed] = []
    for gap in range(len(syncs) + 1):
        out += [item.placed for item in gaps_old[gap]]
        out += [item.placed for item in gaps_new[gap]]
        if gap < len(syncs):
            out.append(syncs[gap].placed)
    return out
