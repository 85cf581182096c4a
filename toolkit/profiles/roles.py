"""What a part of a work report does (review, outlook, plan, government), read from its title,
its content and the year the report plans.

A title names its role only sometimes: "一、2024年工作回顾" does, "一、牢记殷殷嘱托，在接续奋斗中
新福建建设取得新成效" does not, and "一、2025年主要工作和“十四五”发展成就" (in a 2026 report) names
a five-year plan that is already over. So the title gives candidate roles, with years read
against the plan year, and the part's text chooses among them: a review speaks of last year
(去年, 一年来, 预计), a plan of this year (今年) and its headline targets, an outlook of the
five-year plan that begins (到2030年, 年均).
"""

from __future__ import annotations

import re

from toolkit.model import Role
from toolkit.numerals import YEAR, year_value
from toolkit.plans import plan_number

#: "加强政府自身建设", "提升政府治理效能", "建设人民满意的服务型政府" (not "政府工作", "政府公报")
_GOVERNMENT = re.compile(
    r"自身建设|政府建设|政府(?:自身|治理|效能|职能|作风)|(?:建设|打造|建成|转变)[^。；，]{0,14}政府"
)
#: words a title of that role holds (plain words, looked for with ``in``: as regular
#: expressions, each list's first characters made a character class that ``re`` builds in
#: Python at import, some 2 M instructions a list)
_REVIEW = ("回顾", "总结", "成就", "成效", "进展", "过去一年", "过去五年", "一年来", "五年来")
_OUTLOOK = ("今后五年", "未来五年", "主要考虑", "中长期", "远景")
_PLAN = ("安排", "建议", "部署", "重点工作", "主要任务", "重点任务", "总体要求", "目标")
_PLAN_NUMBER = re.compile(r"十([一二三四五六七八九])五")
_YEAR = re.compile(rf"({YEAR})\s*年")
_ANY_YEAR_WORK = re.compile(rf"(?:{YEAR})年.*工作")
_CN = "一二三四五六七八九"

_PAST_CUES = re.compile(r"一年来|过去一年|五年来|过去五年|去年|预计")
_AHEAD_CUES = re.compile(r"到20[3-9]\d年|年均|今后五年|未来五年")
_TARGETS_CUE = ("主要预期目标", "预期目标")


def title_roles(title: str, year: int | None = None) -> list[Role]:
    """The roles a part's title points to, strongest first; [] when it names none. With the
    plan year known, last year's number points to the review, this year's to the plan, and
    only the five-year plan that contains this year to the outlook."""
    if _GOVERNMENT.search(title):
        return [Role.GOVERNMENT]
    roles: list[Role] = []
    years = {year_value(y) for y in _YEAR.findall(title)}
    plans = {_CN.index(n) + 11 for n in _PLAN_NUMBER.findall(title)}
    if _holds(title, _REVIEW) or (year is not None and year - 1 in years):
        roles.append(Role.REVIEW)
    current_plan = year is None or plan_number(year) in plans
    if _holds(title, _OUTLOOK) or (plans and current_plan):
        roles.append(Role.OUTLOOK)
    this_year = year in years if year is not None else bool(_ANY_YEAR_WORK.search(title))
    if _holds(title, _PLAN) or this_year:
        roles.append(Role.PLAN)
    return roles


def _holds(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words``."""
    return any(word in text for word in words)


def role_of(title: str, year: int | None = None) -> Role:
    """The strongest role the title names, OTHER when it names none."""
    roles = title_roles(title, year)
    return roles[0] if roles else Role.OTHER


def part_role(title: str, text: str, year: int | None = None) -> Role:
    """The role of a part with this title and this text (heading and body): the title's only
    candidate, or the candidate (any role, when the title names none) the content speaks for.
    An outlook title over a part that sets this year's headline targets is the plan
    ("全力推动“十五五”开好局、起好步")."""
    candidates = title_roles(title, year)
    if candidates == [Role.GOVERNMENT]:
        return Role.GOVERNMENT
    past = len(_PAST_CUES.findall(text))
    present = text.count("今年")
    if year is not None:
        past += text.count(f"{year - 1}年")
        present += text.count(f"{year}年")
    plan = present + (3 if present and _holds(text, _TARGETS_CUE) else 0)
    scores = {Role.REVIEW: past, Role.PLAN: plan, Role.OUTLOOK: len(_AHEAD_CUES.findall(text))}
    if candidates == [Role.OUTLOOK] and plan > scores[Role.OUTLOOK] // 2 and plan >= 3:
        return Role.PLAN
    if len(candidates) == 1:
        return candidates[0]
    pool = candidates or [Role.REVIEW, Role.PLAN, Role.OUTLOOK]
    best = max(pool, key=lambda role: scores[role])  # ties: the title's order
    if scores[best] == 0:
        return candidates[0] if candidates else Role.OTHER
    return best
