"""The calendar and numeral rules under `check`: plan numbers, cycle positions, session numbers."""

from __future__ import annotations

import pytest

from toolkit.check.cycle import _check
from toolkit.check.lines import Line
from toolkit.draft.years import years_in
from toolkit.plans import plan_name, plan_number


@pytest.mark.parametrize(
    ("year", "plan"), [(2006, 11), (2015, 12), (2016, 13), (2020, 13), (2021, 14), (2026, 15)]
)
def test_plan_of_year(year, plan):
    assert plan_number(year) == plan


def test_plan_names():
    assert [plan_name(n) for n in (13, 14, 15)] == ["十三五", "十四五", "十五五"]


@pytest.mark.parametrize(
    ("text", "year", "flagged"),
    [
        ("今年是“十五五”规划开局之年", 2026, False),
        ("今年是“十四五”规划开局之年", 2026, True),  # the wrong plan
        ("今年是“十五五”规划收官之年", 2026, True),  # the wrong end
        ("2025年是“十四五”规划收官之年", 2026, False),  # said of last year, rightly
        ("今年是“十四五”规划收官之年", 2025, False),
        ("今年是实施“十三五”规划的第二年", 2017, False),
        ("今年是实施“十三五”规划的第三年", 2017, True),
        ("今年是贯彻党的十八大精神的开局之年", 2013, False),  # no plan's 开局
        ("今年要为“十五五”规划开局之年打好基础", 2025, False),  # says nothing of which year
        # the other words for a plan's first year (tianjin and hebei 2026), left in a 2027 draft
        ("今年是“十五五”开局起步之年", 2026, False),
        ("今年是“十五五”开局起步之年", 2027, True),
        ("今年是“十五五”起步之年，我们要深入贯彻中央经济工作会议精神", 2026, False),
        ("今年是“十五五”起步之年，我们要深入贯彻中央经济工作会议精神", 2027, True),
    ],
)
def test_cycle_wording(text, year, flagged):
    assert (_check(Line(1, text, None), text, year) is not None) == flagged


def test_years_in_reads_both_numeral_systems():
    assert [y for _, _, y in years_in("2025年和二〇二六年，到2035年")] == [2025, 2026, 2035]
