"""Built-in writers for the outline, registered through the plugin hooks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from toolkit.model import Report
from toolkit.plugins import hookimpl
from toolkit.plugins.base import JsonWriter, Writer


class OutlineJsonWriter(JsonWriter):
    name = "outline-json"
    description = "The parsed report as JSON (toolkit/schemas/outline.schema.json)"
    subject = "outline"

    def data(self, result: Report) -> Any:
        from toolkit.outline import report_dict

        return report_dict(result)


@hookimpl
def register_writers(register: Callable[[Writer], None]) -> None:
    register(OutlineJsonWriter())
