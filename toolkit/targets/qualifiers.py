"""Qualifiers of a number: bounds written after it (左右, 以上 …), bounds written right before it
(不低于, 控制在, 达到 …) and cues that govern the rest of a clause (力争, 确保, 完成)."""

from __future__ import annotations

#: written after the number; "及以上" counts as 以上
SUFFIX_QUALIFIERS = {
    "左右": "左右",
    "及以上": "以上",
    "以上": "以上",
    "以内": "以内",
    "以下": "以下",
}
#: written right before the number; values are the normal form
BOUND_PREFIXES = {
    "不低于": "不低于",
    "不少于": "不低于",
    "不超过": "不超过",
    "不高于": "不超过",
    "控制在": "控制在",
    "达到": "达到",
    "突破": "突破",
    "超过": "超过",
    "低于": "以下",
    "至少": "不低于",
    "达": "达到",
    "超": "超过",
    "约": "左右",
    "近": "左右",
}
#: cues that govern every number after them in the clause
GOVERNING_CUES = {"力争": "力争", "确保": "确保", "完成": "完成"}


def suffix(clause: str, end: int) -> tuple[str, int]:
    """The bound written at ``end`` (right after a number and its unit) in normal form, and
    the position after it; ("", end) when none."""
    for word, normal in SUFFIX_QUALIFIERS.items():
        if clause.startswith(word, end):
            return normal, end + len(word)
    return "", end


def bound_prefix(phrase: str) -> str:
    """The bound that ``phrase`` (the text before a number) ends with, in normal form, or ""."""
    for word in sorted(BOUND_PREFIXES, key=len, reverse=True):
        if phrase.endswith(word):
            return BOUND_PREFIXES[word]
    return ""


def strip_bounds(phrase: str) -> str:
    """``phrase`` without the bound it ends with."""
    for word in sorted(BOUND_PREFIXES, key=len, reverse=True):
        if phrase.endswith(word):
            return phrase[: -len(word)]
    return phrase
