"""Build the shipped default template (``templates/default.docx``) following GB/T 9704.

The conventions of Chinese official documents (党政机关公文格式, GB/T 9704-2012): A4 paper, margins
top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; title in 方正小标宋简体 二号; level-1 headings in
黑体 三号, level-2 in 楷体_GB2312 三号, body in 仿宋_GB2312 三号, 28 characters × 22 lines a page
(三号 text condensed by 0.25 pt, fixed line pitch 28.95 pt), first lines indented two characters;
page numbers "— 1 —" in 宋体 四号, odd pages on the right and even pages on the left.

The official fonts are often missing (LibreOffice on Linux, Word on a fresh Mac). Each style names
the official font in ``w:eastAsia`` and the font table gives each one an ``w:altName`` (the common
Windows font of the same design: 仿宋, 楷体, 黑体, 宋体) with the GB2312 charset, panose and family,
which Word substitutes. LibreOffice ignores ``w:altName`` and asks fontconfig, which
``templates/fontconfig-gbt9704.conf`` teaches the same substitutes. Line spacing is fixed and
characters are condensed to the width, so a substitute with other metrics changes neither the
lines a page nor the characters a line.

Run ``python templates/build_default.py`` to rebuild the file after changing this module.
"""

from __future__ import annotations

import io
import math
from typing import Any

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor
from lxml import etree

from toolkit.word import styles
from toolkit.word.ooxml import insert_ordered

# font sizes by their Chinese names
ERHAO = Pt(22)  # 二号
SANHAO = Pt(16)  # 三号
SIHAO = Pt(14)  # 四号
XIAOSI = Pt(12)  # 小四

LINE_PITCH = Pt(28.95)  # 22 lines in the 225 mm type area
CHARS_PER_LINE = 28  # 三号 characters in the 156 mm text width (GB/T 9704 5.2.2)
PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
LEFT_MARGIN, RIGHT_MARGIN = Mm(28), Mm(26)
LATIN_FONT = "Times New Roman"

#: official font → (Windows font of the same design, panose, family)
FONTS: dict[str, tuple[str, str, str]] = {
    "方正小标宋简体": ("宋体", "02000000000000000000", "roman"),
    "黑体": ("SimHei", "02010609060101010101", "swiss"),
    "楷体_GB2312": ("楷体", "02010609030101010101", "roman"),
    "仿宋_GB2312": ("仿宋", "02010609030101010101", "roman"),
    "宋体": ("SimSun", "02010600030101010101", "roman"),
    "楷体": ("KaiTi", "02010609060101010101", "roman"),
    "仿宋": ("FangSong", "02010609060101010101", "roman"),
}

TITLE_FONT = "方正小标宋简体"
HEADING_1_FONT = "黑体"
HEADING_2_FONT = "楷体_GB2312"
BODY_FONT = "仿宋_GB2312"
FOOTER_FONT = "宋体"


def build_default_template() -> bytes:
    """The default template as .docx bytes: styles, page setup and footer, and an empty body."""
    document: Any = Document()
    _remove_body(document)
    _set_defaults(document)
    _add_paragraph_style(document, styles.TITLE, TITLE_FONT, ERHAO, center=True, line=Pt(36))
    _add_paragraph_style(document, styles.SUBTITLE, HEADING_2_FONT, SANHAO, center=True)
    _add_paragraph_style(document, styles.HEADING_1, HEADING_1_FONT, SANHAO, indent=True)
    _add_paragraph_style(document, styles.HEADING_2, HEADING_2_FONT, SANHAO, indent=True)
    _add_paragraph_style(document, styles.BODY, BODY_FONT, SANHAO, indent=True)
    _add_paragraph_style(
        document,
        styles.PROMPT,
        HEADING_2_FONT,
        SANHAO,
        indent=True,
        color=RGBColor(0x59, 0x59, 0x59),
    )
    _add_paragraph_style(document, styles.TABLE, BODY_FONT, XIAOSI, line=None)
    document.styles[styles.TABLE].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    insert_ordered(  # table rows as tall as their text, not snapped to the 28.95 pt grid
        document.styles[styles.TABLE].element.get_or_add_pPr(),
        parse_xml(f'<w:snapToGrid {nsdecls("w")} w:val="0"/>'),
    )
    for name, level in ((styles.HEADING_1, 0), (styles.HEADING_2, 1)):
        ppr = document.styles[name].element.get_or_add_pPr()
        insert_ordered(ppr, parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{level}"/>'))
        document.styles[name].paragraph_format.keep_with_next = True
    placeholder = document.styles.add_style(styles.PLACEHOLDER, WD_STYLE_TYPE.CHARACTER)
    placeholder.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    placeholder.element.get_or_add_rPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="FFFF00"/>')
    )
    _page_setup(document)
    _footer_page_numbers(document)
    _font_table(document)
    _drop_thumbnail(document)
    document.core_properties.title = "report-toolkit default template (GB/T 9704)"
    document.core_properties.author = "report-toolkit"
    document.core_properties.comments = ""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _drop_thumbnail(document: Any) -> None:
    """python-docx's own template carries a preview picture of another document; drop it."""
    rels = document.part.package.rels
    for rel_id, rel in list(rels.items()):
        if rel.reltype.endswith("/metadata/thumbnail"):
            rels.pop(rel_id)


def _remove_body(document: Any) -> None:
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def set_run_fonts(rpr: Any, east_asia: str) -> None:
    """Set Latin fonts to Times New Roman and the East-Asian font on an ``w:rPr``."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, fonts)
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    fonts.set(qn("w:ascii"), LATIN_FONT)
    fonts.set(qn("w:hAnsi"), LATIN_FONT)
    fonts.set(qn("w:cs"), LATIN_FONT)
    fonts.set(qn("w:eastAsia"), east_asia)
    fonts.set(qn("w:hint"), "eastAsia")


def _set_defaults(document: Any) -> None:
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_run_fonts(rpr, BODY_FONT)
    for tag in ("w:sz", "w:szCs"):
        rpr.find(qn(tag)).set(qn("w:val"), str(int(SANHAO.pt * 2)))
    lang = rpr.find(qn("w:lang"))
    lang.set(qn("w:eastAsia"), "zh-CN")
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    spacing = ppr.find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    normal = document.styles["Normal"]
    normal.font.size = SANHAO
    set_run_fonts(normal.element.get_or_add_rPr(), BODY_FONT)
    settings = document.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:eastAsia"), "zh-CN")


def _add_paragraph_style(
    document: Any,
    name: str,
    font: str,
    size: Pt,
    *,
    center: bool = False,
    indent: bool = False,
    line: Pt | None = LINE_PITCH,
    color: RGBColor | None = None,
) -> None:
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.quick_style = True
    style.font.size = size
    if color is not None:
        style.font.color.rgb = color
    set_run_fonts(style.element.get_or_add_rPr(), font)
    if size == SANHAO:
        _condense(style.element.get_or_add_rPr())
    fmt = style.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    if line is None:
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
    else:
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = line
    fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt.widow_control = False
    if indent:
        fmt.first_line_indent = Pt(size.pt * 2)
        ind = style.element.get_or_add_pPr().find(qn("w:ind"))
        ind.set(qn("w:firstLineChars"), "200")


def condensed_spacing() -> int:
    """The character spacing (``w:spacing``, twips, negative: condensed) that puts
    :data:`CHARS_PER_LINE` 三号 characters on a line of the text width (GB/T 9704 5.2.2).

    28 × 16 pt = 448 pt do not fit the 156 mm (442 pt) text width: each character is condensed
    by the difference, rounded up to whole twips (0.25 pt), so that 28 fit and not 27. This is
    ordinary character spacing, which Word and LibreOffice both lay out; a character grid
    (``w:docGrid`` linesAndChars) would do it in Word, but LibreOffice puts every 16 pt
    character into two cells of a 15.8 pt grid (14 a line).
    """
    width_twips = PAGE_WIDTH.twips - LEFT_MARGIN.twips - RIGHT_MARGIN.twips
    return math.floor(width_twips / CHARS_PER_LINE - SANHAO.pt * 20)


def _condense(rpr: Any) -> None:
    insert_ordered(rpr, parse_xml(f'<w:spacing {nsdecls("w")} w:val="{condensed_spacing()}"/>'))


def _page_setup(document: Any) -> None:
    section = document.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = LEFT_MARGIN, RIGHT_MARGIN
    section.header_distance, section.footer_distance = Mm(15), Mm(28)
    sect_pr = section._sectPr
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is None:
        grid = parse_xml(f"<w:docGrid {nsdecls('w')}/>")
        sect_pr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(round(LINE_PITCH.pt * 20)))


def _footer_page_numbers(document: Any) -> None:
    """Page numbers as GB/T 9704 7.5 wants them: "— N —" (4号 宋体 half-width digits with a 一字线
    each side), odd pages on the right and even pages on the left, each one character in from
    the edge; ``w:evenAndOddHeaders`` in the settings turns the even footer on."""
    section = document.sections[0]
    document.settings.odd_and_even_pages_header_footer = True
    for footer, side in ((section.footer, "right"), (section.even_page_footer, "left")):
        footer.is_linked_to_previous = False
        _page_number(footer.paragraphs[0], side)


def _page_number(paragraph: Any, side: str) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT if side == "right" else WD_ALIGN_PARAGRAPH.LEFT
    fmt = paragraph.paragraph_format
    fmt.first_line_indent = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
    ppr = paragraph._p.get_or_add_pPr()
    # one character of 四号 from the edge; off the character grid, which would stretch the dashes
    insert_ordered(ppr, parse_xml(f'<w:snapToGrid {nsdecls("w")} w:val="0"/>'))
    ind = ppr.find(qn("w:ind"))
    ind.set(qn(f"w:{side}"), str(round(SIHAO.pt * 20)))

    def run(xml_inner: str) -> None:
        run_el = parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:rFonts w:ascii="{FOOTER_FONT}" '
            f'w:hAnsi="{FOOTER_FONT}" w:eastAsia="{FOOTER_FONT}"/><w:sz w:val="28"/>'
            f'<w:szCs w:val="28"/></w:rPr>{xml_inner}</w:r>'
        )
        paragraph._p.append(run_el)

    run('<w:t xml:space="preserve">— </w:t>')
    run('<w:fldChar w:fldCharType="begin"/>')
    run('<w:instrText xml:space="preserve"> PAGE </w:instrText>')
    run('<w:fldChar w:fldCharType="separate"/>')
    run("<w:t>1</w:t>")
    run('<w:fldChar w:fldCharType="end"/>')
    run('<w:t xml:space="preserve"> —</w:t>')


def _font_table(document: Any) -> None:
    """Declare the official fonts with their common substitutes as ``w:altName``."""
    part = next(
        p for p in document.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml"
    )
    root = parse_xml(part.blob)
    for name, (alt, panose, family) in FONTS.items():
        root.append(
            parse_xml(
                f'<w:font {nsdecls("w")} w:name="{name}"><w:altName w:val="{alt}"/>'
                f'<w:panose1 w:val="{panose}"/><w:charset w:val="86"/>'
                f'<w:family w:val="{family}"/><w:pitch w:val="variable"/></w:font>'
            )
        )
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
