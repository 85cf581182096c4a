"""``report-toolkit report``: one review page with the comparison, the targets and the terms."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from toolkit.cli.common import (
    ForceOption,
    emit,
    load,
    pick_writer,
    stderr_console,
    stdout_console,
    warn_order,
)

if TYPE_CHECKING:
    from toolkit.review import Review


def report(
    old: Annotated[
        Path,
        typer.Argument(
            help="The OLDER report: .docx, .txt, .html or .md.", metavar="OLD", show_default=False
        ),
    ],
    new: Annotated[
        Path,
        typer.Argument(help="The NEWER report (same formats).", metavar="NEW", show_default=False),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to this file (its suffix picks the format: .html). Default: stdout.",
        ),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format, when the suffix does not say it: html (the built-in), or one a "
            "plugin adds (see `plugins`). Default: from the suffix, else html.",
            show_default=False,
        ),
    ] = None,
    force: ForceOption = False,
    strict_years: Annotated[
        bool,
        typer.Option(
            "--strict-years",
            help="Count a year that moved with the report (2024年 → 2025年) as a change.",
        ),
    ] = False,
    author: Annotated[
        str | None,
        typer.Option(
            "--author",
            help="Reviewer's name, for writers that record one (Word revisions); the HTML page "
            "shows it in the header.",
            show_default=False,
        ),
    ] = None,
    side_by_side: Annotated[
        bool,
        typer.Option(
            "--side-by-side",
            help="Also give every section a two-column view (old left, new right), with a "
            "switch at the top of the diffs.",
        ),
    ] = False,
    no_color: Annotated[
        bool, typer.Option("--no-color", help="Plain progress and summary without colours.")
    ] = False,
) -> None:
    """Write one review page for two years' reports: the section comparison,
    the targets and the new and dropped terms.

    The page holds, in this order:
    • a header with both reports (title, year, date, meeting, speaker, file);
    • an **overview**: 修改N处, 字数 old → new, and one row per section
      pair: headings, status, similarity, how it was matched, 处, 字数;
    • the **targets**: each indicator's target in both years and its
      change; last year's targets against this year's reported figures;
    • the **terms**: new, dropped, biggest shifts, glossary check;
    • a table of contents and every section's diff: deletions struck
      through in red, insertions in green, unchanged stretches folded.

    A year that moved with the report (2024年 → 2025年) is shown as
    unchanged unless --strict-years. A part whose analysis is not
    installed is left out with a note.

    The HTML file is self-contained (inline CSS; no fonts, scripts or
    images from anywhere), reads on a phone and prints. A little inline
    script adds "collapse all" and a status filter; the page works
    without it. Progress goes to stderr, then a one-line summary.


    **Example:**

    report-toolkit report 2025.docx 2026.docx -o review.html
    """
    from toolkit.errors import InputError
    from toolkit.fsio import check_output_path
    from toolkit.plugins.base import WriteOptions
    from toolkit.plugins.manager import get_registry
    from toolkit.review import build_review

    to_file = output is not None and str(output) != "-"
    writer = pick_writer(get_registry(), "report", fmt, output if to_file else None, default="html")
    assert writer is not None  # a subject with a default format always has a writer
    if to_file:
        assert output is not None
        check_output_path(output, force=force, inputs=[old, new])
    if old.resolve() == new.resolve():
        raise InputError("the two reports are the same file", old)
    err = stderr_console()
    if no_color:
        err.no_color = True

    def progress(message: str) -> None:
        from rich.text import Text

        err.print(Text(f"report-toolkit: {message}…", style="dim"), soft_wrap=True)

    progress(f"reading {old}")
    old_report = load(old)
    progress(f"reading {new}")
    new_report = load(new)
    warn_order(old_report, new_report)
    review = build_review(old_report, new_report, strict_years=strict_years, progress=progress)
    progress(f"writing {writer.format}")
    data = writer.write(review, WriteOptions(author=author, side_by_side=side_by_side))
    emit(data, output if to_file else None, force=force, inputs=[old, new])
    line = _summary(review, output if to_file else None)
    (stdout_console(no_color) if to_file else err).print(line, markup=False, soft_wrap=True)


def _summary(review: "Review", output: Path | None) -> str:
    totals = review.comparison.totals
    parts = [
        f"{len(review.comparison.pairs)} section pairs",
        f"修改{totals.changes}处",
        f"字数 {totals.chars_old} → {totals.chars_new}",
    ]
    if review.targets is not None:
        changes = getattr(review.targets, "changes", ())
        parts.append(f"{len(changes)} targets compared")
    if review.terms is not None:
        parts.append(f"{len(review.terms.new)} new / {len(review.terms.dropped)} dropped terms")
    if review.notes:
        parts.append(f"{len(review.notes)} part(s) left out")
    where = f"{output}: " if output is not None else ""
    return where + ", ".join(parts)
