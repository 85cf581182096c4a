"""``report-toolkit timeline``: the reports of one government, year by year."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from toolkit.cli.common import (
    ForceOption,
    NoColorOption,
    OutputOption,
    ToleranceOption,
    emit,
    load,
    pick_writer,
    plain_text,
    stderr_console,
    stdout_console,
    warn,
)

if TYPE_CHECKING:
    from toolkit.plugins.manager import Registry
    from toolkit.timeline.model import Timeline


def timeline(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            help="The reports of one government (.docx, .txt, .html, .md), in any order, or a "
            "directory holding them, or a store written by `report-toolkit corpus` (.sqlite).",
            metavar="FILE…|DIR|STORE",
            show_default=False,
        ),
    ],
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="terminal (the default), json (`report-toolkit schema timeline`), csv (one row "
            "per indicator and year) or html (a page with a chart per indicator). Without it, "
            "-o FILE.json / .csv / .html picks the format.",
            show_default=False,
        ),
    ] = "",
    all_targets: Annotated[
        bool,
        typer.Option(
            "--all",
            help="Every annual target and fiscal parameter (赤字率, M2 …) of the plan parts, not "
            "only the headline targets (主要预期目标); a target outside the indicator table takes "
            "the figure of the next review that `targets` pairs with it as a commitment.",
        ),
    ] = False,
    no_lineage: Annotated[
        bool,
        typer.Option("--no-lineage", help="Skip the section lineage (faster: no alignment)."),
    ] = False,
    government: Annotated[
        str | None,
        typer.Option(
            "--government",
            "-g",
            help="With a store: the government to show, as stored (安徽省, 国务院 …); not "
            "needed when the store holds one.",
            show_default=False,
        ),
    ] = None,
    tolerance: ToleranceOption = 0.05,
    output: OutputOption = None,
    force: ForceOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Show one government's reports year by year: per indicator the target and the achieved
    figure of each year, the new terms with the years they were used, and what became of the
    task sections.

    Figures are keyed by the year they are about: the 2025 report's targets are about 2025, its
    review's figures about 2024; a year's target is judged met or missed against the figure of
    the next year's report. Two reports of one year, or of two governments, are an error.

    **Example:**

    report-toolkit timeline reports/guowuyuan/

    report-toolkit timeline 2025.docx 2026.txt -o timeline.html

    report-toolkit timeline corpus.sqlite --government 安徽省   (read back, no parsing)
    """
    from toolkit.fsio import check_output_path
    from toolkit.plugins.manager import get_registry
    from toolkit.readers.files import report_files

    registry = get_registry()
    writer = pick_writer(registry, "timeline", fmt, output)
    store = inputs[0] if len(inputs) == 1 and inputs[0].suffix.lower() == ".sqlite" else None
    if store is None and government is not None:
        raise typer.BadParameter("only with a store (.sqlite)", param_hint="--government")
    files = [store] if store else report_files(inputs, _suffixes(registry))
    if output is not None and str(output) != "-":
        check_output_path(output, force=force, inputs=files)
    if store is not None:
        from toolkit.timeline.load import timeline_of_store

        result = timeline_of_store(store, government, all_targets=all_targets, tolerance=tolerance)
    else:
        result = _run(files, all_targets, tolerance, not no_lineage)
    for message in result.warnings:
        warn(message)
    if writer is not None:
        emit(writer.write(result), output, force=force, inputs=files)
        return
    from toolkit.cli.render_timeline import render_timeline

    rendered = render_timeline(result)
    if output is not None and str(output) != "-":
        emit(plain_text(rendered, width=200), output, force=force, inputs=files)
        return
    stdout_console(no_color).print(rendered)


def _suffixes(registry: "Registry") -> list[str]:
    return sorted({s for reader in registry.readers.values() for s in reader.suffixes})


def _run(files: list[Path], all_targets: bool, tolerance: float, lineage: bool) -> "Timeline":
    """Read the files and build the timeline, with a progress bar on stderr when it is a
    terminal. The bar is refreshed by hand: a refresh thread would keep the work from being
    shared with a forked process (:func:`toolkit.parallel.usable`)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from toolkit.timeline.load import timeline_of_reports

    err = stderr_console()
    bar = Progress(
        TextColumn("report-toolkit: {task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err,
        auto_refresh=False,
        transient=True,
        disable=not err.is_terminal,
    )
    with bar:
        task = bar.add_task("reading", total=len(files))
        reports = []
        for path in files:
            bar.update(task, description=f"reading {path.name}")
            bar.refresh()
            reports.append(load(path))
            bar.advance(task)

        def progress(what: str, done: int, total: int) -> None:
            bar.update(task, description=what, completed=done, total=total)
            bar.refresh()

        result = timeline_of_reports(
            reports,
            all_targets=all_targets,
            tolerance=tolerance,
            lineage=lineage,
            progress=progress,
        )
    return result
