"""The report model: frozen dataclasses shared by every reader, profile, analyzer and writer.

A reader turns a file into a :class:`SourceDocument` (a flat list of :class:`Block`); a structure
profile turns that into a :class:`Report` (a section tree). Every block of the source ends up in
exactly one place of the report: ``chrome`` (web-page furniture), ``front`` (title … opening
paragraphs), or a section's heading and paragraphs. Ids are positional and stable for a given
input: section ``s2.3`` is the third child of the second top-level section, its paragraphs are
``s2.3.p1``, ``s2.3.p2`` …; front paragraphs are ``f.p1`` …, chrome ``c.p1`` ….
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import field
from enum import StrEnum

from toolkit.records import record


@record
class Block:
    """One paragraph of source text as a reader found it.

    ``line`` is the 1-based line number (text, Markdown, HTML) or paragraph number (.docx) of
    the block in its source. ``heading_level`` is set when the source marks the block as a heading
    (a Word heading style, ``<h2>``, ``## …``), ``None`` otherwise. ``bold_prefix`` is the number
    of leading characters printed bold: a run-in heading in a .docx; 0 when unknown.
    """

    text: str
    line: int
    heading_level: int | None = None
    bold_prefix: int = 0


@record
class SourceDocument:
    """What a reader produces: the blocks of one file in reading order."""

    path: str
    format: str  #: "txt", "md", "docx" or "html"
    blocks: tuple[Block, ...]
    encoding: str | None = None  #: the detected text encoding; None for .docx
    #: reader-level metadata: for a web page ``page_title``, ``page_date``, ``source``, ``title``
    #: (a title printed only outside the text), ``photo_caption``, the 索引号 … table
    meta: Mapping[str, str] = field(default_factory=dict)
    #: what the reader had to work around, one sentence each ("the page nests deeper than …")
    warnings: tuple[str, ...] = ()


class Role(StrEnum):
    """What a section does in a work report; "other" when the profile cannot tell."""

    REVIEW = "review"  #: 工作回顾: what was done in the year (and term) under review
    OUTLOOK = "outlook"  #: five-year goals (“十五五”时期的主要目标)
    PLAN = "plan"  #: 工作安排 / 重点任务: what will be done in the coming year
    GOVERNMENT = "government"  #: 加强政府自身建设
    ANNEX = "annex"  #: 附件 (e.g. 十件民生实事)
    GLOSSARY = "glossary"  #: 名词解释 / 注释
    OTHER = "other"


@record
class Paragraph:
    """A body paragraph. ``lead`` is its opening lead sentence ("经济运行稳中向好。") when it
    has one that acts as a third-level heading, else ""; ``text`` always starts with it."""

    id: str
    line: int
    text: str
    lead: str = ""


@record
class Section:
    """A numbered or titled section and everything under it.

    ``label`` is the numbering as printed ("一、", "（一）", "1.") or "" for an unnumbered
    heading. ``heading`` is the heading exactly as in the source; ``title`` is it without label
    and closing punctuation. When ``run_in`` is true the heading opened a paragraph whose body
    continues on the same line; that body is the first paragraph, with the same ``line``, so that
    ``heading + paragraphs[0].text`` is the source line. ``paragraphs`` are the section's own
    paragraphs (before and after its children); merge with ``children`` by ``line`` for order.
    ``continued`` is empty unless the heading was split over source lines ("（三）改革开放持续
    深化、" / "互促共进"): then ``heading`` is joined and each ``(offset, line)`` says that
    ``heading[offset:]`` starts on source line ``line``.
    """

    id: str
    level: int
    label: str
    title: str
    heading: str
    line: int
    paragraphs: tuple[Paragraph, ...] = ()
    children: tuple[Section, ...] = ()
    role: Role = Role.OTHER
    run_in: bool = False
    continued: tuple[tuple[int, int], ...] = ()

    def walk(self) -> Iterator[Section]:
        """This section and all its descendants, depth first, in source order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def items(self) -> Iterator[Paragraph | Section]:
        """Own paragraphs and direct children merged in source order."""
        merged: list[Paragraph | Section] = [*self.paragraphs, *self.children]
        # a run-in body shares its heading's line and comes right after it
        return iter(sorted(merged, key=lambda item: (item.line, isinstance(item, Section))))

    def all_paragraphs(self) -> Iterator[Paragraph]:
        """Every paragraph of this section and its descendants, in source order."""
        for item in self.items():
            if isinstance(item, Section):
                yield from item.all_paragraphs()
            else:
                yield item

    def text(self) -> str:
        """The section's full text as in the source (heading included), one line a block."""
        return "\n".join(self.lines())

    def lines(self) -> Iterator[str]:
        """The source lines of this section in order; a run-in heading and its body form one."""
        if not self.run_in:
            yield from (text for _, text in self.heading_lines())
        for item in self.items():
            if isinstance(item, Section):
                yield from item.lines()
            elif self.run_in and item is self.paragraphs[0]:
                yield self.heading + item.text
            else:
                yield item.text

    def own_lines(self) -> list[str]:
        """The section's own lines (children aside): its heading (with the run-in body) and own
        paragraphs; what alignment compares."""
        paragraphs = [p.text for p in self.paragraphs]
        if self.run_in and paragraphs:
            return [self.heading + paragraphs[0], *paragraphs[1:]]
        return [self.heading, *paragraphs]

    def own_units(self) -> list[str]:
        """The section's own text as diff units: a run-in heading is a unit of its own, without
        a line break, so that a heading printed on its own line in one year and run in the next
        pairs with its counterpart. ``"".join(s.own_units()) == "\\n".join(s.own_lines())``."""
        paragraphs = [p.text for p in self.paragraphs]
        units = [self.heading] if self.run_in and paragraphs else [self.heading + "\n"]
        units += [text + "\n" for text in paragraphs]
        units[-1] = units[-1].removesuffix("\n")
        return units

    def heading_lines(self) -> list[tuple[int, str]]:
        """The heading as it stands in the source: ``(line, text)`` for each line it spans."""
        starts = [(0, self.line), *self.continued]
        ends = [offset for offset, _ in self.continued] + [len(self.heading)]
        return [(line, self.heading[a:b]) for (a, line), b in zip(starts, ends, strict=True)]

    @property
    def char_count(self) -> int:
        """Characters of the section's text without line breaks (as drafters count 字数)."""
        return sum(len(line) for line in self.lines())


@record
class GlossaryEntry:
    """One entry of the 名词解释 glossary: "1.全域旅游:是指…" → term "全域旅游"."""

    term: str
    definition: str
    line: int
    label: str = ""


@record
class Report:
    """A parsed report.

    ``year`` is the year the report plans (the "2018年政府工作报告" delivered in December 2017
    is 2018), ``None`` when it cannot be told. ``meta`` holds what the profile found about the
    document: ``subtitle``, ``date`` (ISO), ``meeting``, ``speaker``, ``salutation``, web-page
    metadata (``索引号`` …) and ``previous``/``next`` links, each only when found.
    ``targets_paragraph`` is the id of the headline-targets paragraph, ``None`` when none.
    ``warnings`` are the reader's (:attr:`SourceDocument.warnings`): what of the file may be
    missing or altered.
    """

    source: str
    format: str
    profile: str
    title: str | None
    year: int | None
    meta: Mapping[str, str]
    front: tuple[Paragraph, ...]
    sections: tuple[Section, ...]
    glossary: tuple[GlossaryEntry, ...] = ()
    chrome: tuple[Paragraph, ...] = ()
    targets_paragraph: str | None = None
    encoding: str | None = None
    warnings: tuple[str, ...] = ()

    def walk(self) -> Iterator[Section]:
        """Every section, depth first, in source order."""
        for section in self.sections:
            yield from section.walk()

    def section(self, section_id: str) -> Section:
        """The section with this id; ``KeyError`` when there is none."""
        for section in self.walk():
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    def paragraphs(self) -> Iterator[tuple[Section | None, Paragraph]]:
        """Every body paragraph with the innermost section holding it (None for front matter)."""
        for paragraph in self.front:
            yield None, paragraph
        for top in self.sections:
            for section in top.walk():
                for paragraph in section.paragraphs:
                    yield section, paragraph

    def paragraph(self, paragraph_id: str) -> Paragraph:
        """The paragraph with this id; ``KeyError`` when there is none."""
        for _, paragraph in self.paragraphs():
            if paragraph.id == paragraph_id:
                return paragraph
        raise KeyError(paragraph_id)

    def lines(self) -> Iterator[tuple[int, str]]:
        """All source lines the report holds, with their line numbers, in source order.

        Together they are exactly the input's non-empty blocks: nothing lost, nothing twice.
        """
        items: list[tuple[int, str]] = [(p.line, p.text) for p in (*self.chrome, *self.front)]
        for top in self.sections:
            items.extend(_numbered_lines(top))
        return iter(sorted(items, key=lambda pair: pair[0]))

    @property
    def char_count(self) -> int:
        """Characters of the report body (front matter and sections), without line breaks."""
        return sum(len(p.text) for p in self.front) + sum(s.char_count for s in self.sections)


def _numbered_lines(section: Section) -> Iterator[tuple[int, str]]:
    if not section.run_in:
        yield from section.heading_lines()
    for item in section.items():
        if isinstance(item, Section):
            yield from _numbered_lines(item)
        elif section.run_in and item is section.paragraphs[0]:
            yield item.line, section.heading + item.text
        else:
            yield item.line, item.text
