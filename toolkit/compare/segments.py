"""A comparison's pairs cut into segments in reading order, for the views that show one diff per
section (terminal, text, HTML).

A pair's ops cover its sections' own text, which need not be one stretch of the report: a part's
closing paragraphs follow its subsections, and a split's sections may have others between them.
So a pair's ops are cut wherever another pair's line stands between two of its lines, and the
segments are shown in the new report's order: the new side of the segments, in order, is the new
report line for line. A deleted piece stays with the piece before it when nothing else stood
between them in the old report, else with the piece after it; a removed section comes after the
segment that holds the old line before it. A pair's segments joined give its ops back; a
moved section is shown, whole, where it stands in the new report.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from toolkit.compare.model import Comparison, TextOp
from toolkit.compare.pieces import Piece, line_positions, pieces
from toolkit.textdiff.ops import CHANGES, DELETE, INSERT, merge_adjacent, shift


@dataclass(frozen=True, slots=True)
class Segment:
    """Ops of pair number ``pair``; ``part`` is 0 for the pair's first segment in reading order,
    1, 2 … for the ones shown later (after its subsections, or after other sections)."""

    pair: int
    ops: tuple[TextOp, ...]
    part: int = 0

    @property
    def changed(self) -> bool:
        """True when the segment holds a counted change (bookkeeping aside)."""
        return any(op.op in CHANGES for op in self.ops)


@dataclass
class _Run:
    pair: int
    pieces: list[Piece]
    new_first: tuple[int, int] | None = None  #: (position, pair) of its first new line
    old_keys: list[tuple[int, int]] | None = None  #: (position, pair) of its old lines


def reading_segments(comparison: Comparison) -> list[Segment]:
    """Every pair's segments in the new report's reading order (see the module docstring)."""
    pairs = comparison.pairs
    new_pos = line_positions(pairs, "new")
    old_pos = line_positions(pairs, "old")
    new_next = _successors(new_pos)
    old_next = _successors(old_pos)
    runs: list[_Run] = []
    for index, pair in enumerate(pairs):
        own = [p for p in pieces(pair) if not p.terminator]
        mine = _cut(index, own, new_pos[index], old_pos[index], new_next, old_next)
        runs += mine or [_Run(index, [])]
    for run in runs:
        news = [p.new_line for p in run.pieces if p.new_line is not None]
        olds = [p.old_line for p in run.pieces if p.old_line is not None and p.op != "+"]
        run.new_first = (new_pos[run.pair][news[0]], run.pair) if news else None
        run.old_keys = [(old_pos[run.pair][o], run.pair) for o in olds]
    return _ordered(runs)


def _successors(positions: list[list[int]]) -> dict[int, int]:
    """Each line position → the next line position of the report (any pair)."""
    every = sorted(p for lines in positions for p in lines)
    return dict(pairwise(every))


def _cut(
    index: int,
    own: list[Piece],
    new_pos: list[int],
    old_pos: list[int],
    new_next: dict[int, int],
    old_next: dict[int, int],
) -> list[_Run]:
    """The pair's pieces in runs that are each one stretch of the new report (of the old one
    for a pair without a new side)."""

    def together(a: int, b: int, following: dict[int, int]) -> bool:
        return a == b or following.get(a) == b

    runs: list[_Run] = []
    current: list[Piece] = []
    pending: list[Piece] = []  # deleted pieces since the last new-side piece
    last_new: int | None = None
    last_old: int | None = None
    for piece in own:
        if piece.new_line is None:  # a deleted piece: where it goes is decided below
            pending.append(piece)
            continue
        line = new_pos[piece.new_line]
        if last_new is not None and not together(last_new, line, new_next):
            # a cut: deleted pieces stay behind while they continue the old stretch
            behind = 0
            old = last_old
            for deleted in pending:
                assert deleted.old_line is not None
                here = old_pos[deleted.old_line]
                if old is not None and not together(old, here, old_next):
                    break
                old, behind = here, behind + 1
            current += pending[:behind]
            pending = pending[behind:]
            runs.append(_Run(index, current))
            current = []
        current += pending
        current.append(piece)
        last_new = line
        for old_side in (*pending, piece):
            if old_side.old_line is not None:
                last_old = old_pos[old_side.old_line]
        pending = []
    if last_new is None:  # no new side: stretches of the old report
        return _cut_old(index, pending, old_pos, old_next)
    current += pending
    if current:
        runs.append(_Run(index, current))
    return runs


def _cut_old(
    index: int, own: list[Piece], old_pos: list[int], old_next: dict[int, int]
) -> list[_Run]:
    runs: list[_Run] = []
    current: list[Piece] = []
    last: int | None = None
    for piece in own:
        assert piece.old_line is not None
        here = old_pos[piece.old_line]
        if last is not None and here != last and old_next.get(last) != here:
            runs.append(_Run(index, current))
            current = []
        current.append(piece)
        last = here
    if current:
        runs.append(_Run(index, current))
    return runs


def _ordered(runs: list[_Run]) -> list[Segment]:
    """Runs with new lines by their first new line; the others after the run that holds the old
    line before theirs (first when none does); empty pairs after the pair before them."""
    anchors = sorted(
        (key, k) for k, run in enumerate(runs) if run.new_first for key in run.old_keys or []
    )
    anchor_keys = [key for key, _ in anchors]
    # (first new line, 0) for a run with new lines; (that of its anchor, 1, its first old line)
    # for one without; then the run's number, which keeps an empty pair after the run before it
    sort_keys: dict[int, tuple[tuple[int, int], int, tuple[int, int], int]] = {}
    start = (-1, -1)
    for k, run in enumerate(runs):
        if run.new_first is not None:
            sort_keys[k] = (run.new_first, 0, start, k)
    for k, run in enumerate(runs):
        if run.new_first is not None:
            continue
        if not run.old_keys:  # a pair with no text
            sort_keys[k] = sort_keys[k - 1] if k else (start, 0, start, k)
            sort_keys[k] = (*sort_keys[k][:3], k)
            continue
        where = bisect_left(anchor_keys, run.old_keys[0]) - 1
        base = sort_keys[anchors[where][1]][0] if where >= 0 else start
        sort_keys[k] = (base, 1, run.old_keys[0], k)
    order = sorted(range(len(runs)), key=lambda k: sort_keys[k])
    parts: dict[int, int] = {}
    out = []
    for k in order:
        run = runs[k]
        part = parts.get(run.pair, 0)
        parts[run.pair] = part + 1
        out.append(Segment(run.pair, tuple(_ops(run.pieces)), part))
    return out


def _ops(run: Sequence[Piece]) -> list[TextOp]:
    """The run's pieces as ops, the two sides of a bookkeeping op joined again (a side cut
    from its other half stands as a change of its own)."""
    ops: list[TextOp] = []
    k = 0
    while k < len(run):
        piece = run[k]
        after = run[k + 1] if k + 1 < len(run) else None
        if piece.reason and piece.op == DELETE and after and after.reason and after.op == INSERT:
            ops.append(shift(piece.text, after.text, piece.reason))
            k += 2
            continue
        ops.append(TextOp(piece.op, piece.text))
        k += 1
    return merge_adjacent(ops)
