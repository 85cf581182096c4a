"""Section and line references of a pair's sides: what writers need to place and style a pair's
text without parsing section ids or matching heading texts."""

from __future__ import annotations

from collections.abc import Iterator

from toolkit.compare.model import FRONT_ID, LineKind, LineRef, SectionRef
from toolkit.model import Report, Section


def section_refs(report: Report) -> dict[str, SectionRef]:
    """Every section of the report (and the front matter, as ``"front"``) by id."""
    refs = {FRONT_ID: SectionRef(FRONT_ID, report.title or "", 0)}

    def visit(sections: tuple[Section, ...], parent: Section | None) -> None:
        for number, section in enumerate(sections, start=1):
            refs[section.id] = SectionRef(
                id=section.id,
                heading=section.heading,
                level=section.level,
                number=number,
                parent=parent.id if parent else None,
                parent_heading=parent.heading if parent else None,
                run_in=section.run_in,
            )
            visit(section.children, section)

    visit(report.sections, None)
    return refs


def front_line_refs(report: Report) -> tuple[LineRef, ...]:
    """The front matter's lines: title lines, subtitle and speaker, then paragraphs."""
    titles = set(report.meta.get("title_lines", "").split(" / ")) | {report.title}
    subtitles = {report.meta.get("subtitle"), report.meta.get("speaker")}

    def kind(text: str) -> LineKind:
        if text in titles:
            return LineKind.TITLE
        return LineKind.SUBTITLE if text in subtitles else LineKind.PARAGRAPH

    return tuple(LineRef(p.line, FRONT_ID, kind(p.text), 0) for p in report.front)


def own_line_refs(section: Section) -> tuple[LineRef, ...]:
    """The lines of the section's own text (heading and own paragraphs), as
    :meth:`toolkit.model.Section.own_lines` gives them."""
    refs = []
    paragraphs = section.paragraphs
    if section.run_in and paragraphs:
        refs.append(LineRef(paragraphs[0].line, section.id, LineKind.RUN_IN, section.level))
        paragraphs = paragraphs[1:]
    else:
        # a heading split over source lines is one line here; ``breaks`` says where it splits
        breaks = section.continued
        refs.append(LineRef(section.line, section.id, LineKind.HEADING, section.level, breaks))
    refs += [LineRef(p.line, section.id, LineKind.PARAGRAPH, section.level) for p in paragraphs]
    return tuple(refs)


def whole_line_refs(section: Section) -> tuple[LineRef, ...]:
    """The lines of the section's whole text, subsections included, as
    :meth:`toolkit.model.Section.lines` gives them."""
    return tuple(_whole(section))


def _whole(section: Section) -> Iterator[LineRef]:
    if not section.run_in:
        # Section.lines() gives a heading split over source lines as those lines
        for line, _ in section.heading_lines():
            yield LineRef(line, section.id, LineKind.HEADING, section.level)
    for item in section.items():
        if isinstance(item, Section):
            yield from _whole(item)
        else:
            first = section.run_in and item is section.paragraphs[0]
            kind = LineKind.RUN_IN if first else LineKind.PARAGRAPH
            yield LineRef(item.line, section.id, kind, section.level)
