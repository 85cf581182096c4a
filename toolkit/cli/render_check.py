"""Terminal view of a draft check: a summary line, then the findings grouped by section."""

from __future__ import annotations

from itertools import groupby

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from toolkit.check.model import CheckResult

_STYLE = {"P0": "bold red", "P1": "yellow", "P2": "dim"}
_TEXT_CHARS = 60


def render_check(result: CheckResult) -> RenderableType:
    counts = result.counts()
    head = Text(f"{result.draft}")
    if result.previous:
        head.append(f"  against {result.previous}")
    if result.year:
        head.append(f"  ({result.year})")
    summary = Text("  ".join(f"{k}: {v}" for k, v in counts.items()))
    parts: list[RenderableType] = [head, summary]
    if result.copied:
        copied = Table(title="copied from last year", title_justify="left", show_edge=False)
        copied.add_column("section")
        copied.add_column("copied", justify="right")
        for share in result.copied:
            copied.add_row(share.section or "(front)", f"{share.share:.0%}")
        parts.append(copied)
    for section, findings in groupby(result.findings, key=lambda f: f.section):
        table = Table(title=section or "(front matter)", title_justify="left", expand=True)
        table.add_column("", width=2)
        table.add_column("line", justify="right", width=5)
        table.add_column("kind", width=15)
        table.add_column("finding", ratio=2)
        table.add_column("text", ratio=2)
        for finding in findings:
            text = (
                finding.text
                if len(finding.text) <= _TEXT_CHARS
                else finding.text[:_TEXT_CHARS] + "…"
            )
            message = finding.message + (f"\n→ {finding.suggestion}" if finding.suggestion else "")
            table.add_row(
                Text(finding.severity, style=_STYLE[finding.severity]),
                str(finding.line),
                finding.kind,
                message,
                text,
            )
        parts.append(table)
    if not result.findings:
        parts.append(Text("no findings"))
    return Group(*parts)
