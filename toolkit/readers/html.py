"""The HTML reader plugin: a report page saved from a government site."""

from __future__ import annotations

import re
from pathlib import Path

from toolkit.model import SourceDocument
from toolkit.plugins.base import Reader

_HTML_START = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head)\b",
    re.IGNORECASE | re.DOTALL,
)


class HtmlReader(Reader):
    name = "html"
    description = (
        "HTML page saved from a government site: main text only, page furniture as metadata"
    )
    suffixes = (".html", ".htm", ".xhtml", ".shtml")

    def sniff(self, head: bytes, path: Path) -> int:
        probe = head.lstrip(b"\xef\xbb\xbf")
        if _HTML_START.match(probe):
            return 10
        return super().sniff(head, path)

    def read(self, path: Path) -> SourceDocument:
        from toolkit.readers.htmlpage import read_html

        return read_html(path)
