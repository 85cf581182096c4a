"""The .docx reader plugin. The python-docx work happens in :mod:`toolkit.word.reader`,
imported only when a .docx is actually read."""

from __future__ import annotations

from pathlib import Path

from toolkit.model import SourceDocument
from toolkit.plugins.base import Reader

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class DocxReader(Reader):
    name = "docx"
    description = "Word .docx: body paragraphs and tables, tracked changes read as accepted"
    suffixes = (".docx", ".docm")

    def sniff(self, head: bytes, path: Path) -> int:
        claims_suffix = path.suffix.lower() in self.suffixes
        if head.startswith(OLE_MAGIC):  # legacy .doc or encrypted .docx: read() explains
            return 10 if claims_suffix or path.suffix.lower() == ".doc" else 0
        if head.startswith(ZIP_MAGIC):
            return 10 if claims_suffix else 5
        return 1 if claims_suffix else 0

    def read(self, path: Path) -> SourceDocument:
        from toolkit.word.reader import read_docx

        return read_docx(path)
