"""The rich tree of ``outline``."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text
from rich.tree import Tree

from toolkit.model import Report, Section


def _clip(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _section_node(tree: Tree, section: Section, paragraphs: bool) -> None:
    label = Text()
    label.append(section.label or "·", style="bold cyan")
    if section.label.startswith("附件"):
        label.append(" ")
    label.append(section.title or "(untitled)", style="bold" if section.level == 1 else "")
    count = len(section.paragraphs)
    label.append(
        f"  [{section.role.value}] {count} 段 {section.char_count} 字  L{section.line}", style="dim"
    )
    node = tree.add(label)
    if paragraphs:
        for paragraph in section.paragraphs:
            node.add(Text(f"L{paragraph.line} {_clip(paragraph.text)}", style="dim"))
    for child in section.children:
        _section_node(node, child, paragraphs)


def render_outline(report: Report, *, paragraphs: bool = False) -> RenderableType:
    """A tree of the report with front matter, sections, targets paragraph and glossary."""
    head = Text()
    head.append(report.title or "(no title found)", style="bold")
    head.append(f"  {report.year or '????'}年", style="bold magenta")
    head.append(
        f"  {report.format}"
        f"{'/' + report.encoding if report.encoding else ''} · profile {report.profile}"
        f" · {report.char_count} 字",
        style="dim",
    )
    tree = Tree(head)
    for key in ("subtitle", "date", "meeting", "speaker", "salutation"):
        if report.meta.get(key):
            tree.add(Text(f"{key}: {report.meta[key]}", style="italic"))
    web = [
        k
        for k in report.meta
        if k not in ("subtitle", "date", "meeting", "speaker", "salutation", "title")
    ]
    if web:
        tree.add(
            Text("page metadata: " + ", ".join(f"{k}={report.meta[k]}" for k in web), style="dim")
        )
    if report.front:
        tree.add(Text(f"front matter: {len(report.front)} 段", style="dim"))
    for section in report.sections:
        _section_node(tree, section, paragraphs)
    parts: list[RenderableType] = [tree]
    if report.targets_paragraph:
        text = report.paragraph(report.targets_paragraph)
        parts.append(
            Text.assemble(
                ("主要预期目标 ", "bold green"),
                (f"{report.targets_paragraph} L{text.line}: ", "dim"),
                _clip(text.text, 80),
            )
        )
    else:
        parts.append(Text("no headline-targets paragraph found", style="yellow"))
    if report.glossary:
        gloss = Tree(Text(f"名词解释 ({len(report.glossary)})", style="bold"))
        for entry in report.glossary:
            gloss.add(Text.assemble((entry.term, "bold"), ": ", _clip(entry.definition, 50)))
        parts.append(gloss)
    return Group(*parts)
