"""GB/T 9704 page layout of the default template: 28 characters × 22 lines, odd pages numbered on
the right and even pages on the left, fallbacks named for the official fonts. Read from the
.docx XML, and measured on pages LibreOffice renders from real report paragraphs."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from collections import Counter
from pathlib import Path

import docx
import pytest
from conftest import ROOT, SAMPLES, needs_soffice, soffice_convert
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from lxml import etree

from toolkit.word import styles
from toolkit.word.builder import DocumentBuilder
from toolkit.word.default_template import FONTS, SANHAO, condensed_spacing
from toolkit.word.template import DEFAULT_TEMPLATE

#: the styles set in 三号, whose characters are condensed to 28 a line
SANHAO_STYLES = (styles.SUBTITLE, styles.HEADING_1, styles.HEADING_2, styles.BODY, styles.PROMPT)
#: a rendered line of only Chinese characters and full-width punctuation
_CJK_LINE = re.compile(r"^[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’—…·]+$")


@pytest.fixture(scope="module")
def default() -> docx.document.Document:
    return docx.Document(str(DEFAULT_TEMPLATE))


def test_odd_and_even_footers_number_the_pages_on_their_outer_sides(default):
    settings = default.settings.element
    assert settings.find(qn("w:evenAndOddHeaders")) is not None
    section = default.sections[0]
    for footer, side in ((section.footer, "right"), (section.even_page_footer, "left")):
        paragraph = footer.paragraphs[0]
        assert paragraph.alignment == getattr(WD_ALIGN_PARAGRAPH, side.upper())
        ind = paragraph._p.pPr.find(qn("w:ind"))
        assert ind.get(qn(f"w:{side}")) == "280"  # one 四号 character from the edge
        xml = paragraph._p.xml
        assert "PAGE" in xml and "— " in xml and " —" in xml and 'w:val="28"' in xml


def test_sanhao_text_is_condensed_to_28_characters_in_the_text_width(default):
    section = default.sections[0]
    width = section.page_width.twips - section.left_margin.twips - section.right_margin.twips
    pitch = SANHAO.pt * 20 + condensed_spacing()
    assert width // pitch == 28
    for name in SANHAO_STYLES:
        spacing = default.styles[name].element.rPr.find(qn("w:spacing"))
        assert spacing is not None and int(spacing.get(qn("w:val"))) == condensed_spacing(), name
    grid = section._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:linePitch")) == "579"  # 28.95 pt: 22 lines in the 225 mm type area


def test_font_table_names_the_fallbacks_and_fontconfig_maps_the_same(default):
    with zipfile.ZipFile(DEFAULT_TEMPLATE) as package:
        root = etree.fromstring(package.read("word/fontTable.xml"))
    fonts = {font.get(qn("w:name")): font for font in root.iter(qn("w:font"))}
    conf = etree.parse(str(ROOT / "templates" / "fontconfig-gbt9704.conf")).getroot()
    prefer = {
        alias.findtext("family"): [f.text for f in alias.find("prefer")]
        for alias in conf.iter("alias")
    }
    for official in ("仿宋_GB2312", "楷体_GB2312", "黑体", "方正小标宋简体"):
        font = fonts[official]
        alt = font.find(qn("w:altName")).get(qn("w:val"))
        assert alt == FONTS[official][0]
        assert font.find(qn("w:charset")).get(qn("w:val")) == "86"
        assert font.find(qn("w:panose1")) is not None and font.find(qn("w:family")) is not None
        assert official in prefer, official
        # fontconfig prefers the font Word is told to use, then a CJK face of the same design
        assert alt in prefer[official] or FONTS[alt][0] in prefer[official], official
    assert any("Serif" in f for f in prefer["仿宋_GB2312"])
    assert any("Sans" in f for f in prefer["黑体"])


def _rendered(template: Path | None, folder: Path) -> Path:
    """Thirty long paragraphs of a real report in RT Body, rendered to PDF by LibreOffice."""
    report = SAMPLES / "guangdong-2026.txt"
    lines = [line.strip() for line in report.read_text(encoding="utf-8").splitlines()]
    builder = DocumentBuilder(template)
    for line in [line for line in lines if len(line) > 100][:30]:
        builder.paragraph(styles.BODY, line)
    path = builder.save(folder / "body.docx")
    soffice_convert(path, "pdf", folder)
    return folder / "body.pdf"


def _layout(pdf: Path) -> tuple[Counter[int], list[int], list[tuple[float, float, float]]]:
    """Lengths of the lines of only Chinese text; text lines a page (page number aside); per page
    the page number's left and right x and the page width, in points."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True)
    pages = [p for p in text.stdout.split("\f") if p.strip()]
    lengths = Counter(
        len(line.strip()) for p in pages for line in p.splitlines() if _CJK_LINE.match(line.strip())
    )
    per_page = [len([line for line in p.splitlines() if line.strip()]) - 1 for p in pages]
    bbox = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True)
    numbers = []
    for page in bbox.stdout.split("<page ")[1:]:
        width = float(re.search(r'width="([\d.]+)"', page).group(1))
        words = [
            (float(x0), float(y0), float(x1))
            for x0, y0, x1 in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"', page
            )
        ]
        bottom = max(y for _, y, _ in words)
        last = [(x0, x1) for x0, y, x1 in words if abs(y - bottom) < 2]
        numbers.append((min(x0 for x0, _ in last), max(x1 for _, x1 in last), width))
    return lengths, per_page, numbers


@needs_soffice
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_rendered_pages_hold_28_characters_by_22_lines_numbered_outside(tmp_path):
    lengths, per_page, numbers = _layout(_rendered(None, tmp_path))
    full = lengths.most_common(1)[0][0]
    assert full == 28 and max(lengths) == 28, lengths
    assert len(per_page) >= 4 and all(n == 22 for n in per_page[:-1]), per_page
    left, right = 28 / 25.4 * 72, 26 / 25.4 * 72  # margins in points
    for page, (x0, x1, width) in enumerate(numbers, start=1):
        if page % 2:  # odd: right-aligned, one 四号 character in from the text's right edge
            assert width - right - 2 * 14 < x1 <= width - right - 14 + 1, (page, x0, x1)
        else:  # even: left-aligned, one character in from the text's left edge
            assert left + 14 - 1 <= x0 < left + 2 * 14, (page, x0, x1)


def check_schema_order(data: bytes) -> int:
    """Assert that every w:pPr, w:rPr, w:tblPr and w:tcPr of a package's document, styles and
    footers has its children in schema order (Word refuses a file that has not); how many."""
    from toolkit.word.ooxml import ORDERS

    checked = 0
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = [
            n for n in package.namelist() if re.match(r"word/(document|styles|footer\d*)\.xml", n)
        ]
        for name in names:
            root = etree.fromstring(package.read(name))
            for tag, order in ORDERS.items():
                for element in root.iter(tag):
                    tags = [child.tag.split("}")[1] for child in element]
                    ranks = [order.index(t) for t in tags if t in order]
                    assert ranks == sorted(ranks), (name, tags)
                    checked += 1
    return checked


def test_template_properties_are_in_schema_order():
    assert check_schema_order(DEFAULT_TEMPLATE.read_bytes()) > 10
