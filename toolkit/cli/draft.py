"""``report-toolkit draft``: a Word skeleton of next year's report."""

from pathlib import Path
from typing import Annotated

import typer

from toolkit.cli.common import (
    ForceOption,
    format_from_suffix,
    load,
    stderr_console,
    stdout_console,
)


def draft(
    latest: Annotated[
        Path,
        typer.Argument(
            help="The latest report (.docx, .txt, .html or .md); the draft is for the year after.",
            metavar="LATEST",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path,
        typer.Option("--output", "-o", help="The .docx file to write.", show_default=False),
    ],
    previous: Annotated[
        Path | None,
        typer.Option(
            "--previous",
            help="The report of the year before LATEST: adds target changes, commitments with no "
            "reported result, new terms and split/merged sections as hints.",
        ),
    ] = None,
    template: Annotated[
        Path | None,
        typer.Option(
            "--template",
            help="Word template (.docx/.dotx) with the RT styles (RT Heading 1, RT Body …). "
            "Default: the built-in GB/T 9704 template.",
        ),
    ] = None,
    author: Annotated[
        str, typer.Option("--author", help="Name that signs the drafting hints (comments).")
    ] = "report-toolkit",
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="Output format; only docx is available.")
    ] = "docx",
    force: ForceOption = False,
    no_color: Annotated[
        bool, typer.Option("--no-color", help="Plain summary without colours.")
    ] = False,
) -> None:
    """Write a Word draft skeleton of next year's report, to open and fill.

    From the latest report it carries over the structure with every year moved forward: title
    and subtitle (blanks for date, meeting and speaker), salutation, a review part in last year's
    pattern (the overview with its figures blank; sections that are the latest plan's sections,
    each quantitative commitment with a blank for its result; other work, thanks and problems
    when last year had them),
    the targets table (last figures, last targets, blanks for the new ones), the plan part with
    the headings and lead sentences as grey prompts, the closing, annexes and the glossary.
    Every blank reads 【待填：…】 and is highlighted (search for 【待填). Drafting hints are Word
    comments. Prints a short summary: sections, targets to fill, hints added.


    **Example:**

    report-toolkit draft 2026.docx --previous 2025.docx -o 2027-draft.docx
    """
    from toolkit.draft import build_draft
    from toolkit.fsio import check_output_path
    from toolkit.word.draft_writer import render_draft

    if fmt != "docx":
        raise typer.BadParameter("only docx is available", param_hint="--format")
    inputs = [latest, *([previous] if previous else [])]
    check_output_path(output, force=force, inputs=inputs)
    format_from_suffix("", output, {".docx": "docx"})
    err = stderr_console()
    with err.status("reading reports…"):
        latest_report = load(latest)
        previous_report = load(previous) if previous else None
    old_year = previous_report.year if previous_report is not None else None
    if old_year is not None and latest_report.year is not None and old_year >= latest_report.year:
        raise typer.BadParameter(
            f"{previous} is the {old_year} report, not older than {latest} "
            f"({latest_report.year}); swap them?",
            param_hint="--previous",
        )
    with err.status("building the draft…"):
        skeleton = build_draft(latest_report, previous_report)
        builder = render_draft(skeleton, template, author=author)
        written = builder.save(output, force=force, inputs=inputs)
    year = f"{skeleton.year}年" if skeleton.year else "next year's"
    stdout_console(no_color).print(
        f"wrote {written}: {year} draft, {skeleton.section_count} sections, "
        f"{skeleton.target_count} targets to fill, {builder.placeholders_added} blanks "
        f"(【待填…】), {builder.comments_added} hints (comments)",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )
