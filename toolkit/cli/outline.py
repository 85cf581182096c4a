"""``report-toolkit outline``: show a report's parsed structure."""

from pathlib import Path
from typing import Annotated

import typer

from toolkit.cli.common import (
    ForceOption,
    NoColorOption,
    OutputOption,
    emit,
    load,
    pick_writer,
    plain_text,
    stdout_console,
)


def outline(
    path: Annotated[
        Path,
        typer.Argument(
            help="Report file: .docx, .txt, .html or .md.", metavar="REPORT", show_default=False
        ),
    ],
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="terminal (a tree), json (the documented contract) or a format a plugin adds. "
            "Default: what the --output suffix names (.json), else terminal.",
            show_default=False,
        ),
    ] = "",
    profile: Annotated[
        str | None,
        typer.Option(
            help="Structure profile to use instead of the best-scoring one (see `plugins`)."
        ),
    ] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    paragraphs: Annotated[
        bool,
        typer.Option("--paragraphs", help="Also show the first characters of every paragraph."),
    ] = False,
    no_color: NoColorOption = False,
) -> None:
    """Show how a report was read: its section tree, year, targets paragraph and glossary.

    The tree lists title, the year the report plans, subtitle, date, meeting and speaker, then
    every section with its label, role (review, outlook, plan, government, annex, glossary),
    paragraph count (段), character count (字) and line. --format json prints the documented
    JSON contract (`report-toolkit schema outline`).


    **Example:**

    report-toolkit outline 2026.docx

    report-toolkit outline 2026.html --format json > outline.json
    """
    from toolkit.plugins.manager import get_registry

    registry = get_registry()
    writer = pick_writer(registry, "outline", fmt, output)
    if output is not None:
        from toolkit.fsio import check_output_path

        check_output_path(output, force=force, inputs=[path])
    report = load(path, profile)
    if writer is not None:
        emit(writer.write_chunks(report), output, force=force, inputs=[path])
        return
    from toolkit.cli.render_outline import render_outline

    rendered = render_outline(report, paragraphs=paragraphs)
    if output is not None:
        emit(plain_text(rendered), output, force=force, inputs=[path])
        return
    stdout_console(no_color).print(rendered)
