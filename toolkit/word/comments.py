"""A copy of a .docx with notes as Word comments on the paragraphs they concern (the original
file untouched). Paragraphs are numbered as :func:`toolkit.word.reader.read_docx` numbers them
(Word's paragraph numbers), so a finding's ``line`` lands on the paragraph it was found in."""

from __future__ import annotations

from collections.abc import Iterable
from io import BytesIO
from pathlib import Path
from typing import Any

from toolkit.word.builder import DEFAULT_AUTHOR
from toolkit.word.reader import W


def _numbered(document: Any) -> dict[int, Any]:
    """Word's paragraph number (as the reader gives it as ``line``: empty paragraphs count,
    text boxes do not) → python-docx Paragraph."""
    from docx.text.paragraph import Paragraph

    numbered: dict[int, Any] = {}
    count = 0
    for element in document.element.body.iter(f"{W}p"):
        if element.getparent().tag == f"{W}txbxContent":
            continue
        count += 1
        numbered[count] = Paragraph(element, document._body)
    return numbered


def comment_copy(
    source: str | Path, notes: Iterable[tuple[int, str]], author: str = DEFAULT_AUTHOR
) -> tuple[bytes, int]:
    """The bytes of ``source`` with each ``(line, text)`` note as a comment on that paragraph,
    and how many notes found their paragraph (a line past the end is skipped)."""
    import docx

    document = docx.Document(str(source))
    numbered = _numbered(document)
    initials = "".join(ch for ch in author if ch.isupper() or "\u4e00" <= ch <= "\u9fff")[:2]
    placed = 0
    for line, text in notes:
        paragraph = numbered.get(line)
        if paragraph is None:
            continue
        runs = paragraph.runs
        if not runs:
            runs = [paragraph.add_run("")]
        document.add_comment(
            [runs[0], runs[-1]], text=text, author=author, initials=initials or "RT"
        )
        placed += 1
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue(), placed
