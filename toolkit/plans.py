"""Five-year plans by year: which plan a year falls in, its name and the year's place in it.

The third plan began in 1966 and plans have run in fives since: 2021–2025 is the 14th (十四五),
2026 the first year of the 15th (十五五). The one module for this arithmetic: the structure
profile, the targets, the check and the draft ask it.
"""

from __future__ import annotations

from toolkit.lazy import lazy_pattern

_NUMERALS = "一二三四五六七八九"
#: the name of a five-year plan as reports write it ("十四五", "十五五"), a regular expression
PLAN_NAME = r"十[一二三四五六七八九]五"
#: what a plan part does with the current plan (an older plan's name there is stale) …
_carry_out = lazy_pattern(r"实施|推进|落实|完成|推动")
#: … and what it may well do with the one just ended
_look_back = lazy_pattern(r"总结|评估|成果|经验|成就|时期|以来|期间|收官|基础|接续|衔接|巩固|以后")
#: a year's place in its plan as reports word it: 开局之年, 起步之年 and 开局起步之年 are the
#: first year, 收官之年 the last; group 1 is the word of the place
CYCLE_YEAR = r"(开局起步|开局|起步|收官)之?年"


def cycle_place(word: str) -> int:
    """The place in its plan (1 or 5) of a year called ``word`` (group 1 of
    :data:`CYCLE_YEAR`): 开局, 起步, 开局起步 → 1, 收官 → 5."""
    return 5 if word == "收官" else 1


def plan_number(year: int) -> int:
    """The number of the plan ``year`` falls in: 2025 → 14, 2026 → 15."""
    return (year - 1966) // 5 + 3


def plan_name(number: int) -> str:
    """A plan's name as reports write it: 14 → "十四五", 20 → "二十五"."""
    tens, ones = divmod(number, 10)
    head = "十" if tens == 1 else _NUMERALS[tens - 1] + "十"
    return head + (_NUMERALS[ones - 1] if ones else "") + "五"


def plan_number_of(name: str) -> int:
    """The number of the plan called ``name`` (:data:`PLAN_NAME`): "十四五" → 14."""
    return 10 + _NUMERALS.index(name[1]) + 1


def plan_of(year: int) -> tuple[str, int]:
    """The plan ``year`` falls in and the year's place in it (1–5): 2026 → ("十五五", 1)."""
    return plan_name(plan_number(year)), (year - 1966) % 5 + 1


def carries_out(clause: str) -> bool:
    """The clause carries a plan out (实施, 推进, 落实 …) rather than looks back on it (总结,
    成果, 以来 …): said of the plan that ended last year, its name is stale."""
    return bool(_carry_out().search(clause)) and not _look_back().search(clause)
