"""An HTML page's tree as visual lines, and the element that holds its article.

The article container is the element whose own paragraphs (children without block elements of
their own, links not counted) hold the most text: the readability heuristic, with a bonus for
the containers government content systems use (``#zoom``, ``.TRS_Editor``, ``#UCAP-CONTENT``
…). When the article is split over sibling containers (one per printed page), their parent is
taken instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_CONTENT_HINTS = (
    "zoom",
    "UCAP-CONTENT",
    "TRS_Editor",
    "Custom_UnionStyle",
    "article-content",
    "article_content",
    "content",
    "main-content",
    "detail",
    "textcontent",
    "pages_content",
)
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "tr",
        "td",
        "th",
        "dd",
        "dt",
        "section",
        "article",
        "blockquote",
        "pre",
        "table",
        "ul",
        "ol",
        "center",
        "br",
        "hr",
        "figure",
        "figcaption",
        "main",
    }
)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_PARAGRAPH_CHILDREN = ("p", "span", "font", "strong", "b", "div", "section", "td", "center")


@dataclass(frozen=True, slots=True)
class PageLine:
    """One visual line of a page. ``linked``: most of its text is in ``<a href>`` links;
    ``caption``: it is a photo's caption (next to an image or in ``<figcaption>``)."""

    text: str
    level: int | None = None
    bold: int = 0
    linked: bool = False
    caption: bool = False


def classes(element: Any) -> str:
    return f"{element.get('id') or ''} {element.get('class') or ''}"


@dataclass
class _Stats:
    text: int = 0  #: characters in the subtree
    links: int = 0  #: of which inside links
    blocky: bool = False  #: the subtree holds block elements
    paragraphs: int = 0  #: the subtree's paragraph text (sum of own scores)


def main_element(root: Any) -> Any:
    """The element holding the article (see the module docstring); ``root`` when none."""
    stats: dict[Any, _Stats] = {}
    scores: dict[Any, int] = {}
    _measure(root, stats, scores)
    best = max(scores, key=lambda e: scores[e], default=root)
    # an article split over sibling containers: take their parent
    while (parent := best.getparent()) is not None and parent in stats:
        others = sum(
            stats[c].paragraphs
            for c in parent
            if c is not best and c in stats and stats[c].links * 2 < max(stats[c].text, 1)
        )
        if others < max(200, 0.3 * stats[best].paragraphs):
            break
        best = parent
    return best


def _measure(element: Any, stats: dict[Any, _Stats], scores: dict[Any, int]) -> _Stats:
    own = len((element.text or "").strip())
    here = _Stats(text=own, links=own if _is_link(element) else 0)
    score = own
    for child in element:
        tail = len((child.tail or "").strip())
        here.text += tail
        score += tail
        if not isinstance(child.tag, str):
            continue
        sub = _measure(child, stats, scores)
        here.text += sub.text
        here.links += sub.text if _is_link(element) else sub.links
        here.blocky = here.blocky or sub.blocky or child.tag in BLOCK_TAGS
        here.paragraphs += sub.paragraphs
        if child.tag in _PARAGRAPH_CHILDREN and not sub.blocky:
            score += sub.text - sub.links
    hint = classes(element).lower()
    if any(h.lower() in hint for h in _CONTENT_HINTS):
        score = int(score * 1.5)
    scores[element] = score
    here.paragraphs += score
    stats[element] = here
    return here


def _is_link(element: Any) -> bool:
    return element.tag == "a" and bool(element.get("href"))


def caption_elements(root: Any) -> set[Any]:
    """Blocks that caption a photo: ``<figcaption>``, or a short block set as a caption
    (centred, small type, a caption class) that holds a photo or comes right after a block
    holding only one. An image inside a plain paragraph is not a photo: pages print rare
    characters of names as images."""
    found: set[Any] = set(root.iter("figcaption"))
    for image in root.iter("img"):
        block = image.getparent()
        while block is not None and block.tag not in BLOCK_TAGS:
            block = block.getparent()
        if block is None:
            continue
        if (block.text_content() or "").strip():
            candidate = block
        else:
            candidate = block.getnext()
            while candidate is not None and not (candidate.text_content() or "").strip():
                candidate = candidate.getnext()  # empty spacers between photo and caption
        if candidate is not None and _set_as_caption(candidate):
            found.add(candidate)
    return found


def _set_as_caption(element: Any) -> bool:
    if len((element.text_content() or "").strip()) > 160:
        return False
    for node in element.iter():
        if not isinstance(node.tag, str):
            continue
        style = (node.get("style") or "").replace(" ", "").lower()
        if (
            node.tag == "center"
            or (node.get("align") or "").lower() == "center"
            or "text-align:center" in style
            or re.search(r"font-size:(1[0-4]|[1-9])(\.\d+)?px", style)
            or re.search(r"(^|[\s_-])(caption|pic|photo|img|tu|tp)([\s_-]|$)", classes(node), re.I)
        ):
            return True
    return False


def page_lines(
    element: Any, main: Any = None, captions: set[Any] | frozenset[Any] = frozenset()
) -> tuple[list[PageLine], int, int]:
    """The visual lines under ``element``, and the span [start, end) of those inside ``main``
    (the whole list when ``main`` is None or not under ``element``).

    Lines are appended to one list as the tree is walked: nested generators would pass every
    line up through each enclosing element (quadratic in nesting depth times lines)."""
    parts: list[tuple[str, bool, bool, bool]] = []  # text, bold, linked, caption
    level: list[int | None] = [None]
    lines: list[PageLine] = []
    span = [0, -1]

    def flush() -> None:
        raw = "".join(t for t, _, _, _ in parts)
        text = re.sub(
            r"[ \t\r\n\u00a0\u3000]+", lambda m: "" if "\n" in m.group(0) else " ", raw
        ).strip()
        if text:
            bold = 0
            consumed = 0
            leading = len(raw) - len(raw.lstrip())
            for piece, is_bold, _, _ in parts:
                if not is_bold and piece.strip():
                    break
                consumed += len(piece)
                bold = consumed
            visible = [(len(t.strip()), linked, caption) for t, _, linked, caption in parts]
            total = sum(n for n, _, _ in visible) or 1
            lines.append(
                PageLine(
                    text,
                    level[0],
                    max(0, min(len(text), bold - leading)),
                    linked=sum(n for n, linked, _ in visible if linked) * 2 > total,
                    caption=all(caption for n, _, caption in visible if n),
                )
            )
        parts.clear()
        level[0] = None

    def walk(node: Any, bold: bool, linked: bool, caption: bool) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        is_block = tag in BLOCK_TAGS or node is main
        if is_block:
            flush()
            if tag in _HEADINGS:
                level[0] = _HEADINGS[tag]
        if node is main:
            span[0] = len(lines)
        here_bold = bold or tag in ("strong", "b") or "bold" in (node.get("style") or "")
        here_linked = linked or _is_link(node)
        here_caption = caption or node in captions
        if node.text and tag:
            parts.append((node.text, here_bold, here_linked, here_caption))
        for child in node:
            walk(child, here_bold, here_linked, here_caption)
            if child.tail:
                parts.append((child.tail, bold, here_linked, here_caption))
        if is_block:
            flush()
        if node is main:
            span[1] = len(lines)

    walk(element, False, False, False)
    flush()
    if span[1] < 0:
        return lines, 0, len(lines)
    return lines, span[0], span[1]
