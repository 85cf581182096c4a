"""``report-toolkit diff``: section-by-section, word-level comparison of two reports."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from toolkit.cli.common import (
    ForceOption,
    emit,
    load,
    paged,
    pick_writer,
    plain_text,
    stdout_console,
    warn_order,
)

_STATUSES = "unchanged, modified, renamed, moved, split, merged, added, removed"


def diff(
    old: Annotated[
        Path,
        typer.Argument(
            help="The older report (.docx, .txt, .html, .md).", metavar="OLD", show_default=False
        ),
    ],
    new: Annotated[
        Path,
        typer.Argument(
            help="The newer report, any supported format.", metavar="NEW", show_default=False
        ),
    ],
    section: Annotated[
        str | None,
        typer.Option(
            "--section",
            "-s",
            help="Only this section and what is under it: a label (三, （二）), a section id "
            "(s2.3) or words of its heading. When it names different sections in the two "
            "years, both are shown and a note on stderr says so.",
        ),
    ] = None,
    table: Annotated[
        bool,
        typer.Option(
            "--table",
            help="Write a Word 新旧对照表 instead of a redline: one table, old paragraph | new "
            "paragraph | 说明 (status, changes in 处, where a section came from), changes marked "
            "in the cells. Needs -o FILE.docx (same as --format table).",
        ),
    ] = False,
    side_by_side: Annotated[
        bool, typer.Option("--side-by-side", help="Show old and new text in two columns.")
    ] = False,
    only_changed: Annotated[
        bool, typer.Option("--only-changed", help="Leave unchanged sections out.")
    ] = False,
    status: Annotated[
        str | None,
        typer.Option(help=f"Only pairs with these statuses, comma-separated: {_STATUSES}."),
    ] = None,
    strict_years: Annotated[
        bool,
        typer.Option(
            "--strict-years",
            help="Count years that moved by the gap between the reports (2024→2025) as changes.",
        ),
    ] = False,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="terminal (summary table and coloured diffs), json (schema: "
            "report-toolkit schema diff), text ([-old-]{+new+} markers), table (see --table), "
            "or any format a writer plugin adds (see `plugins`). Default: terminal, or from the "
            "--output suffix.",
            show_default=False,
        ),
    ] = "",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file (format from its suffix)."),
    ] = None,
    force: ForceOption = False,
    no_color: Annotated[
        bool,
        typer.Option("--no-color", help="No colours; changes marked [-old-]{+new+} instead."),
    ] = False,
    no_pager: Annotated[
        bool,
        typer.Option(
            "--no-pager",
            help="Print straight to the terminal. By default a diff longer than the screen opens "
            "in $PAGER (else less), as git does.",
        ),
    ] = False,
    author: Annotated[
        str | None,
        typer.Option(
            "--author",
            help="Reviewer name on the tracked changes and comments of a Word redline, and on "
            "the HTML page. Default: $REPORT_TOOLKIT_AUTHOR, else report-toolkit.",
        ),
    ] = None,
    template: Annotated[
        Path | None,
        typer.Option(
            "--template",
            help="Word template (.docx/.dotx with the RT styles) for "
            "-o x.docx. Default: templates/default.docx.",
        ),
    ] = None,
) -> None:
    """Compare two successive years' reports section by section.

    Sections are paired by identical text, by heading (years and ordinals normalised), then by
    where their text went: a split or merge where 40% or more of a section went elsewhere. Each
    pair is diffed at Chinese word level with numbers
    kept whole. A year that moved by the gap between the reports is not a change unless
    --strict-years. The terminal view opens with a summary table (status, similarity, how the
    pair was matched, changes counted in 处, characters before → after), then totals
    (修改N处, 字数 old → new), then each changed section's inline diff.


    **Example:**

    report-toolkit diff 2025.docx 2026.docx --only-changed

    report-toolkit diff 2025.docx 2026.docx -o changes.docx   (Word, tracked changes)

    report-toolkit diff 2025.docx 2026.docx -o table.docx --table   (Word 新旧对照表)
    """
    from toolkit.compare import compare_reports
    from toolkit.compare.model import PairStatus
    from toolkit.compare.select import section_note, select_pairs
    from toolkit.fsio import check_output_path
    from toolkit.plugins.base import WriteOptions
    from toolkit.plugins.manager import get_registry

    statuses = None
    if status:
        try:
            statuses = [PairStatus(s.strip()) for s in status.split(",") if s.strip()]
        except ValueError as exc:
            raise typer.BadParameter(f"use some of: {_STATUSES}", param_hint="--status") from exc
    if table:
        if fmt not in ("", "table"):
            raise typer.BadParameter(
                f"--table writes a Word table, not {fmt}", param_hint="--table"
            )
        fmt = "table"
    if fmt == "table" and (output is None or output.suffix.lower() != ".docx"):
        raise typer.BadParameter(
            "the 对照表 is a Word file: give -o NAME.docx", param_hint="--table"
        )
    registry = get_registry()
    writer = pick_writer(registry, "diff", fmt, output)
    if output is not None and str(output) != "-":
        check_output_path(output, force=force, inputs=[old, new])
    old_report = load(old)
    new_report = load(new)
    warn_order(old_report, new_report)
    comparison = compare_reports(old_report, new_report, strict_years=strict_years)
    note = section_note(comparison, section) if section is not None else None
    if note:
        sys.stderr.write(f"report-toolkit: note: {note}\n")
    comparison = select_pairs(
        comparison, section=section, statuses=statuses, only_changed=only_changed
    )
    if section is not None and not comparison.pairs:
        raise typer.BadParameter(
            f"no section of either report matches {section!r}", param_hint="--section"
        )
    inputs = [old, new]
    if writer is not None:
        options = WriteOptions(side_by_side=side_by_side, author=author, template=template)
        emit(writer.write(comparison, options), output, force=force, inputs=inputs)
        return
    from toolkit.cli.render_diff import diff_view

    to_file = output is not None and str(output) != "-"
    console = stdout_console(no_color)
    plain = to_file or no_color or console.no_color or not sys.stdout.isatty()
    rendered = diff_view(comparison, side=side_by_side, markers=plain)
    # Inline diffs are not wrapped here: the terminal wraps them (and re-wraps them when it is
    # resized), a file or pipe gets a paragraph per line, and wrapping long Chinese paragraphs
    # in rich took a third of the time of a whole diff.
    soft_wrap = not side_by_side
    if to_file:
        emit(plain_text(rendered, soft_wrap=soft_wrap), output, force=force, inputs=inputs)
        return
    with paged(console, enabled=not no_pager):
        console.print(rendered, soft_wrap=soft_wrap)
