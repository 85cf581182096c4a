"""A report's text as the terms analysis sees it: lines with their section and skeleton."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

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

    def __post_init__(self) -> None:
        offsets, position = [], 0
        for item in self.lines:
            offsets.append(position)
            position += len(item.skeleton) + 1
        object.__setattr__(self, "joined", "\n".join(item.skeleton for item in self.lines))
        object.__setattr__(self, "offsets", tuple(offsets))
        object.__setattr__(self, "_counts", {})

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
        """Only the lines of these sections and their descendants."""
        ids = {s.id for top in sections for s in top.walk()}
        return ReportText(tuple(item for item in self.lines if item.section in ids))

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
            known = self._counts[core] = self.joined.count(core)
        return known

    def contains(self, core: str) -> bool:
        """Whether the skeleton occurs anywhere in the text."""
        return self.count(core) > 0

    def first(self, core: str) -> TextLine | None:
        """The first line holding the skeleton, None when none does."""
        position = self.joined.find(core) if core else -1
        if position < 0:
            return None
        return self.lines[bisect_right(self.offsets, position) - 1]


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
