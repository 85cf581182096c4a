"""The SQLite store (the only module that uses :mod:`sqlite3`): tables ``reports``,
``sections``, ``targets``, ``achieved``, ``commitments``, ``terms`` and ``store`` (version).

Every row of every table carries its report's ``report_id``, ``government``, ``level``,
``year`` (the year the report plans) and ``source``, and its own ``line``, so that a query
needs no join. Target rows (``targets``, ``achieved``, ``commitments``) hold every field of
:class:`toolkit.targets.model.Target`, its ``year`` as ``value_year`` (the year the value is
for: the planned year of a target, the year under review of an achieved figure).
"""

from __future__ import annotations

import dataclasses
import operator
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

from toolkit import __version__
from toolkit.corpus.facts import FACTS_SCHEMA, NAMES, Record, ReportFacts, SectionFact
from toolkit.errors import FormatError
from toolkit.targets.model import Target
from toolkit.terms.model import Term, TermKind

_COMMON = ("report_id", "government", "level", "year", "source")
_REPORT = tuple(
    f.name
    for f in dataclasses.fields(ReportFacts)
    if f.name not in ("sections", "targets", "achieved", "commitments", "terms")
)
_TARGET = tuple("value_year" if f.name == "year" else f.name for f in dataclasses.fields(Target))
_SECTION = ("section", "depth", "label", "title", "role", "line", "chars")
_TERM = tuple("term" if f.name == "text" else f.name for f in dataclasses.fields(Term))
_TABLES: dict[str, tuple[str, ...]] = {
    "sections": _SECTION,
    "targets": _TARGET,
    "achieved": _TARGET,
    "commitments": _TARGET,
    "terms": _TERM,
}

#: the fields of a record's items, in column order
_ITEM_FIELDS = {
    "sections": NAMES[SectionFact],
    "targets": NAMES[Target],
    "achieved": NAMES[Target],
    "commitments": NAMES[Target],
    "terms": NAMES[Term],
}
_GETTERS = {table: operator.itemgetter(*fields) for table, fields in _ITEM_FIELDS.items()}
_SCHEMA = [
    "CREATE TABLE store (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE reports (id INTEGER PRIMARY KEY, " + ", ".join(_REPORT) + ")",
    *(f"CREATE TABLE {t} (" + ", ".join((*_COMMON, *c)) + ")" for t, c in _TABLES.items()),
]
#: made when all rows are in (faster than keeping them up to date row by row)
_INDEXES = [
    *(f"CREATE INDEX {t}_by_government ON {t} (government, year)" for t in _TABLES),
    "CREATE INDEX reports_by_government ON reports (government, year)",
    "CREATE INDEX targets_by_indicator ON targets (canonical, indicator)",
    "CREATE INDEX terms_by_term ON terms (term)",
]


class SqliteWriter:
    """Rows of many reports streamed into a new database at ``path``, committed every
    ``batch`` reports; use as a context manager (the indexes are made and the database closed
    at its end)."""

    def __init__(self, path: str | Path, batch: int = 50) -> None:
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode = OFF")  # a temporary file, renamed when done
        self.db.execute("PRAGMA synchronous = OFF")
        for statement in _SCHEMA:
            self.db.execute(statement)
        self.db.executemany(
            "INSERT INTO store VALUES (?, ?)",
            [("toolkit_version", __version__), ("facts_schema", str(FACTS_SCHEMA))],
        )
        self.batch = batch
        self.pending = 0
        self.next_id = 1
        self.db.execute("BEGIN")

    def add(self, record: Record) -> None:
        """Insert one report's rows, from its record (:func:`toolkit.corpus.facts.to_record`)."""
        report_id = self.next_id
        self.next_id += 1
        values = [record[name] for name in _REPORT]
        values[_REPORT.index("warnings")] = "\n".join(record["warnings"])
        marks = ", ".join("?" * (len(_REPORT) + 1))
        self.db.execute(f"INSERT INTO reports VALUES ({marks})", [report_id, *values])
        common: tuple[Any, ...] = (report_id, record["government"], record["level"])
        common += (record["year"], record["source"])
        for table, fields in _ITEM_FIELDS.items():
            get = _GETTERS[table]
            rows = [common + get(item) for item in record[table]]
            if rows:
                marks = ", ".join("?" * (len(_COMMON) + len(fields)))
                self.db.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
        self.pending += 1
        if self.pending >= self.batch:
            self.db.execute("COMMIT")
            self.db.execute("BEGIN")
            self.pending = 0

    def __enter__(self) -> SqliteWriter:
        return self

    def __exit__(self, kind: object, *_: object) -> None:
        try:
            if kind is None:
                self.db.execute("COMMIT")
                for statement in _INDEXES:
                    self.db.execute(statement)
        finally:
            self.db.close()


def connect(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to a store; :class:`FormatError` when ``path`` is not one."""
    p = Path(path)
    if not p.is_file():
        raise FormatError("no such store", p)
    try:
        db = sqlite3.connect(f"file:{p.resolve()}?mode=ro", uri=True)
        db.execute("SELECT value FROM store WHERE key = 'facts_schema'").fetchone()
    except sqlite3.DatabaseError as exc:
        raise FormatError(f"not a report-toolkit store: {exc}", p) from exc
    return db


def governments(path: str | Path) -> list[tuple[str, str | None, int]]:
    """(government, level, number of reports) of every government in the store, by name."""
    with closing(connect(path)) as db:
        return db.execute(
            "SELECT government, level, COUNT(*) FROM reports WHERE government IS NOT NULL "
            "GROUP BY government, level ORDER BY government"
        ).fetchall()


def read_reports(path: str | Path, government: str | None = None) -> Iterator[ReportFacts]:
    """The reports of the store (of one ``government`` when given) with all their rows, by
    year then source."""
    with closing(connect(path)) as db:
        where, args = ("WHERE government = ?", (government,)) if government else ("", ())
        ids = db.execute(
            f"SELECT id FROM reports {where} ORDER BY year IS NULL, year, source", args
        ).fetchall()
        for (report_id,) in ids:
            yield _read_one(db, report_id)


def _read_one(db: sqlite3.Connection, report_id: int) -> ReportFacts:
    row = db.execute(
        f"SELECT {', '.join(_REPORT)} FROM reports WHERE id = ?", (report_id,)
    ).fetchone()
    data: dict[str, Any] = dict(zip(_REPORT, row, strict=True))
    data["warnings"] = tuple(data["warnings"].split("\n")) if data["warnings"] else ()
    for table, columns in _TABLES.items():
        rows = db.execute(
            f"SELECT {', '.join(columns)} FROM {table} WHERE report_id = ? ORDER BY rowid",
            (report_id,),
        ).fetchall()
        data[table] = tuple(_item(table, r) for r in rows)
    return ReportFacts(**data)


def _item(table: str, row: tuple[Any, ...]) -> SectionFact | Target | Term:
    if table == "sections":
        return SectionFact(*row)
    if table == "terms":
        term = list(row)
        term[1] = TermKind(term[1])
        return Term(*term)
    values: dict[str, Any] = dict(zip(_TARGET, row, strict=True))
    values["year"] = values.pop("value_year")
    for flag in ("five_year", "headline"):
        values[flag] = bool(values[flag])
    return Target(**values)
