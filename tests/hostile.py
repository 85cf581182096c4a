"""Makers of hostile and broken input files for the hardening tests (written to a temp folder).

Each maker builds the file the way the real thing is built: a zip bomb is a real deflate
stream that inflates to hundreds of MB, an encrypted .docx is a real OLE compound file with the
streams Office writes, a billion-laughs .docx is a real Word package with a DOCTYPE in its main
part.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
from pathlib import Path

import docx

MB = 1024 * 1024
ENDOFCHAIN, FREESECT, FATSECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF


def base_docx(paragraphs: list[str]) -> bytes:
    """A real .docx written by python-docx with these paragraphs."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def replace_part(package: bytes, name: str, content: bytes, *, level: int = 6) -> bytes:
    """The package with one part's content replaced (every other part copied)."""
    source = zipfile.ZipFile(io.BytesIO(package))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as target:
        for info in source.infolist():
            target.writestr(info.filename, content if info.filename == name else source.read(info))
    return out.getvalue()


def document_xml(body: str, doctype: str = "") -> bytes:
    """A WordprocessingML main part with ``body`` (paragraph XML) and an optional DOCTYPE."""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"{doctype}"
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    ).encode()


def para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def zip_bomb(path: Path, inflated_mb: int = 350) -> Path:
    """A .docx whose word/document.xml honestly declares and inflates to ``inflated_mb`` MB
    (about 1.6 MB on disk: a ratio near 220)."""
    package = base_docx(["一、总体要求"])
    source = zipfile.ZipFile(io.BytesIO(package))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                target.writestr(info.filename, source.read(info))
        with target.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(document_xml("")[: -len(b"</w:body></w:document>")])
            chunk = para("炸弹").encode() * (MB // 40)
            for _ in range(inflated_mb):
                part.write(chunk)
            part.write(b"</w:body></w:document>")
    return path


def lying_zip_bomb(path: Path, inflated_mb: int = 200) -> Path:
    """A .docx whose document.xml declares 1 KB but whose deflate stream inflates to
    ``inflated_mb`` MB: the sizes in both the local header and the central directory lie."""
    zip_bomb(path, inflated_mb)
    data = bytearray(path.read_bytes())
    name = b"word/document.xml"
    # central directory entry: signature PK\1\2, uncompressed size at +24 (zip64: in the extra)
    central = data.rfind(b"PK\x01\x02", 0, data.rfind(name))
    while data[central + 46 : central + 46 + len(name)] != name:
        central = data.rfind(b"PK\x01\x02", 0, central)
    name_len, extra_len = struct.unpack_from("<HH", data, central + 28)
    extra = central + 46 + name_len
    end = extra + extra_len
    while extra < end:
        tag, size = struct.unpack_from("<HH", data, extra)
        if tag == 0x0001:  # zip64 extra: uncompressed size first
            struct.pack_into("<Q", data, extra + 4, 1024)
        extra += 4 + size
    if struct.unpack_from("<I", data, central + 24)[0] != 0xFFFFFFFF:
        struct.pack_into("<I", data, central + 24, 1024)
    path.write_bytes(bytes(data))
    return path


def billion_laughs_docx(path: Path) -> Path:
    """A .docx whose main part declares nested entities expanding to 10^9 "lol"s."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    doctype = "<!DOCTYPE w:document [" + "".join(entities) + "]>"
    body = para("一、总体要求") + para("&lol9;") + para("经济运行稳中向好。")
    path.write_bytes(
        replace_part(base_docx(["x"]), "word/document.xml", document_xml(body, doctype))
    )
    return path


def external_entity_docx(path: Path, secret: Path) -> Path:
    """A .docx whose main part pulls ``secret`` in through a file:// external entity (XXE)."""
    doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.resolve().as_uri()}">]>'
    body = para("一、总体要求") + para("&xxe;") + para("经济运行稳中向好。")
    path.write_bytes(
        replace_part(base_docx(["x"]), "word/document.xml", document_xml(body, doctype))
    )
    return path


def many_paragraphs_docx(path: Path, count: int) -> Path:
    """A .docx with ``count`` short paragraphs (numbered items under numbered parts)."""
    parts = []
    for i in range(count):
        parts.append(
            para(
                f"{'一二三四五六七八九'[i // 1000 % 9]}、第{i}部分"
                if i % 1000 == 0
                else f"{i % 1000}.第{i}项工作落实到位。"
            )
        )
    package = replace_part(base_docx(["x"]), "word/document.xml", document_xml("".join(parts)))
    path.write_bytes(package)
    return path


def ole_file(streams: dict[str, bytes]) -> bytes:
    """A minimal but well-formed OLE compound file (CFB version 3, 512-byte sectors) holding
    ``streams`` in the root storage. Streams are padded to 4,096 bytes so that they live in
    regular sectors (no mini stream)."""
    names = list(streams)
    datas = [streams[n].ljust(max(4096, len(streams[n])), b"\0") for n in names]
    sector = 512
    fat: list[int] = [FATSECT, ENDOFCHAIN]  # sector 0: FAT, sector 1: directory
    starts = []
    for data in datas:
        count = -(-len(data) // sector)
        start = len(fat)
        starts.append(start)
        fat.extend(range(start + 1, start + count))
        fat.append(ENDOFCHAIN)
    assert len(fat) <= sector // 4, "too big for one FAT sector"
    fat.extend([FREESECT] * (sector // 4 - len(fat)))

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        return (
            encoded.ljust(64, b"\0")
            + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", NOSTREAM, right, child)
            + b"\0" * 16
            + b"\0" * 4
            + b"\0" * 16
            + struct.pack("<IQ", start, size)
        )

    entries = [entry("Root Entry", 5, 1, NOSTREAM, ENDOFCHAIN, 0)]
    for index, (name, start) in enumerate(zip(names, starts, strict=True)):
        right = index + 2 if index + 1 < len(names) else NOSTREAM
        entries.append(entry(name, 2, NOSTREAM, right, start, len(streams[name])))
    directory = b"".join(entries)
    assert len(directory) <= sector, "too many streams for one directory sector"
    directory = directory.ljust(sector, b"\0")
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, ENDOFCHAIN, 0, ENDOFCHAIN, 0)
        + struct.pack("<I", 0)
        + struct.pack("<I", FREESECT) * 108
    )
    assert len(header) == 512
    return header + struct.pack(f"<{len(fat)}I", *fat) + directory + b"".join(datas)


def encrypted_docx(path: Path) -> Path:
    """A password-protected .docx as Office writes it: an OLE container with EncryptionInfo and
    EncryptedPackage streams (agile encryption descriptor, random ciphertext)."""
    info = struct.pack("<HHI", 4, 4, 0x40) + (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        b'<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption">'
        b'<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" '
        b'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/>'
        b"</encryption>"
    )
    rng = random.Random(8)
    package = struct.pack("<Q", 20000) + bytes(rng.getrandbits(8) for _ in range(20000))
    path.write_bytes(ole_file({"EncryptionInfo": info, "EncryptedPackage": package}))
    return path


def legacy_doc(path: Path) -> Path:
    """A Word 97-2003 .doc (OLE container with WordDocument and 1Table streams)."""
    word = struct.pack("<H", 0xA5EC) + "一、总体要求".encode("utf-16-le")
    path.write_bytes(ole_file({"WordDocument": word, "1Table": b"\0" * 64}))
    return path


def fifty_mb_text(path: Path, samples: list[Path], size: int = 50 * MB) -> Path:
    """About ``size`` bytes of real report text: the samples repeated with years changed."""
    texts = [p.read_text(encoding="utf-8") for p in samples]
    with path.open("w", encoding="utf-8") as out:
        written, year = 0, 1990
        while written < size:
            for text in texts:
                chunk = text.replace("2025", str(year)).replace("2026", str(year + 1)) + "\n"
                out.write(chunk)
                written += len(chunk.encode("utf-8"))
            year += 1
    return path


def random_bytes(count: int, seed: int = 8) -> bytes:
    return random.Random(seed).randbytes(count)


def sha256(path: Path) -> str | None:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def tree_hashes(folder: Path) -> dict[str, str | None]:
    """Hash of every file under ``folder`` (inputs must come out unchanged)."""
    return {str(p): sha256(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def damaged_xml_docx(path: Path) -> Path:
    """A .docx whose main part is cut off mid-tag."""
    body = b"<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'>"
    package = replace_part(
        base_docx(["一、总体要求"]), "word/document.xml", body + b"<w:body><w:p>"
    )
    path.write_bytes(package)
    return path


def zip_encrypted_docx(path: Path) -> Path:
    """A .docx zipped with a password (the encryption flag set on every entry)."""
    data = bytearray(base_docx(["一、总体要求"]))
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        position = data.find(signature)
        while position != -1:
            (flags,) = struct.unpack_from("<H", data, position + flag_offset)
            struct.pack_into("<H", data, position + flag_offset, flags | 1)
            position = data.find(signature, position + 4)
    path.write_bytes(bytes(data))
    return path


def many_entries_docx(path: Path, count: int) -> Path:
    """A real .docx with ``count`` extra empty entries (over 65,535 makes it a zip64 archive)."""
    source = zipfile.ZipFile(io.BytesIO(base_docx(["一、总体要求"])))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info))
        for index in range(count):
            target.writestr(f"extra/part{index}.xml", b"")
    return path


def huge_styles_docx(path: Path, megabytes: int = 40) -> Path:
    """A .docx with a small text part but ``megabytes`` MB of (not very compressible) styles."""
    import hashlib

    style = "<w:style w:styleId='s{0}'><w:name w:val='{1}'/></w:style>"
    count = megabytes * MB // 100
    styles = "".join(
        style.format(i, hashlib.md5(str(i).encode()).hexdigest()) for i in range(count)
    )
    xml = (
        "<w:styles xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'>"
        f"{styles}</w:styles>"
    ).encode()
    package = replace_part(base_docx(["一、总体要求"]), "word/styles.xml", xml, level=1)
    path.write_bytes(package)
    return path
