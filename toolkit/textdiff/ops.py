"""Diff operations and what can be read from a list of them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Literal

from toolkit.records import record

EQUAL = "="
DELETE = "-"
INSERT = "+"
#: bookkeeping: text that changed only by the reports' distance (a rolled year, a renumbered
#: label); not a change
SHIFT = "~"
#: why a ``"~"`` op is bookkeeping: a year moved by exactly the gap between the reports, or a
#: heading label that only changed its number (（三） → （四）)
Reason = Literal["", "year", "label"]
YEAR: Reason = "year"
LABEL: Reason = "label"
#: the ops that count as changes
CHANGES = (DELETE, INSERT)


@record
class TextOp:
    """One diff operation: ``op`` is ``"="`` (both), ``"-"`` (old only), ``"+"`` (new only) or
    ``"~"`` (bookkeeping: ``old`` on the old side, ``text`` on the new side, for ``reason``).

    A ``"~"`` op is not counted as a change and is displayed as its new text; it never holds a
    line break."""

    op: str
    text: str
    old: str = ""
    reason: Reason = ""

    @property
    def old_side(self) -> str:
        """The op's text on the old side ("" for an insertion)."""
        return "" if self.op == INSERT else self.old if self.op == SHIFT else self.text

    @property
    def new_side(self) -> str:
        """The op's text on the new side ("" for a deletion)."""
        return "" if self.op == DELETE else self.text


def shift(old: str, new: str, reason: Reason) -> TextOp:
    """The bookkeeping op of ``old`` becoming ``new``."""
    return TextOp(SHIFT, new, old, reason)


def old_text(ops: Iterable[TextOp]) -> str:
    """The old text: equal, deleted and the old side of bookkeeping ops, in order."""
    return "".join(op.old_side for op in ops)


def new_text(ops: Iterable[TextOp]) -> str:
    """The new text: equal, inserted and the new side of bookkeeping ops, in order."""
    return "".join(op.new_side for op in ops)


def one_sided(ops: Iterable[TextOp]) -> Iterator[tuple[str, str, Reason]]:
    """(op, text, reason) with each ``"~"`` op written as its two sides: a ``"-"`` of the old
    text and a ``"+"`` of the new one, both with the op's reason (for writers that put each
    side's text where it stands, such as tracked changes)."""
    for op in ops:
        if op.op == SHIFT:
            yield DELETE, op.old, op.reason
            yield INSERT, op.text, op.reason
        else:
            yield op.op, op.text, ""


def change_runs(ops: Iterable[TextOp]) -> list[list[TextOp]]:
    """The changes counted in 处: maximal runs of ``-``/``+`` ops.

    Equal ops and bookkeeping ops end a run; a run is never empty.
    """
    runs: list[list[TextOp]] = []
    current: list[TextOp] = []
    for op in ops:
        if op.op not in CHANGES:
            if current:
                runs.append(current)
                current = []
        else:
            current.append(op)
    if current:
        runs.append(current)
    return runs


def merge_adjacent(ops: Iterable[TextOp]) -> list[TextOp]:
    """Join neighbouring ops of the same kind (bookkeeping ops are never joined)."""
    merged: list[TextOp] = []
    for op in ops:
        if not op.text:
            continue
        last = merged[-1] if merged else None
        if last is not None and last.op == op.op != SHIFT:
            merged[-1] = TextOp(op.op, last.text + op.text)
        else:
            merged.append(op)
    return merged
