"""Tracked changes (Word revisions) written as raw WordprocessingML, and their resolution.

python-docx has no API for revisions, so they are written here: an insertion is
``<w:ins w:id w:author w:date><w:r><w:t>…</w:t></w:r></w:ins>``, a deletion
``<w:del …><w:r><w:delText>…</w:delText></w:r></w:del>``; an inserted or deleted paragraph break
is marked in the paragraph mark's properties (``w:pPr/w:rPr/w:ins`` or ``w:del``). Every revision
gets a unique ``w:id``.

:func:`accept_all` and :func:`reject_all` resolve them the way Word's "Accept All Changes" and
"Reject All Changes" do, on the XML (a move, ``w:moveFrom``/``w:moveTo``, as the deletion and
insertion it is made of); :func:`paragraph_texts` then reads the paragraphs' text.
"""

from __future__ import annotations

from collections.abc import Iterator
from copy import deepcopy
from typing import Any

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from toolkit.word.ooxml import insert_ordered

W_P = qn("w:p")
W_R = qn("w:r")
W_T = qn("w:t")
W_INS = qn("w:ins")
W_DEL = qn("w:del")
W_MOVE_TO = qn("w:moveTo")
W_MOVE_FROM = qn("w:moveFrom")
#: the range marks around moved text: not content, dropped when revisions are resolved
_MOVE_RANGES = tuple(
    qn(f"w:{name}")
    for name in (
        "moveFromRangeStart",
        "moveFromRangeEnd",
        "moveToRangeStart",
        "moveToRangeEnd",
    )
)
W_DEL_TEXT = qn("w:delText")
W_PPR = qn("w:pPr")
W_RPR = qn("w:rPr")

#: revision ids start high so that they never meet comment or bookmark ids
FIRST_REVISION_ID = 10_000


class RevisionMarker:
    """Writes tracked changes signed by one author at one date, with unique ids."""

    def __init__(self, author: str, date: str, first_id: int = FIRST_REVISION_ID) -> None:
        self.author = author
        self.date = date  #: ISO 8601 as OOXML wants it, e.g. "2026-11-27T23:00:00Z"
        self._next_id = first_id
        self.insertions = 0
        self.deletions = 0

    def _attributes(self, author: str | None = None) -> str:
        rev_id = self._next_id
        self._next_id += 1
        name = _attr(author or self.author)
        return f'w:id="{rev_id}" w:author="{name}" w:date="{self.date}"'

    def insert(
        self, paragraph: Any, text: str, *, bold: bool = False, author: str | None = None
    ) -> Any:
        """Append ``text`` to a python-docx paragraph as a tracked insertion (signed by
        ``author`` instead of the marker's author when given)."""
        element = parse_xml(
            f"<w:ins {nsdecls('w')} {self._attributes(author)}>"
            f'<w:r>{_rpr(bold)}<w:t xml:space="preserve">{_text(text)}</w:t></w:r></w:ins>'
        )
        paragraph._p.append(element)
        self.insertions += 1
        return element

    def delete(
        self, paragraph: Any, text: str, *, bold: bool = False, author: str | None = None
    ) -> Any:
        """Append ``text`` to a python-docx paragraph as a tracked deletion."""
        element = parse_xml(
            f"<w:del {nsdecls('w')} {self._attributes(author)}>"
            f'<w:r>{_rpr(bold)}<w:delText xml:space="preserve">{_text(text)}</w:delText>'
            f"</w:r></w:del>"
        )
        paragraph._p.append(element)
        self.deletions += 1
        return element

    def mark_paragraph_break(self, paragraph: Any, kind: str) -> None:
        """Mark the break that ends ``paragraph`` as inserted (``"+"``) or deleted (``"-"``)."""
        tag = "w:ins" if kind == "+" else "w:del"
        ppr = paragraph._p.get_or_add_pPr()
        rpr = ppr.find(W_RPR)
        if rpr is None:
            rpr = insert_ordered(ppr, parse_xml(f"<w:rPr {nsdecls('w')}/>"))
        # w:ins / w:del come first in a paragraph mark's run properties (CT_ParaRPr)
        rpr.insert(0, parse_xml(f"<{tag} {nsdecls('w')} {self._attributes()}/>"))


def _attr(value: str) -> str:
    return _text(value).replace('"', "&quot;")


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _rpr(bold: bool) -> str:
    return "<w:rPr><w:b/></w:rPr>" if bold else ""


# -- resolving revisions (Word's Accept All / Reject All) -------------------------------------


def accept_all(body: Any, *, in_place: bool = False) -> Any:
    """A copy of ``body`` (a ``w:body`` or ``w:document`` lxml element) with every revision
    accepted: insertions kept, deletions dropped, paragraphs with a deleted break joined
    (``body`` itself, changed, with ``in_place``)."""
    return _resolve(body, keep=(W_INS, W_MOVE_TO), drop=(W_DEL, W_MOVE_FROM), in_place=in_place)


def reject_all(body: Any, *, in_place: bool = False) -> Any:
    """A copy of ``body`` with every revision rejected: deletions restored as text, insertions
    dropped, paragraphs with an inserted break joined."""
    return _resolve(body, keep=(W_DEL, W_MOVE_FROM), drop=(W_INS, W_MOVE_TO), in_place=in_place)


def _resolve(
    body: Any, *, keep: tuple[str, ...], drop: tuple[str, ...], in_place: bool = False
) -> Any:
    root = body if in_place else deepcopy(body)
    for element in list(root.iter(*_MOVE_RANGES)):
        element.getparent().remove(element)
    for element in list(root.iter(*drop)):
        parent = element.getparent()
        if parent is not None and parent.tag != W_RPR:
            parent.remove(element)
    for element in list(root.iter(*keep)):
        parent = element.getparent()
        if parent is None or parent.tag == W_RPR:
            continue
        index = parent.index(element)
        for offset, child in enumerate(list(element)):
            parent.insert(index + offset, child)
        parent.remove(element)
    for text in root.iter(W_DEL_TEXT):
        text.tag = W_T
    # join paragraphs whose break was removed, from the last one back
    paragraphs = list(root.iter(W_P))
    for paragraph in reversed(paragraphs):
        marks = _break_marks(paragraph)
        if not marks:
            continue
        for mark in marks:
            mark.getparent().remove(mark)
        if not any(mark.tag in drop for mark in marks):
            continue
        following = paragraph.getnext()
        while following is not None and following.tag != W_P:
            following = following.getnext()
        if following is None:
            continue
        # the joined paragraph keeps the surviving (following) paragraph mark and its properties
        own = paragraph.find(W_PPR)
        if own is not None:
            paragraph.remove(own)
        for child in list(following):
            if child.tag == W_PPR:
                paragraph.insert(0, child)
            else:
                paragraph.append(child)
        following.getparent().remove(following)
    return root


def _break_marks(paragraph: Any) -> list[Any]:
    """The w:ins / w:del marks on a paragraph's break (both when inserted, then deleted)."""
    ppr = paragraph.find(W_PPR)
    rpr = None if ppr is None else ppr.find(W_RPR)
    if rpr is None:
        return []
    return [child for child in rpr if child.tag in (W_INS, W_DEL, W_MOVE_TO, W_MOVE_FROM)]


def paragraph_texts(body: Any) -> list[str]:
    """The text of each top-level paragraph of ``body`` (``w:t`` only; ``w:delText`` is not
    text: resolve revisions first)."""
    return ["".join(_texts(p)) for p in body.iter(W_P)]


def _texts(paragraph: Any) -> Iterator[str]:
    for element in paragraph.iter(W_T):
        yield element.text or ""
