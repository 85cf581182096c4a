"""The draft as checkable lines: every source line with the top-level section that holds it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from toolkit.model import Report, Role, Section


@dataclass(frozen=True, slots=True)
class Line:
    """One source line of a report. ``top`` is its top-level section (None: front matter or
    web-page chrome); ``heading`` the section heading the line holds ("" for none): the whole
    line, or for a run-in heading the start of it, the rest being body text."""

    line: int
    text: str
    top: Section | None
    heading: str = ""

    @property
    def body(self) -> str:
        """The line without a heading it holds: "" for a heading line, a run-in one's body."""
        return self.text[len(self.heading) :]

    @property
    def role(self) -> Role | None:
        return None if self.top is None else self.top.role

    @property
    def section(self) -> str:
        return "" if self.top is None else self.top.heading


def report_lines(report: Report) -> list[Line]:
    """Every line of ``report`` in source order (chrome excluded)."""
    tops: dict[int, Section] = {}
    headings: dict[int, str] = {}
    for top in report.sections:
        for section in top.walk():
            headings[section.line] = section.heading
            tops[section.line] = top
            for paragraph in section.paragraphs:
                tops[paragraph.line] = top
    chrome = {p.line for p in report.chrome}
    return [
        Line(number, text, tops.get(number), headings.get(number, ""))
        for number, text in report.lines()
        if number not in chrome
    ]


_CLAUSE_END = re.compile(r"[，。；！？,;：:\n]")


def clauses(text: str) -> Iterator[tuple[int, str]]:
    """(offset, clause) for the clauses of ``text``, split at ，。；！？：
    and their half-width forms."""
    start = 0
    for match in _CLAUSE_END.finditer(text):
        if match.start() > start:
            yield start, text[start : match.start()]
        start = match.end()
    if start < len(text):
        yield start, text[start:]
