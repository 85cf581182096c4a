"""A comparison's pairs cut into segments in reading order, for the views that show one diff per
section (terminal, text, HTML).

A pair's ops cover its sections' own text; when a section has paragraphs after its subsections
(a part's closing paragraphs), those ops are a segment of their own, shown after the subsections'
pairs. A pair's segments joined give its ops back. Lines of the new report decide where a piece
goes; a deleted piece goes where its line stood among the old subsections, kept between the
pieces around it. Pairs without line references are one segment each.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from toolkit.compare.model import Comparison, SectionPair, TextOp
from toolkit.compare.pieces import Piece, pieces


@dataclass(frozen=True, slots=True)
class Segment:
    """Ops of pair number ``pair``; ``part`` is 0 for the first segment shown, 1, 2 … for the
    continuations after its subsections."""

    pair: int
    ops: tuple[TextOp, ...]
    part: int = 0

    @property
    def changed(self) -> bool:
        """True when the segment holds a counted change (rolled years aside)."""
        return any(op.op != "=" and not op.rollover for op in self.ops)


def reading_segments(comparison: Comparison) -> list[Segment]:
    """Every pair's segments, each pair's first segment where the pair stands, continuations
    right after the pairs of the subsections they follow."""
    pairs = comparison.pairs
    children: dict[int | None, list[int]] = {}
    for index, pair in enumerate(pairs):
        parent = pair.parent if pair.parent is not None and pair.parent < index else None
        children.setdefault(parent, []).append(index)
    out: list[Segment] = []

    def emit(index: int) -> None:
        kids = children.get(index, [])
        cut = _cut(pairs[index], [pairs[k] for k in kids])
        part = 0
        for gap in range(len(kids) + 1):
            if cut[gap]:
                out.append(Segment(index, tuple(cut[gap]), part))
                part += 1
            elif gap == 0:
                out.append(Segment(index, (), 0))
                part += 1
            if gap < len(kids):
                emit(kids[gap])

    for root in children.get(None, []):
        emit(root)
    return out


def _cut(pair: SectionPair, kids: list[SectionPair]) -> list[list[TextOp]]:
    """The pair's ops in ``len(kids) + 1`` gaps: before the first child, after each child."""
    gaps: list[list[TextOp]] = [[] for _ in range(len(kids) + 1)]
    own = [p for p in pieces(pair) if not p.terminator]
    if not kids or not _has_refs(pair):
        gaps[0] = list(pair.ops)
        return gaps
    new_first = [k.new_lines[0].line if k.new and k.new_lines else None for k in kids]
    old_first = [k.old_lines[0].line if k.old and k.old_lines else None for k in kids]
    places: list[int | None] = []
    for piece in own:
        if piece.new_line is not None:
            places.append(_gap(pair.new_lines[piece.new_line].line, new_first))
        else:
            places.append(None)
    # a deleted piece: where its old line stood among the old children, between its neighbours
    low = 0
    for index, piece in enumerate(own):
        if places[index] is not None:
            low = places[index] or 0
            continue
        high = next((p for p in places[index + 1 :] if p is not None), len(kids))
        assert piece.old_line is not None
        wanted = _gap(pair.old_lines[piece.old_line].line, old_first)
        places[index] = min(max(wanted, low), high)
    for piece, place in zip(own, places, strict=True):
        _append(gaps[place or 0], piece)
    return gaps


def _has_refs(pair: SectionPair) -> bool:
    lines = (pair.old_text().count("\n") + 1, pair.new_text().count("\n") + 1)
    return (not pair.old or len(pair.old_lines) == lines[0]) and (
        not pair.new or len(pair.new_lines) == lines[1]
    )


def _gap(line: int, firsts: list[int | None]) -> int:
    """After the last child (in list order) that starts before ``line``; 0 when none does."""
    return max(
        (k + 1 for k, first in enumerate(firsts) if first is not None and first < line), default=0
    )


def _append(ops: list[TextOp], piece: Piece) -> None:
    last = ops[-1] if ops else None
    if last is not None and last.op == piece.op and last.rollover == piece.rollover:
        ops[-1] = TextOp(piece.op, last.text + piece.text, piece.rollover)
    else:
        ops.append(TextOp(piece.op, piece.text, piece.rollover))


def pair_segments(segments: list[Segment], index: int) -> Iterator[Segment]:
    """The segments of one pair, in order."""
    return (s for s in segments if s.pair == index)
