"""The same report read from UTF-8, GB18030 and UTF-16 text, from its original .docx and from
.docx files made from the text (with and without heading styles) gives the same section tree."""

from __future__ import annotations

import docx
import pytest
from conftest import SAMPLES
from outline_summary import summarize

from toolkit.api import load_report

ORIGINALS = ["guangdong-2025", "sichuan-2025", "hunan-2025"]


def shape(report) -> dict:
    """The summary without line numbers and without metadata only one format has."""

    def strip(node):
        if isinstance(node, dict):
            return {
                k: len(v) if k == "paragraph_lines" else strip(v)
                for k, v in node.items()
                if k != "line"
            }
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    data = summarize(report)
    data["meta"] = {
        k: v for k, v in data["meta"].items() if not k.startswith("doc_") and k != "来源"
    }
    data.pop("targets_paragraph_line")
    data["targets_paragraph"] = (
        report.paragraph(report.targets_paragraph).text if report.targets_paragraph else None
    )
    return strip(data)


@pytest.mark.parametrize("name", ORIGINALS)
def test_original_docx_matches_its_text(name):
    assert shape(load_report(SAMPLES / f"{name}.docx")) == shape(
        load_report(SAMPLES / f"{name}.txt")
    )


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-8-sig", "gb18030"])
def test_encodings_give_the_same_tree(tmp_path, encoding):
    text = (SAMPLES / "sichuan-2026.txt").read_text(encoding="utf-8")
    path = tmp_path / "report.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    assert shape(load_report(path)) == shape(load_report(SAMPLES / "sichuan-2026.txt"))


@pytest.mark.parametrize("styled", [True, False])
def test_docx_made_from_text_gives_the_same_tree(tmp_path, styled):
    source = SAMPLES / "hunan-2026.txt"
    reference = load_report(source)
    headings = {s.line: s.level for s in reference.walk() if not s.run_in}
    document = docx.Document()
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        level = headings.get(number)
        if styled and level:
            document.add_heading(line, level=min(level, 9))
        else:
            paragraph = document.add_paragraph()
            # split across runs, as Word does, to exercise run joining
            paragraph.add_run(line[:5])
            paragraph.add_run(line[5:])
    path = tmp_path / "report.docx"
    document.save(path)
    assert shape(load_report(path)) == shape(reference)


def test_tracked_changes_are_read_as_accepted(tmp_path):
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("政府工作报告")
    paragraph = document.add_paragraph()
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paragraph._p.append(parse_xml(f"<w:r {w}><w:t>地区生产总值增长</w:t></w:r>"))
    paragraph._p.append(
        parse_xml(
            f'<w:del {w} w:id="1" w:author="a" w:date="2025-01-01T00:00:00Z"><w:r>'
            f"<w:delText>5.5%</w:delText></w:r></w:del>"
        )
    )
    paragraph._p.append(
        parse_xml(
            f'<w:ins {w} w:id="2" w:author="a" w:date="2025-01-01T00:00:00Z"><w:r>'
            f"<w:t>5%</w:t></w:r></w:ins>"
        )
    )
    paragraph._p.append(parse_xml(f"<w:r {w}><w:t>左右。</w:t><w:br/><w:t>第二行</w:t></w:r>"))
    path = tmp_path / "tracked.docx"
    document.save(path)
    from toolkit.api import read_document

    texts = [block.text for block in read_document(path).blocks]
    assert texts == ["政府工作报告", "地区生产总值增长5%左右。", "第二行"]
    assert load_report(path).warnings == (
        "the document has tracked changes (1 insertion, 1 deletion), read as if all were accepted",
    )


@pytest.mark.parametrize(
    "name", ["guangdong-2025.docx", "sichuan-2026.txt", "guangdong-2026.gb18030.txt"]
)
def test_a_clean_file_has_no_warnings(name):
    assert load_report(SAMPLES / name).warnings == ()


@pytest.mark.parametrize("page", ["zhongshan-2018.html", "zhongshan-2018.gb2312.html"])
def test_saved_web_page_reads_like_the_text(page):
    from conftest import DATA

    from toolkit.api import read_document

    path = DATA / "html" / page
    report = load_report(path)
    text = load_report(SAMPLES / "dalian-zhongshan-2018.txt")
    got, want = shape(report), shape(text)
    # the text sample keeps the page's metadata block; the page gives more of it
    assert {k: v for k, v in got.pop("meta").items() if k in want["meta"]} == want.pop("meta")
    assert got == want
    assert report.meta["索引号"] == "2102020006/2018-13962"
    assert report.meta["next"] == "中山区2019年政府工作报告"
    body = "\n".join(block.text for block in read_document(path).blocks)
    for furniture in ("首页", "当前位置", "分享到", "打印本页", "备案号", "alert", "统计代码"):
        assert furniture not in body


def test_docx_tables_are_read_in_order(tmp_path):
    document = docx.Document()
    document.add_paragraph("表格之前")
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"第{r + 1}行第{c + 1}列"
    document.add_paragraph("表格之后")
    path = tmp_path / "table.docx"
    document.save(path)
    from toolkit.api import read_document

    texts = [block.text for block in read_document(path).blocks]
    assert texts == ["表格之前", "第1行第1列", "第1行第2列", "第2行第1列", "第2行第2列", "表格之后"]
