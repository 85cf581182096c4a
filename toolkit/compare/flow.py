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
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from itertools import chain, compress
from typing import NamedTuple

from toolkit.memo import Memo
from toolkit.model import Role
from toolkit.textdiff.similarity import line_keys

#: least similarity for a unit to count as gone to another
MIN_UNIT = 0.25
#: similarity from which a unit's whole text counts as gone; below, a share of it in proportion
FULL = 0.3
#: candidates whose exact similarity is computed, per unit
_SHORTLIST = 6
#: a bound's margin for rounding (sums of the same weights in another order)
_SLACK = 1 + 1e-9
#: a word in more than this share of all units is not used to find candidates (it still counts)
_COMMON = 0.05
#: ... and a word in more than this many units neither (so that the cost grows with the text)
_MOST_UNITS = 32


# NamedTuples rather than frozen dataclasses: the same use, a tenth of the import time
# (0.09 against 0.7 ms a class on the loaded machine)
class _Unit(NamedTuple):
    node: object  #: the innermost section's node
    size: int  #: characters
    words: frozenset[str]
    family: str


class _Keyed(NamedTuple):
    unit: _Unit
    mass: float  #: the summed weight of its words
    rare: frozenset[str]  #: its words that are not common (the ones the index holds)
    common_mass: float  #: the summed weight of its common words (about: for a bound only)


@lru_cache(maxsize=16384)
def unit_words(line: str) -> frozenset[str]:
    """The content words of a line without numbers and years (cached)."""
    words = line_keys(line)  # the words of line_words(line), repeats aside: the same set
    return frozenset(compress(words, map(_plain.__getitem__, words)))


#: a word that is neither "YEAR" nor holds a digit
_PLAIN = re.compile(r"(?!YEAR\Z)\D*")


def _is_plain(word: str) -> bool:
    return _PLAIN.fullmatch(word) is not None


#: whether a word is plain, tested once a distinct word (a match a word of every line took
#: some 20 M instructions a provincial pair)
_plain = Memo(_is_plain)


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
        df = Counter(chain.from_iterable(unit.words for unit in (*old, *new)))
        total = len(old) + len(new)
        self.min_unit = min_unit
        if within is None:
            self._weight = {w: math.log((total + 1) / n) for w, n in df.items()}
            self._masses: dict[frozenset[str], float] = {}
        else:  # a flow inside a pair of sections weighs words as in the whole reports
            self._weight = within._weight
            self._masses = within._masses
        common = max(2, min(int(total * _COMMON), _MOST_UNITS))
        self._flow_old: dict[tuple[int, int], float] = defaultdict(float)
        self._flow_new: dict[tuple[int, int], float] = defaultdict(float)
        self._size: dict[int, int] = defaultdict(int)
        # the words of each node's own units, and (worked out when asked) of its subtree
        self._own_words: dict[int, list[frozenset[str]]] = defaultdict(list)
        self._words: dict[int, frozenset[str]] = {}
        for unit in chain(old, new):
            self._own_words[id(unit.node)].append(unit.words)
            for node in _chain(unit.node):
                self._size[id(node)] += unit.size
        frequent = {w for w, n in df.items() if n > common}
        old_keyed = self._keyed(old, frequent)
        new_keyed = self._keyed(new, frequent)
        for unit, match, score in self._best(new_keyed, old_keyed):
            amount = unit.size * min(1.0, score / FULL)
            for n in _chain(unit.node):
                for o in _chain(match.node):
                    self._flow_new[id(o), id(n)] += amount
        for unit, match, score in self._best(old_keyed, new_keyed):
            amount = unit.size * min(1.0, score / FULL)
            for o in _chain(unit.node):
                for n in _chain(match.node):
                    self._flow_old[id(o), id(n)] += amount

    def _mass(self, words: frozenset[str]) -> float:
        """The summed weight of ``words``, once a set of words for all flows of one alignment
        (a unit is a unit of every flow its section is in)."""
        mass = self._masses.get(words)
        if mass is None:
            mass = self._masses[words] = sum(map(self._weight.__getitem__, words))
        return mass

    def _keyed(self, units: Sequence[_Unit], common: set[str]) -> list[_Keyed]:
        """Each unit with its mass and its words that are not ``common``, worked out once for
        both directions of the pairing."""
        weight = self._weight
        keyed = []
        for unit in units:
            mass = self._mass(unit.words)
            rare = unit.words - common
            keyed.append(_Keyed(unit, mass, rare, mass - sum(map(weight.__getitem__, rare))))
        return keyed

    def _best(
        self, units: Sequence[_Keyed], others: Sequence[_Keyed]
    ) -> Iterator[tuple[_Unit, _Unit, float]]:
        """Each unit with its most similar unit of ``others`` (when similar enough).

        Candidates are scored through an index of the words that are not common (one index
        a family of roles: units of two families are never compared); the best
        :data:`_SHORTLIST` of them get their exact similarity, common words included.

        (Before the masses and the uncommon words were worked out once a unit, a provincial
        pair's four flows took 33 ms of its 45 ms alignment, best of 7.)"""
        weight = self._weight
        indexes: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        for k, other in enumerate(others):
            index = indexes[other.unit.family]
            for word in other.rare:
                index[word].append(k)
        masses = [other.mass for other in others]
        searched_by_family: dict[str, list[dict[str, list[int]]]] = {}
        for keyed in units:
            unit = keyed.unit
            if not unit.words:
                continue
            searched = searched_by_family.get(unit.family)
            if searched is None:
                searched = searched_by_family[unit.family] = _searched(indexes, unit.family)
            partial: dict[int, float] = defaultdict(float)
            if len(searched) == 1:  # mostly: the same sums, without the lookups of a loop
                index = searched[0]
                for word in keyed.rare:
                    postings = index.get(word)
                    if postings:
                        w = weight[word]
                        for k in postings:
                            partial[k] += w
            else:
                for word in keyed.rare:
                    w = weight[word]
                    for index in searched:
                        for k in index.get(word, ()):
                            partial[k] += w
            if not partial:
                continue
            mass = keyed.mass
            ranked = heapq.nsmallest(
                _SHORTLIST, partial, key=lambda k: (-partial[k] / (mass + masses[k]), k)
            )
            best, best_score = None, self.min_unit
            words = unit.words
            common_mass = keyed.common_mass
            for k in ranked:
                # at most the shared uncommon words and all common words of the lighter unit:
                # a candidate that cannot beat the best so far is not scored
                bound = (partial[k] + min(common_mass, others[k].common_mass)) * 2
                if bound * _SLACK <= best_score * (mass + masses[k]):
                    continue
                candidate = others[k].unit
                shared = sum(map(weight.__getitem__, words & candidate.words))
                score = 2 * shared / (mass + masses[k])
                if score > best_score:
                    best, best_score = candidate, score
            if best is not None:
                yield unit, best, best_score

    def similarity(self, old: object, new: object) -> float:
        """The weighted Dice of the two sections' words (subsections included), weighed as the
        units' words are: how alike their whole texts are, whatever paragraph went where."""
        a, b = self._subtree_words(old), self._subtree_words(new)
        total = self._mass(a) + self._mass(b)
        return 2 * sum(map(self._weight.__getitem__, a & b)) / total if total else 0.0

    def _subtree_words(self, node: object) -> frozenset[str]:
        words = self._words.get(id(node))
        if words is None:
            own = chain.from_iterable(self._own_words.get(id(n), ()) for n in _subtree(node))
            words = self._words[id(node)] = frozenset().union(*own)
        return words

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


def _searched(indexes: dict[str, dict[str, list[int]]], family: str) -> list[dict[str, list[int]]]:
    """The word indexes a unit of ``family`` is compared through (empty ones left out): its
    family's and the one of roles that go with any, or all for a unit of such a role."""
    chosen = [indexes.get(family), indexes.get("")] if family else list(indexes.values())
    return [index for index in chosen if index]


def _subtree(node: object) -> Iterator:
    """The node and the nodes below it."""
    yield node
    for child in node.children:  # type: ignore[attr-defined]
        yield from _subtree(child)


def _chain(node: object) -> Iterator[object]:
    """The node and its ancestors."""
    current = node
    while current is not None:
        yield current
        current = current.parent  # type: ignore[attr-defined]
