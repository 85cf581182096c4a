"""The flat stores: every target and achieved figure of many reports, one a row, as JSON Lines
(``report-toolkit schema corpus-targets``) or CSV, written as the reports arrive."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from toolkit.corpus.facts import Record
from toolkit.targets.model import Target

#: the report's columns, then the target's (its ``year`` as ``value_year``)
COLUMNS = (
    "government",
    "level",
    "year",
    "source",
    *("value_year" if f.name == "year" else f.name for f in dataclasses.fields(Target)),
)


def rows(record: Record) -> Iterator[dict[str, Any]]:
    """One dict of :data:`COLUMNS` a target, then one an achieved figure, of one report's
    record (:func:`toolkit.corpus.facts.to_record`)."""
    report = {name: record[name] for name in ("government", "level", "year", "source")}
    for target in (*record["targets"], *record["achieved"]):
        values = dict(target)
        values["value_year"] = values.pop("year")
        yield {**report, **values}


def chunks(reports: Iterable[Record], fmt: str) -> Iterator[str]:
    """The text of the store in format ``fmt`` ("jsonl" or "csv"), a report at a time."""
    if fmt == "jsonl":
        for record in reports:
            yield "".join(
                json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n"
                for row in rows(record)
            )
        return
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in reports:
        writer.writerows(rows(record))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()
