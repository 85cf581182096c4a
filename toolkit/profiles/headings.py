"""Recognising headings in body text: labels, run-in headings, unnumbered part titles, leads."""

from __future__ import annotations

import re

from toolkit.model import Block, Role
from toolkit.profiles.numbering import Label, is_bare_label, is_label_tail, read_label
from toolkit.profiles.tree import Heading

#: the depth a kind of label stands for in a work report
LABEL_LEVEL = {"chapter": 1, "cn": 1, "paren_cn": 2, "num": 3, "paren_num": 4, "circled": 5}
_SENTENCE_END = re.compile(r"[。！？!?]")
#: clause punctuation (characters looked for with ``in``: as a class of a regular expression,
#: one that ``re`` builds in Python at import, some 2 M instructions)
_CLAUSE = "，,、；;：:"
#: words that open a sentence, not a lead heading
_SENTENCE_OPENERS = ("今年", "去年", "明年", "我们", "这", "各位", "同时", "此外", "但", "然而")
_TRAILING = "。！？!?：:；;，, "
_OPEN_CLAUSE = "，,、；;"
#: the second line of a split heading is at most this long
MAX_CONTINUATION = 40
#: a heading sentence longer than this is body text that happens to start with a number
MAX_HEADING = 80


def heading_prefix(text: str, start: int, bold_prefix: int) -> str | None:
    """The heading part of a labelled line: everything up to the first sentence end after the
    label, whatever the bold runs do (in a .docx the bold run of a run-in heading often stops
    before its 。 or runs on into the next sentence); the bold prefix only where no sentence
    ends in reach. None when that is too long to be a heading."""
    end = _SENTENCE_END.search(text, start)
    if end and end.end() - start <= MAX_HEADING:
        return text[: end.end()]
    if start < bold_prefix < len(text) and bold_prefix - start <= MAX_HEADING:
        return text[:bold_prefix]
    if bold_prefix >= len(text) or (not end and len(text) - start <= MAX_HEADING):
        return text
    return None


def make_heading(
    block: Block,
    label: Label | None,
    level: int,
    heading: str | None = None,
    role: Role | None = None,
) -> Heading:
    label_text = label.text if label else ""
    heading = heading if heading is not None else block.text
    title = heading[len(label_text) :].strip().rstrip(_TRAILING)
    return Heading(level, label_text.strip(), title, heading, role)


def labelled_heading(block: Block, label: Label, max_len: int = MAX_HEADING) -> Heading | None:
    """A heading for a line that opens with a label, or None when the line is body text."""
    prefix = heading_prefix(block.text, len(label.text), block.bold_prefix)
    if prefix is None or len(prefix) - len(label.text) > max_len:
        return None
    return make_heading(block, label, LABEL_LEVEL[label.kind], prefix)


def is_title_line(text: str, max_len: int = 30) -> bool:
    """Short and without sentence punctuation: a heading standing on its own line."""
    return (
        0 < len(text) <= max_len
        and not _SENTENCE_END.search(text)
        and not any(mark in text for mark in _CLAUSE)
    )


def find_lead(block: Block, text: str) -> str:
    """The lead sentence opening a paragraph ("经济运行稳中向好。"), or ""."""
    if text != block.text:
        return ""
    bold = block.bold_prefix
    if 0 < bold < len(text) and bold <= 60:
        # a bold run stopping just short of its 。 or running on past it: cut at the 。
        end = _SENTENCE_END.search(text, 0, bold + 2)
        return text[: end.end()] if end else text[:bold]
    end = _SENTENCE_END.search(text)
    if not end or end.end() >= len(text):
        return ""
    lead = text[: end.end()]
    body = lead.lstrip("—-─ ")
    # a lead may pair two phrases with 、 ("推动制造业转型升级、提质增效。"), never a clause
    if (
        len(body) > 20
        or any(mark in body for mark in _CLAUSE if mark != "、")
        or re.search(r"\d", body)
    ):
        return ""
    if body.startswith(_SENTENCE_OPENERS):
        return ""
    return lead


def join_split_heading(first: str, second: str) -> str | None:
    """The heading ``first`` and ``second`` make together when a heading or its label was
    split over two lines, else None: "（" / "三）改革开放…", "（三）" / "改革开放…", and
    "（三）改革开放持续深化、" / "互促共进。" (a heading never ends in a comma)."""
    if first in ("（", "(") and is_label_tail(second):
        return first + second
    if (
        len(second) > MAX_CONTINUATION
        or read_label(second)
        or is_bare_label(second)
        or _ends_early(second)
        or not second.strip(_TRAILING)
    ):
        return None
    if is_bare_label(first) and second:
        return first + second
    label = read_label(first)
    if (
        label is not None
        and label.kind in ("cn", "paren_cn", "chapter")
        and first.endswith(tuple(_OPEN_CLAUSE))
        and not _SENTENCE_END.search(first)
        and len(first) <= MAX_HEADING
    ):
        return first + second
    return None


def _ends_early(text: str) -> bool:
    """Whether a sentence ends before the end of ``text`` (a body follows: not a heading)."""
    end = _SENTENCE_END.search(text)
    return end is not None and end.end() < len(text)
