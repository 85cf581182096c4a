"""Stale years: a year that should have rolled forward with the draft.

Only where the context says which year is meant: a plan part's heading or "…年主要预期目标"
naming last year, a review heading or opening naming the year before last, a clause that says
今年 / 去年 / 过去一年 / 明年 next to a different year, "刚刚过去的2025年" naming another year
than the one under review; in the plan part, a clause that opens on last year ("2026年重点做好
以下工作") and a deadline that has passed ("到2026年底完成"). Older years in a five-year
review, "2020年以来", baselines and 2035 goals are not touched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from toolkit.check.lines import Line, clauses
from toolkit.check.model import Finding
from toolkit.draft.years import years_in
from toolkit.model import Role
from toolkit.plans import PLAN_NAME

KIND = "stale-year"
_PERIOD = re.compile(rf"{PLAN_NAME}|五年|以来|期间|时期|至今|以前|之前")
#: "2025年…主要预期目标 / 重点工作 / 工作安排" right after a year: what the year plans
_PLANS = re.compile(
    r"年(?:全[省市区县国州盟旗]|我[省市区县国州])?(?:经济社会发展|政府工作|发展)?的?"
    r"(?:主要预期目标|预期目标|主要目标|重点工作|工作安排|总体要求|工作总体要求|目标任务)"
)
#: a year used as a baseline or a point of time ("比2025年", "2025年底", "2025年基础上") is no
#: claim about which year 今年 is
_BASE_BEFORE = re.compile(r"(?:比|较|与|同|自|从|于|相比|对比|超过|高于|低于)\s*$")
_BASE_AFTER = re.compile(
    r"年\s*(?:底|末|初|年底|年末|基础|水平|相比|同期|前|后|的基础|已|曾|[上下]半年|[一二三四]季度|[0-9一二三四五六七八九十]+月)"
)
_RELATIVE = {"今年": 0, "去年": -1, "上年": -1, "过去一年": -1, "明年": 1}
#: "刚刚过去的2025年" / "刚刚过去的一年（2025年）": the year under review, said outright
_JUST_PAST = re.compile(r"刚刚过去的(?:一年)?\s*[（(]?\s*([12][0-9]{3})\s*年")
#: a plan clause whose subject is a year: "2026年重点做好六个方面工作", "2026年要…"
_YEAR_SUBJECT = re.compile(
    r"\s*([12][0-9]{3})\s*年\s*[，,]?\s*(?:要|将|重点|我们|全[省市区县州盟旗]|是)"
)
#: a deadline: "到2026年底完成", "力争2026年底前", "于2026年建成"
_DEADLINE = re.compile(
    r"(?:到|至|于|在)\s*([12][0-9]{3})\s*年(?:底|末)?前?|([12][0-9]{3})\s*年(?:底|末)?前"
)
#: … that is a point of time, not a deadline: "到2026年底以来", "于2026年已建成", "到2026年的水平"
_DEADLINE_PAST = re.compile(r"\s*(?:以来|已|累计|的|相比|基础|水平|同期)")


#: the opening of a review part: "2025年，…" / "过去的一年（2025年）…"
_OPENING = re.compile(
    r"^(?:过去的?一年|刚刚过去的一年)?[（(]?\s*([12][0-9]{3})\s*年(?!以来|至|到|—|-)"
)


def find(lines: list[Line], year: int) -> Iterator[Finding]:
    """Stale-year findings in a draft that plans ``year``, at most one a line."""
    openings = _review_openings(lines)
    for line in lines:
        checks = [_relative(line, year), _just_past(line, year)]
        if line.line in openings:
            checks.insert(0, _opening(line, year))
        if line.role is Role.PLAN:
            checks.insert(0, _planned(line, year))
            checks.extend([_plan_clause(line, year), _deadline(line, year)])
        if line.heading:
            checks.insert(0, _heading(line, year))
        for check in checks:
            first = next(check, None)
            if first is not None:
                yield first
                break


def _finding(line: Line, severity: str, message: str, wrong: int, right: int) -> Finding:
    suggestion = line.text.replace(f"{wrong}年", f"{right}年")
    return Finding(
        KIND,
        severity,  # type: ignore[arg-type]
        line.line,
        line.text,
        message,
        suggestion if suggestion != line.text else "",
        line.section,
    )


def _heading(line: Line, year: int) -> Iterator[Finding]:
    heading = line.heading
    values = {value for _, _, value in years_in(heading)}
    if not values or _PERIOD.search(heading):
        return
    if line.role is Role.PLAN and year - 1 in values and year not in values:
        yield _finding(
            line,
            "P0",
            f"a heading of the plan part names {year - 1}; the draft plans {year}",
            year - 1,
            year,
        )
    elif line.role is Role.REVIEW and values == {year - 2}:
        yield _finding(
            line,
            "P0",
            f"the review heading names {year - 2}; the year under review is {year - 1}",
            year - 2,
            year - 1,
        )


def _planned(line: Line, year: int) -> Iterator[Finding]:
    for start, end, value in years_in(line.text):
        if value == year - 1 and _PLANS.match(line.text, end):
            yield _finding(
                line,
                "P0",
                f"“{line.text[start : end + 1]}…” in the plan part: the draft plans {year}",
                year - 1,
                year,
            )
            return


def _relative(line: Line, year: int) -> Iterator[Finding]:
    for _, clause in clauses(line.text):
        words = [(word, shift) for word, shift in _RELATIVE.items() if word in clause]
        if len(words) != 1 or _PERIOD.search(clause):
            continue
        word, shift = words[0]
        expected = year + shift
        values = {
            value
            for start, end, value in years_in(clause)
            if abs(value - year) <= 2
            and not _BASE_BEFORE.search(clause[:start])
            and not _BASE_AFTER.match(clause, end)
        }
        if not values or expected in values or len(values) > 1:
            continue
        (wrong,) = values
        # P0 only when the text equates the two ("今年是2025年", "今年（2025年）"); a year
        # elsewhere in the clause may be an event of that year
        said = re.search(rf"{word}\s*[（(]?\s*(?:是|即|为)?\s*{wrong}\s*年", clause)
        severity = "P0" if word == "今年" and wrong == year - 1 and said else "P1"
        yield _finding(
            line,
            severity,
            f"“{word}” next to {wrong}年 in a report for {year}: {word} is {expected}",
            wrong,
            expected,
        )
        return


def _review_openings(lines: list[Line]) -> set[int]:
    """The first body line of each review part."""
    first: dict[int, int] = {}
    for line in lines:
        if line.role is Role.REVIEW and line.top is not None and line.body:
            first.setdefault(line.top.line, line.line)
    return set(first.values())


def _opening(line: Line, year: int) -> Iterator[Finding]:
    match = _OPENING.match(line.body)
    if match and int(match.group(1)) == year - 2:
        yield _finding(
            line,
            "P0",
            f"the review opens with {year - 2}; the year under review is {year - 1}",
            year - 2,
            year - 1,
        )


def _just_past(line: Line, year: int) -> Iterator[Finding]:
    for match in _JUST_PAST.finditer(line.text):
        said = int(match.group(1))
        if said != year - 1 and abs(said - year) <= 3:
            yield _finding(
                line,
                "P0",
                f"“{match.group(0)}” in a report for {year}: the year just past is {year - 1}",
                said,
                year - 1,
            )
            return


def _plan_clause(line: Line, year: int) -> Iterator[Finding]:
    """A clause of the plan part whose subject is last year: what it plans is this year's."""
    for _, clause in clauses(line.body):
        match = _YEAR_SUBJECT.match(clause)
        if match and int(match.group(1)) == year - 1 and not _PERIOD.search(clause):
            yield _finding(
                line,
                "P1",
                f"“{clause[: match.end()].strip()}…” in the plan part: the draft plans {year}",
                year - 1,
                year,
            )
            return


def _deadline(line: Line, year: int) -> Iterator[Finding]:
    """A deadline of the plan part that has passed: "到2026年底完成…" in a plan for 2027."""
    for _, clause in clauses(line.body):
        if _PERIOD.search(clause):
            continue
        for match in _DEADLINE.finditer(clause):
            said = int(match.group(1) or match.group(2))
            if year - 3 <= said < year and not _DEADLINE_PAST.match(clause, match.end()):
                yield _finding(
                    line,
                    "P1",
                    f"“{match.group(0)}” in the plan part: a deadline before {year}, the year "
                    "the draft plans",
                    said,
                    year,
                )
                return
