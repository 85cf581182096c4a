"""Write a Word document in the template's named styles: paragraphs, bold leads, highlighted
placeholders, comments, simple tables; save atomically.

>>> builder = DocumentBuilder()                         # the default template
>>> p = builder.paragraph(styles.BODY, "经济运行稳中向好。")
>>> builder.placeholder(p, "全年增速")                   # 【待填：全年增速】, highlighted
>>> builder.comment(p.runs, "去年目标为5%左右")
>>> data = builder.to_bytes()
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Mm

from toolkit.fsio import write_atomic
from toolkit.word import styles
from toolkit.word.ooxml import insert_ordered
from toolkit.word.template import open_template

DEFAULT_AUTHOR = "report-toolkit"


class DocumentBuilder:
    """A document being written from a template (None: the default template).

    ``author`` signs comments and revisions; ``date`` stamps them (now, UTC, when None).
    """

    def __init__(
        self,
        template: str | Path | None = None,
        *,
        author: str = DEFAULT_AUTHOR,
        date: datetime | None = None,
    ) -> None:
        self.document: Any = open_template(template)
        self.author = author or DEFAULT_AUTHOR
        self.date = (date or datetime.now(UTC)).replace(microsecond=0)
        self.comments_added = 0
        self.placeholders_added = 0
        self._style_ids: dict[str, str] = {}
        self._widths: dict[int, tuple[float, ...]] = {}
        props = self.document.core_properties
        props.author = props.last_modified_by = self.author
        props.created = props.modified = self.date.replace(tzinfo=None)
        props.revision = 1

    def style_id(self, name: str) -> str:
        """The template's id of a named style (cached: python-docx looks styles up slowly)."""
        if name not in self._style_ids:
            self._style_ids[name] = self.document.styles[name].style_id
        return self._style_ids[name]

    def set_style(self, paragraph: Any, name: str) -> None:
        """Give a paragraph a named paragraph style."""
        paragraph._p.style = self.style_id(name)

    @property
    def initials(self) -> str:
        return self.author[:2]

    @property
    def date_text(self) -> str:
        """The date as OOXML wants it: ``2026-11-27T23:00:00Z``."""
        return self.date.strftime("%Y-%m-%dT%H:%M:%SZ")

    def paragraph(self, style: str, text: str = "", *, bold_prefix: str = "") -> Any:
        """Append a paragraph in ``style``; ``bold_prefix`` (a lead sentence) opens it in bold."""
        paragraph = self.document.add_paragraph()
        self.set_style(paragraph, style)
        if bold_prefix:
            paragraph.add_run(bold_prefix).bold = True
        if text:
            paragraph.add_run(text)
        return paragraph

    def text(self, paragraph: Any, text: str, *, bold: bool = False) -> Any:
        """Append a run of plain text to ``paragraph`` and return it."""
        run = paragraph.add_run(text)
        if bold:
            run.bold = True
        return run

    def placeholder(self, paragraph: Any, what: str) -> Any:
        """Append the blank 【待填：what】 in the placeholder style, highlighted yellow."""
        run = paragraph.add_run(styles.placeholder_text(what))
        run._r.style = self.style_id(styles.PLACEHOLDER)
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        self.placeholders_added += 1
        return run

    def comment(self, runs: Any | Sequence[Any], text: str) -> None:
        """Attach a comment (a margin note signed by the author) to a run or a run range."""
        self.document.add_comment(runs, text=text, author=self.author, initials=self.initials)
        self.comments_added += 1

    def comment_paragraph(self, paragraph: Any, text: str) -> None:
        """Attach a comment to a whole paragraph, whatever it holds (tracked changes included):
        the range runs from an empty run at its start to one at its end."""
        first = paragraph.add_run("")
        paragraph._p.remove(first._r)
        ppr = paragraph._p.pPr
        if ppr is not None:
            ppr.addnext(first._r)
        else:
            paragraph._p.insert(0, first._r)
        last = paragraph.add_run("")
        self.comment([first, last], text)

    def page_break(self) -> None:
        self.document.add_page_break()

    def table(self, header: Sequence[str], widths_mm: Sequence[float] | None = None) -> Any:
        """A bordered table with a bold header row in the table style; add rows with
        :meth:`table_row`."""
        table = self.document.add_table(rows=1, cols=len(header))
        _set_borders(table)
        for cell, label in zip(table.rows[0].cells, header, strict=True):
            paragraph = cell.paragraphs[0]
            self.set_style(paragraph, styles.TABLE)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run(label).bold = True
        _repeat_header(table.rows[0])
        if widths_mm:
            self._widths[id(table._tbl)] = tuple(widths_mm)
            table.autofit = False
            grid = table._tbl.tblGrid
            for column, width in zip(grid.gridCol_lst, widths_mm, strict=True):
                column.w = Mm(width)
            _set_cell_widths(table.rows[0], widths_mm)
        return table

    def table_row(self, table: Any, *, split: bool = False) -> list[Any]:
        """Append a row; return its cells' first paragraphs, styled for tables and empty.
        A row is kept on one page unless ``split`` (a row of long paragraphs)."""
        row = table.add_row()
        if not split:
            _keep_row_together(row)
        widths = self._widths.get(id(table._tbl))
        if widths:
            _set_cell_widths(row, widths)
        paragraphs = []
        for cell in row.cells:
            paragraph = cell.paragraphs[0]
            self.set_style(paragraph, styles.TABLE)
            paragraphs.append(paragraph)
        return paragraphs

    def cell_paragraph(self, cell_paragraph: Any) -> Any:
        """A further paragraph in the cell of ``cell_paragraph``, styled for tables."""
        paragraph = cell_paragraph._parent.add_paragraph()
        self.set_style(paragraph, styles.TABLE)
        return paragraph

    def shade(self, cell_paragraph: Any, fill: str) -> None:
        """Fill the cell holding ``cell_paragraph`` with the colour ``fill`` ("E7E6E6")."""
        tc_pr = cell_paragraph._parent._tc.get_or_add_tcPr()
        shd = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
        insert_ordered(tc_pr, shd)

    def merge_cells(self, first: Any, last: Any) -> Any:
        """Merge the cells holding two paragraphs of one row; the merged cell's first paragraph."""
        merged = first._parent.merge(last._parent)
        return merged.paragraphs[0]

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()

    def save(
        self, path: str | Path, *, force: bool = False, inputs: Iterable[str | Path] = ()
    ) -> Path:
        """Serialise in memory, then write atomically (nothing half-written on failure)."""
        return write_atomic(path, self.to_bytes(), force=force, inputs=inputs)


def _set_cell_widths(row: Any, widths_mm: Sequence[float]) -> None:
    for cell, width in zip(row.cells, widths_mm, strict=True):
        cell.width = Mm(width)


def _set_borders(table: Any) -> None:
    borders = "".join(
        f'<w:{edge} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    tbl_pr = table._tbl.tblPr
    insert_ordered(tbl_pr, parse_xml(f"<w:tblBorders {nsdecls('w')}>{borders}</w:tblBorders>"))
    insert_ordered(tbl_pr, parse_xml(f'<w:jc {nsdecls("w")} w:val="center"/>'))
    margins = "".join(f'<w:{side} w:w="57" w:type="dxa"/>' for side in ("left", "right"))
    insert_ordered(tbl_pr, parse_xml(f"<w:tblCellMar {nsdecls('w')}>{margins}</w:tblCellMar>"))


def _repeat_header(row: Any) -> None:
    """The header row repeats on every page; like every row it is never split across pages."""
    _keep_row_together(row)
    row._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def _keep_row_together(row: Any) -> None:
    # w:cantSplit comes before w:trHeight and w:tblHeader in w:trPr (CT_TrPr)
    row._tr.get_or_add_trPr().insert(0, parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
