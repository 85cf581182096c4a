"""The fallback profile (placeholder until the structure parser lands)."""

from __future__ import annotations

from toolkit.model import Paragraph, Report, SourceDocument
from toolkit.plugins.base import Profile


class GenericProfile(Profile):
    name = "generic"
    description = "Any document: headings from styles, Markdown or plain numbering"

    def score(self, document: SourceDocument) -> float:
        return 0.1

    def parse(self, document: SourceDocument) -> Report:
        front = tuple(
            Paragraph(f"f.p{i}", b.line, b.text) for i, b in enumerate(document.blocks, 1)
        )
        return Report(
            document.path,
            document.format,
            self.name,
            None,
            None,
            {},
            front,
            (),
            encoding=document.encoding,
        )
