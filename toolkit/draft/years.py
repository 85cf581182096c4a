"""Move the years in a heading or sentence forward: "2026年工作安排" → "2027年工作安排".

Only years near the report's own year move (from ``year - 1`` to ``year``): a plan's horizon
("到2035年"), the founding year of a party or the 十五五 period stay as they are. Years written
in Chinese numerals ("二〇二六年") move too and stay in Chinese numerals.
"""

from __future__ import annotations

import re

from toolkit.numerals import write_year, year_value
from toolkit.plans import CYCLE_YEAR, carries_out, cycle_place, plan_name, plan_number, plan_of

_ARABIC_YEAR = re.compile(r"(?<![0-9０-９.])([12][0-9]{3})(?=\s*年)")
_CHINESE_YEAR = re.compile(r"([一二][〇零一二三四五六七八九]{3})(?=年)")


#: a comparison just before a year: "快于2024年1.8个百分点" in a 2026 report compares the year
#: under review with the year before it, and moves with it
_COMPARED = re.compile(r"(?:快于|慢于|高于|低于|好于|比|较)\s*$")


def roll_years(text: str, year: int | None, by: int = 1) -> str:
    """``text`` with every year from ``year - 1`` to ``year`` moved by ``by``, and ``year - 2``
    right after a comparison (快于, 比 …: the year before the one reviewed); unchanged when
    ``year`` is None."""
    if year is None or by == 0:
        return text
    window = range(year - 1, year + 1)

    def moves(value: int, start: int) -> bool:
        return value in window or (value == year - 2 and bool(_COMPARED.search(text[:start])))

    def arabic(match: re.Match[str]) -> str:
        value = int(match.group(1))
        return str(value + by) if moves(value, match.start()) else match.group(1)

    def chinese(match: re.Match[str]) -> str:
        value = year_value(match.group(1))
        if value is None or not moves(value, match.start()):
            return match.group(1)
        return write_year(value + by, match.group(1))

    return _CHINESE_YEAR.sub(chinese, _ARABIC_YEAR.sub(arabic, text))


def years_in(text: str) -> list[tuple[int, int, int]]:
    """(start, end, year) of every year written before 年 in ``text`` ("2025年", "二〇二五年"),
    in text order; ``end`` is the offset of the 年."""
    found = [(m.start(1), m.end(1), int(m.group(1))) for m in _ARABIC_YEAR.finditer(text)]
    for m in _CHINESE_YEAR.finditer(text):
        value = year_value(m.group(1))
        if value is not None:
            found.append((m.start(1), m.end(1), value))
    return sorted(found)


#: a year's place in its five-year plan, as reports say it: "开局之年", "起步之年", "收官之年"
_CYCLE_WORDS = re.compile(CYCLE_YEAR)
_PLAN_NUMERALS = "一二三四五六七八九"


def roll_cycle(text: str, year: int | None) -> str:
    """``text`` said of ``year`` with its plan-cycle wording made true for ``year + 1``: a
    开局之年 or 收官之年 that does not fit the new year becomes a blank with a hint naming the
    new year's place ("【待填：2027年为“十五五”第二年】"); unchanged when ``year`` is None."""
    return "".join(
        piece if not blank else f"【待填：{piece}】" for blank, piece in cycle_parts(text, year)
    )


def cycle_parts(text: str, year: int | None) -> list[tuple[bool, str]]:
    """``text`` as (is a blank, text) pieces, as :func:`roll_cycle` rewrites it: a blank's text
    is its hint. When ``year + 1`` opens a new plan, the name of the plan ending with ``year``
    in a clause that carries it out ("完成“十四五”考核目标") is a blank too."""
    if year is None:
        return [(False, text)]
    plan, place = plan_of(year + 1)
    spans: list[tuple[int, int, str]] = []
    for match in _CYCLE_WORDS.finditer(text):
        if cycle_place(match.group(1)) != place:
            hint = f"{year + 1}年为“{plan}”第{_PLAN_NUMERALS[place - 1]}年"
            spans.append((match.start(), match.end(), hint))
    if place == 1:
        ended = plan_name(plan_number(year))
        for match in re.finditer(f"“{ended}”|{ended}", text):
            clause = _clause_at(text, match.start())
            if carries_out(clause) and not years_in(clause):
                spans.append((match.start(), match.end(), f"规划名称（{year + 1}年起为“{plan}”）"))
    parts: list[tuple[bool, str]] = []
    position = 0
    for start, end, hint in sorted(spans):
        parts.append((False, text[position:start]))
        parts.append((True, hint))
        position = end
    parts.append((False, text[position:]))
    return [(blank, piece) for blank, piece in parts if piece]


_CLAUSE_MARKS = "，,；;：:。！？"


def _clause_at(text: str, at: int) -> str:
    start = max(text.rfind(mark, 0, at) for mark in _CLAUSE_MARKS) + 1
    ends = [e for e in (text.find(mark, at) for mark in _CLAUSE_MARKS) if e >= 0]
    return text[start : min(ends, default=len(text))]
