"""Kinds of targets kept apart: the five-year plan's goals, fiscal and monetary parameters,
context figures; and the direction and measure of a number. Pure text rules, no structure.

- A five-year-plan goal is a number of a paragraph or clause about the plan period: "“十五五”
  时期…", "到2030年…", "年均增长5%左右", "提出6项指标". Its period is the plan's name
  ("十五五") or the years ("2026—2030") when the text names them.
- A fiscal or monetary parameter is a number of the budget or of monetary policy: 赤字率,
  赤字规模, 特别国债, 专项债券, 一般公共预算支出, 转移支付, M2, 社会融资规模 …
- A context figure is a forecast or a fact the plan part states, not a commitment: "预计…",
  "高校毕业生超过1170万人" (a cohort the plan has to meet, not one it sets), the people of a
  territory ("汇聚8500万江苏人民的奋进力量", "常住人口").
"""

from __future__ import annotations

import re

from toolkit.plans import PLAN_NAME, plan_of
from toolkit.targets.model import Category, Direction, Measure
from toolkit.targets.numbers import find_quantities
from toolkit.targets.qualifiers import suffix
from toolkit.targets.wordclass import PEOPLE_NAME, people_unit

#: a horizon of some years from now, named by its length: "力争3年内", "用三年时间", "未来五年"
_HORIZON = re.compile(
    r"(?<![0-9])[2-9]年内|[两三四五六七八九十]年内|用[2-9两三四五六七八九十]年(?:左右)?时间"
    r"|未来[2-9两三四五六七八九十]年|今后一个时期|今后一段时期|今后一段时间"
)
#: a paragraph or clause about the whole plan period
_PLAN_PERIOD = re.compile(
    r"“?十[一二三四五六七八九]五”?(?:时期|期间|期末|末)|到20[0-9]{2}年|至20[0-9]{2}年"
    r"|20[0-9]{2}年(?:前|以前)|年均(?:实际)?(?:增长|增速|增幅|涨幅|降幅|提高|提升|下降|降低|增加|减少|新增)"
    r"|五年(?:累计|内|间)|规划纲要|《纲要|《建议》"
    r"|提出\s*[0-9一二三四五六七八九十]+\s*[项个]|“?十[一二三四五六七八九]五”?[^，。；]{0,12}主要目标"
    rf"|{_HORIZON.pattern}"
)  # not "与“十二五”规划目标衔接": a reference to the plan, not a goal of it
#: cues that the sentence speaks of the coming year, which outweigh a plan-period cue in the
#: headline paragraph ("今年是“十五五”开局之年")
_THIS_YEAR = re.compile(r"今年|本年|全年|(?<![0-9两三四五六七八九十])年内|明年|开局之年|起步之年")
_PLAN_NAME = re.compile(PLAN_NAME)
_YEARS = re.compile(r"(20[0-9]{2})\s*[—–\-～~至到]\s*(20[0-9]{2})年")
_TARGET_YEAR = re.compile(r"(?:到|至)(20[0-9]{2})年")

#: names of fiscal and monetary parameters
_FISCAL = re.compile(
    r"赤字|国债|专项债|地方政府债|债券|发债|再贷款|预算内投资|一般公共预算支出|财政支出|转移支付"
    r"|货币供应|(?<!P)M2(?!\.)|社会融资|社融|存款准备金|政策性金融工具|政府投资基金规模"
)
_FORECAST = re.compile(r"预计|预测|预期将|将达到|将超过|将突破")
#: a cohort the plan must absorb, stated as a fact ("高校毕业生超过1170万人", "毕业生规模")
_COHORT = re.compile(r"(?:高校|应届)?毕业生(?:规模|人数)?$|需要就业|劳动力总量")
#: a clause opening with the scope of the work and a count: the things the work is about,
#: which exist already ("围绕22个产业、189条产业链，补链延链", "聚焦28条重点产业链")
_SCOPE = re.compile(r"^(?:围绕|聚焦|立足|依托|针对|瞄准|紧盯|紧扣)[\d一二两三四五六七八九十百千]")
#: things that exist already, counted to say what the work goes on with ("重大水利工程已开工的
#: 57个项目要加快建设", "持续推进已批建的3家省实验室和22家全省重点实验室建设")
_EXISTING = re.compile(r"已(?:经)?[^，,。；;、\d]{1,6}的[\d一二两三四五六七八九十百千]")
#: a count per unit, no total ("每个县办好1所公办高中", "每个工业类开发区做大1–2个…"), and the
#: people a work will serve, its consequence ("维修农村供水工程1800处，受益200万人")
_PER_UNIT = re.compile(r"每一?个[^，,。；;、\d]{1,12}$|^(?:可|将|预计)?(?:受益|惠及)$")

_INCREASE = re.compile(r"(?:增长|提高|提升|增加|上涨|扩大|增至|升至|增速|涨幅|增幅|回升)")
_DECREASE = re.compile(r"(?:下降|降低|减少|缩小|下跌|回落|降至|降到|压减|压降|削减|减排|降幅)")
#: the values of a list before the item ("分别增长4.5%、"), which share its predicate
_EARLIER_VALUES = re.compile(
    r"(?:\d[\d.]*\s*(?:%|‰|个百分点|个)?(?:左右|以上|以内|以下)?\s*[、和及与]\s*)+$"
)
_INCREMENT = re.compile(
    r"新增|新建|新培育|新开工|新认定|新开发|新组建|新设|新引进|年内|当年|全年(?:新|完成)|今年(?:新|完成)|净增"
    # "争取再获批10家以上全国重点实验室", "再推出10条乡村旅游精品线路": as many more
    r"|新获批|再(?:获批|推出|建设?|培育|认定|创建|打造|引进|新增|增加|开工)"
)
_STOCK = re.compile(
    r"累计|总数|总量|总规模|达到|达|保有量|拥有量|提高到|提升到|增至|增长到|稳定在|保持在"
)


def plan_period(text: str) -> bool:
    """Whether ``text`` (a paragraph or a clause) speaks of the plan period, not of the year."""
    return bool(_PLAN_PERIOD.search(text))


def plan_sentence(sentence: str, year: int | None = None) -> bool:
    """A sentence that opens on the plan period, a short clause of its own ("到2030年，…",
    "今后一个时期，…"): what follows are the period's goals, though the paragraph is the
    year's. "到2026年" in the report of 2026 is the year itself."""
    opening = _OPENING.match(sentence)
    if opening is None:
        return False
    clause = opening.group(1)
    if year is not None:
        clause = clause.replace(f"{year}年", "")
    return plan_period(clause) and not _THIS_YEAR.search(clause)


#: a sentence's opening clause, when it is short: a time or a period, not a clause of work
_OPENING = re.compile(r"\s*([^，,：:。；]{2,12})[，,：:]")


def plan_paragraph(text: str) -> bool:
    """A paragraph about the five-year plan's goals: a plan-period cue in its opening and no
    cue of the coming year there ("“十五五”时期经济社会发展的主要目标是：…", "《建议》提出…");
    a year's paragraph that mentions the plan later on is not one."""
    return plan_period(text[:60]) and not _THIS_YEAR.search(text[:40])


def period_of(text: str) -> str:
    """The plan period named in ``text``: "2026—2030" for "2026—2030年", else "十五五", else
    "到2030年", else a horizon of some years ("3年内", "用三年时间"), else ""."""
    years = _YEARS.search(text)
    if years:
        return f"{years.group(1)}—{years.group(2)}"
    name = _PLAN_NAME.search(text)
    if name:
        return name.group()
    target = _TARGET_YEAR.search(text)
    if target:
        return f"到{target.group(1)}年"
    horizon = _HORIZON.search(text)  # "力争3年内全部启动…城中村改造": some years from now
    return horizon.group() if horizon else ""


def fiscal_name(indicator: str) -> bool:
    """Whether the indicator is a fiscal or monetary parameter."""
    return bool(_FISCAL.search(indicator))


def category(
    indicator: str,
    clause: str,
    *,
    in_plan_part: bool,
    year: int | None = None,
    unit: str = "",
    before: str = "",
) -> Category:
    """The category of a number of the plan part: "fiscal" for a fiscal parameter, "plan" for
    a clause about the plan period ("到2030年", "年均"; "到2026年" in the report of 2026 is
    the year itself), "context" for a forecast, a cohort, the people of a territory (a
    number of people, in ``unit``) or the things a clause's work is about or goes on with
    (围绕22个产业, 已开工的57个项目), a count per unit or the people a work serves (``before``,
    the clause before the number: "每个县办好1所公办高中", "受益200万人"), else "annual"."""
    if fiscal_name(indicator):
        return "fiscal"
    if year is not None:
        clause = clause.replace(f"{year}年", "")
    if in_plan_part and plan_period(clause) and not _THIS_YEAR.search(clause):
        return "plan"
    people = PEOPLE_NAME.search(indicator) is not None and people_unit(unit)
    works_on = _SCOPE.search(clause) is not None  # "围绕22个产业…": what the work is about
    works_on = works_on or _EXISTING.search(clause) is not None
    works_on = works_on or _PER_UNIT.search(before) is not None
    if in_plan_part and (
        _FORECAST.search(clause) or _COHORT.search(indicator) or people or works_on
    ):
        return "context"
    return "annual"


def direction(phrase: str) -> Direction:
    """ "increase" or "decrease" for a number right after a predicate of change (``phrase`` is
    the text before the number; a bound may stand between: "降幅超过3%"), else ""."""
    phrase = _EARLIER_VALUES.sub("", phrase)  # "分别增长4.5%、5.7%": 5.7% grows too
    phrase = re.sub(r"(?:不低于|不少于|不超过|超过|突破|达到|达|约|近|超)$", "", phrase)
    if not re.search(f"(?:{_INCREASE.pattern}|{_DECREASE.pattern})$", phrase):
        return ""
    last_up = max((m.end() for m in _INCREASE.finditer(phrase)), default=-1)
    last_down = max((m.end() for m in _DECREASE.finditer(phrase)), default=-1)
    return "decrease" if last_down > last_up else "increase"


def measure(phrase: str, clause: str, growth: bool, rate: bool = False) -> Measure:
    """What the number measures: "stock" for a running total or a level reached (累计, 总数,
    达到, 提高到; but a rate of change after 累计 is a change: "累计下降27.4%"), "increment"
    for what the year adds (新增, 年内), "change" for a rate of change (增长5%), else "level".
    ``phrase`` is the text of the item before the number,
    ``clause`` its clause. 累计 wins over 新增 ("累计新增"), 新增 over 达到 ("新增就业达到").
    A ``rate`` (a percentage) is no increment for a 新增 elsewhere in its clause: "城镇新增就业
    47万人以上、城镇调查失业率控制在5.5%以内"."""
    if "累计" in phrase:
        return "change" if growth else "stock"  # "累计下降27.4%" is a change over the term
    if _INCREMENT.search(phrase):
        return "increment"
    if re.search(r"(?:到|至)$", phrase) or _STOCK.search(phrase[-6:]):
        return "stock"
    if growth:
        return "change"
    if not rate and _INCREMENT.search(clause):
        return "increment"
    return "level"


#: what a five-year review's figure says when it is a total or a change over the term, not
#: the level reached at its end
_OVER_THE_TERM = re.compile(
    r"累计|年均|每年|五年|[0-9一二三四五六七八九十]+年来|连续|新增|净增|新设|新建|建成|新开工|开工|"
    r"完成|实施|培育|引进|打造|创建|获批|增长(?!的)|下降|提高|提升|降低|减少|增加(?!值)|翻|连跨|跨越|迈上|"
    r"[从由]|"  # (增长的: part of a name, "工业对全省经济增长的贡献率")
    r"(?:^|[，,、])(?:开挖|疏浚|治理|植树|造林|改善|改造|筹集|修复|整治|帮扶|转移|培训|解决|发放|减免"
    r"|压减|压降|补充|建设|免费)"  # "压减地下水开采量21.5亿立方米", "补充耕地39.08万亩"
    r"|出台|形成|设立|增产|举办|开行|发送|外出务工|补水"  # "出台69项支持政策", "粮食增产169.8亿斤"
)
#: a count of times (人次, 列次 …) or of trips (班列 …万列) is a flow: over a term, its total
_FLOW_UNIT = re.compile(r"(?:人次|户次|次|万列|列)$")
#: … unless the item says it is a year's ("年接待游客", "全年发送旅客")
_YEARLY = re.compile(r"(?:^|[^\d一二三四五六七八九十])年(?!来|均)")


def risen_to(item: str) -> bool:
    """Whether ``item`` (the text before a number) ends in a change to it: "由1.58亿人次增加到",
    "由22座增至"; the number is then the level the change ended on."""
    return _RISEN_TO.search(item) is not None


def end_of_term_level(item: str, growth: bool, unit: str = "") -> bool:
    """Whether a figure of a five-year review is the level reached at the end of the term
    ("生产总值6.66万亿元", "高新技术企业1.28万家", "常住人口城镇化率60%"): the value of the
    term's last year, not a figure of the whole term (累计, 年均, 新增, 建成, 治理 …, a change).
    ``item`` is the text before the number in its clause; of a listed item that states its own
    level ("外送电量年均增长6%、绿电占比超", "连续4年占全国九成以上、就地转化率达") only that
    item is read. A flow (``unit`` 人次, 列 …: "纪念馆接待观众4500余万人次") is the term's total
    unless the item says it is a year's."""
    item = _own_item(item)
    if risen_to(item):
        # "机场由22座增至28座", "城镇化率由52.23%提高到58.08%" (read as a change by its verb,
        # but the rate it rose to): what stands at the term's end
        return True
    if _CAPACITY_BUILT.search(item):
        return not growth  # "建成智能算力超4.8万P"
    if _FLOW_UNIT.search(unit) and not _YEARLY.search(item):
        return False
    return not growth and not _OVER_THE_TERM.search(item)


#: a listed item that names its figure and says how it stands: "绿电占比超", "转化率达"
_OWN_LEVEL = re.compile(r"[\u4e00-\u9fff]{2,}(?:达到?|超过?|突破|保持在|稳定在|为)$")
#: a clause whose list is a sum over the term, item by item: "累计发送旅客…、运输货物超…"
_SUMMED = re.compile(r"^[^、]{0,8}?(?:累计|共计|合计|总计|累积)")


def _own_item(item: str) -> str:
    """The last listed item of ``item`` when it follows a figure of its own and states its own
    level ("外送电量年均增长6%、绿电占比超" → "绿电占比超"), else ``item``: a 、 inside a name
    ("引进央企二、三级子公司超") or a list summed as a whole keeps the clause."""
    cut = item.rfind("、")
    own = item[cut + 1 :]
    if cut < 0 or not _OWN_LEVEL.search(own) or _SUMMED.search(item):
        return item
    before = item[:cut]
    figures = find_quantities(before)
    if not figures or suffix(before, figures[-1].end)[1] != len(before):
        return item
    return own


#: the value a change over the term ended on ("由2.2亿人次增加到3.23亿人次", "增至28座")
_RISEN_TO = re.compile(r"(?:增加|提高|提升|上升|扩大|增|升)(?:到|至)(?:了)?$")
#: a capacity built up over the term, named after 建成 and stated with its size: a level
_CAPACITY_BUILT = re.compile(
    r"建成[^，,、；;]{0,8}(?:算力|装机|容量|能力)(?:规模)?(?:超过?|达到?|突破|近)?$"
)


_CN_DIGIT = "〇一二三四五六七八九"
_PAST_REVIEW = re.compile(r"^(?:各位代表[，,！!]\s*)?(?:过去五年|五年来|这五年|五年间|经过五年)")


def plan_name(year: int) -> str:
    """The name of the five-year plan that ``year`` falls in: 2026 → "十五五"."""
    return plan_of(year)[0]


def past_review(text: str, year: int | None) -> bool:
    """Whether a paragraph of an outlook part reviews the plan just ended ("过去五年，…",
    "“十四五”时期，我们…") rather than setting goals for the next."""
    if _PAST_REVIEW.search(text[:30]):
        return True
    if year is None:
        return False
    past = plan_name(year - 5)
    return bool(re.match(rf"^(?:各位代表[，,！!]\s*)?“?{past}”?(?:时期|期间|以来|这五年)", text))
