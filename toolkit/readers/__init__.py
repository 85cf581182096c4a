"""Built-in readers, registered through the plugin hooks like any third-party reader."""

from __future__ import annotations

from collections.abc import Callable

from toolkit.plugins import hookimpl
from toolkit.plugins.base import Reader
from toolkit.readers.docx import DocxReader
from toolkit.readers.html import HtmlReader
from toolkit.readers.text import MarkdownReader, TextReader


@hookimpl
def register_readers(register: Callable[[Reader], None]) -> None:
    register(TextReader())
    register(MarkdownReader())
    register(DocxReader())
    register(HtmlReader())
