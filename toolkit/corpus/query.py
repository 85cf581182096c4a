"""Reading a store back: a government's reports year by year, without parsing them again.

>>> from toolkit.corpus.query import series
>>> reports = series("corpus.sqlite", "国务院")          # doctest: +SKIP
>>> [(r.year, len(r.targets)) for r in reports]          # doctest: +SKIP

Each item is a :class:`~toolkit.corpus.facts.ReportFacts` whose ``targets``, ``achieved`` and
``commitments`` are :class:`~toolkit.targets.model.Target` and ``terms``
:class:`~toolkit.terms.model.Term`, as the analyzers return them: a timeline or
:func:`toolkit.targets.track_commitments` takes them as they are.
"""

from __future__ import annotations

from pathlib import Path

from toolkit.corpus import sqlite
from toolkit.corpus.facts import ReportFacts
from toolkit.targets.commitments import track_commitments
from toolkit.targets.model import Commitment


def series(store: str | Path, government: str) -> list[ReportFacts]:
    """The reports of ``government`` (as stored: 安徽省, 国务院 …) in ``store``, by year (a
    report of unknown year last); one per file, so a year read from two files (a .docx and its
    .txt) appears twice. Empty when the store has no such government; :class:`FormatError`
    when ``store`` is not a store."""
    return list(sqlite.read_reports(store, government))


def governments(store: str | Path) -> list[tuple[str, str | None, int]]:
    """(government, level, number of reports) of every government in ``store``."""
    return sqlite.governments(store)


def tracked_commitments(older: ReportFacts, newer: ReportFacts) -> tuple[Commitment, ...]:
    """The older report's plan commitments with the results the newer report's review gives
    (the pairing of ``report-toolkit targets OLD NEW``), from stored facts."""
    return track_commitments(older.commitments, newer.achieved)
