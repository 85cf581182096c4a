"""Read a .docx report into blocks: body paragraphs and table cells in order, the accepted view
of tracked changes (revisions resolved as Word's Accept All does), heading levels from styles and
outline levels, bold run-in prefixes.

python-docx's ``Paragraph.text`` drops text inside ``w:ins``, so runs are read from the XML:
``w:t`` anywhere in the paragraph (inserted text included), ``w:delText`` never, ``w:tab`` as a
tab, ``w:br``/``w:cr`` as a soft line break that splits the paragraph into separate blocks.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from toolkit.errors import FormatError
from toolkit.model import Block, SourceDocument
from toolkit.readers.files import check_block_count, read_head
from toolkit.word.styles import PROMPT, PROMPT_LINES

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: refuse archives that would inflate beyond this (a zip bomb is rejected before inflating)
MAX_UNCOMPRESSED = 300 * 1024 * 1024
MAX_RATIO = 200
#: python-docx holds the whole main part as an lxml tree, about 14 times its size in memory:
#: 24 MB (some 500 pages of heavily formatted text) keeps a read near 300 MB (measured).
MAX_DOCUMENT_XML = 24 * 1024 * 1024
#: all XML parts together (styles, numbering, headers, comments … are parsed as well)
MAX_XML_TOTAL = 32 * 1024 * 1024
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CHUNK = 1024 * 1024


#: the directory entry of the stream that holds an encrypted .docx inside its OLE container
_ENCRYPTED_ENTRY = "EncryptedPackage".encode("utf-16-le").ljust(64, b"\0") + b"\x22\x00"


def _is_encrypted_package(path: Path) -> bool:
    """True when an OLE compound file holds an ``EncryptedPackage`` stream: a password-protected
    .docx (Office encrypts the whole package into an OLE container). Directory entries are
    128-byte records aligned to 128 bytes, the name in UTF-16 followed by its byte length; the
    file is scanned in 1 MB chunks, which never split such a record."""
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(1024 * 1024):
                start = chunk.find(_ENCRYPTED_ENTRY)
                while start != -1:
                    if start % 128 == 0:
                        return True
                    start = chunk.find(_ENCRYPTED_ENTRY, start + 1)
    except OSError:
        return False
    return False


#: a Word package has tens of parts (thousands with many images); zipfile would build an object
#: for each entry of a hostile archive (300,000 empty entries: 207 MB) before any other check
MAX_ENTRIES = 20_000


def _declared_entries(path: Path) -> int | None:
    """The entry count the zip's end-of-central-directory record declares (zip64 included),
    read from the file's tail without opening the archive; None when there is no record."""
    try:
        with path.open("rb") as handle:
            handle.seek(0, 2)
            size = handle.tell()
            handle.seek(max(0, size - 65_557))
            tail = handle.read()
    except OSError:
        return None
    end = tail.rfind(b"PK\x05\x06")
    if end == -1 or len(tail) < end + 22:
        return None
    count = int.from_bytes(tail[end + 10 : end + 12], "little")
    locator = end - 20
    if count == 0xFFFF and locator >= 0 and tail[locator : locator + 4] == b"PK\x06\x07":
        record = int.from_bytes(tail[locator + 8 : locator + 16], "little")
        try:
            with path.open("rb") as handle:
                handle.seek(record)
                zip64 = handle.read(56)
        except (OSError, ValueError):
            return None
        if zip64[:4] == b"PK\x06\x06":
            count = int.from_bytes(zip64[32:40], "little")
    return count


def check_package(path: Path) -> None:
    """Refuse what is not a sane .docx before python-docx opens it: a legacy .doc, a
    password-protected .docx, a zip without a Word document, a damaged zip, and a zip bomb
    (judged from the sizes the archive declares, before anything is inflated)."""
    head = read_head(path, 8)
    if head.startswith(OLE_MAGIC):
        if _is_encrypted_package(path):
            raise FormatError(
                "the .docx is password-protected (encrypted)",
                path,
                hint="open it in Word or LibreOffice, remove the password and save it again",
            )
        raise FormatError(
            "a legacy Word 97-2003 .doc, not a .docx package",
            path,
            hint="open it in Word or LibreOffice and save it as .docx",
        )
    entries = _declared_entries(path)
    if entries is not None and entries > MAX_ENTRIES:
        raise FormatError(
            f"the zip holds {entries:,} entries; a Word document has far fewer "
            f"(limit {MAX_ENTRIES:,})",
            path,
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
            main = archive.getinfo("word/document.xml").file_size
            if main > MAX_DOCUMENT_XML:
                raise FormatError(
                    f"the document's text part is {main // (1024 * 1024)} MB; the limit is "
                    f"{MAX_DOCUMENT_XML // (1024 * 1024)} MB",
                    path,
                    hint="split the document, or save it as .txt",
                )
            xml = sum(i.file_size for i in infos if i.filename.endswith((".xml", ".rels")))
            if xml > MAX_XML_TOTAL:  # python-docx parses styles, numbering, headers … too
                raise FormatError(
                    f"its XML parts come to {xml // (1024 * 1024)} MB; the limit is "
                    f"{MAX_XML_TOTAL // (1024 * 1024)} MB",
                    path,
                )
            for info in infos:
                _check_member(archive, info, path)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise FormatError(f"not a valid .docx (damaged or truncated zip: {exc})", path) from exc
    except (NotImplementedError, RuntimeError) as exc:  # unknown compression, encrypted member
        raise FormatError(f"not a readable .docx ({exc})", path) from exc


def _check_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> None:
    """Inflate one part in 1 MB chunks, keeping none of it: zipfile stops at the declared size
    and checks the CRC, so a part that lies about its size fails here with bounded memory
    (python-docx's ``ZipFile.read`` would inflate it whole first). XML parts must not carry a
    DOCTYPE: Word never writes one, and it is how entity-expansion and external-entity
    attacks start."""
    try:
        member = archive.open(info)
    except RuntimeError as exc:  # zipfile: "... is encrypted, password required"
        raise FormatError(
            f"{info.filename} is encrypted inside the zip (a password-protected archive)", path
        ) from exc
    except NotImplementedError as exc:
        raise FormatError(f"{info.filename} uses an unsupported compression ({exc})", path) from exc
    with member:
        head = member.read(_CHUNK)
        if info.filename.endswith((".xml", ".rels")) and b"<!DOCTYPE" in head[:4096].upper():
            raise FormatError(
                f"{info.filename} declares a DOCTYPE, which Word never writes "
                "(an XML entity-expansion or external-entity attack?); refusing to read it",
                path,
            )
        while member.read(_CHUNK):
            pass


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
    prompt_styles: set[str] = set()
    for style in document.styles:
        style_id = getattr(style, "style_id", None)
        if not style_id:
            continue
        if style.name == PROMPT:
            prompt_styles.add(style_id)
        found = _HEADING_STYLE.match(style.name or "")
        if found:
            style_levels[style_id] = int(found.group(1))
        elif (style.name or "").lower() == "title":
            style_levels[style_id] = 0
        font = getattr(style, "font", None)
        if font is not None and font.bold:
            (styles_bold if style.type == 2 else para_bold_styles).add(style_id)

    blocks: list[Block] = []
    prompts: list[int] = []
    body = document.element.body
    # Word's paragraph number in the file as it is: empty paragraphs count, text boxes do not
    numbers = {p: n for n, p in enumerate(_numbered_paragraphs(body), start=1)}
    warnings = _revision_warnings(body)
    if warnings:
        # the accepted view: inserted text kept, deleted text and deleted paragraph marks gone
        # (a paragraph whose mark was deleted runs on into the next one, and keeps its number)
        from toolkit.word.revisions import accept_all

        accept_all(body, in_place=True)
    for paragraph in _numbered_paragraphs(body):
        number = numbers[paragraph]
        ppr = paragraph.find(f"{W}pPr")
        style_id = None
        if ppr is not None and ppr.find(f"{W}pStyle") is not None:
            style_id = ppr.find(f"{W}pStyle").get(f"{W}val")
        if style_id in prompt_styles:
            prompts.append(number)
        level = _style_level(paragraph)
        if level is None and style_id in style_levels:
            level = style_levels[style_id]
        for text, lvl, bold in _paragraph_blocks(
            paragraph, level, styles_bold, style_id in para_bold_styles
        ):
            blocks.append(Block(text, number, lvl, bold))
        check_block_count(len(blocks), path)
    if not blocks:
        raise FormatError("the Word document has no text", path)
    core = document.core_properties
    meta = {k: v for k, v in (("doc_title", core.title), ("doc_author", core.author)) if v}
    if prompts:  # a draft skeleton's prompts, for ``check`` to tell from copied text
        meta[PROMPT_LINES] = " ".join(map(str, prompts))
    return SourceDocument(str(path), "docx", tuple(blocks), None, meta, warnings)


def _numbered_paragraphs(body: Any) -> list[Any]:
    """The body's paragraphs that Word numbers (those of text boxes are not)."""
    return [p for p in body.iter(f"{W}p") if p.getparent().tag != f"{W}txbxContent"]


def _revision_warnings(body: Any) -> tuple[str, ...]:
    """A document with tracked changes is read as if they were all accepted: say so."""
    inserted = sum(1 for _ in body.iter(f"{W}ins", f"{W}moveTo"))
    deleted = sum(1 for _ in body.iter(f"{W}del", f"{W}moveFrom"))
    if not inserted and not deleted:
        return ()
    counts = (
        f"{inserted} insertion{'s' * (inserted != 1)}, {deleted} deletion{'s' * (deleted != 1)}"
    )
    return (f"the document has tracked changes ({counts}), read as if all were accepted",)
