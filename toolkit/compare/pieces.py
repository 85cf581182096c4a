"""A pair's ops cut into pieces that each lie within one line of each side, with the lines they
lie in: what the writers need to put a pair's text where it stands in the reports.

A piece is text without a line break, or a single line break. A text piece of a ``=`` op lies in
an old line and a new line, of a ``-`` op in an old line only, of a ``+`` op in a new line only;
a bookkeeping ``~`` op (a rolled year) becomes a ``-`` piece of its old text and a ``+`` piece of
its new text, both carrying its ``reason``.
A break ends the line(s) it lies in. Every side of a pair ends with a break of its own (the
*terminator*, not in the ops): shared (``=``) when both sides exist, so that a pair's last line
ends like any other. Joined in order, the pieces of a pair give ``old_text() + "\\n"`` (``=`` and
``-`` pieces) and ``new_text() + "\\n"`` (``=`` and ``+`` pieces).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from toolkit.compare.model import LineRef, SectionPair
from toolkit.textdiff.ops import DELETE, EQUAL, INSERT, Reason, one_sided


@dataclass(frozen=True, slots=True)
class Piece:
    """``op`` as in :class:`~toolkit.textdiff.ops.TextOp`; ``old_line``/``new_line`` are the
    indexes of the lines of the pair's old/new text the piece lies in (None on a side it is not
    in); ``reason`` is the bookkeeping reason of one side of a ``~`` op ("" for a change);
    ``terminator`` marks the break that ends the pair's last line(s)."""

    op: str
    text: str
    old_line: int | None
    new_line: int | None
    reason: Reason = ""
    terminator: bool = False
    source_break: bool = False  #: a break of the source inside a line the pair holds as one

    @property
    def is_break(self) -> bool:
        return self.text == "\n"

    def on_old(self) -> bool:
        return self.op != INSERT

    def on_new(self) -> bool:
        return self.op != DELETE


def pieces(pair: SectionPair) -> list[Piece]:
    """The pair's ops as pieces, terminators included (see the module docstring)."""
    out: list[Piece] = []
    old_line = new_line = 0
    for kind, whole, reason in one_sided(pair.ops):
        for index, text in enumerate(whole.split("\n")):
            if index:
                out.append(_piece(kind, "\n", old_line, new_line, reason))
                old_line += kind != INSERT
                new_line += kind != DELETE
            if text:
                out.append(_piece(kind, text, old_line, new_line, reason))
    if pair.old or pair.new:
        kind = EQUAL if pair.old and pair.new else INSERT if pair.new else DELETE
        out.append(Piece(kind, "\n", *_sides(kind, old_line, new_line), terminator=True))
    return out


def with_source_breaks(pair: SectionPair, cut: list[Piece]) -> list[Piece]:
    """The pieces with a break wherever the source breaks a line the pair holds as one (a
    heading split over source lines, :attr:`LineRef.breaks`): a ``-`` break where the old
    report has it, a ``+`` break where the new one has it (both, one after the other, where
    both have it), so that each report's own lines can be rebuilt."""
    if not any(ref.breaks for ref in (*pair.old_lines, *pair.new_lines)):
        return cut
    out: list[Piece] = []
    offsets = {"old": 0, "new": 0}  # characters of the current line written, per side
    for piece in cut:
        if piece.is_break:
            out.append(piece)
            for side, line in (("old", piece.old_line), ("new", piece.new_line)):
                if line is not None:
                    offsets[side] = 0
            continue
        text = piece.text
        while text:
            # the nearest source break inside this piece, on a side the piece is on
            cuts = []
            for side, refs, line in (
                ("old", pair.old_lines, piece.old_line),
                ("new", pair.new_lines, piece.new_line),
            ):
                ref = line_ref(refs, line)
                if ref is None:
                    continue
                for offset, _ in ref.breaks:
                    if offsets[side] < offset < offsets[side] + len(text) or (
                        offset == offsets[side] and offset > 0 and not _broken(out, side)
                    ):
                        cuts.append((offset - offsets[side], side))
            if not cuts:
                out.append(replace(piece, text=text))
                for side, line in (("old", piece.old_line), ("new", piece.new_line)):
                    if line is not None:
                        offsets[side] += len(text)
                break
            at = min(k for k, _ in cuts)
            if at:
                out.append(replace(piece, text=text[:at]))
                for side, line in (("old", piece.old_line), ("new", piece.new_line)):
                    if line is not None:
                        offsets[side] += at
                text = text[at:]
            for side in ("old", "new"):
                if (0, side) in [(k - at, s) for k, s in cuts]:
                    op = DELETE if side == "old" else INSERT
                    line_old = piece.old_line if side == "old" else None
                    line_new = piece.new_line if side == "new" else None
                    out.append(Piece(op, "\n", line_old, line_new, source_break=True))
    return out


def _broken(out: list[Piece], side: str) -> bool:
    """Whether the last piece written is a source break of this side (written already)."""
    if not out or not out[-1].source_break:
        return False
    return (out[-1].op == DELETE) == (side == "old") or (
        len(out) > 1 and out[-2].source_break and (out[-2].op == DELETE) == (side == "old")
    )


def _sides(op: str, old_line: int, new_line: int) -> tuple[int | None, int | None]:
    return (None if op == INSERT else old_line, None if op == DELETE else new_line)


def _piece(op: str, text: str, old_line: int, new_line: int, reason: Reason) -> Piece:
    return Piece(op, text, *_sides(op, old_line, new_line), reason=reason)


def line_ref(refs: tuple[LineRef, ...], index: int | None) -> LineRef | None:
    """The reference of line ``index`` of a side, None when unknown."""
    if index is None or index >= len(refs):
        return None
    return refs[index]


def line_positions(pairs: Sequence[SectionPair], side: str) -> list[list[int]]:
    """Per pair, the position in its report of each line of one side: the source line number
    when every pair carries its line references, else the pairs' order."""
    sides = [
        (p.old, p.old_lines, p.old_text()) if side == "old" else (p.new, p.new_lines, p.new_text())
        for p in pairs
    ]
    known = all(not ids or len(refs) == text.count("\n") + 1 for ids, refs, text in sides)
    positions: list[list[int]] = []
    counter = 0
    for ids, refs, text in sides:
        if not ids:
            positions.append([])
        elif known:
            positions.append([ref.line for ref in refs])
        else:
            count = text.count("\n") + 1
            positions.append(list(range(counter, counter + count)))
            counter += count
    return positions
