"""Built-in writers of comparisons (subject "diff"): JSON and plain text. The Word redline and
HTML writers of other modules register for the same subject."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from toolkit.compare.model import Comparison
from toolkit.plugins import hookimpl
from toolkit.plugins.base import DEFAULT_OPTIONS, JsonWriter, WriteOptions, Writer


class DiffJsonWriter(JsonWriter):
    name = "diff-json"
    description = "Section pairs with word-level ops as JSON (toolkit/schemas/diff.schema.json)"
    subject = "diff"

    def data(self, result: Comparison) -> Any:
        from toolkit.compare.serialize import comparison_dict

        return comparison_dict(result)


class DiffTextWriter(Writer):
    name = "diff-text"
    description = "Summary, totals and inline diffs with [-old-]{+new+} markers"
    subject = "diff"
    format = "text"
    suffixes = (".txt", ".diff")

    def write(self, result: Comparison, options: WriteOptions = DEFAULT_OPTIONS) -> bytes:
        from toolkit.compare.plaintext import render_text

        return render_text(result).encode("utf-8")


@hookimpl
def register_writers(register: Callable[[Writer], None]) -> None:
    register(DiffJsonWriter())
    register(DiffTextWriter())
