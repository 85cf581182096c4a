"""A report's text as the terms analysis sees it: lines with their section and skeleton."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter

import ahocorasick

from toolkit.model import Report, Role, Section
from toolkit.terms.text import skeleton

CONTEXT_CHARS = 12


@dataclass(frozen=True, slots=True)
class TextLine:
    """One heading or paragraph: source line, text, innermost section id (None: front), that
    section's title, and the role of the top-level section holding it (None: front)."""

    line: int
    text: str
    section: str | None
    section_title: str
    skeleton: str
    role: Role | None = None


@dataclass(frozen=True, slots=True)
class ReportText:
    """The searchable text of a report (front matter, headings and paragraphs; no web chrome)."""

    lines: tuple[TextLine, ...]
    #: all skeletons joined by "\n" (never in a skeleton, so no match spans two lines)
    joined: str = field(init=False, repr=False, compare=False)
    offsets: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _counts: dict[str, int] = field(init=False, repr=False, compare=False)
    #: for skeletons counted by :meth:`count_all`: the index of the first line holding each
    _first: dict[str, int] = field(init=False, repr=False, compare=False)
    #: for each line, the skeletons counted by :meth:`count_all` found on it, with counts
    _on_line: list[dict[str, int]] | None = field(init=False, repr=False, compare=False)
    #: every skeleton counted by :meth:`count_all` (absent from ``_counts``: zero)
    _known: set[str] = field(init=False, repr=False, compare=False)
    #: section id (None: front matter) → indices of its own lines, made by :meth:`within`
    _by_section: dict[str | None, list[int]] | None = field(init=False, repr=False, compare=False)
    #: each line's skeleton as UTF-8 code units (:func:`_units`), made when first searched
    _line_units: list[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        offsets, position = [], 0
        for item in self.lines:
            offsets.append(position)
            position += len(item.skeleton) + 1
        object.__setattr__(self, "joined", "\n".join(item.skeleton for item in self.lines))
        object.__setattr__(self, "offsets", tuple(offsets))
        object.__setattr__(self, "_counts", {})
        object.__setattr__(self, "_first", {})
        object.__setattr__(self, "_on_line", None)
        object.__setattr__(self, "_known", set())
        object.__setattr__(self, "_by_section", None)
        object.__setattr__(self, "_line_units", None)

    def _units(self) -> list[str]:
        """Each line's skeleton as UTF-8 code units (:func:`_units`), made once."""
        units = self._line_units
        if units is None:
            units = [_units(item.skeleton) for item in self.lines]
            object.__setattr__(self, "_line_units", units)
        return units

    def count_all(self, cores: Iterable[str]) -> None:
        """Count many skeletons in one pass over the text (an Aho-Corasick automaton) and keep
        their counts, first lines and the lines holding them: :meth:`count`, :meth:`first` and
        :meth:`contains` of them are then lookups, and so are those of the parts made by
        :meth:`within`. Counting each skeleton apart scans the whole text once per skeleton,
        which grows with the square of the text's length. Counts are those of ``str.count``
        (occurrences that do not overlap)."""
        todo = {c for c in cores if c and c not in self._known}
        if not todo:
            return
        # a new set, not the old one grown: the parts made by :meth:`within` share the old one
        object.__setattr__(self, "_known", self._known | todo)
        on_line = self._on_line if self._on_line is not None else [{} for _ in self.lines]
        object.__setattr__(self, "_on_line", on_line)
        automaton = _automaton(todo, units=True)
        if automaton is None:
            return
        # line by line, the matches of each line counted in C; a skeleton that can overlap
        # itself (一一 in 一一一) is counted again without overlaps, as ``str.count`` does
        bordered = {c for c in todo if _self_overlapping(c)}
        counts, first = self._counts, self._first
        every: list[str] = []
        fixes: Counter[str] = Counter()
        units = self._units()
        values = itemgetter(1)
        # from the last line to the first: the first line holding a skeleton is written last
        for at in range(len(units) - 1, -1, -1):
            found = list(map(values, automaton.iter(units[at])))
            if not found:
                continue
            every += found
            on_this = Counter(found)
            if bordered and not bordered.isdisjoint(on_this):
                skeleton_ = self.lines[at].skeleton
                for core in bordered.intersection(on_this):
                    exact = skeleton_.count(core)
                    fixes[core] += exact - on_this[core]
                    on_this[core] = exact
            on_line[at].update(on_this)
            first.update(dict.fromkeys(on_this, at))
        totals = Counter(every)
        totals.update(fixes)
        counts.update(totals)

    def present(self, cores: Iterable[str]) -> set[str]:
        """Which of ``cores`` occur in the text, found in one pass (an Aho-Corasick automaton)
        that keeps nothing: for callers that ask only whether, not how often or where (counting
        every occurrence of every word of a report, line by line, costs several times more)."""
        todo = {c for c in cores if c}
        known = {c for c in todo if c in self._known}
        found = {c for c in known if self._counts.get(c)}
        automaton = _automaton(todo - known, units=True)
        if automaton is not None:
            found.update(
                map(itemgetter(1), chain.from_iterable(map(automaton.iter, self._units())))
            )
        return found

    @classmethod
    def of(cls, report: Report) -> ReportText:
        items: list[TextLine] = [_line(p.line, p.text, None, "") for p in report.front]
        for top in report.sections:
            for section in top.walk():
                where = (section.id, section.title, top.role)
                items.append(_line(section.line, section.heading, *where))
                items.extend(_line(p.line, p.text, *where) for p in section.paragraphs)
        items.sort(key=lambda item: item.line)
        return cls(tuple(items))

    def within(self, sections: Iterable[Section]) -> ReportText:
        """Only the lines of these sections and their descendants (with the counts of what
        :meth:`count_all` counted already, summed over those lines)."""
        ids = {s.id for top in sections for s in top.walk()}
        by_section = self._by_section
        if by_section is None:  # made once: scanning all lines for each part grew with the square
            by_section = {}
            for k, item in enumerate(self.lines):
                by_section.setdefault(item.section, []).append(k)
            object.__setattr__(self, "_by_section", by_section)
        keep = sorted(k for i in ids for k in by_section.get(i, ()))
        part = ReportText(tuple(self.lines[k] for k in keep))
        if self._on_line is not None:
            on_line = [self._on_line[k] for k in keep]
            for k, found in enumerate(on_line):
                for core, n in found.items():
                    if core not in part._counts:
                        part._counts[core] = 0
                        part._first[core] = k
                    part._counts[core] += n
            object.__setattr__(part, "_on_line", on_line)
            object.__setattr__(part, "_known", self._known)  # never grown in place: shared
        return part

    def counted(self) -> set[str]:
        """The skeletons :meth:`count_all` counted that occur in this text."""
        return {core for core in self._counts if core in self._known and self._counts[core]}

    @property
    def size(self) -> int:
        """Characters of all skeletons (the text's length for frequency statistics)."""
        return sum(len(item.skeleton) for item in self.lines)

    def count(self, core: str) -> int:
        """Occurrences of a skeleton in the text, line by line."""
        if not core:
            return 0
        known = self._counts.get(core)
        if known is None:
            known = 0 if core in self._known else self.joined.count(core)
            self._counts[core] = known
        return known

    def contains(self, core: str) -> bool:
        """Whether the skeleton occurs anywhere in the text."""
        return self.count(core) > 0

    def first(self, core: str) -> TextLine | None:
        """The first line holding the skeleton, None when none does."""
        if core in self._known:
            line = self._first.get(core)
            return None if line is None else self.lines[line]
        position = self.joined.find(core) if core else -1
        if position < 0:
            return None
        return self.lines[bisect_right(self.offsets, position) - 1]


def find_all(text: str, cores: Iterable[str]) -> dict[str, list[int]]:
    """The start of every occurrence of each skeleton in ``text``, those that overlap an
    earlier one of the same skeleton left out (as ``str.count`` counts); absent ones left out."""
    return finder(cores)(text)


def finder(cores: Iterable[str]) -> Callable[[str], dict[str, list[int]]]:
    """:func:`find_all` of ``cores`` in any text, the automaton made once for all texts."""
    automaton = _automaton(cores)

    def find(text: str) -> dict[str, list[int]]:
        if automaton is None:
            return {}
        starts: dict[str, list[int]] = {}
        ends: dict[str, int] = {}
        for end, core in automaton.iter(text):
            start = end - len(core) + 1
            if start >= ends.get(core, 0):
                starts.setdefault(core, []).append(start)
                ends[core] = end + 1
        return starts

    return find


def occurrences(text: str, strings: Iterable[str]) -> dict[str, list[int]]:
    """The start of every occurrence of each of ``strings`` in ``text``, overlapping ones
    included, in order (one pass of an automaton); absent ones left out."""
    automaton = _automaton(strings)
    if automaton is None:
        return {}
    starts: dict[str, list[int]] = {}
    for end, string in automaton.iter(text):
        starts.setdefault(string, []).append(end - len(string) + 1)
    return starts


def _automaton(cores: Iterable[str], *, units: bool = False) -> ahocorasick.Automaton | None:
    """An Aho-Corasick automaton finding ``cores`` (each its own value); None for none. With
    ``units`` it searches texts made :func:`_units`, and finds the same occurrences, several
    times faster: the automaton looks a character's transition up among all the characters that
    may follow, one by one, and at its root those are all the first characters of the cores
    (thousands for the words of a report); in UTF-8 no unit has more than 256."""
    automaton = ahocorasick.Automaton()
    for core in cores:
        automaton.add_word(_units(core) if units else core, core)
    if len(automaton) == 0:
        return None
    automaton.make_automaton()
    return automaton


def _units(text: str) -> str:
    """``text`` as its UTF-8 bytes, one character each. A string's units occur in another's
    exactly where the string does: no character's units start inside another's (UTF-8 marks
    the bytes that continue a character), so no match starts or ends mid-character."""
    return text.encode("utf-8", "surrogatepass").decode("latin-1")


def _self_overlapping(core: str) -> bool:
    """Whether two occurrences of ``core`` can overlap (一一 in 一一一, 发展发 in 发展发展发): a
    proper prefix of it is also its suffix."""
    return any(core.endswith(core[:k]) for k in range(1, len(core)))


def _line(
    number: int, text: str, section: str | None, title: str, role: Role | None = None
) -> TextLine:
    return TextLine(number, text, section, title, skeleton(text), role)


def context(text: str, term: str, width: int = CONTEXT_CHARS) -> str:
    """A snippet of ``text`` around the first occurrence of ``term`` (any punctuation between
    its characters allowed), with "…" where it was cut."""
    start = text.find(term)
    end = start + len(term)
    if start < 0:
        chars = [re.escape(ch) for ch in skeleton(term)]
        match = re.search(r"[\W_]*".join(chars), text) if chars else None
        if match is None:
            return text[: 2 * width] + ("…" if len(text) > 2 * width else "")
        start, end = match.span()
    lo = max(0, start - width)
    hi = min(len(text), end + width)
    return ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")
