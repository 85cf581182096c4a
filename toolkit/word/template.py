"""Open a Word template and check that it has the styles report-toolkit writes with.

The default template is ``templates/default.docx`` in a source checkout; when that file is not
there (an installed package), the same template is built in memory by
:func:`toolkit.word.default_template.build_default_template`.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn

from toolkit.errors import FormatError, TemplateError
from toolkit.word import styles
from toolkit.word.reader import check_package

DEFAULT_TEMPLATE = Path(__file__).resolve().parents[2] / "templates" / "default.docx"


def missing_styles(document: Any) -> list[str]:
    """The required styles (see :mod:`toolkit.word.styles`) the document lacks, in order.

    A style of the wrong kind (a character style named like a paragraph style) counts as missing.
    """
    have = {(style.name, style.type) for style in document.styles}
    missing = [
        name for name in styles.PARAGRAPH_STYLES if (name, WD_STYLE_TYPE.PARAGRAPH) not in have
    ]
    missing += [
        name for name in styles.CHARACTER_STYLES if (name, WD_STYLE_TYPE.CHARACTER) not in have
    ]
    return missing


def open_template(path: str | Path | None = None) -> Any:
    """A python-docx ``Document`` from the template with its body emptied.

    ``path`` None means the default template; a Word template file (.dotx) is read as a
    document. The template's page setup (the last section
    properties), headers, footers and styles are kept; its body text is dropped. Raises
    :class:`TemplateError` when the file is missing, is not a .docx, or lacks required styles.
    """
    if path is None:
        if DEFAULT_TEMPLATE.is_file():
            data = DEFAULT_TEMPLATE.read_bytes()
        else:
            from toolkit.word.default_template import build_default_template

            data = build_default_template()
        source: str | Path = DEFAULT_TEMPLATE
    else:
        source = Path(path)
        if not source.is_file():
            raise TemplateError("template not found", source)
        data = source.read_bytes()
        if zipfile.is_zipfile(io.BytesIO(data)):
            try:
                check_package(source)  # zip bombs and damaged packages: before inflating
            except FormatError as exc:
                raise TemplateError(exc.message, source, hint=exc.hint) from exc
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise TemplateError("not a Word .docx file", source, hint="save the template as .docx")
    data = _as_document(data)
    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds for a broken package
        raise TemplateError(f"cannot open as a Word document: {exc}", source) from exc
    missing = missing_styles(document)
    if missing:
        raise TemplateError(
            "template lacks the styles " + ", ".join(f"“{name}”" for name in missing),
            source,
            hint="see templates/README.md for the styles a template must define",
        )
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


_TEMPLATE_TYPE = b"wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = b"wordprocessingml.document.main+xml"


def _as_document(data: bytes) -> bytes:
    """A .dotx package relabelled as a .docx (only the main part's content type differs)."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        try:
            types = package.read("[Content_Types].xml")
        except KeyError:
            return data
        if _TEMPLATE_TYPE not in types:
            return data
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
            for item in package.infolist():
                content = package.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    content = content.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE)
                out.writestr(item, content)
    return buffer.getvalue()
