"""Build a store: find the report files, get each one's facts (from the cache or a worker
process), stream them into the writer, and count what happened.

Only the file list is held whole; facts are written as they arrive and dropped, so memory stays
bounded however large the corpus (see :func:`toolkit.parallel.imap_bounded`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.corpus.cache import FactsCache
from toolkit.corpus.extract import digest_of, facts_of
from toolkit.corpus.facts import Record, record_of, to_json
from toolkit.errors import OutputError, ToolkitError
from toolkit.readers.files import check_input, report_files

#: the store formats by output suffix
FORMATS = {".sqlite": "sqlite", ".db": "sqlite", ".jsonl": "jsonl", ".csv": "csv"}
#: the exit status of a run is the number of failed files, at most this
MAX_STATUS = 125


@dataclass
class CorpusSummary:
    """What a run did: reports stored, how many were parsed and how many came from the cache,
    the files that failed (path, one-line problem), rows written per table, and reports read
    with the generic profile (not recognised as work reports)."""

    stored: int = 0
    parsed: int = 0
    cached: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    generic: int = 0

    @property
    def exit_code(self) -> int:
        """The number of failed files (0: all stored), at most :data:`MAX_STATUS`."""
        return min(len(self.failures), MAX_STATUS)


@dataclass(frozen=True)
class Progress:
    """One event of a run, for a progress display: ``done`` of ``total`` files, the file, and
    its problem when it failed ("" when stored)."""

    done: int
    total: int
    source: str
    problem: str = ""
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Task:
    source: str
    encoding: str | None
    cache: str | None  #: the cache's root folder; None: --no-cache


def _work(task: _Task) -> tuple[str, str, str]:
    """In a worker: ("cached" | "parsed", source, facts JSON) or ("failed", source, problem)."""
    try:
        check_input(task.source)  # a pipe would block the hash, a folder fail it
        digest = digest_of(task.source, task.encoding)
        cache = FactsCache(task.cache) if task.cache is not None else None
        if cache is not None:
            text = cache.get_text(digest)
            if text is not None:
                return "cached", task.source, text
        facts = facts_of(task.source, digest, task.encoding)
        text = to_json(facts)
        if cache is not None:
            cache.put_text(digest, text)
        return "parsed", task.source, text
    except ToolkitError as exc:
        return "failed", task.source, exc.message
    except OSError as exc:
        return "failed", task.source, f"cannot read: {exc.strerror or exc}"
    except Exception as exc:  # a bug on one file must not stop the run
        return "failed", task.source, f"internal error: {type(exc).__name__}: {exc}"


def collect(
    paths: list[Path],
    summary: CorpusSummary,
    *,
    cache: FactsCache | None,
    encoding: str | None = None,
    jobs: int | None = None,
    on_progress: Callable[[Progress], None] | None = None,
) -> Iterator[Record]:
    """The facts (records) of every file of ``paths`` that can be read, in their order;
    ``summary`` counts them and collects the failures as they happen."""
    from toolkit import parallel

    _preload()
    root = str(cache.root) if cache is not None else None
    tasks = (_Task(str(p), encoding, root) for p in paths)
    done = 0
    for status, source, payload in parallel.imap_bounded(_work, tasks, jobs=jobs):
        done += 1
        record = None
        if status != "failed":
            try:
                record = _record(payload, source)
            except ValueError:  # a damaged cache entry: parse here
                status, source, payload = _work(_Task(source, encoding, None))
                record = _record(payload, source) if status != "failed" else None
        if record is None:
            summary.failures.append((source, payload))
            if on_progress:
                on_progress(Progress(done, len(paths), source, payload or "failed"))
            continue
        if status == "cached":
            summary.cached += 1
        else:
            summary.parsed += 1
        summary.generic += record["profile"] == "generic"
        if on_progress:
            on_progress(Progress(done, len(paths), source, "", tuple(record["warnings"])))
        yield record


def _record(text: str, source: str) -> Record:
    record = record_of(text)
    record["source"] = source  # a cached report may have been found at another path
    return record


def _preload() -> None:
    """Import the analyzers and load their tables once, before forking: every worker then
    shares them instead of loading its own."""
    from toolkit.plugins.manager import get_registry
    from toolkit.targets import extract, indicators
    from toolkit.terms import lexicon

    get_registry()
    indicators.registered_table()
    lexicon.default_lexicon()
    del extract


def count_rows(record: Record, rows: dict[str, int]) -> None:
    """Add one report's rows to the per-table counts."""
    rows["reports"] = rows.get("reports", 0) + 1
    for table in ("sections", "targets", "achieved", "commitments", "terms"):
        rows[table] = rows.get(table, 0) + len(record[table])


def build_corpus(
    inputs: Iterable[str | Path],
    output: str | Path,
    *,
    force: bool = False,
    cache: FactsCache | None = None,
    encoding: str | None = None,
    jobs: int | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> CorpusSummary:
    """Read every report of ``inputs`` (files and folders) into the store ``output``, whose
    suffix names the format (:data:`FORMATS`): a SQLite database, or the targets and achieved
    figures as JSON Lines or CSV. Written atomically; an existing ``output`` only with
    ``force``. A file that cannot be read is counted in the summary and skipped.
    ``on_start`` gets the number of files found, before any is read."""
    from toolkit.corpus import flat, sqlite
    from toolkit.fsio import atomic_path, check_output_path, write_atomic
    from toolkit.plugins.manager import get_registry

    out = Path(output)
    fmt = FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise OutputError(f"cannot write {out.suffix or 'files without a suffix'}", out)
    inputs = list(inputs)
    suffixes = {s for r in get_registry().readers.values() for s in r.suffixes}
    paths = report_files(inputs, suffixes, recursive=True)
    check_output_path(out, force=force, inputs=paths)
    if on_start:
        on_start(len(paths))
    summary = CorpusSummary()
    stream = collect(
        paths, summary, cache=cache, encoding=encoding, jobs=jobs, on_progress=on_progress
    )

    def counted() -> Iterator[Record]:
        for record in stream:
            count_rows(record, summary.rows)
            summary.stored += 1
            yield record

    if fmt == "sqlite":
        with (
            atomic_path(out, force=force, inputs=paths) as temporary,
            sqlite.SqliteWriter(temporary) as writer,
        ):
            for record in counted():
                writer.add(record)
    else:
        write_atomic(out, flat.chunks(counted(), fmt), force=force, inputs=paths)
    return summary
