"""Tokens for diffing Chinese report text.

Segmenter words (:mod:`toolkit.segment`), except that a number with its range, percent sign,
unit and qualifier is one token: ``5.5%左右``, ``6%-6.5%``, ``1100万人``, ``1.2万亿元``,
``2024年``, ``二〇二四年``, ``百分之五左右``, ``一千二百万元``. A line break is a token of its
own. Then
"5.5%左右" → "5%左右" is one change, never "-.5", and "1100万" → "1200万" is not one digit
swapped. ``"".join(tokenize(text)) == text`` always holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from toolkit import segment
from toolkit.numerals import YEAR, write_year, year_value

_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CN_DIGIT = "零〇一二两三四五六七八九十百千万亿"
_CN = rf"[{_CN_DIGIT}]+(?:点[{_CN_DIGIT}]+)?"
_PERCENT = r"(?:%|％|‰|个百分点|百分点)"
_RANGE = r"(?:[~～\-－—–至到]|——)"
_UNIT = (
    r"(?:万亿元|亿元|万元|千元|元|万亿|亿|万人次|人次|万人|人|万户|户|万吨|吨|万千瓦|千瓦时|"
    r"千瓦|平方公里|平方米|立方米|公里|千米|公顷|万亩|亩|万辆|辆|个|项|家|所|座|条|件|台|套|张|"
    r"批|次|天|年|月|日|届|倍|标准箱|万标箱|余|多|万|千|百)"
)
_QUALIFIER = r"(?:左右|以上|以内|以下|多)"
_NUMBER = (
    rf"(?<![A-Za-z0-9.])(?:{_ARABIC})(?:{_PERCENT})?(?:{_RANGE}(?:{_ARABIC})(?:{_PERCENT})?)?"
    rf"(?:{_UNIT})?(?:{_QUALIFIER})?(?![A-Za-z0-9])"
)
# Chinese numerals only when unmistakably an amount: 百分之…, or a span with a place value
# (十百千万亿) followed by a unit; a bare 一 or 三 is left to the segmenter (一是, 三大攻坚战).
_CN_PERCENT = rf"百分之{_CN}(?:{_RANGE}{_CN})?(?:{_QUALIFIER})?"
_CN_AMOUNT = rf"[{_CN_DIGIT}]*[十百千万亿][{_CN_DIGIT}]*(?:{_UNIT})(?:{_QUALIFIER})?"
# a year in Chinese digits is one token like 2024年 ("二〇二四年", not 二 / 〇 / 二 / 四年)
_CN_YEAR = r"[一二][〇零一二三四五六七八九]{3}年"
_GROUP = re.compile(rf"\n|{_CN_YEAR}|{_CN_PERCENT}|{_NUMBER}|{_CN_AMOUNT}")

_YEAR = re.compile(rf"({YEAR})(年?)")


def tokenize(text: str) -> list[str]:
    """Split ``text`` into diff tokens (see the module docstring); deterministic."""
    parts = _parts(text)
    words = iter(segment.cut_many([part for part, whole in parts if not whole]))
    return _assemble(parts, lambda _: next(words))


def _parts(text: str) -> list[tuple[str, bool]]:
    """``text`` in parts, each with whether it is one token (a number group, a line break)
    rather than text for the segmenter."""
    parts: list[tuple[str, bool]] = []
    position = 0
    for match in _groups(text):
        if match.start() > position:
            parts.append((text[position : match.start()], False))
        parts.append((match.group(), True))
        position = match.end()
    if position < len(text):
        parts.append((text[position:], False))
    return parts


def _groups(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_GROUP` in ``text``, as ``finditer`` gives them, tried only where
    one can start (:data:`_START`): the regular expression's five alternatives tried at every
    character took three times as long."""
    search, match = _START.search, _GROUP.match
    position = 0
    while (found := search(text, position)) is not None:
        group = match(text, found.start())  # a look-behind still sees the text before
        if group is None:
            position = found.start() + 1
        else:
            yield group
            position = group.end()


#: the characters a match of :data:`_GROUP` can start with (each alternative's first)
_START = re.compile(rf"[\n\d{_CN_DIGIT}]")


def _assemble(parts: list[tuple[str, bool]], cut: Callable[[str], list[str]]) -> list[str]:
    tokens: list[str] = []
    for part, whole in parts:
        if whole:
            tokens.append(part)
        else:
            tokens.extend(cut(part))
    return tokens


#: lines whose tokens are kept (the oldest go first)
CACHE_SIZE = 16384

_cache: dict[str, tuple[str, ...]] = {}


def line_tokens(line: str) -> tuple[str, ...]:
    """:func:`tokenize` for one line, cached: alignment and diff tokenize the same lines."""
    tokens = _cache.get(line)
    if tokens is None:
        tokens = _line_tokens(line)
        _remember(line, tokens)
    return tokens


def prime(lines: Iterable[str]) -> None:
    """Tokenize ``lines`` ahead of :func:`line_tokens`, in this process: with rjieba a provincial
    pair (43,000 characters) is tokenized in 15-40 ms, and a forked child doing half of it was
    slower at every size measured, up to 320,000 characters (``benchmarks/README.md``)."""
    todo = list(dict.fromkeys(line for line in lines if line not in _cache))[:CACHE_SIZE]
    parts = [_parts(line) for line in todo]
    texts = [part for line in parts for part, whole in line if not whole]
    words = iter(segment.cut_many(texts))  # all at once: the segmenter's words given once
    for line, line_parts in zip(todo, parts, strict=True):
        _remember(line, tuple(_assemble(line_parts, lambda _: next(words))))


def clear_cache() -> None:
    """Forget all cached tokens (for benchmarks)."""
    _cache.clear()


def _line_tokens(line: str) -> tuple[str, ...]:
    return tuple(tokenize(line))


def _remember(line: str, tokens: tuple[str, ...]) -> None:
    if len(_cache) >= CACHE_SIZE:
        del _cache[next(iter(_cache))]
    _cache[line] = tokens


@lru_cache(maxsize=1 << 16)
def year_of(token: str) -> tuple[int, str] | None:
    """``(year, suffix)`` when the token is a year ("2024年" → (2024, "年"), "2024" → (2024,
    ""), "二〇二四年" → (2024, "年")), else None. Cached: the diff asks it of every token of
    every changed paragraph, and a report has a few thousand distinct tokens."""
    match = _YEAR.fullmatch(token)
    if match is None:
        return None
    year = year_value(match.group(1))
    return None if year is None else (year, match.group(2))


def shifted_year(token: str, gap: int) -> str:
    """A year token moved by ``gap`` years, in its own script ("二〇二四年" + 1 → "二〇二五年");
    any other token as it is."""
    match = _YEAR.fullmatch(token)
    year = year_value(match.group(1)) if match else None
    if match is None or year is None:
        return token
    return write_year(year + gap, match.group(1)) + match.group(2)
