"""Diff operations and what can be read from a list of them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

EQUAL = "="
DELETE = "-"
INSERT = "+"


@dataclass(frozen=True, slots=True)
class TextOp:
    """One diff operation: ``op`` is ``"="`` (both), ``"-"`` (old only) or ``"+"`` (new only).

    ``rollover`` marks a year that moved by exactly the gap between the reports: a ``"-"`` op
    and the ``"+"`` op right after it, not counted as a change and displayed as the new text.
    """

    op: str
    text: str
    rollover: bool = False


def old_text(ops: Iterable[TextOp]) -> str:
    """The old text: equal and deleted ops in order."""
    return "".join(op.text for op in ops if op.op != INSERT)


def new_text(ops: Iterable[TextOp]) -> str:
    """The new text: equal and inserted ops in order."""
    return "".join(op.text for op in ops if op.op != DELETE)


def change_runs(ops: Iterable[TextOp]) -> list[list[TextOp]]:
    """The changes counted in 处: maximal runs of counted ``-``/``+`` ops.

    Equal ops and rollover ops end a run; a run is never empty.
    """
    runs: list[list[TextOp]] = []
    current: list[TextOp] = []
    for op in ops:
        if op.op == EQUAL or op.rollover:
            if current:
                runs.append(current)
                current = []
        else:
            current.append(op)
    if current:
        runs.append(current)
    return runs


def merge_adjacent(ops: Iterable[TextOp]) -> list[TextOp]:
    """Join neighbouring ops of the same kind (rollover ops are never joined)."""
    merged: list[TextOp] = []
    for op in ops:
        if not op.text:
            continue
        last = merged[-1] if merged else None
        if last is not None and last.op == op.op and not last.rollover and not op.rollover:
            merged[-1] = TextOp(op.op, last.text + op.text)
        else:
            merged.append(op)
    return merged
