"""Plain-text and Markdown readers: one block per non-empty line."""

from __future__ import annotations

import re
from pathlib import Path

from toolkit.errors import FormatError
from toolkit.model import Block, SourceDocument
from toolkit.plugins.base import Reader
from toolkit.readers.encoding import decode_bytes
from toolkit.readers.files import read_bytes

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_BOLD_LEAD = re.compile(r"^(\*\*|__)(.+?)\1")


def text_blocks(text: str, *, markdown: bool = False) -> tuple[Block, ...]:
    """Split decoded text into blocks: one per non-empty line, stripped of indentation
    (U+3000, NBSP, tabs). Line numbers count every line, empty ones included."""
    blocks = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        level = None
        bold = 0
        if markdown:
            heading = _MD_HEADING.match(line)
            if heading:
                level, line = len(heading.group(1)), heading.group(2)
            else:
                lead = _MD_BOLD_LEAD.match(line)
                if lead:
                    line = lead.group(2) + line[lead.end() :]
                    bold = len(lead.group(2))
            if not line:
                continue
        blocks.append(Block(line, number, level, bold))
    return tuple(blocks)


class TextReader(Reader):
    name = "txt"
    description = "Plain text in UTF-8, UTF-16 or GB18030/GBK (detected), one paragraph a line"
    suffixes = (".txt", ".text")
    markdown = False

    def read(self, path: Path) -> SourceDocument:
        data = read_bytes(path)
        text, encoding = decode_bytes(data, path)
        blocks = text_blocks(text, markdown=self.markdown)
        if not blocks:
            raise FormatError("file contains only whitespace", path)
        return SourceDocument(str(path), self.name, blocks, encoding)


class MarkdownReader(TextReader):
    name = "md"
    description = "Markdown: '#' headings and '**bold**' run-in leads are kept as structure"
    suffixes = (".md", ".markdown")
    markdown = True
