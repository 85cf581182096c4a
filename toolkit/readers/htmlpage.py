"""Read a report page saved from a government site: the report only, the page as metadata.

Scripts, styles, navigation and footers are dropped; the article is the element
:func:`~toolkit.readers.htmlwalk.main_element` finds. What saved report pages share, whatever the
site: the report's title sits outside the article, in a title block above it, an ``<h1>``, the
``ArticleTitle`` meta tag or the ``<title>``; the subtitle and speaker often sit in that block
too, while the article may open with a photo and its caption ("…作政府工作报告。"), a
letter-spaced title ("政 府 工 作 报 告") and the subtitle cut over two lines. Around it are
breadcrumbs, widgets, counters, pop-ups and link lists (:mod:`toolkit.readers.pagechrome`).

So the lines of the title block right above the article (title, subtitle, speaker) are kept in
front of it; chrome lines are dropped wherever they are; the page's date and source become
``page_date`` and ``source``, a title found only outside the text becomes ``title`` (the profile
uses it when the text has none), a caption ``photo_caption``; the 索引号 … 有效性 table and the
上一篇/下一篇 links become metadata as before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from toolkit.errors import FormatError
from toolkit.model import Block, SourceDocument
from toolkit.profiles.front import TITLE_WORDS, collect_meta, is_salutation, meta_line
from toolkit.profiles.numbering import read_label
from toolkit.readers.encoding import decode_bytes, decoding_warnings
from toolkit.readers.files import check_block_count, read_bytes
from toolkit.readers.htmlwalk import PageLine, caption_elements, classes, main_element, page_lines
from toolkit.readers.pagechrome import (
    LIST_WORDS,
    collapse_letter_spacing,
    crumb_lines,
    is_chrome,
    is_photo_caption,
    page_date,
    page_stamp,
)

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
_LINK_NAV = re.compile(r"^(上一篇|下一篇)\s*[:：]?\s*(.*)$")
_SUBTITLE = re.compile(
    r"(\d{4}|[〇零一二三四五六七八九]{4})\s*年.{0,12}日.{0,60}(会议|大会)|^\s*[—─\-]{1,3}.{0,10}\d{4}\s*年|"
    r"(会议|大会)上?$"
)
_SPEAKER = re.compile(r"^[\u4e00-\u9fff]{0,24}(长|主席|总理|主任)[\s\u3000]*[\u4e00-\u9fff·]{2,8}$")
#: the header of a list of links or files under an article
_LIST_HEAD = re.compile(rf"^[【\[]?(?:{LIST_WORDS}|附件)[】\]]?\s*[:：]?\s*$")
_FILE = re.compile(r"\.(pdf|docx?|xlsx?|wps|ofd|zip|rar|txt|et)\s*(\(|（|$)", re.IGNORECASE)
#: meta tags of government content systems → our keys
_META_TAGS = {
    "articletitle": "title",
    "og:title": "title",
    "pubdate": "page_date",
    "publishdate": "page_date",
    "firstpublishedtime": "page_date",
    "article:published_time": "page_date",
    "contentsource": "source",
}


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
    charset = declared.group(1).decode("ascii") if declared else None
    text, encoding = decode_bytes(data, path, charset)
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise FormatError(f"cannot parse the HTML page ({exc})", path) from exc
    warnings = decoding_warnings(text, encoding, charset)
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        warnings += (
            "the page nests elements more than 255 levels deep; reading stopped there and the "
            "rest of the page is left out",
        )

    meta: dict[str, str] = {}
    page_title = (root.findtext(".//title") or "").strip()
    if page_title:
        meta["page_title"] = page_title
    tags = _meta_tags(root)
    for element in list(root.iter(*_DROP_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    # metadata and prev/next links live in page furniture: collect before dropping it
    everything = [line.text for line in page_lines(root)[0]]
    meta.update(collect_meta(everything))
    for line in everything:
        if (nav := _LINK_NAV.match(line)) and nav.group(2).strip():
            meta["previous" if nav.group(1) == "上一篇" else "next"] = nav.group(2).strip()
    for element in list(root.iter()):
        if (
            isinstance(element.tag, str)
            and element.getparent() is not None
            and _CHROME.search(classes(element))
        ):
            element.drop_tree()
    body = root.body if root.find("body") is not None else root
    main = main_element(body)
    lines, start, end = page_lines(body, main, caption_elements(body))
    head = _title_block(lines[:start], meta)  # first: the stamp above the article wins
    article = _clean(lines[start:end], meta)
    opening = [line.text for line in article[:8] if _head_kind(line.text)]
    head = [line for line in head if not any(line.text in text for text in opening)]
    kept = [*head, *article]
    title = _outside_title(root, main, tags.get("title", ""), page_title)
    if title:
        meta["title"] = title
    for key in ("page_date", "source"):
        if key not in meta and tags.get(key):
            meta[key] = tags[key]
    check_block_count(len(kept), path)
    blocks = tuple(Block(line.text, i, line.level, line.bold) for i, line in enumerate(kept, 1))
    if not blocks:
        raise FormatError("the HTML page has no readable text", path)
    return SourceDocument(str(path), "html", blocks, encoding, meta, warnings)


def _meta_tags(root: Any) -> dict[str, str]:
    """Title, date and source from the page's meta tags (ArticleTitle, PubDate, ContentSource)."""
    found: dict[str, str] = {}
    for tag in root.iter("meta"):
        name = (tag.get("name") or tag.get("property") or "").strip().lower()
        value = (tag.get("content") or "").strip()
        key = _META_TAGS.get(name)
        if key and value and key not in found:
            found[key] = page_date(value) or "" if key == "page_date" else value
    return {k: v for k, v in found.items() if v}


def _clean(lines: list[PageLine], meta: dict[str, str]) -> list[PageLine]:
    """The report's lines among ``lines``: chrome, stamps, captions and link lists dropped; the
    stamps' date and source, and the first caption, into ``meta``."""
    crumbs = crumb_lines([line.text for line in lines])
    kept: list[PageLine] = []
    pending: str | None = None  # a key whose value is on the next line: "来源：" / "…日报"
    listing = False  # inside a list of links or files: "相关附件：" / "….pdf"
    for i, line in enumerate(lines):
        text = collapse_letter_spacing(line.text)
        if i in crumbs:
            pending = None
            continue
        if pending is not None:
            key, pending = pending, None
            if len(text) <= 30 and not re.search(r"[，。；！？,;]", text) and not is_chrome(text):
                if key:
                    meta.setdefault(key, text)
                continue
        if listing and (line.linked or _FILE.search(text)):
            continue
        listing = False
        following = lines[i + 1] if i + 1 < len(lines) else None
        if _LIST_HEAD.match(text) and (
            following is None or following.linked or _FILE.search(following.text)
        ):
            listing = True
            continue
        stamp = page_stamp(text)
        if stamp is not None:
            for key, value in stamp.items():
                if value:
                    meta.setdefault(key, value)
                else:
                    pending = key
            continue
        if is_chrome(text) or meta_line(text) or _LINK_NAV.match(text):
            if re.search(r"[:：]\s*$", text):
                pending = ""  # "阅读量：" / "1234": the value goes with its label
            continue
        if (line.caption and _may_be_caption(text)) or is_photo_caption(text):
            meta.setdefault("photo_caption", text)
            continue
        kept.append(replace(line, text=text))
    while kept and kept[-1].linked and len(kept[-1].text) <= 60:
        kept.pop()  # links under the article: related pages
    return _without_repeated_head(kept)


def _without_repeated_head(lines: list[PageLine]) -> list[PageLine]:
    """The opening without a page header that repeats the title, subtitle or speaker printed
    again just below it (a header block above the breadcrumbs): the later copy is kept."""
    opening = [line.text for line in lines[:16]]
    repeated = {
        i
        for i, text in enumerate(opening)
        if _head_kind(text) is not None and text in opening[i + 1 :]
    }
    return [line for i, line in enumerate(lines) if i not in repeated]


def _may_be_caption(text: str) -> bool:
    """A line next to a photo is its caption unless it is a heading, title or salutation."""
    return not (
        read_label(text) is not None
        or is_salutation(text)
        or _SUBTITLE.search(text)
        or _SPEAKER.match(text)
        or (TITLE_WORDS.search(text) and not text.endswith("。"))
    )


def _title_block(lines: list[PageLine], meta: dict[str, str]) -> list[PageLine]:
    """Title, subtitle and speaker lines printed right above the article, with the page's
    stamp and widgets between them; what lies above the title (breadcrumbs, menus) is left."""
    start = len(lines)
    for i in range(len(lines) - 1, max(-1, len(lines) - 41), -1):
        text = collapse_letter_spacing(lines[i].text)
        value_of_key = i > 0 and page_stamp(lines[i - 1].text) is not None
        if is_chrome(text) or lines[i].linked or lines[i].caption or value_of_key:
            start = i
            continue
        kind = _head_kind(text)
        if kind is None:
            break
        start = i
        if kind == "title":
            break
    block = [line for line in _clean(lines[start:], meta) if not line.linked]
    for line in lines[max(0, start - 3) : start]:  # a stamp printed above the title
        for key, value in (page_stamp(line.text) or {}).items():
            if value:
                meta.setdefault(key, value)
    return block


def _head_kind(text: str) -> str | None:
    if len(text) <= 40 and TITLE_WORDS.search(text) and not text.endswith("。"):
        return "title"
    if len(text) <= 120 and _SUBTITLE.search(text):
        return "subtitle"
    if len(text) <= 30 and _SPEAKER.match(text):
        return "speaker"
    return None


def _outside_title(root: Any, main: Any, tagged: str, page_title: str) -> str | None:
    """The report's title as the page gives it outside the text: a heading or title element
    above the article, the ArticleTitle meta tag, or the page's <title>."""
    for element in root.iter("h1", "h2", "div", "p", "span"):
        if element is main:
            break
        if element.tag not in ("h1", "h2") and "title" not in classes(element).lower():
            continue  # checked first: text_content() of every nested div is quadratic
        text = collapse_letter_spacing((element.text_content() or "").strip())
        if TITLE_WORDS.search(text) and len(text) <= 40:
            return text
    for candidate in (tagged, re.split(r"[-_|—]", page_title)[0].strip()):
        if TITLE_WORDS.search(candidate) and len(candidate) <= 40:
            return candidate
    return None
