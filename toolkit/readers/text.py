"""Plain-text and Markdown readers: one block per non-empty line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from toolkit.errors import FormatError
from toolkit.lazy import lazy_pattern
from toolkit.model import Block, SourceDocument
from toolkit.plugins.base import Reader
from toolkit.readers.encoding import decode_bytes, decoding_warnings
from toolkit.readers.files import MAX_BLOCKS, check_block_count, read_bytes

#: Markdown only
_md_heading = lazy_pattern(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_md_bold_lead = lazy_pattern(r"^(\*\*|__)(.+?)\1")
#: the line boundaries of ``str.splitlines``
_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_BREAK = re.compile(f"\r\n|[{_BREAKS}]")


def iter_lines(text: str) -> Iterator[str]:
    """The lines of ``text`` as ``str.splitlines`` cuts them, one at a time (no list of all),
    in time linear in the text even when it is one 50 MB line."""
    start = 0
    for found in _BREAK.finditer(text):
        yield text[start : found.start()]
        start = found.end()
    if start < len(text):
        yield text[start:]


def text_blocks(
    text: str, *, markdown: bool = False, max_blocks: int | None = None
) -> tuple[Block, ...]:
    """Split decoded text into blocks: one per non-empty line, stripped of indentation
    (U+3000, NBSP, tabs). Line numbers count every line, empty ones included.

    Stops and returns ``max_blocks + 1`` blocks when there are more than ``max_blocks``
    (``None``: no limit), so that a hostile file cannot exhaust memory.
    """
    blocks: list[Block] = []
    for number, raw in enumerate(iter_lines(text), start=1):
        if max_blocks is not None and len(blocks) > max_blocks:
            break
        line = raw.strip()
        if not line:
            continue
        level = None
        bold = 0
        if markdown:
            heading = _md_heading().match(line)
            if heading:
                level, line = len(heading.group(1)), heading.group(2)
            else:
                lead = _md_bold_lead().match(line)
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
        blocks = text_blocks(text, markdown=self.markdown, max_blocks=MAX_BLOCKS)
        check_block_count(len(blocks), path)
        if not blocks:
            raise FormatError("file contains only whitespace", path)
        return SourceDocument(
            str(path), self.name, blocks, encoding, warnings=decoding_warnings(text, encoding)
        )


class MarkdownReader(TextReader):
    name = "md"
    description = "Markdown: '#' headings and '**bold**' run-in leads are kept as structure"
    suffixes = (".md", ".markdown")
    markdown = True
