"""Where the text went: paragraphs of two reports paired by content, and the share of each
section's text that flowed to each section of the other report.

Every own line of every section (a run-in heading with its body is one line) is a unit. A unit's
words are its content words (:func:`~toolkit.textdiff.similarity.line_words`) without numbers
and years, each weighted by how rare it is in the two reports (``log(N / df)`` over all units):
"新质生产力" says more than "推进". Two units are similar by the weighted Dice of their word sets.
Each unit goes to its most similar unit of the other report (at least :data:`MIN_UNIT`), among
units of a compatible role (a review paragraph never goes to a plan paragraph); its characters
then flowed between the two innermost sections and every pair of their ancestors.

``share_old(o, n)`` is the part of ``o``'s text (subsections included) whose unit went into
``n``'s subtree; ``share_new(o, n)`` the part of ``n``'s text that came from ``o``'s subtree.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from toolkit.model import Role
from toolkit.textdiff.similarity import line_words

#: least similarity for a unit to count as gone to another
MIN_UNIT = 0.25
#: similarity from which a unit's whole text counts as gone; below, a share of it in proportion
FULL = 0.3
#: candidates whose exact similarity is computed, per unit
_SHORTLIST = 6
#: a word in more than this share of all units is not used to find candidates (it still counts)
_COMMON = 0.05
#: ... and a word in more than this many units neither (so that the cost grows with the text)
_MOST_UNITS = 32


@dataclass(frozen=True, slots=True)
class _Unit:
    node: object  #: the innermost section's node
    size: int  #: characters
    words: frozenset[str]
    family: str


@lru_cache(maxsize=16384)
def unit_words(line: str) -> frozenset[str]:
    """The content words of a line without numbers and years (cached)."""
    return frozenset(w for w in line_words(line) if w != "YEAR" and not _DIGIT.search(w))


_DIGIT = re.compile(r"\d")


def _units(nodes: Sequence, family: Callable[[Role], str], lines: Callable) -> Iterator[_Unit]:
    for node in nodes:
        kind = family(node.section.role)
        for line in lines(node.section):
            yield _Unit(node, len(line), unit_words(line), kind)
        yield from _units(node.children, family, lines)


class Flow:
    """The unit pairing of two section trees and the shares it gives (see the module doc).

    ``nodes`` are alignment nodes: objects with ``section``, ``parent`` and ``children``.
    ``family`` maps a role to its family (units pair only within one family, "" pairs with any).
    """

    def __init__(
        self,
        old_nodes: Sequence,
        new_nodes: Sequence,
        family: Callable[[Role], str],
        lines: Callable,
        within: Flow | None = None,
        min_unit: float = MIN_UNIT,
    ) -> None:
        old = list(_units(old_nodes, family, lines))
        new = list(_units(new_nodes, family, lines))
        df: dict[str, int] = defaultdict(int)
        for unit in (*old, *new):
            for word in unit.words:
                df[word] += 1
        total = len(old) + len(new)
        self.min_unit = min_unit
        if within is None:
            self._weight = {w: math.log((total + 1) / n) for w, n in df.items()}
        else:  # a flow inside a pair of sections weighs words as in the whole reports
            self._weight = within._weight
        common = max(2, min(int(total * _COMMON), _MOST_UNITS))
        self._flow_old: dict[tuple[int, int], float] = defaultdict(float)
        self._flow_new: dict[tuple[int, int], float] = defaultdict(float)
        self._size: dict[int, int] = defaultdict(int)
        for unit in old:
            for node in _chain(unit.node):
                self._size[id(node)] += unit.size
        for unit in new:
            for node in _chain(unit.node):
                self._size[id(node)] += unit.size
        frequent = {w for w, n in df.items() if n > common}
        for unit, match, score in self._best(new, old, frequent):
            amount = unit.size * min(1.0, score / FULL)
            for n in _chain(unit.node):
                for o in _chain(match.node):
                    self._flow_new[id(o), id(n)] += amount
        for unit, match, score in self._best(old, new, frequent):
            amount = unit.size * min(1.0, score / FULL)
            for o in _chain(unit.node):
                for n in _chain(match.node):
                    self._flow_old[id(o), id(n)] += amount

    def _mass(self, words: frozenset[str]) -> float:
        weight = self._weight
        return sum(weight[w] for w in words)

    def _best(
        self, units: Sequence[_Unit], others: Sequence[_Unit], common: set[str]
    ) -> Iterator[tuple[_Unit, _Unit, float]]:
        """Each unit with its most similar unit of ``others`` (when similar enough).

        Candidates are scored through an index of the words that are not ``common`` (one index
        a family of roles: units of two families are never compared); the best
        :data:`_SHORTLIST` of them get their exact similarity, common words included."""
        weight = self._weight
        indexes: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        for k, other in enumerate(others):
            index = indexes[other.family]
            for word in other.words - common:
                index[word].append(k)
        masses = [self._mass(other.words) for other in others]
        for unit in units:
            if not unit.words:
                continue
            searched = [indexes[unit.family], indexes[""]] if unit.family else indexes.values()
            partial: dict[int, float] = defaultdict(float)
            for word in unit.words - common:
                w = weight[word]
                for index in searched:
                    for k in index.get(word, ()):
                        partial[k] += w
            if not partial:
                continue
            mass = self._mass(unit.words)
            ranked = heapq.nsmallest(
                _SHORTLIST, partial, key=lambda k: (-partial[k] / (mass + masses[k]), k)
            )
            best, best_score = None, self.min_unit
            for k in ranked:
                shared = sum(map(weight.__getitem__, unit.words & others[k].words))
                score = 2 * shared / (mass + masses[k])
                if score > best_score:
                    best, best_score = others[k], score
            if best is not None:
                yield unit, best, best_score

    def size(self, node: object) -> int:
        """Characters of the node's text, subsections included."""
        return self._size[id(node)]

    def share_old(self, old: object, new: object) -> float:
        """Share of ``old``'s text that went into ``new`` (both subtrees), 0..1."""
        size = self._size[id(old)]
        return self._flow_old[id(old), id(new)] / size if size else 0.0

    def share_new(self, old: object, new: object) -> float:
        """Share of ``new``'s text that came from ``old`` (both subtrees), 0..1."""
        size = self._size[id(new)]
        return self._flow_new[id(old), id(new)] / size if size else 0.0


def _chain(node: object) -> Iterator[object]:
    """The node and its ancestors."""
    current = node
    while current is not None:
        yield current
        current = current.parent  # type: ignore[attr-defined]
