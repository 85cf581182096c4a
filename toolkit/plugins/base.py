"""Base classes, one per plugin kind. Plugin authors start here.

Each class documents its attributes and gives working defaults; a plugin overrides ``name`` and
the one method that does the work.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

from toolkit.model import Report, SourceDocument
from toolkit.records import record


class Reader:
    """Turns a file into a :class:`SourceDocument`.

    ``formats`` are the format names the reader produces ("txt", "docx" …); ``suffixes`` the file
    suffixes it claims (lower case, with the dot). :meth:`sniff` decides by content first.
    """

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    suffixes: ClassVar[tuple[str, ...]] = ()

    def sniff(self, head: bytes, path: Path) -> int:
        """How sure the reader is that it can read this file, from its first bytes and path.

        0 means "not mine". The default claims files by suffix with confidence 1; readers that
        recognise content (a zip signature, ``<html``) return more, so content beats suffix.
        """
        return 1 if path.suffix.lower() in self.suffixes else 0

    def read(self, path: Path) -> SourceDocument:
        """Read the file. Raise :class:`toolkit.errors.FormatError` for content it cannot read."""
        raise NotImplementedError


class Profile:
    """Parses a :class:`SourceDocument` into a :class:`Report` (a section tree).

    The profile with the highest :meth:`score` parses a document; the generic profile scores a
    small constant so that any specific profile that recognises the genre wins.
    """

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""

    def score(self, document: SourceDocument) -> float:
        """How well this profile fits the document, from 0 (not at all) to 1."""
        return 0.0

    def parse(self, document: SourceDocument) -> Report:
        raise NotImplementedError


@record(slots=False, kw_only=True)
class WriteOptions:
    """What a command tells its writer beside the result; each writer reads the fields that
    apply to it. A field that does not exist is an error where the options are made, never an
    option silently ignored."""

    #: who signs Word revisions and comments, shown in the HTML header (None: the writer's
    #: default)
    author: str | None = None
    #: HTML: old and new text in two columns instead of inline
    side_by_side: bool = False
    #: Word: a .docx with the RT styles (None: the shipped GB/T 9704 template)
    template: Path | None = None
    #: Word: the date of revisions and comments (None: now)
    date: datetime | None = None


#: the options of a writer called with none
DEFAULT_OPTIONS = WriteOptions()


class Writer:
    """Serialises a result to bytes in one format.

    ``subject`` names the kind of result it writes ("outline", "diff", "targets", "terms",
    "report"); ``format`` the output format ("json", "html", "docx", "txt", "csv"); ``suffixes``
    the file suffixes that select it. Writers are looked up by (subject, format).
    """

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    subject: ClassVar[str] = ""
    format: ClassVar[str] = ""
    suffixes: ClassVar[tuple[str, ...]] = ()

    def write(self, result: Any, options: WriteOptions = DEFAULT_OPTIONS) -> bytes:
        raise NotImplementedError

    def write_chunks(self, result: Any, options: WriteOptions = DEFAULT_OPTIONS) -> Iterator[bytes]:
        """The output in pieces, which the command line writes as they come (atomically). The
        default yields :meth:`write`'s bytes whole; a writer whose output can be large (a
        50 MB report as JSON) overrides this so that the output is never held whole."""
        yield self.write(result, options)


class JsonWriter(Writer):
    """A writer of JSON: override :meth:`data` to turn the result into JSON-ready data. The
    output is UTF-8, indented, with Chinese characters as they are, produced in pieces of about
    64 KB so that a large result is never held twice (``json.dumps`` of a 50 MB report peaked
    at 250 MB more than the report itself)."""

    format: ClassVar[str] = "json"
    suffixes: ClassVar[tuple[str, ...]] = (".json",)

    def data(self, result: Any) -> Any:
        raise NotImplementedError

    def write(self, result: Any, options: WriteOptions = DEFAULT_OPTIONS) -> bytes:
        return b"".join(self.write_chunks(result, options))

    def write_chunks(self, result: Any, options: WriteOptions = DEFAULT_OPTIONS) -> Iterator[bytes]:
        encoder = json.JSONEncoder(ensure_ascii=False, indent=2)
        pending: list[str] = []
        size = 0
        for piece in encoder.iterencode(self.data(result)):
            pending.append(piece)
            size += len(piece)
            if size >= 65536:
                yield "".join(pending).encode("utf-8")
                pending, size = [], 0
        pending.append("\n")
        yield "".join(pending).encode("utf-8")
