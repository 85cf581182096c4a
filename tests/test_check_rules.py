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


@pytest.mark.parametrize(
    ("rule", "text", "year", "flagged"),
    [
        # hebei 2026 line 14, left in a 2027 draft's review
        ("just_past", "刚刚过去的2025年，我们全面贯彻党中央决策部署。", 2027, True),
        ("just_past", "刚刚过去的2025年，我们全面贯彻党中央决策部署。", 2026, False),
        # hebei 2026 line 32 with last year's year before it, in a 2027 draft's plan part
        ("plan_clause", "2026年重点做好六个方面工作：", 2027, True),
        ("plan_clause", "2027年重点做好六个方面工作：", 2027, False),
        ("plan_clause", "2026年以来出台的政策要抓好落实。", 2027, False),
        # a deadline that has passed by the year the draft plans
        ("deadline", "加快疏解项目落地见效，到2026年底完成首批疏解项目建设。", 2027, True),
        ("deadline", "加快疏解项目落地见效，到2026年底完成首批疏解项目建设。", 2026, False),
        ("deadline", "到2025年底已累计建成5G基站18万个，今年要再建2万个。", 2027, False),
        ("deadline", "“十五五”期间，到2028年底基本完成城镇老旧小区改造。", 2027, False),
        ("deadline", "今年要在2026年底基础上继续办好“十件民生实事”。", 2027, False),
    ],
)
def test_stale_years_the_context_dates(rule, text, year, flagged):
    from toolkit.check import years

    check = {"just_past": years._just_past, "plan_clause": years._plan_clause}.get(
        rule, years._deadline
    )
    assert (next(check(Line(1, text, None), year), None) is not None) == flagged
