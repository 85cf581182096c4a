"""The default template (GB/T 9704), user templates, and the Word primitives: placeholders,
comments and tracked changes, read back with python-docx and as raw XML."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from conftest import ROOT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_COLOR_INDEX, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from lxml import etree

from toolkit.errors import TemplateError
from toolkit.word import styles
from toolkit.word.builder import DocumentBuilder
from toolkit.word.default_template import build_default_template
from toolkit.word.revisions import RevisionMarker, accept_all, paragraph_texts, reject_all
from toolkit.word.template import DEFAULT_TEMPLATE, missing_styles, open_template

EAST_ASIA = {
    styles.TITLE: "方正小标宋简体",
    styles.SUBTITLE: "楷体_GB2312",
    styles.HEADING_1: "黑体",
    styles.HEADING_2: "楷体_GB2312",
    styles.BODY: "仿宋_GB2312",
    styles.TABLE: "仿宋_GB2312",
}
SIZES = {styles.TITLE: 22, styles.HEADING_1: 16, styles.HEADING_2: 16, styles.BODY: 16}


@pytest.fixture(scope="module")
def default() -> docx.document.Document:
    return docx.Document(str(DEFAULT_TEMPLATE))


def test_default_template_has_the_named_styles_with_official_fonts(default):
    assert missing_styles(default) == []
    for name, font in EAST_ASIA.items():
        fonts = default.styles[name].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == font, name
    for name, size in SIZES.items():
        assert default.styles[name].font.size == Pt(size), name
    assert default.styles[styles.PLACEHOLDER].type == WD_STYLE_TYPE.CHARACTER


def test_default_template_page_and_lines_follow_gbt_9704(default):
    section = default.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert tuple(round(m.mm) for m in margins) == (37, 35, 28, 26)
    body = default.styles[styles.BODY].paragraph_format
    assert body.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert 28 <= body.line_spacing.pt <= 29
    assert body.first_line_indent == Pt(32)  # two characters of 三号
    ind = default.styles[styles.BODY].element.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:firstLineChars")) == "200"
    footer_xml = section.footer.paragraphs[0]._p.xml
    assert "PAGE" in footer_xml and "— " in footer_xml and " —" in footer_xml


def test_font_table_gives_substitutes_for_the_official_fonts():
    with zipfile.ZipFile(DEFAULT_TEMPLATE) as package:
        root = etree.fromstring(package.read("word/fontTable.xml"))
    alt = {
        font.get(qn("w:name")): font.find(qn("w:altName")).get(qn("w:val"))
        for font in root.iter(qn("w:font"))
        if font.find(qn("w:altName")) is not None
    }
    assert alt["仿宋_GB2312"] == "仿宋" and alt["黑体"] == "SimHei" and alt["楷体_GB2312"] == "楷体"


def test_committed_template_is_what_the_builder_makes(default):
    """templates/default.docx is a build product: rebuild it after editing the builder."""
    fresh = docx.Document(io.BytesIO(build_default_template()))
    for name in styles.REQUIRED_STYLES:
        assert fresh.styles[name].element.xml == default.styles[name].element.xml, name


def test_template_lacking_styles_is_rejected_with_the_missing_names(tmp_path):
    plain = tmp_path / "plain.docx"
    docx.Document().save(str(plain))
    with pytest.raises(TemplateError) as info:
        open_template(plain)
    message = str(info.value)
    assert str(plain) in message
    for name in styles.REQUIRED_STYLES:
        assert name in message


def test_template_that_is_not_a_docx_or_is_missing(tmp_path):
    text = tmp_path / "t.docx"
    text.write_text("not a document", encoding="utf-8")
    with pytest.raises(TemplateError, match="not a Word"):
        open_template(text)
    with pytest.raises(TemplateError, match="not found"):
        open_template(tmp_path / "nope.docx")


def test_user_template_with_the_styles_works_and_keeps_its_page_setup(tmp_path):
    user = docx.Document()
    for name in styles.PARAGRAPH_STYLES:
        user.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    user.styles.add_style(styles.PLACEHOLDER, WD_STYLE_TYPE.CHARACTER)
    user.sections[0].left_margin = Mm(40)
    user.add_paragraph("letterhead text that is dropped")
    path = tmp_path / "mine.docx"
    user.save(str(path))
    builder = DocumentBuilder(path)
    paragraph = builder.paragraph(styles.BODY, "正文")
    builder.comment_paragraph(paragraph, "批注")  # the template has no comments part yet
    out = docx.Document(io.BytesIO(builder.to_bytes()))
    assert [p.text for p in out.paragraphs] == ["正文"]
    assert [c.text for c in out.comments] == ["批注"]
    assert round(out.sections[0].left_margin.mm) == 40


def test_placeholders_are_marked_highlighted_and_findable():
    builder = DocumentBuilder()
    paragraph = builder.paragraph(styles.BODY, "地区生产总值增长")
    builder.placeholder(paragraph, "目标")
    builder.text(paragraph, "左右。")
    out = docx.Document(io.BytesIO(builder.to_bytes()))
    runs = out.paragraphs[0].runs
    blank = [r for r in runs if r.text.startswith(styles.PLACEHOLDER_OPEN)]
    assert [r.text for r in blank] == ["【待填：目标】"]
    assert blank[0].style.name == styles.PLACEHOLDER
    assert blank[0].font.highlight_color == WD_COLOR_INDEX.YELLOW
    assert out.paragraphs[0].text == "地区生产总值增长【待填：目标】左右。"


def test_comments_are_anchored_and_signed():
    builder = DocumentBuilder(author="起草组")
    paragraph = builder.paragraph(styles.BODY, "新增城镇就业110万人以上。")
    builder.comment(paragraph.runs, "上年目标为100万人")
    out = docx.Document(io.BytesIO(builder.to_bytes()))
    comments = list(out.comments)
    assert [(c.text, c.author) for c in comments] == [("上年目标为100万人", "起草组")]
    xml = out.paragraphs[0]._p.xml
    assert "commentRangeStart" in xml and "commentRangeEnd" in xml


def _body(data: bytes):
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    return root.find(qn("w:body"))


def test_tracked_changes_accept_and_reject(tmp_path):
    builder = DocumentBuilder()
    marker = RevisionMarker("起草组", builder.date_text)
    first = builder.paragraph(styles.BODY, "增长")
    marker.delete(first, "5.5%")
    marker.insert(first, "5%")
    builder.text(first, "左右")
    marker.mark_paragraph_break(first, "+")
    second = builder.paragraph(styles.BODY)
    marker.insert(second, "新增一段")
    marker.mark_paragraph_break(second, "-")
    third = builder.paragraph(styles.BODY, "结尾")
    marker.delete(third, "删去")
    body = _body(builder.to_bytes())
    assert paragraph_texts(accept_all(body)) == ["增长5%左右", "新增一段结尾"]
    assert paragraph_texts(reject_all(body)) == ["增长5.5%左右", "结尾删去"]
    ids = [e.get(qn("w:id")) for e in body.iter(qn("w:ins"), qn("w:del"))]
    assert len(ids) == 6 and len(set(ids)) == 6
    for element in body.iter(qn("w:ins"), qn("w:del")):
        assert element.get(qn("w:author")) == "起草组"
        assert element.get(qn("w:date")).endswith("Z")
    assert [t.text for t in body.iter(qn("w:delText"))] == ["5.5%", "删去"]


def test_saving_over_an_existing_file_needs_force(tmp_path):
    out = tmp_path / "x.docx"
    out.write_bytes(b"keep")
    builder = DocumentBuilder()
    builder.paragraph(styles.BODY, "正文")
    from toolkit.errors import OutputError

    with pytest.raises(OutputError):
        builder.save(out)
    assert out.read_bytes() == b"keep"
    builder.save(out, force=True)
    assert docx.Document(str(out)).paragraphs[0].text == "正文"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_template_readme_lists_every_required_style():
    readme = (ROOT / "templates" / "README.md").read_text(encoding="utf-8")
    for name in styles.REQUIRED_STYLES:
        assert name in readme


def _check_order(element, order):
    tags = [child.tag.split("}")[1] for child in element]
    ranks = [order.index(tag) for tag in tags if tag in order]
    assert ranks == sorted(ranks), tags


def test_property_elements_are_in_schema_order():
    """Word refuses out-of-order pPr/tblPr children (LibreOffice does not), so check them."""
    from conftest import SAMPLES

    from toolkit.api import load_report
    from toolkit.draft import build_draft
    from toolkit.draft.facts import DraftFacts, TargetFact
    from toolkit.word.draft_writer import render_draft
    from toolkit.word.ooxml import PPR_ORDER, TBLPR_ORDER

    report = load_report(SAMPLES / "hunan-2026.txt")
    facts = DraftFacts(targets=(TargetFact("地区生产总值", "5%左右"),))
    data = render_draft(build_draft(report, facts=facts)).to_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in ("word/document.xml", "word/styles.xml"):
            root = etree.fromstring(package.read(name))
            for ppr in root.iter(qn("w:pPr")):
                _check_order(ppr, PPR_ORDER)
            for tblpr in root.iter(qn("w:tblPr")):
                _check_order(tblpr, TBLPR_ORDER)
            for row in root.iter(qn("w:tr")):  # rows never break across pages
                assert row.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None


def test_a_word_template_file_dotx_is_accepted(tmp_path):
    """Word saves templates as .dotx: same package, another content type for the main part."""
    dotx = tmp_path / "office.dotx"
    with zipfile.ZipFile(DEFAULT_TEMPLATE) as source, zipfile.ZipFile(dotx, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(
                    b"wordprocessingml.document.main+xml", b"wordprocessingml.template.main+xml"
                )
            target.writestr(item, content)
    with pytest.raises(ValueError):
        docx.Document(str(dotx))  # python-docx alone refuses it
    builder = DocumentBuilder(dotx)
    builder.paragraph(styles.BODY, "正文")
    assert docx.Document(io.BytesIO(builder.to_bytes())).paragraphs[0].text == "正文"
