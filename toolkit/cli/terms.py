"""``report-toolkit terms``: new, dropped and shifted terms between two years' reports."""

import sys
from contextlib import AbstractContextManager, nullcontext
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
    stderr_console,
    stdout_console,
    warn_order,
)

KINDS_HELP = "glossary, document, formula, quoted, stance, concept, discovered, name, generic"


def _parse_kinds(value: str | None) -> list[str] | None:
    if value is None:
        return None
    kinds = [k.strip() for k in value.split(",") if k.strip()]
    known = KINDS_HELP.split(", ")
    unknown = [k for k in kinds if k not in known]
    if unknown or not kinds:
        raise typer.BadParameter(
            f"unknown kind {', '.join(unknown) or '(none)'}; choose from {KINDS_HELP}",
            param_hint="--kind",
        )
    return kinds


def terms(
    reports: Annotated[
        list[Path],
        typer.Argument(
            help="One report (list its terms) or two: the OLDER year first, then the NEWER.",
            metavar="OLD [NEW]",
            show_default=False,
        ),
    ],
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            "-k",
            help=f"Only these kinds, comma-separated: {KINDS_HELP}. Default: all.",
            show_default=False,
        ),
    ] = None,
    min_count: Annotated[
        int,
        typer.Option("--min-count", min=1, help="Only terms used at least this often."),
    ] = 1,
    top: Annotated[
        int | None,
        typer.Option(
            "--top",
            min=0,
            help="Rows per table: default 30 in the terminal, all in JSON; 0 means all.",
            show_default=False,
        ),
    ] = None,
    words: Annotated[
        str | None,
        typer.Option(
            "--words",
            "-w",
            help="Also count these words in both reports, comma-separated (改革,创新).",
            show_default=False,
        ),
    ] = None,
    no_sections: Annotated[
        bool,
        typer.Option(
            "--no-sections", help="Skip the per-section shifts (faster: no section alignment)."
        ),
    ] = False,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="terminal (tables) or json (`report-toolkit schema terms`); default: from the "
            "-o suffix (.json, .txt), else terminal.",
        ),
    ] = "",
    output: OutputOption = None,
    force: ForceOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Find the terms a report introduces and drops compared with the year before.

    **Kinds of term**: *glossary* entries (名词解释), *document*
    titles in 《》, number-led *formula*s (四个意识, 三大攻坚战, 一带一部, “1+5+1”),
    *quoted* spans of 2-20 characters in “”「」"" (not sentences, numbers or dates),
    and *discovered* words: frequent (3+), cohesive, free-standing runs of 4-7
    characters the word segmenter splits (新质生产力), found by mutual information and
    left/right entropy. Comparing two reports also finds unquoted phrases the older one
    never uses: *stance* phrases (适度宽松的货币政策, 稳就业、稳企业、稳市场、稳预期) and
    *concept*s (耐心资本, 具身智能; enumeration items; the whole object of a verb). Names of
    things (a ship “奋斗者”号, a typhoon, a film 《藏海传》) are kind *name*, common words in
    quotes (“帽子”) kind *generic*: listed last. A new term that seems to rename an old one
    (零碳园区 ← 低碳园区: few edits, shared context) shows it as "new ← old".

    A term is **new** when it occurs nowhere in the older report, quoted or not, in any
    width or punctuation; **dropped** the other way round. Years count as equal
    (2025年… matches 2026年…); years, dates and plain numbers are never terms.

    **Ranking** (salience) = kind weight (glossary 1.0, document 0.9, formula 0.8,
    quoted 0.7, stance 0.6, concept 0.45, discovered 0.4, name and generic 0.1)
    × (1 + ln count) × specificity, the share of the term not made of generic words (发展,
    推进, 建设 … in toolkit/data/terms-lexicon.txt), so slogans and coined words rank above
    everyday phrases. A new or dropped discovered word or concept is further weighted by the
    share of its character pairs the other report never uses (0.3 + 0.7 × share): new
    vocabulary ranks above a new combination of old words.

    **Shifts**: terms and frequent words found in both reports whose counts changed
    most (改革 105 → 109), scored by log-likelihood G² given the reports' lengths, for the
    whole reports and per pair of matching parts and sections (paired by the section alignment
    of `diff` when available, else by same title once years are ignored or same role: review,
    plan, government …). The **glossary check** lists coined new
    terms without a glossary entry and entries added, removed, unchanged or changed.

    With one report, lists its terms by salience.


    **Example:**

    report-toolkit terms 2025.docx 2026.docx --kind quoted,glossary

    report-toolkit terms 2025.docx 2026.docx -o terms.json
    """
    from toolkit.errors import InputError
    from toolkit.fsio import check_output_path

    fmt = format_from_suffix(fmt, output, {"": "terminal", ".txt": "terminal", ".json": "json"})
    if fmt not in ("terminal", "json"):
        raise typer.BadParameter("must be terminal or json", param_hint="--format")
    if not 1 <= len(reports) <= 2:
        raise typer.BadParameter("give one report, or two: older then newer", param_hint="REPORTS")
    kinds = _parse_kinds(kind)
    if output is not None and str(output) != "-":
        check_output_path(output, force=force, inputs=reports)
    loaded = [load(path) for path in reports]
    if len(loaded) == 2:
        warn_order(loaded[0], loaded[1])
    if len(loaded) == 2 and reports[0].resolve() == reports[1].resolve():
        raise InputError("the two reports are the same file", reports[0])
    limit = (30 if fmt == "terminal" else None) if top is None else (top or None)

    from toolkit.terms import compare_terms, extract_terms
    from toolkit.terms.model import TermKind

    if len(loaded) == 1:
        report = loaded[0]
        with _progress("Finding terms…"):
            found = tuple(
                t
                for t in extract_terms(report)
                if (kinds is None or t.kind.value in kinds) and t.count >= min_count
            )
        if fmt == "json":
            from toolkit.terms.serialize import report_terms_dict

            data = report_terms_dict(report, found[:limit])
            _emit_json(data, output, force, reports)
            return
        from toolkit.cli.render_terms import render_report_terms

        _emit_rendered(render_report_terms(report, found, limit), output, force, reports, no_color)
        return

    with _progress("Comparing terms…"):
        comparison = compare_terms(
            loaded[0],
            loaded[1],
            kinds=[TermKind(k) for k in kinds] if kinds else None,
            min_count=min_count,
            sections=not no_sections,
            watch=(words or "").replace("，", ",").split(","),
        )
    if fmt == "json":
        from toolkit.terms.serialize import comparison_dict

        _emit_json(comparison_dict(comparison, limit=limit), output, force, reports)
        return
    from toolkit.cli.render_terms import terms_comparison_view

    _emit_rendered(terms_comparison_view(comparison, limit), output, force, reports, no_color)


def _progress(message: str) -> AbstractContextManager[object]:
    """A spinner on stderr while the work runs, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return nullcontext()
    return stderr_console().status(message)


def _emit_json(data: object, output: Path | None, force: bool, inputs: list[Path]) -> None:
    import json

    emit(json.dumps(data, ensure_ascii=False, indent=2) + "\n", output, force=force, inputs=inputs)


def _emit_rendered(
    rendered: object, output: Path | None, force: bool, inputs: list[Path], no_color: bool
) -> None:
    if output is not None and str(output) != "-":
        emit(plain_text(rendered, width=140), output, force=force, inputs=inputs)  # type: ignore[arg-type]
        return
    stdout_console(no_color).print(rendered)
