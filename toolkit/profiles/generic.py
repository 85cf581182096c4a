"""The fallback profile for any document: headings from styles, Markdown ``#`` marks, or plain
numbering (第一章, 一、, （一）, 1., （1）, ①). No roles, no glossary, no targets paragraph."""

from __future__ import annotations

from toolkit.model import Block, Report, SourceDocument
from toolkit.plugins.base import Profile
from toolkit.profiles.headings import find_lead, is_title_line, labelled_heading, make_heading
from toolkit.profiles.numbering import read_label
from toolkit.profiles.tree import Heading, build_sections, front_paragraphs


def _heading(block: Block) -> Heading | None:
    if block.heading_level and block.heading_level > 0 and len(block.text) <= 80:
        label = read_label(block.text)
        return make_heading(block, label, block.heading_level)
    label = read_label(block.text)
    if label is not None:
        return labelled_heading(block, label)
    return None


class GenericProfile(Profile):
    name = "generic"
    description = "Any document: headings from styles, Markdown or plain numbering"

    def score(self, document: SourceDocument) -> float:
        return 0.1

    def parse(self, document: SourceDocument) -> Report:
        blocks = document.blocks
        title = None
        start = 0
        if blocks and (blocks[0].heading_level is not None or is_title_line(blocks[0].text, 60)):
            title, start = blocks[0].text, 1
        items = [(block, _heading(block)) for block in blocks[start:]]
        first = next((i for i, (_, h) in enumerate(items) if h is not None), len(items))
        front = [*blocks[:start], *(b for b, _ in items[:first])]
        return Report(
            source=document.path,
            format=document.format,
            profile=self.name,
            title=title,
            year=None,
            meta=dict(document.meta),
            front=front_paragraphs(front, "f"),
            sections=build_sections(items[first:], find_lead),
            encoding=document.encoding,
            warnings=document.warnings,
        )
