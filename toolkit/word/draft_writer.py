"""Render a :class:`~toolkit.draft.model.Draft` into a Word document in the template's styles.

Blanks become highlighted 【待填：…】 runs in the placeholder style; bold leads bold runs; hints
Word comments on the paragraph (or table row) they concern.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from toolkit.draft.model import Blank, Draft, DraftParagraph, Kind, Lead, TargetTable
from toolkit.word import styles
from toolkit.word.builder import DEFAULT_AUTHOR, DocumentBuilder

_STYLE = {
    Kind.TITLE: styles.TITLE,
    Kind.SUBTITLE: styles.SUBTITLE,
    Kind.BODY: styles.BODY,
    Kind.PROMPT: styles.PROMPT,
}
#: table column widths in mm (the type area is 156 mm wide)
TABLE_WIDTHS = (36.0, 30.0, 30.0, 30.0, 30.0)


def render_draft(
    draft: Draft,
    template: str | Path | None = None,
    *,
    author: str = DEFAULT_AUTHOR,
    date: datetime | None = None,
) -> DocumentBuilder:
    """A builder holding the rendered draft; call ``to_bytes()`` or ``save()`` on it.

    ``template`` None means the default template; raises TemplateError for an unusable one.
    """
    builder = DocumentBuilder(template, author=author, date=date)
    for block in draft.blocks:
        if isinstance(block, TargetTable):
            _table(builder, block)
        else:
            _paragraph(builder, block)
    props = builder.document.core_properties
    props.title = draft.paragraphs()[0].text if draft.paragraphs() else "政府工作报告"
    props.author = author
    props.comments = f"report-toolkit draft skeleton from {Path(draft.source).name}"
    return builder


def _paragraph(builder: DocumentBuilder, block: DraftParagraph) -> Any:
    style = styles.heading_style(block.level) if block.kind is Kind.HEADING else _STYLE[block.kind]
    paragraph = builder.paragraph(style)
    _inline(builder, paragraph, block.parts)
    for hint in block.hints:
        builder.comment_paragraph(paragraph, hint)
    return paragraph


def _inline(builder: DocumentBuilder, paragraph: Any, parts: tuple[Any, ...]) -> None:
    for part in parts:
        if isinstance(part, Blank):
            builder.placeholder(paragraph, part.what)
        elif isinstance(part, Lead):
            builder.text(paragraph, part.text, bold=True)
        elif part:
            builder.text(paragraph, part)


def _table(builder: DocumentBuilder, block: TargetTable) -> None:
    header = block.header()
    table = builder.table(header, TABLE_WIDTHS)
    rows = block.rows
    if not rows:
        cells = builder.table_row(table)
        builder.placeholder(cells[0], "指标")
        for cell in cells[1:]:
            builder.placeholder(cell, "数值")
        return
    for row in rows:
        cells = builder.table_row(table)
        builder.text(cells[0], row.indicator)
        builder.text(cells[1], row.achieved or "—")
        builder.text(cells[2], row.target or "—")
        builder.placeholder(cells[3], "值")
        builder.placeholder(cells[4], "值")
        for hint in row.hints:
            builder.comment(cells[0].runs, hint)
