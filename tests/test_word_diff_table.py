"""The Word 新旧对照表 (``diff --table``) on real reports: every pair in reading order, the new
column is the new report, changes marked in the cells (rolled years not), read back as .docx."""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

import docx
import pytest
from conftest import CORPUS, needs_corpus
from docx.oxml.ns import qn
from typer.testing import CliRunner

from toolkit.api import load_report
from toolkit.cli.app import app
from toolkit.compare import compare_reports
from toolkit.compare.labels import status_label
from toolkit.compare.model import Comparison
from toolkit.compare.segments import reading_segments
from toolkit.errors import OutputError
from toolkit.model import Report
from toolkit.word import styles
from toolkit.word.diff_table import DELETED, INSERTED, render_diff_table

pytestmark = needs_corpus
ZHEJIANG = CORPUS / "reports" / "zhejiang"


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    """zhejiang 2025 (the Word file) → 2026: every status occurs, five years roll over."""
    return compare_reports(load_report(ZHEJIANG / "2025.docx"), load_report(ZHEJIANG / "2026.txt"))


@pytest.fixture(scope="module")
def table(comparison):
    document = docx.Document(io.BytesIO(render_diff_table(comparison).to_bytes()))
    assert len(document.tables) == 1
    return document.tables[0]


def _body_rows(table):
    """(old cell, new cell, note cell) of every row but the header."""
    for row in table.rows[1:]:
        cells = row.cells
        yield cells[0], cells[1], cells[2]


def _heading_row(row_cells) -> bool:
    tc_pr = row_cells[0]._tc.tcPr
    return tc_pr is not None and tc_pr.find(qn("w:shd")) is not None


def _report_text(report: Report) -> str:
    chrome = {p.line for p in report.chrome}
    return "".join(text for line, text in report.lines() if line not in chrome)


def test_header_repeats_and_columns_fill_the_text_width(table):
    header = table.rows[0]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [c.text for c in header.cells] == ["2025年报告", "2026年报告", "说明"]
    widths = [col.width.mm for col in table.columns]
    assert round(sum(widths)) == 156 and widths[0] == widths[1] > widths[2]
    for old, new, note in _body_rows(table):
        for cell in (old, new, note):
            assert cell.paragraphs[0].style.name == styles.TABLE


def test_every_segment_opens_with_a_heading_row_naming_its_status(comparison, table):
    segments = reading_segments(comparison)
    headings = [cells for cells in _body_rows(table) if _heading_row(cells)]
    assert len(headings) == len(segments)
    for cells, segment in zip(headings, segments, strict=True):
        if segment.part == 0:
            status = comparison.pairs[segment.pair].status
            assert cells[2].text.startswith(status_label(status)), cells[2].text
    notes = " ".join(cells[2].text for cells in headings)
    for word in ("新增", "删除", "拆分", "合并", "移动", "改名"):
        assert word in notes
    assert "拆分为" in notes and "合并而成" in notes and "位置调整" in notes


def test_new_column_is_the_new_report_in_order_and_old_column_holds_the_old(comparison, table):
    """Name rows (a pair without a heading line) span both text columns and hold no text."""
    new_cells, old_cells = [], []
    for old, new, _ in _body_rows(table):
        if old._tc is new._tc:  # a merged name row
            continue
        new_cells.append(new.text)
        old_cells.append(old.text)
    assert "".join(new_cells) == _report_text(comparison.new)
    assert Counter("".join(old_cells)) == Counter(_report_text(comparison.old))


def _marked(cell) -> list[tuple[str, str]]:
    """(kind, text) of the marked runs of a cell: "-" struck red, "+" underlined blue."""
    out = []
    for paragraph in cell.paragraphs:
        for run in paragraph.runs:
            if run.font.strike:
                assert run.font.color.rgb == DELETED
                out.append(("-", run.text))
            elif run.font.underline:
                assert run.font.color.rgb == INSERTED
                out.append(("+", run.text))
    return out


def test_changes_are_marked_in_their_cells_and_rolled_years_are_not(comparison, table):
    marked_rows = 0
    for old, new, note in _body_rows(table):
        if old._tc is new._tc:
            continue
        old_marks, new_marks = _marked(old), _marked(new)
        assert all(kind == "-" for kind, _ in old_marks)
        assert all(kind == "+" for kind, _ in new_marks)
        text = note.text
        if text.startswith("修改") and "处" in text and not _heading_row((old, new, note)):
            assert old_marks or new_marks, (old.text, new.text)
            marked_rows += 1
        if text in ("", "改写"):
            assert not old_marks and not new_marks, (old.text, text)
        if text == "新增":
            assert not old.text and "".join(t for _, t in new_marks) == new.text
        if text == "删除":
            assert not new.text and "".join(t for _, t in old_marks) == old.text
    assert marked_rows >= 10  # 13 in this pair: most changed paragraphs were rewritten
    # rolled years (2024年 → 2025年) are marked only when they count as changes (--strict-years)
    strict = compare_reports(comparison.old, comparison.new, strict_years=True)
    strict_table = docx.Document(io.BytesIO(render_diff_table(strict).to_bytes())).tables[0]
    assert _marked_years(table) < _marked_years(strict_table)


def _marked_years(table) -> int:
    return sum(
        1
        for row in table.rows[1:]
        for cell in row.cells[:2]
        for _, text in _marked(cell)
        if re.fullmatch(r"20\d\d年?", text)
    )


def test_diff_command_writes_the_table_only_to_a_docx(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    old, new = str(ZHEJIANG / "2025.txt"), str(ZHEJIANG / "2026.txt")
    result = runner.invoke(app, ["diff", old, new, "--table", "-o", "t.html"])
    assert result.exit_code == 2 and "NAME.docx" in result.output
    assert not Path("t.html").exists()
    result = runner.invoke(app, ["diff", old, new, "--table", "--only-changed", "-o", "t.docx"])
    assert result.exit_code == 0, result.output
    table = docx.Document("t.docx").tables[0]
    assert "未变" not in " ".join(row.cells[2].text for row in table.rows)
    written = Path("t.docx").read_bytes()
    again = runner.invoke(app, ["diff", old, new, "--format", "table", "-o", "t.docx"])
    assert isinstance(again.exception, OutputError)  # main() makes it one line, exit code 5
    assert Path("t.docx").read_bytes() == written


def test_table_properties_are_in_schema_order(comparison):
    from test_word_layout import check_schema_order

    assert check_schema_order(render_diff_table(comparison).to_bytes()) > 500
