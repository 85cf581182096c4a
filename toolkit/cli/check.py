"""``report-toolkit check``: what must be fixed in a draft before it goes to the meeting."""

import json
import os
from pathlib import Path
from typing import Annotated

import typer

from toolkit.cli.common import (
    ForceOption,
    NoColorOption,
    OutputOption,
    emit,
    format_from_suffix,
    load,
    plain_text,
    stdout_console,
    warn_order,
)
from toolkit.errors import InputError


def check(
    draft: Annotated[
        Path,
        typer.Argument(
            help="The draft (.docx, .txt, .html, .md).", metavar="DRAFT", show_default=False
        ),
    ],
    previous: Annotated[
        Path | None,
        typer.Option(
            "--previous",
            "-p",
            help="Last year's report: needed for meeting numbering, copied text and dropped "
            "targets.",
            metavar="LAST",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="terminal (the default), json (`report-toolkit schema check`) or docx (a copy "
            "of a .docx draft with each finding as a Word comment, signed by "
            "$REPORT_TOOLKIT_AUTHOR, else report-toolkit). Without it, -o FILE.json / "
            "FILE.docx picks the format.",
            show_default=False,
        ),
    ] = "",
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Exit with status 1 when there is any P0 finding."),
    ] = False,
    output: OutputOption = None,
    force: ForceOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Check a draft against last year's report before it goes out.

    Findings, each with a severity (P0 must fix, P1 should look, P2 style), the draft's line
    (paragraph number of a .docx), the text, a message and a suggestion: stale years (今年 /
    去年 next to the wrong year, a plan heading still naming last year), five-year-plan wording
    (开局之年, 收官之年, “十四五” vs “十五五”) against the draft's year, the meeting in the
    subtitle against last year's, blanks left (【待填】, ××, X月X日, 某某), paragraphs copied
    from last year (with the copied share of each part), one indicator with two target values,
    last year's headline indicators dropped, quoted terms missing from the glossary, and
    half-width or unmatched punctuation.

    Exit status 0 whatever is found; with --strict, 1 when there is a P0 (for scripts).

    **Example:**

    report-toolkit check 2026-draft.docx --previous 2025.docx

    report-toolkit check 2026-draft.docx -p 2025.docx -o checked.docx

    report-toolkit check draft.txt -p 2025.txt --strict -f json > out.json || echo "fix P0"
    """
    from toolkit.check import check_draft
    from toolkit.check.serialize import to_data

    chosen = format_from_suffix(
        fmt, output, {"": "terminal", ".txt": "terminal", ".json": "json", ".docx": "docx"}
    )
    inputs = [draft] if previous is None else [draft, previous]
    if output is not None and str(output) != "-":
        from toolkit.fsio import check_output_path

        check_output_path(output, force=force, inputs=inputs)
    report = load(draft)
    last = None if previous is None else load(previous)
    if last is not None:
        warn_order(last, report, "LAST is last year's report, DRAFT this year's")
    result = check_draft(report, last)
    if chosen == "json":
        text = json.dumps(to_data(result), ensure_ascii=False, indent=2) + "\n"
        emit(text, output, force=force, inputs=inputs)
    elif chosen == "docx":
        if report.format != "docx":
            raise InputError(
                "comments can only be written into a .docx draft",
                draft,
                hint="use -o checked.json, or check the .docx of the draft",
            )
        if output is None or str(output) == "-":
            raise typer.BadParameter("a .docx needs -o FILE.docx", param_hint="--output")
        from toolkit.word.comments import comment_copy

        notes = [
            (
                f.line,
                f"{f.severity} {f.message}" + (f"\n建议：{f.suggestion}" if f.suggestion else ""),
            )
            for f in result.findings
        ]
        author = os.environ.get("REPORT_TOOLKIT_AUTHOR") or "report-toolkit"
        data, _ = comment_copy(draft, notes, author=author)
        emit(data, output, force=force, inputs=inputs)
    elif output is None or str(output) == "-":
        from toolkit.cli.render_check import render_check

        stdout_console(no_color).print(render_check(result))
    else:
        from toolkit.cli.render_check import render_check

        emit(plain_text(render_check(result)), output, force=force, inputs=inputs)
    if strict and result.has_p0:
        raise typer.Exit(1)
