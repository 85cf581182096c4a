"""Read a report page saved from a government site: the main text only.

Scripts, styles, navigation, share buttons, breadcrumbs and footers are dropped; the metadata
table (索引号 … 有效性) and the 上一篇/下一篇 links become metadata. The main text is the element
whose own paragraphs hold the most text (the readability heuristic), preferring the containers
government content systems use (``#zoom``, ``.TRS_Editor``, ``#UCAP-CONTENT`` …).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from toolkit.errors import FormatError
from toolkit.model import Block, SourceDocument
from toolkit.profiles.front import collect_meta, meta_line
from toolkit.readers.encoding import decode_bytes, decoding_warnings
from toolkit.readers.files import check_block_count, read_bytes

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.IGNORECASE)
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "iframe",
    "form",
    "button",
    "select",
    "input",
    "nav",
    "header",
    "footer",
    "aside",
    "svg",
    "object",
    "embed",
    "template",
    "head",
)
_CHROME = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|footer|foot|header|head|share|bdshare|jiathis|breadcrumb|"
    r"crumb|location|position|sidebar|side|toolbar|tools|print|related|relevant|comment|"
    r"copyright|login|search|banner|fontsize|font-size|qrcode|ewm|gotop|back-top)($|[\s_-])",
    re.IGNORECASE,
)
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
_BLOCK_TAGS = {
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
}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_LINK_NAV = re.compile(r"^(上一篇|下一篇)\s*[:：]?\s*(.*)$")


def _classes(element: Any) -> str:
    return f"{element.get('id') or ''} {element.get('class') or ''}"


def _own_text_length(element: Any) -> int:
    """Text held by the element's paragraph-like children: what readability scores."""
    total = 0
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if child.tag in ("p", "br", "span", "font", "strong", "b") or (
            child.tag == "div" and len(child) <= 3
        ):
            total += len((child.text_content() or "").strip())
    total += len((element.text or "").strip())
    return total


def _main_element(root: Any) -> Any:
    best, best_score = root, -1
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        score = _own_text_length(element)
        hint = _classes(element)
        if any(h.lower() in hint.lower() for h in _CONTENT_HINTS):
            score = int(score * 1.5)
        if score > best_score:
            best, best_score = element, score
    return best


def _lines(element: Any) -> list[tuple[str, int | None, int]]:
    """(text, heading level, bold prefix) for each visual line under ``element``.

    Lines are appended to one list as the tree is walked: nested generators would pass every
    line up through each enclosing element (quadratic in nesting depth times lines)."""
    parts: list[tuple[str, bool]] = []
    level: list[int | None] = [None]
    lines: list[tuple[str, int | None, int]] = []

    def flush() -> None:
        raw = "".join(t for t, _ in parts)
        text = re.sub(
            r"[ \t\r\n\u00a0\u3000]+", lambda m: "" if "\n" in m.group(0) else " ", raw
        ).strip()
        if text:
            bold = 0
            consumed = 0
            leading = len(raw) - len(raw.lstrip())
            for piece, is_bold in parts:
                if not is_bold and piece.strip():
                    break
                consumed += len(piece)
                bold = consumed
            lines.append((text, level[0], max(0, min(len(text), bold - leading))))
        parts.clear()
        level[0] = None

    def walk(node: Any, bold: bool) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        is_block = tag in _BLOCK_TAGS
        if is_block:
            flush()
            if tag in _HEADINGS:
                level[0] = _HEADINGS[tag]
        here_bold = bold or tag in ("strong", "b") or "bold" in (node.get("style") or "")
        if node.text and tag:
            parts.append((node.text, here_bold))
        for child in node:
            walk(child, here_bold)
            if child.tail:
                parts.append((child.tail, bold))
        if is_block:
            flush()

    walk(element, False)
    flush()
    return lines


#: lxml holds a page as a tree of about 7 times its size: a 50 MB page peaked at 358 MB. Report
#: pages are well under 1 MB; 32 MB keeps a read under about 250 MB.
MAX_HTML_BYTES = 32 * 1024 * 1024


def check_html_size(path: Path) -> None:
    """:class:`FormatError` for a page larger than :data:`MAX_HTML_BYTES`."""
    try:
        size = path.stat().st_size
    except OSError:
        return  # read_bytes reports it
    if size > MAX_HTML_BYTES:
        raise FormatError(
            f"HTML page is {size / (1024 * 1024):.1f} MB; the limit for pages is "
            f"{MAX_HTML_BYTES // (1024 * 1024)} MB",
            path,
            hint="save the report's text as .txt",
        )


def read_html(path: Path) -> SourceDocument:
    """Read an HTML report page; :class:`FormatError` when it holds no text."""
    import lxml.html
    from lxml import etree

    check_html_size(path)
    data = read_bytes(path)
    declared = _CHARSET.search(data[:4096])
    text, encoding = decode_bytes(
        data, path, declared.group(1).decode("ascii") if declared else None
    )
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise FormatError(f"cannot parse the HTML page ({exc})", path) from exc
    warnings = decoding_warnings(text)
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        warnings += (
            "the page nests elements more than 255 levels deep; reading stopped there and the "
            "rest of the page is left out",
        )

    meta: dict[str, str] = {}
    page_title = root.findtext(".//title")
    if page_title and page_title.strip():
        meta["page_title"] = page_title.strip()
    for element in list(root.iter(*_DROP_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    # metadata and prev/next links live in page furniture: collect before dropping it
    page_lines = [line for line, _, _ in _lines(root)]
    meta.update(collect_meta(page_lines))
    for line in page_lines:
        if (nav := _LINK_NAV.match(line)) and nav.group(2).strip():
            meta["previous" if nav.group(1) == "上一篇" else "next"] = nav.group(2).strip()
    for element in list(root.iter()):
        if (
            isinstance(element.tag, str)
            and element.getparent() is not None
            and _CHROME.search(_classes(element))
        ):
            element.drop_tree()
    main = _main_element(root.body if root.find("body") is not None else root)
    lines = [
        (t, lvl, b) for t, lvl, b in _lines(main) if not meta_line(t) and not _LINK_NAV.match(t)
    ]
    heading = _page_heading(root, main, meta.get("page_title", ""))
    if heading and not any("工作报告" in t for t, _, _ in lines[:5]):
        lines.insert(0, (heading, 1, len(heading)))
    check_block_count(len(lines), path)
    blocks = tuple(Block(t, i, lvl, b) for i, (t, lvl, b) in enumerate(lines, 1))
    if not blocks:
        raise FormatError("the HTML page has no readable text", path)
    return SourceDocument(str(path), "html", blocks, encoding, meta, warnings)


def _page_heading(root: Any, main: Any, page_title: str) -> str | None:
    """The report's title when the page prints it outside the main text (h1 or .title)."""
    for element in root.iter("h1", "h2", "div", "p", "span"):
        if element is main:
            break
        if element.tag not in ("h1", "h2") and "title" not in _classes(element).lower():
            continue  # checked first: text_content() of every nested div is quadratic
        text = (element.text_content() or "").strip()
        if "工作报告" in text and len(text) <= 40:
            return text
    title = re.split(r"[-_|—]", page_title.strip())[0].strip()
    return title if "工作报告" in title else None
