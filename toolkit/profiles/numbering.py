"""Section labels as printed in Chinese reports: 一、 （一） (一) 1. （1） ① 第一章."""

from __future__ import annotations

import re

from toolkit.lazy import lazy_pattern
from toolkit.numerals import chinese_int
from toolkit.records import record

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


@record
class Label:
    """A recognised label at the start of a line: its kind, ordinal and printed length."""

    kind: str  #: "cn" 一、, "paren_cn" （一）, "num" 1., "paren_num" （1）, "circled" ①, "chapter"
    ordinal: int
    text: str  #: the label as printed, e.g. "（一）"


_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", re.compile(r"^第([一二三四五六七八九十]{1,3})(?:章|部分|篇|节)[、，,：:.．\s]*")),
    ("cn", re.compile(r"^([一二三四五六七八九十]{1,3})\s*[、，,．.]\s*")),
    ("paren_cn", re.compile(r"^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*")),
    ("num", re.compile(r"^(\d{1,2})\s*[、．.](?![\d０-９])\s*")),
    ("paren_num", re.compile(r"^[（(]\s*(\d{1,2})\s*[）)]\s*")),
    ("circled", re.compile(r"^([①-⑳])\s*")),
)


def read_label(text: str) -> Label | None:
    """The label opening ``text``, or None. "1.5万亿元" and "一带一路" are not labels."""
    for kind, pattern in _PATTERNS:
        found = pattern.match(text)
        if not found:
            continue
        raw = found.group(1)
        if kind in ("cn", "paren_cn", "chapter"):
            ordinal = chinese_int(raw)
        elif kind == "circled":
            ordinal = CIRCLED.index(raw) + 1
        else:
            ordinal = int(raw)
        if ordinal is None or ordinal == 0:
            continue
        if found.end() >= len(text):  # a bare label is not a heading
            continue
        return Label(kind, ordinal, found.group(0))
    return None


def is_bare_label(text: str) -> bool:
    """Whether ``text`` is a part or section label and nothing else ("（三）", "三、")."""
    for _, pattern in _PATTERNS[:3]:
        found = pattern.match(text)
        if found and found.end() == len(text) and chinese_int(found.group(1)):
            return True
    return False


def is_label_tail(text: str) -> bool:
    """Whether ``text`` opens with the rest of a （N） label whose opening bracket ended the
    line before ("三）改革开放…" after "（")."""
    found = _closed_only().match(text)
    return bool(found and chinese_int(found.group(1)) and found.end() < len(text))


_closed_only = lazy_pattern(r"^([一二三四五六七八九十]{1,3})\s*[）)]\s*")
