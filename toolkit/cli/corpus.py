"""``report-toolkit corpus``: many reports into one queryable store."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from toolkit.cli.common import (
    ForceOption,
    NoColorOption,
    forced_encoding,
    format_from_suffix,
    one_line,
    stderr_console,
    stdout_console,
    warn,
)

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress as Bar


def corpus(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            help="Report files and folders (searched at any depth for .docx, .txt, .html, .md).",
            metavar="DIR|FILE…",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="The store: OUT.sqlite (tables reports, sections, targets, achieved, "
            "commitments, terms), or OUT.jsonl / OUT.csv (targets and achieved figures).",
            show_default=False,
        ),
    ],
    force: ForceOption = False,
    no_cache: Annotated[
        bool,
        typer.Option("--no-cache", help="Parse every file; neither read nor fill the cache."),
    ] = False,
    cache_dir: Annotated[
        Path | None,
        typer.Option(
            help="The parse cache's folder (default: $XDG_CACHE_HOME/report-toolkit, else "
            "~/.cache/report-toolkit).",
            show_default=False,
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(min=1, help="Worker processes (default: one a core).", show_default=False),
    ] = None,
    no_color: NoColorOption = False,
) -> None:
    """Read every report of folders and files, any governments and years, into one store.

    Each report's government and level (national, province, city, county, district), year,
    sections, targets, achieved figures, plan commitments and marked terms become rows, each
    with government, level, year, source and line. Files are parsed by a pool of processes, and
    a report already parsed (same bytes) comes from the cache. A file that cannot be read is
    reported on one line and skipped; the exit status is the number of such files (0: all
    stored). Progress goes to stderr, the summary to stdout.

    **Example:**

    report-toolkit corpus reports/ -o corpus.sqlite

    report-toolkit corpus reports/ extra/2026.docx -o targets.csv --force
    """
    from toolkit.corpus.cache import FactsCache
    from toolkit.corpus.run import FORMATS, Progress, build_corpus

    format_from_suffix("", output, FORMATS)
    err = stderr_console()
    if no_color:
        err.no_color = True
    bar = _progress_bar(err)
    task = bar.add_task("reading", total=None)
    running: list[bool] = []

    def started(total: int) -> None:
        bar.update(task, total=total)
        bar.start()
        running.append(True)

    def advance(event: Progress) -> None:
        if event.problem:
            bar.console.print(
                f"report-toolkit: error: {one_line(event.source)}: {one_line(event.problem)}",
                markup=False,
                highlight=False,
                soft_wrap=True,
            )
        for warning in event.warnings:
            warn(f"{event.source}: {warning}")
        bar.update(task, completed=event.done)
        bar.refresh()

    try:
        summary = build_corpus(
            inputs,
            output,
            force=force,
            cache=None if no_cache else FactsCache(cache_dir),
            encoding=forced_encoding(),
            jobs=jobs,
            on_progress=advance,
            on_start=started,
        )
    finally:
        if running:
            bar.stop()
    rows = ", ".join(f"{n} {table}" for table, n in summary.rows.items() if table != "reports")
    line = (
        f"{output}: {summary.stored} reports ({rows or 'no rows'}); parsed {summary.parsed}, "
        f"cached {summary.cached}, failed {len(summary.failures)}"
    )
    if summary.generic:
        line += f"; {summary.generic} not recognised as work reports (generic profile)"
    stdout_console(no_color).print(line, markup=False, highlight=False, soft_wrap=True)
    if summary.exit_code:
        raise typer.Exit(summary.exit_code)


def _progress_bar(console: "Console") -> "Bar":
    """A bar that redraws only when told (no refresh thread: the worker pool forks)."""
    from rich.progress import BarColumn, MofNCompleteColumn, TimeElapsedColumn
    from rich.progress import Progress as Bar

    return Bar(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        auto_refresh=False,
        transient=True,
    )
