"""``report-toolkit outline``: show a report's parsed structure."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Annotated

import typer

from toolkit.cli.common import emit, plain_text, stdout_console


def outline(
    path: Annotated[
        Path, typer.Argument(help="Report file: .docx, .txt, .html or .md.", show_default=False)
    ],
    fmt: Annotated[
        str,
        typer.Option("--format", "-f", help="terminal (a tree) or json (the documented contract)."),
    ] = "terminal",
    profile: Annotated[
        str | None,
        typer.Option(
            help="Structure profile to use instead of the best-scoring one (see `plugins`)."
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite an existing output file.")
    ] = False,
    paragraphs: Annotated[
        bool,
        typer.Option("--paragraphs", help="Also show the first characters of every paragraph."),
    ] = False,
    no_color: Annotated[
        bool, typer.Option("--no-color", help="Plain output without colours.")
    ] = False,
) -> None:
    """Show the parsed report as a tree: title, year, front matter, sections with their paragraph
    and character counts, the headline-targets paragraph and the glossary."""
    from toolkit.api import load_report
    from toolkit.outline import report_dict

    if fmt not in ("terminal", "json"):
        raise typer.BadParameter("must be terminal or json", param_hint="--format")
    report = load_report(path, profile)
    if fmt == "json":
        encoder = json.JSONEncoder(ensure_ascii=False, indent=2)
        # streamed: a large report is never held as one JSON string
        chunks = itertools.chain(encoder.iterencode(report_dict(report)), ["\n"])
        emit(chunks, output, force=force, inputs=[path])
        return
    from toolkit.cli.render_outline import render_outline

    rendered = render_outline(report, paragraphs=paragraphs)
    if output is not None:
        emit(plain_text(rendered), output, force=force, inputs=[path])
        return
    stdout_console(no_color).print(rendered)
