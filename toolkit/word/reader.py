"""Read a .docx report into blocks: body paragraphs and table cells in order, the accepted view
of tracked changes, heading levels from styles and outline levels, bold run-in prefixes.

python-docx's ``Paragraph.text`` drops text inside ``w:ins``, so runs are read from the XML:
``w:t`` anywhere in the paragraph (inserted text included), ``w:delText`` never, ``w:tab`` as a
tab, ``w:br``/``w:cr`` as a soft line break that splits the paragraph into separate blocks.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from toolkit.errors import FormatError
from toolkit.model import Block, SourceDocument
from toolkit.readers.files import read_head

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: refuse archives that would inflate beyond this (a zip bomb is rejected before inflating)
MAX_UNCOMPRESSED = 300 * 1024 * 1024
MAX_RATIO = 200
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def check_package(path: Path) -> None:
    """Refuse what is not a sane .docx before python-docx opens it."""
    head = read_head(path, 8)
    if head.startswith(OLE_MAGIC):
        raise FormatError(
            "a legacy Word 97-2003 .doc or a password-protected .docx, not a .docx package",
            path,
            hint="open it in Word or LibreOffice, remove any password and save as .docx",
        )
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            total = sum(info.file_size for info in infos)
            packed = sum(info.compress_size for info in infos) or 1
            if "word/document.xml" not in names:
                raise FormatError(
                    "a zip archive but not a Word document (no word/document.xml)", path
                )
            if total > MAX_UNCOMPRESSED or (total > 50_000_000 and total / packed > MAX_RATIO):
                raise FormatError(
                    f"refusing to unpack: it would inflate to {total // (1024 * 1024)} MB "
                    "(a zip bomb or a damaged file)",
                    path,
                )
    except zipfile.BadZipFile as exc:
        raise FormatError(f"not a valid .docx (damaged or truncated zip: {exc})", path) from exc


def _style_level(paragraph: Any) -> int | None:
    ppr = paragraph.find(f"{W}pPr")
    if ppr is not None:
        outline = ppr.find(f"{W}outlineLvl")
        if outline is not None:
            value = int(outline.get(f"{W}val", "9"))
            if value < 9:
                return value + 1
    return None


def _is_bold(run: Any, styles_bold: set[str]) -> bool:
    rpr = run.find(f"{W}rPr")
    if rpr is None:
        return False
    bold = rpr.find(f"{W}b")
    if bold is not None:
        return bold.get(f"{W}val", "true") not in ("0", "false", "off")
    style = rpr.find(f"{W}rStyle")
    return style is not None and style.get(f"{W}val") in styles_bold


def _runs(paragraph: Any) -> Iterator[tuple[str, Any]]:
    """(text, run) pairs in order; deleted text skipped, inserted text kept."""
    for element in paragraph.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}delText"):
        tag = element.tag
        if tag == f"{W}delText":
            continue
        run = element.getparent()
        if tag == f"{W}t":
            yield element.text or "", run
        elif tag == f"{W}tab":
            yield "\t", run
        elif tag == f"{W}br" and element.get(f"{W}type") in ("page", "column"):
            continue
        else:
            yield "\n", run


def _paragraph_blocks(
    paragraph: Any, level: int | None, styles_bold: set[str], para_bold: bool
) -> Iterator[tuple[str, int | None, int]]:
    """Blocks of one paragraph: (text, heading level, bold prefix); soft breaks split it."""
    pieces: list[tuple[str, bool]] = [
        (text, para_bold or _is_bold(run, styles_bold)) for text, run in _runs(paragraph)
    ]
    line: list[tuple[str, bool]] = []
    for text, bold in [*pieces, ("\n", False)]:
        if text != "\n":
            line.append((text, bold))
            continue
        raw = "".join(t for t, _ in line)
        stripped = raw.strip()
        if stripped:
            offset = len(raw) - len(raw.lstrip())
            bold_prefix = 0
            position = 0
            for piece, piece_bold in line:
                if not piece_bold and piece.strip():
                    break
                position += len(piece)
                bold_prefix = position
            bold_prefix = max(0, min(len(stripped), bold_prefix - offset))
            yield stripped, level, bold_prefix
        line = []


def read_docx(path: Path) -> SourceDocument:
    """Read a .docx file; :class:`FormatError` when it is not a readable Word document."""
    check_package(path)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise FormatError(f"cannot open as a Word document ({exc})", path) from exc
    except Exception as exc:  # lxml XMLSyntaxError and friends: damaged XML
        raise FormatError(f"damaged Word document ({type(exc).__name__}: {exc})", path) from exc

    style_levels: dict[str, int] = {}
    styles_bold: set[str] = set()
    para_bold_styles: set[str] = set()
    for style in document.styles:
        style_id = getattr(style, "style_id", None)
        if not style_id:
            continue
        found = _HEADING_STYLE.match(style.name or "")
        if found:
            style_levels[style_id] = int(found.group(1))
        elif (style.name or "").lower() == "title":
            style_levels[style_id] = 0
        font = getattr(style, "font", None)
        if font is not None and font.bold:
            (styles_bold if style.type == 2 else para_bold_styles).add(style_id)

    blocks: list[Block] = []
    body = document.element.body
    for paragraph in body.iter(f"{W}p"):
        if paragraph.getparent().tag == f"{W}txbxContent":
            continue
        ppr = paragraph.find(f"{W}pPr")
        style_id = None
        if ppr is not None and ppr.find(f"{W}pStyle") is not None:
            style_id = ppr.find(f"{W}pStyle").get(f"{W}val")
        level = _style_level(paragraph)
        if level is None and style_id in style_levels:
            level = style_levels[style_id]
        for text, lvl, bold in _paragraph_blocks(
            paragraph, level, styles_bold, style_id in para_bold_styles
        ):
            blocks.append(Block(text, len(blocks) + 1, lvl, bold))
    if not blocks:
        raise FormatError("the Word document has no text", path)
    core = document.core_properties
    meta = {k: v for k, v in (("doc_title", core.title), ("doc_author", core.author)) if v}
    return SourceDocument(str(path), "docx", tuple(blocks), None, meta)
