"""Five-year-plan wording against the year it is said of: 开局之年 is a plan's first year
(2016, 2021, 2026 …), 收官之年 its last (2015, 2020, 2025 …), "第三年" its third, and the plan
named (“十四五”, “十五五”) must be the one that year belongs to."""

from __future__ import annotations

import re
from collections.abc import Iterator

from toolkit.check.lines import Line, clauses
from toolkit.check.model import Finding
from toolkit.draft.years import years_in
from toolkit.model import Role
from toolkit.plans import CYCLE_YEAR, carries_out, cycle_place, plan_name, plan_number, plan_of

KIND = "plan-cycle"
_NUMERALS = "一二三四五六七八九"
_PLAN = re.compile(rf"十([{_NUMERALS}])五")
_CYCLE = re.compile(rf"{CYCLE_YEAR}|(?:实施|推进|落实)[^，。；]{{0,12}}第([{_NUMERALS[:5]}])年")
_RELATIVE = {"今年": 0, "去年": -1, "上年": -1, "明年": 1}


def find(lines: list[Line], year: int) -> Iterator[Finding]:
    """Cycle findings in a draft that plans ``year``, at most one a line."""
    for line in lines:
        for _, clause in clauses(line.text):
            finding = _check(line, clause, year) or _current_plan(line, clause, year)
            if finding is not None:
                yield finding
                break


def _current_plan(line: Line, clause: str, year: int) -> Finding | None:
    """P1: the plan part carries out the plan that ended last year ("推动“十四五”规划目标任务
    全面完成" in a report for 2026)."""
    if line.role is not Role.PLAN or years_in(clause) or not carries_out(clause):
        return None
    current = plan_number(year)
    for match in _PLAN.finditer(clause):
        number = 11 + _NUMERALS.index(match.group(1))
        if number == current - 1:
            return Finding(
                KIND,
                "P1",
                line.line,
                line.text,
                f"the plan part carries out “{plan_name(number)}”; {year} is in "
                f"“{plan_name(current)}”",
                clause.replace(match.group(0), plan_name(current)),
                line.section,
            )
    return None


def _check(line: Line, clause: str, year: int) -> Finding | None:
    match = _CYCLE.search(clause)
    if match is None or not (_PLAN.search(clause) or "规划" in clause):
        return None  # 开局之年 of a congress's spirit or a new term is no plan's
    before = clause[: match.start()]
    if "是" not in before:
        return None  # "为“十五五”开局之年打好基础" says nothing of which year that is
    explicit = [value for _, _, value in years_in(before) if 1950 < value < 2100]
    relative = [shift for word, shift in _RELATIVE.items() if word in before]
    if explicit:
        said_of = explicit[-1]
    elif len(relative) == 1:
        said_of = year + relative[0]
    else:
        return None
    position = plan_of(said_of)[1]
    word, ordinal = match.group(1), match.group(2)
    wanted = cycle_place(word) if word else _NUMERALS.index(ordinal) + 1
    plans = [11 + _NUMERALS.index(m.group(1)) for m in _PLAN.finditer(before)]
    wrong_plan = plans and plans[-1] != plan_number(said_of)
    if position == wanted and not wrong_plan:
        return None
    names = {1: "开局之年", 5: "收官之年"}
    actual = names.get(position, f"第{_NUMERALS[position - 1]}年")
    message = (
        f"{said_of} is the {actual} of “{plan_name(plan_number(said_of))}”, "
        f"not “{match.group(0)}”" + (f" of “{plan_name(plans[-1])}”" if wrong_plan else "")
    )
    suggestion = f"{said_of}年是“{plan_name(plan_number(said_of))}”{actual}"
    return Finding(KIND, "P0", line.line, line.text, message, suggestion, line.section)
