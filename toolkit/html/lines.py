"""Diff ops cut into display lines, and which unchanged stretches to fold.

A pair's ops cover text whose lines are joined with ``"\\n"``; the page shows one paragraph per
line, so ops are split at line breaks into :class:`Line` objects made of ops (fragments). A
bookkeeping ``"~"`` op (a rolled year) holds both texts and is displayed as unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from toolkit.textdiff.ops import CHANGES, DELETE, INSERT, SHIFT, TextOp

#: a run of unchanged lines is folded when it holds at least this many characters
FOLD_LINES_MIN_CHARS = 120
#: an unchanged stretch inside a changed line is shortened when longer than this
FOLD_INLINE_MIN_CHARS = 200
#: characters kept visible on each side of a shortened stretch
INLINE_CONTEXT = 60
#: a changed line sharing less than this part of its text is shown as rewritten (old, then new)
REWRITE_SHARED_BELOW = 0.4
#: … when it is at least this long (short lines keep their word-level marks)
REWRITE_MIN_CHARS = 40


@dataclass(frozen=True, slots=True)
class Line:
    """One displayed paragraph: its fragments in order. A ``rewritten`` line has one deletion
    (the old paragraph) and one insertion (the new one), shown one after the other."""

    fragments: tuple[TextOp, ...]
    rewritten: bool = False

    @property
    def changed(self) -> bool:
        """True when a fragment is an insertion or a deletion (rolled years do not count)."""
        return any(f.op in CHANGES for f in self.fragments)

    @property
    def chars(self) -> int:
        """Characters shown on the new side (the old side for a deleted line)."""
        new = sum(len(f.new_side) for f in self.fragments)
        return new or sum(len(f.old_side) for f in self.fragments)


def rewrite(line: Line) -> Line:
    """The line as a whole-paragraph replacement when most of it changed, else unchanged.

    Word-level marks on a paragraph that was rewritten interleave red and green so densely
    that neither version can be read; below :data:`REWRITE_SHARED_BELOW` shared text the old
    paragraph is shown struck through, then the new one.
    """
    if not line.changed:
        return line
    old = "".join(f.old_side for f in line.fragments)
    new = "".join(f.new_side for f in line.fragments)
    longest = max(len(old), len(new))
    if longest < REWRITE_MIN_CHARS or not old or not new:
        return line
    shared = sum(len(f.new_side) for f in line.fragments if f.op not in CHANGES)
    if shared / longest >= REWRITE_SHARED_BELOW:
        return line
    return Line((TextOp(DELETE, old), TextOp(INSERT, new)), rewritten=True)


def split_lines(ops: Iterable[TextOp]) -> list[Line]:
    """The ops cut at every line break into display lines (a break inside any op starts a
    line); mostly rewritten lines become whole-paragraph replacements (see :func:`rewrite`)."""
    lines: list[list[TextOp]] = [[]]
    for fragment in ops:
        if not fragment.text:
            continue
        if fragment.op == SHIFT or "\n" not in fragment.text:
            lines[-1].append(fragment)
            continue
        for index, piece in enumerate(fragment.text.split("\n")):
            if index:
                lines.append([])
            if piece:
                lines[-1].append(TextOp(fragment.op, piece))
    return [rewrite(Line(tuple(parts))) for parts in lines if parts]


@dataclass(frozen=True, slots=True)
class LineRun:
    """Consecutive lines shown together: ``folded`` blocks go into a closed ``<details>``."""

    lines: tuple[Line, ...]
    folded: bool

    @property
    def chars(self) -> int:
        return sum(line.chars for line in self.lines)


def plan_blocks(lines: Sequence[Line]) -> list[LineRun]:
    """Group lines into shown and folded blocks.

    Runs of unchanged lines with at least :data:`FOLD_LINES_MIN_CHARS` characters are folded,
    except a short first line (the heading), which always stays visible. When no line changed,
    nothing is folded (the caller decides whether to show an unchanged section at all).
    """
    if not any(line.changed for line in lines):
        return [LineRun(tuple(lines), False)] if lines else []
    blocks: list[LineRun] = []
    run: list[Line] = []

    def flush() -> None:
        if run:
            chars = sum(line.chars for line in run)
            blocks.append(LineRun(tuple(run), chars >= FOLD_LINES_MIN_CHARS))
            run.clear()

    for index, line in enumerate(lines):
        if line.changed or (index == 0 and line.chars <= 80):
            flush()
            if blocks and not blocks[-1].folded:
                blocks[-1] = LineRun((*blocks[-1].lines, line), False)
            else:
                blocks.append(LineRun((line,), False))
        else:
            run.append(line)
    flush()
    # merge neighbouring visible blocks (a short unchanged run stays in place)
    merged: list[LineRun] = []
    for block in blocks:
        if merged and not block.folded and not merged[-1].folded:
            merged[-1] = LineRun((*merged[-1].lines, *block.lines), False)
        else:
            merged.append(block)
    return merged
