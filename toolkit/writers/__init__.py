"""Built-in writers for the outline, registered through the plugin hooks."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from toolkit.model import Report
from toolkit.plugins import hookimpl
from toolkit.plugins.base import Writer


class OutlineJsonWriter(Writer):
    name = "outline-json"
    description = "The parsed report as JSON (toolkit/schemas/outline.schema.json)"
    subject = "outline"
    format = "json"
    suffixes = (".json",)

    def write(self, result: Report, **options: Any) -> bytes:
        return b"".join(self.write_chunks(result, **options))

    def write_chunks(self, result: Report, **options: Any) -> Iterator[bytes]:
        """The JSON in UTF-8 pieces of about 64 KB (``json.dumps`` of a 50 MB report peaked at
        250 MB more than the report itself)."""
        from toolkit.outline import report_dict

        encoder = json.JSONEncoder(ensure_ascii=False, indent=2)
        pending: list[str] = []
        size = 0
        for piece in encoder.iterencode(report_dict(result)):
            pending.append(piece)
            size += len(piece)
            if size >= 65536:
                yield "".join(pending).encode("utf-8")
                pending, size = [], 0
        pending.append("\n")
        yield "".join(pending).encode("utf-8")


@hookimpl
def register_writers(register: Callable[[Writer], None]) -> None:
    register(OutlineJsonWriter())
