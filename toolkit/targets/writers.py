"""Writers of the ``targets`` subject: JSON (targets.schema.json) and CSV."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from toolkit.plugins.base import DEFAULT_OPTIONS, JsonWriter, WriteOptions, Writer

if TYPE_CHECKING:  # the registry loads this module on every run: nothing heavy at import
    from toolkit.targets.model import TargetsResult


class TargetsJsonWriter(JsonWriter):
    name = "targets-json"
    description = (
        "Targets, change and attainment tables as JSON (toolkit/schemas/targets.schema.json)"
    )
    subject = "targets"

    def data(self, result: TargetsResult) -> Any:
        from toolkit.targets.serialize import targets_document

        return targets_document(result)


class TargetsCsvWriter(Writer):
    name = "targets-csv"
    description = "Targets as CSV; with two reports the change rows then the attainment rows"
    subject = "targets"
    format = "csv"
    suffixes = (".csv",)

    def write(self, result: TargetsResult, options: WriteOptions = DEFAULT_OPTIONS) -> bytes:
        from toolkit.targets.serialize import result_csv

        return result_csv(result).encode("utf-8")
