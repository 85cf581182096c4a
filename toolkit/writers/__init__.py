"""Built-in writers for the outline, registered through the plugin hooks."""

from __future__ import annotations

import json
from collections.abc import Callable
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
        from toolkit.outline import report_dict

        text = json.dumps(report_dict(result), ensure_ascii=False, indent=2) + "\n"
        return text.encode("utf-8")


@hookimpl
def register_writers(register: Callable[[Writer], None]) -> None:
    register(OutlineJsonWriter())
