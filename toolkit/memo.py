"""A cache read from C: a dict that works a missing value out on first lookup.

``map(memo.__getitem__, words)`` looks each word up in C and calls Python only for a word not
met before, where ``functools.lru_cache`` runs its wrapper (a lookup and a move to the front
of its list) on every call, and a call of a Python function runs the interpreter: for the
25,000 words of a report, a few thousand of them distinct, a third to a half of the
instructions. The values must depend on the key alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Memo(dict[K, V]):
    """``memo[key]`` is ``compute(key)``, worked out once a key; all forgotten when ``limit``
    keys are held (a long-running process keeps no more than that)."""

    def __init__(self, compute: Callable[[K], V], limit: int = 1 << 16) -> None:
        super().__init__()
        self.compute = compute
        self.limit = limit

    def __missing__(self, key: K) -> V:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.compute(key)
        return value
