"""Counts of things in a clause: which units count things, a count of kinds or batches before
the count of things ("12类45件民生实事", "3批18项"), and the noun a count names when a verb stands
before it: the head a sentence gives last to parallel phrases ("10条具有国际优势，…具有发展潜力
的重点产业链"), the noun before a 的 ("10个试点县的支持力度"), the subject of the previous item
("开工390个、竣工437个")."""

from __future__ import annotations

import re

from toolkit.targets.numbers import Quantity
from toolkit.targets.wordclass import starts_with_noun, starts_with_verb, without_trailing_verbs

#: a count of kinds before the count of things ("12类45件民生实事", "十大类44项", "5批30个")
_KINDS_COUNT = re.compile(
    r"(?:第[0-9０-９一二三四五六七八九十百]+|[0-9０-９]+|[一二三四五六七八九十百]{2,}|[两三四五六七八九十])"
    r"(?:大类|类|批|种)$|首批$"
)  # "第一批12项", "两批21件", "首批13个" too; not a lone 一: "布局一批50万千瓦以上…基地" is "a
#  number of"
#: the units of things counted (a count of kinds right before one is a detail of it)
COUNT_UNITS = frozenset(
    {"个", "项", "件", "批", "家", "条", "所", "座", "处", "套", "种", "类", "部", "台", "场"}
)
#: the units of a count of things or people (an amount, a rate or a size is never named by
#: the noun after it: "投资10亿元以上项目" is a threshold)
COUNTERS = COUNT_UNITS | {"", "户", "名", "人", "人次", "户次", "辆", "列", "张"}


def ends_with_kinds_count(text: str) -> bool:
    """Whether ``text`` (before a count) ends with a count of kinds ("优化安排12类")."""
    return _KINDS_COUNT.search(text) is not None


def without_kinds_count(text: str) -> str:
    """``text`` (before a count) without the count of kinds it ends with ("新发布3批" →
    "新发布")."""
    return _KINDS_COUNT.sub("", text)


def kinds_of(quantity: Quantity, following: Quantity | None) -> bool:
    """ "5批30个项目", "3大类20项": a count right before another count (nothing between them)
    counts the kinds or batches of the things the second one counts; not a commitment."""
    return (
        following is not None
        and following.start == quantity.end
        and quantity.unit in COUNT_UNITS
        and following.unit in COUNT_UNITS
    )


#: a level of government or rank alone, naming no thing: 国家级, 省级, 自治区级
_LEVEL_CLASS = re.compile(r"[\u4e00-\u9fff]{1,4}级")
#: the head noun of the next count of a rank ("、4个自治区级区域医疗中心" → 区域医疗中心)
_NEXT_RANKED_HEAD = re.compile(r"[、和及与][^，,。；;！？]*?级([\u4e00-\u9fff]{2,12})")


def shared_head(name: str, rest: str) -> str:
    """The name of a count named after it by a verb phrase whose head noun the sentence gives
    later, shared by parallel phrases ("10条具有国际优势，…10条具有全国优势，…具有发展潜力的
    重点产业链" → "具有国际优势的重点产业链"); ``name`` itself otherwise. ``rest`` is the
    sentence after the number."""
    if _LEVEL_CLASS.fullmatch(name):
        # "建成4个国家级、4个自治区级区域医疗中心": the class names no thing, the next count's
        # head noun does
        head = _NEXT_RANKED_HEAD.match(rest[len(name) :]) if rest.startswith(name) else None
        return name + head.group(1) if head else name
    verb = starts_with_verb(name)
    if not verb or "的" in name:
        return name
    shared = re.search(rf"{re.escape(verb)}[^，,。；;！？]*?的([^，,。；;！？、]+)", rest)
    if shared is None or not starts_with_noun(shared.group(1)):
        return name
    return f"{name}的{shared.group(1)}"


def possessor(named: str) -> str:
    """The noun a count names when a 的 follows it ("加大对10个试点县的支持力度" → 试点县);
    ``named`` itself when the part before 的 is a relative clause ("具有国际优势的…集群")."""
    head, de, _ = named.partition("的")
    return head if de and head and not starts_with_verb(head) else named


def subject_of(name: str, item: str) -> str:
    """The noun phrase an item named ``name`` is about (``item`` is its text before its number):
    its name when a verb before it was set aside ("建成过江通道4座" → "过江通道"), else its
    name without the verbs it ends or starts with ("自治区重大项目开工390个" → "自治区重大项目",
    "提请审议地方性法规14部" → "地方性法规"); "" when the name is only verbs."""
    if name and item.strip() != name:
        return name
    name = without_trailing_verbs(name)
    while name and starts_with_verb(name):  # "提请审议地方性法规" → "地方性法规"
        name = name[len(starts_with_verb(name)) :]
    return name
