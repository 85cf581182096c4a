"""Rich tables for ``terms``."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from toolkit.model import Report
from toolkit.terms.model import Term, TermComparison, TermShift

KIND_STYLE = {
    "glossary": "bold magenta",
    "document": "blue",
    "formula": "cyan",
    "quoted": "green",
    "stance": "bold green",
    "concept": "green",
    "discovered": "yellow",
    "name": "dim",
    "generic": "dim",
}


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _where(term: Term) -> str:
    if term.section is None:
        return f"front L{term.line}"
    return f"{term.section} {_clip(term.section_title, 8)}"


def _terms_table(title: str, terms: Sequence[Term], limit: int | None) -> Table:
    shown = terms[:limit] if limit else terms
    caption = f"{len(shown)} of {len(terms)}" if len(shown) < len(terms) else None
    table = Table(title=title, title_justify="left", caption=caption, caption_justify="left")
    table.add_column("term", style="bold", ratio=2, overflow="fold")
    table.add_column("kind", no_wrap=True)
    table.add_column("count", justify="right", no_wrap=True)
    table.add_column("first in", ratio=1, overflow="fold")
    table.add_column("context", style="dim", ratio=3, overflow="fold")
    for term in shown:
        table.add_row(
            term.text if term.renamed_from is None else f"{term.text} ← {term.renamed_from}",
            Text(term.kind.value, style=KIND_STYLE.get(term.kind.value, "")),
            str(term.count),
            _where(term),
            term.context,
        )
    if not shown:
        table.add_row("(none)", "", "", "", "")
    return table


def _shift_row(shift: TermShift) -> tuple[str, Text, str, Text]:
    arrow = Text(f"{shift.old_count} → {shift.new_count}")
    change = Text(f"{shift.keyness:+.1f}", style="green" if shift.keyness > 0 else "red")
    kind = Text(shift.kind.value if shift.kind else "word", style="dim")
    return shift.text, kind, str(arrow), change


def _shifts_table(title: str, shifts: Sequence[TermShift], limit: int | None) -> Table:
    shown = shifts[:limit] if limit else shifts
    table = Table(title=title, title_justify="left")
    table.add_column("term or word", style="bold")
    table.add_column("kind")
    table.add_column("old → new", justify="right")
    table.add_column("G²", justify="right")
    for shift in shown:
        table.add_row(*_shift_row(shift))
    if not shown:
        table.add_row("(none)", "", "", "")
    return table


def terms_comparison_view(comparison: TermComparison, limit: int | None) -> RenderableType:
    """Header, new and dropped terms, shifts overall and per section, glossary check."""
    old_year = comparison.old_year or "?"
    new_year = comparison.new_year or "?"
    parts: list[RenderableType] = [
        Text.assemble(
            ("Terms ", "bold"),
            (f"{comparison.old_source} ({old_year})", "cyan"),
            " → ",
            (f"{comparison.new_source} ({new_year})", "cyan"),
            (f"   {len(comparison.new)} new, {len(comparison.dropped)} dropped", "dim"),
        ),
        _terms_table(f"New in {new_year}", comparison.new, limit),
        _terms_table(f"Dropped since {old_year}", comparison.dropped, limit),
        _shifts_table("Biggest frequency shifts", comparison.shifted, limit),
    ]
    if comparison.watched:
        parts.append(_shifts_table("Watched words", comparison.watched, None))
    if comparison.sections:
        table = Table(
            title=f"Shifts per section pair (matched by {comparison.section_matching})",
            title_justify="left",
        )
        table.add_column("old → new section", max_width=34)
        table.add_column("top shifts")
        if comparison.watched:
            table.add_column("watched words")
        for pair in comparison.sections:
            label = (
                f"{pair.old_section} → {pair.new_section} {_clip(pair.new_title, 16)} "
                f"[{pair.matched_by}]"
            )
            shifts = "  ".join(f"{s.text} {s.old_count}→{s.new_count}" for s in pair.shifts[:6])
            row = [label, shifts or "(no shift)"]
            if comparison.watched:
                row.append("  ".join(f"{w.text} {w.old_count}→{w.new_count}" for w in pair.watched))
            table.add_row(*row)
        parts.append(table)
    parts.append(_glossary(comparison, limit))
    return Group(*parts)


def _glossary(comparison: TermComparison, limit: int | None) -> RenderableType:
    check = comparison.glossary
    lines = Text()
    lines.append("Glossary check\n", style="bold")
    for label, items in (
        ("added", check.added),
        ("removed", check.removed),
        ("unchanged", check.unchanged),
        ("changed definition", tuple(c.term for c in check.changed)),
    ):
        shown = items[:limit] if limit else items
        lines.append(f"  {label} ({len(items)}): ", style="bold")
        lines.append("、".join(shown) if shown else "none")
        lines.append(" …\n" if len(shown) < len(items) else "\n")
    undefined = check.undefined[:limit] if limit else check.undefined
    lines.append(f"  new coined terms without a glossary entry ({len(check.undefined)}): ", "bold")
    lines.append("、".join(t.text for t in undefined) if undefined else "none")
    if len(undefined) < len(check.undefined):
        lines.append(" …")
    return lines


def render_report_terms(report: Report, terms: Sequence[Term], limit: int | None) -> RenderableType:
    """One report's terms by salience."""
    head = Text.assemble(
        ("Terms of ", "bold"),
        (f"{report.source} ({report.year or '?'})", "cyan"),
        (f"   {len(terms)} terms", "dim"),
    )
    return Group(head, _terms_table("Terms by salience", terms, limit))
