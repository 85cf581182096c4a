"""Normalised headings: what stays of a heading once years, ordinals and labels are set aside."""

from __future__ import annotations

import re

from toolkit.numerals import YEAR

_YEAR = re.compile(YEAR)
_LABEL = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百]+部分|[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百\d]+[)）]"
    r"|\d+[.．、]|附件\s*\d*)\s*"
)
_NOISE = re.compile(r"[\s“”\"'‘’《》〈〉「」:：，,、。；;！!？?·\-—]+")


def normalize_title(title: str) -> str:
    """The heading without label, years and punctuation: "一、2024年工作回顾" → "年工作回顾".

    "（三）" and "（四）" normalise alike; "十四五" and "十五五" do not (a new plan period is a
    real change).
    """
    text = _LABEL.sub("", title)
    text = _YEAR.sub("", text)
    return _NOISE.sub("", text)


def years_as_y(text: str) -> str:
    """``text`` with every year written "Y" ("2025年" → "Y年"): texts that differ only in their
    years compare equal."""
    return _YEAR.sub("Y", text)


def label_of(heading: str) -> str:
    """The numbering a heading starts with ("三、", "（二）", "附件1"), "" when none."""
    match = _LABEL.match(heading)
    return match.group().strip() if match else ""
