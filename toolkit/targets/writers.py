"""Writers of the ``targets`` subject: JSON (targets.schema.json) and CSV."""

from __future__ import annotations

import json
from typing import Any

from toolkit.plugins.base import Writer
from toolkit.targets.model import TargetsResult
from toolkit.targets.serialize import result_csv, targets_document


class TargetsJsonWriter(Writer):
    name = "targets-json"
    description = (
        "Targets, change and attainment tables as JSON (toolkit/schemas/targets.schema.json)"
    )
    subject = "targets"
    format = "json"
    suffixes = (".json",)

    def write(self, result: TargetsResult, **options: Any) -> bytes:
        text = json.dumps(targets_document(result), ensure_ascii=False, indent=2) + "\n"
        return text.encode("utf-8")


class TargetsCsvWriter(Writer):
    name = "targets-csv"
    description = "Targets as CSV; with two reports the change rows then the attainment rows"
    subject = "targets"
    format = "csv"
    suffixes = (".csv",)

    def write(self, result: TargetsResult, **options: Any) -> bytes:
        return result_csv(result).encode("utf-8")
