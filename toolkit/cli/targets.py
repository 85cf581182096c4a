"""``report-toolkit targets``: targets and achieved figures of one report, or how they changed
between two reports."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

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
    stdout_console,
    warn_order,
)


class ScopeOption(StrEnum):
    TARGET = "target"
    ACHIEVED = "achieved"


def targets(
    report: Annotated[
        Path,
        typer.Argument(
            help="Report file (.docx, .txt, .html, .md). With NEW: the older report.",
            metavar="REPORT",
            show_default=False,
        ),
    ],
    new: Annotated[
        Path | None,
        typer.Argument(
            help="A newer report: compare targets and check REPORT's targets against NEW's "
            "figures.",
            metavar="[NEW]",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="terminal (tables; the default), json (`report-toolkit schema targets`), "
            "csv (one report: one row a target; two reports: change rows then attainment rows), "
            "docx (two reports: a Word 对照表 of the headline targets' change and attainment and "
            "of the commitments, with their sentences), or a plugin's format. Without it, "
            "-o FILE.json / FILE.csv / FILE.docx picks the format.",
            show_default=False,
        ),
    ] = "",
    scope: Annotated[
        ScopeOption | None,
        typer.Option(
            help="List only targets for the coming year (target) or only achieved figures of "
            "the year under review (achieved). Default: both. The change and attainment tables "
            "are not filtered.",
        ),
    ] = None,
    headline: Annotated[
        bool,
        typer.Option(
            "--headline",
            help="Only the targets of the headline-targets paragraph (主要预期目标), in the list "
            "and in the change and attainment tables.",
        ),
    ] = False,
    all_figures: Annotated[
        bool,
        typer.Option(
            "--all-figures",
            help="List the achieved figures of every indicator the review names (农村贫困人口"
            "减少1386万), not only those of the indicator table.",
        ),
    ] = False,
    indicators: Annotated[
        Path | None,
        typer.Option(
            help="Extra indicator names, one a line: 'canonical = alias, alias'. Added to the "
            "built-in table (see README).",
        ),
    ] = None,
    tolerance: ToleranceOption = 0.05,
    template: Annotated[
        Path | None,
        typer.Option(
            "--template",
            help="Word template (.docx/.dotx with the RT styles) for -o x.docx. "
            "Default: templates/default.docx.",
        ),
    ] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    no_color: NoColorOption = False,
) -> None:
    """List the quantitative targets and achieved figures of a report, or compare two reports.

    One report: each target for the coming year (headline targets and quantitative commitments
    of the work plan) and each achieved figure of the year under review (five-year figures
    marked 5y), with indicator, value or range, unit, qualifier (左右, 以上, 力争 …) and the
    sentence it came from.

    Two reports (older, newer): the change table (old and new target, change in 个百分点 for
    rates, qualifier change such as 以上 → 左右, status raised / lowered / unchanged / new /
    dropped / qualitative), the attainment table (each target of the older report against the
    figure the newer report gives: met / missed / no figure reported) and the commitments table
    (each quantitative commitment of the older report's plan part with the review sentence of
    the newer one that reports it: met / exceeded / missed / not reported / not comparable).

    **Example:**

    report-toolkit targets 2026.txt

    report-toolkit targets 2025.docx 2026.docx -o targets.csv

    report-toolkit targets 2025.docx 2026.docx -o 对照表.docx   (Word tables)
    """
    from toolkit.plugins.base import WriteOptions
    from toolkit.plugins.manager import get_registry
    from toolkit.targets import indicators as indicator_table
    from toolkit.targets.result import targets_result

    inputs = [report] if new is None else [report, new]
    registry = get_registry()
    writer = pick_writer(registry, "targets", fmt, output)
    if writer is not None and writer.format == "docx" and new is None:
        raise typer.BadParameter(
            "the Word 对照表 compares two reports: give OLD NEW", param_hint="--output"
        )
    if output is not None and str(output) != "-":
        from toolkit.fsio import check_output_path

        check_output_path(output, force=force, inputs=inputs)
    table = indicator_table.registered_table()
    if indicators is not None:
        table = table.merged(indicator_table.read_indicator_file(indicators))
    reports = [load(path) for path in inputs]
    if len(reports) == 2:
        warn_order(reports[0], reports[1], "the attainment table checks the first report's targets")
    result = targets_result(
        reports,
        table,
        all_figures=all_figures,
        scope=scope.value if scope is not None else None,
        headline=headline,
        tolerance=tolerance,
    )
    if writer is not None:
        emit(
            writer.write(result, WriteOptions(template=template)),
            output,
            force=force,
            inputs=inputs,
        )
        return
    from toolkit.cli.render_targets import render_result

    rendered = render_result(result)
    if output is not None and str(output) != "-":
        emit(plain_text(rendered), output, force=force, inputs=inputs)
        return
    stdout_console(no_color).print(rendered)
