"""Move the years in a heading or sentence forward: "2026年工作安排" → "2027年工作安排".

Only years near the report's own year move (from ``year - 1`` to ``year``): a plan's horizon
("到2035年"), the founding year of a party or the 十五五 period stay as they are. Years written
in Chinese numerals ("二〇二六年") move too and stay in Chinese numerals.
"""

from __future__ import annotations

import re

_DIGITS = "〇一二三四五六七八九"
_ARABIC_YEAR = re.compile(r"(?<![0-9０-９.])([12][0-9]{3})(?=\s*年)")
_CHINESE_YEAR = re.compile(rf"([{_DIGITS}零]{{4}})(?=年)")


def roll_years(text: str, year: int | None, by: int = 1) -> str:
    """``text`` with every year from ``year - 1`` to ``year`` moved by ``by``; unchanged when
    ``year`` is None."""
    if year is None or by == 0:
        return text
    window = range(year - 1, year + 1)

    def arabic(match: re.Match[str]) -> str:
        value = int(match.group(1))
        return str(value + by) if value in window else match.group(1)

    def chinese(match: re.Match[str]) -> str:
        digits = match.group(1).replace("零", "〇")
        value = int("".join(str(_DIGITS.index(c)) for c in digits))
        if value not in window:
            return match.group(1)
        return "".join(_DIGITS[int(c)] for c in str(value + by))

    return _CHINESE_YEAR.sub(chinese, _ARABIC_YEAR.sub(arabic, text))


def years_in(text: str) -> list[tuple[int, int, int]]:
    """(start, end, year) of every year written before 年 in ``text`` ("2025年", "二〇二五年"),
    in text order; ``end`` is the offset of the 年."""
    found = [(m.start(1), m.end(1), int(m.group(1))) for m in _ARABIC_YEAR.finditer(text)]
    for m in _CHINESE_YEAR.finditer(text):
        digits = m.group(1).replace("零", "〇")
        value = int("".join(str(_DIGITS.index(c)) for c in digits))
        found.append((m.start(1), m.end(1), value))
    return sorted(found)
