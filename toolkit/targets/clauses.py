"""Sentence-level extraction: the quantities of one paragraph, each with its indicator and
qualifier. No knowledge of report structure here; :mod:`toolkit.targets.extract` decides which
paragraphs are plan or review and which findings to keep.

A sentence ends at 。！？；; a clause at ，,：:; list items are separated by 、. The indicator of
a quantity is the noun phrase before it in its clause or list item (leading cues such as 力争 and
action verbs such as 建成 removed, trailing predicates such as 增长 / 达到 removed). When that
phrase is only a predicate ("…，增长5.5%") the indicator carries over from the previous quantity of
the sentence; when nothing names it before the number ("完成30万平方米“暖房子”任务") the text
after the unit names it. "A、B、C产量分别达X、Y、Z" pairs names and values in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

from toolkit.targets.counts import (
    COUNT_UNITS,
    COUNTERS,
    ends_with_kinds_count,
    kinds_of,
    possessor,
    shared_head,
    subject_of,
)
from toolkit.targets.indicators import IndicatorTable
from toolkit.targets.numbers import Quantity, find_quantities, more_than
from toolkit.targets.phrases import (
    ALL_OF_THEM,
    BASELINE_TIME,
    KEPT_AT,
    both_names,
    is_predicate_only,
    joint_names,
    kept_rates,
    list_names,
    name_after,
    name_before,
    strip_cues,
    strip_predicates,
)
from toolkit.targets.qualifiers import (
    GOVERNING_CUES,
    bound_prefix,
    strip_bounds,
    suffix,
)
from toolkit.targets.units import BARE_MAGNITUDES, dimension, holds_people
from toolkit.targets.wordclass import (
    bare_verb,
    counted_unit,
    ends_with_verb,
    last_word,
    people_counted,
    people_unit,
    starts_with_noun,
    starts_with_verb,
)

SENTENCE_END = "。！？；;!?"
CLAUSE_SEP = "，,：:"

Name = tuple[str, str | None]  #: (indicator as written, canonical name or None)
_BASELINE = re.compile(
    rf"[从由](?:{BASELINE_TIME})?的?(?:每人每年|每人每月|年人均|月人均|人均|每人|每年)?"
    r"(?:下降|增长|提高|减少|上涨|下跌)?$"
    # "较“十三五”末的9323.1亿元增加4374.4亿元": the level compared with
    rf"|[较比](?:“?十[一二三四五六七八九]五”?(?:末|期末)|{BASELINE_TIME})的$"
)  # "从X提高到Y", "由上年下降2.3%转为增长8.5%", "由每人每年380元提高到420元"
#: units of a size threshold ("投资2000万元以上的技改项目", "年营收5亿元以上企业", "30户以上
#: 自然村寨")
_THRESHOLD_UNITS = ("元", "美元", "亩", "吨", "千瓦", "米", "户")  # 米: 平方米, 立方米, 海拔…米
#: a number that names a task or target rather than stating one: "超额完成国家下达的110万人
#: 年度任务", "5.5%左右的预期增长目标与…衔接"
_REFERENCE = re.compile(r"的?(?:预期)?(?:增长)?(?:年度)?(?:任务|目标)")
#: verbs that give or raise funds: an amount of money after one of them alone is the funds
#: ("筹措890.59亿元实施十大为民办实事工程项目" → 筹措资金, as "筹措资金835亿元以上" writes it)
FUNDING_VERBS = frozenset(
    ("投入", "筹措", "筹集", "统筹", "安排", "争取", "下达", "拨付", "整合", "募集", "落实", "兑现")
)
#: an action verb alone before a number: the noun follows the unit
_ACTION_ONLY = re.compile(
    r"[，,、；;]?(?:再)?(?:滚动|持续|继续|加快|全面)?(?:完成|实施|建成|新建|建设|改造|打造|开工)"
)
#: a stretch value after the target ("、力争达到8%", "、争取6%")
_STRETCH = re.compile(r"(?:力争|争取)(?:达到|达|实现|增长|提高到)?$")
#: the change over last year that follows a level ("、比上年提高1个百分点")
_OVER_LAST_YEAR = re.compile(r"(?:比|较)(?:上年|去年|上年末|上年同期|\d{4}年(?:底|末)?)|同比")
_GROWTH_END = re.compile(
    r"(?:增长|下降|提高|提升|降低|减少|增加|上涨|下跌|降幅|增幅)"
    r"(?:到|至|(?:预期)?目标(?:值)?(?:拟|确)?定[为在]?)?$"  # "M2预期增长目标拟定为13%左右"
)


@dataclass(frozen=True, slots=True)
class Finding:
    """A quantity of a sentence with what the sentence says about it.

    ``source`` tells where the indicator came from: "before" (named before the number),
    "carried" (from an earlier quantity of the sentence), "list" (a 分别 list), "after" (named
    after the number: a count of things rather than a measure). ``governed`` is true when the
    clause carries a commitment cue or a qualifier; ``growth`` when the value is a rate of change
    (增长5%); ``baseline`` when it is the starting point of "从X提高到Y"; ``reference`` when it
    quotes a task ("超额完成国家下达的110万人年度任务") rather than stating a figure;
    ``comparison`` when it compares with another entity (高于全国0.7个百分点); ``threshold``
    when it sizes the noun after it (投资2000万元以上的项目) or is the amount a rate is per
    (最低收购价平均每50公斤提高16元); ``from_cue`` when the qualifier is
    a governing cue (力争, 确保, 完成) rather than a bound; ``restated`` when it is the change
    over last year of a level just given ("达到58%、比上年提高1个百分点"), not a figure of
    its own ("安排财政赤字13500亿元，比上年增加1500亿元"; a change in % is one: "…，比上年增长
    5.5%" after an amount is a figure).
    """

    quantity: Quantity
    indicator: str
    canonical: str | None
    qualifier: str
    source: str
    governed: bool
    growth: bool
    baseline: bool
    reference: bool
    comparison: bool
    threshold: bool
    sentence: str
    clause: str
    from_cue: bool = False
    restated: bool = False


def sentences(text: str) -> Iterator[str]:
    """The sentences of a paragraph, each with its closing punctuation."""
    start = 0
    for i, char in enumerate(text):
        if char in SENTENCE_END:
            yield text[start : i + 1]
            start = i + 1
    if text[start:].strip():
        yield text[start:]


def clauses(sentence: str) -> list[str]:
    """The clauses of a sentence (split at ，,：:, separators dropped)."""
    parts = re.split(rf"[{CLAUSE_SEP}]", sentence)
    return [p for p in parts if p.strip()]


#: a clause of changes given in turn for the items of the clause before (not a change over a
#: base year, "分别比2007年增加2.8平方米和5.5平方米", which restates them)
_IN_TURN_CHANGE = re.compile(r"分别(?:增长|下降|提高|降低|减少|增加)")


#: a clause leading the next with what its figures leave out ("扣除房地产开发投资后")
_EXCLUDING = re.compile(r"^\s*扣除(.{2,20}?)(?:后|以后)$")


def analyse_sentence(sentence: str, table: IndicatorTable) -> list[Finding]:
    """Every quantity of one sentence with its indicator, qualifier and flags."""
    findings: list[Finding] = []
    subject: Name | None = None
    names: list[Name] = []
    lead = ""
    found: list[Finding] = []
    for clause in clauses(sentence.rstrip(SENTENCE_END)):
        last = findings[-1] if findings else None
        names = names or _names_in_turn(clause, found)
        found, subject, names = _analyse_clause(clause, sentence, table, subject, names, last, lead)
        found = _narrowed(found, lead)
        findings.extend(found)
        lead = "" if found else clause
    return findings


def _names_in_turn(clause: str, before: list[Finding]) -> list[Name]:
    """The names of the clause before's findings when ``clause`` gives their changes in turn
    ("…完成产业类投资553.1亿元、研发投入133.5亿元，分别增长10.6%、10.3%"), else none."""
    if len(before) >= 2 and _IN_TURN_CHANGE.match(clause):
        return [(f.indicator, f.canonical) for f in before]
    return []


def _narrowed(found: list[Finding], lead: str) -> list[Finding]:
    """The findings of a clause led by what they leave out ("扣除房地产开发投资后，固定资产投资
    增长2.7%"): a narrower figure than the table's indicator; prices taken out leave it whole."""
    without = _EXCLUDING.match(lead)
    if without is None or without[1] in ("价格因素", "物价因素"):
        return found
    return [
        replace(f, indicator=f"{f.indicator}（扣除{without[1]}）", canonical=None) for f in found
    ]


def _analyse_clause(
    clause: str,
    sentence: str,
    table: IndicatorTable,
    subject: Name | None,
    last_names: list[Name],
    earlier: Finding | None = None,
    lead: str = "",
) -> tuple[list[Finding], Name | None, list[Name]]:
    """The findings of one clause, the subject for the next clause, and the names of a 分别
    list for the next clause ("城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%");
    ``earlier`` is the sentence's finding before the clause, ``lead`` the clause before it when
    that one holds no number ("继续实施退耕还林还草，今年拟安排500万亩")."""
    quantities = [q for q in find_quantities(clause) if not _work_areas(clause, q)]
    following: list[Quantity | None] = [*quantities[1:], None][: len(quantities)]
    quantities = [q for q, n in zip(quantities, following, strict=True) if not kinds_of(q, n)]
    if not quantities:
        return [], subject, last_names
    listed = list_names(clause, quantities, table) or _repeated_list(clause, quantities, last_names)
    cues = [
        (m.start(), GOVERNING_CUES[m.group()])
        for m in re.finditer("|".join(GOVERNING_CUES), clause)
    ]
    found: list[Finding] = []
    previous_end = 0
    bound_carry = ""
    for index, quantity in enumerate(quantities):
        item_start = max(previous_end, clause.rfind("、", 0, quantity.start) + 1)
        phrase = clause[item_start : quantity.start]
        bound_after, after_end = suffix(clause, quantity.end)
        prefix = bound_prefix(phrase)
        if not prefix and bound_carry and re.fullmatch(r"\s*[和与及、]?\s*", phrase):
            prefix = bound_carry  # "不低于740元/月和485元/月"
        bound_carry = prefix
        before = [c for pos, c in cues if pos < quantity.start]
        # 力争/确保 say more than 完成: "力争全年完成交通投资2300亿元" is a 力争 target
        cue = next((c for c in reversed(before) if c != "完成"), before[-1] if before else "")
        previous = found[-1] if found else None
        stop = quantities[index + 1].start if index + 1 < len(quantities) else len(clause)
        people = people_counted(quantity.unit, clause[after_end:stop])
        if listed is not None and index in listed:
            (name, canonical), source = listed[index], "list"
        elif people:  # "汇聚8500万江苏人民的奋进力量": the people themselves, not a figure
            name, canonical, source = people, None, "after"
        elif named_pair := _pair_named(clause, quantity, clause[after_end:stop]):
            name, canonical, source = named_pair, None, "after"
        else:
            name, canonical, source = _name(
                phrase,
                clause[after_end:stop],
                table,
                previous,
                subject,
                clause[after_end:],
                lead,
                rate=quantity.unit in ("%", "个百分点"),
                threshold=bound_after in ("以上", "以下")
                and counted_unit(quantity.unit) not in (*COUNTERS, "%", "个百分点"),
                things=counted_unit(quantity.unit) in COUNT_UNITS,
                money=quantity.unit.endswith("元"),
                bare=quantity.unit in BARE_MAGNITUDES,
            )
            if source == "after":
                name = shared_head(name, sentence[sentence.find(clause) + after_end :])
        size_class = (
            source == "after"
            and bound_after in ("以上", "以下")
            and index + 1 < len(quantities)
            and strip_predicates(name) != name
        )  # "30户以上自然村寨…覆盖率达90%": the size class of the next number's subject
        sized = (
            index + 1 < len(quantities)
            and bool(prefix or bound_after)
            and quantity.unit.endswith(_THRESHOLD_UNITS)
            and counted_unit(quantities[index + 1].unit) in COUNT_UNITS
            and re.fullmatch(r"[^的\W\d][\u4e00-\u9fff]{0,7}", clause[after_end:stop]) is not None
        )  # "总投资超10亿元项目50个以上": the size of the things the next number counts
        comparison = _is_comparison(phrase, quantity)
        if source in ("before", "list") and not comparison:
            subject = (name, canonical)
        bound = bound_after or prefix or ("超过" if more_than(quantity) else "")
        qualifier = "持平" if quantity.raw.endswith("持平") else bound or cue
        stretch = source == "carried" and previous is not None and bool(_STRETCH.search(phrase))
        if stretch:
            qualifier = "力争"  # "增长7%以上、力争达到8%": a stretch target of the same indicator
        growth_phrase = clause[: quantities[0].start] if source == "list" else phrase
        if stretch and previous is not None and previous.growth:
            growth_phrase = clause[: previous.quantity.start]
        found.append(
            Finding(
                quantity=quantity,
                indicator=name,
                canonical=canonical,
                qualifier=qualifier,
                source=source,
                governed=False,  # set below, once the whole clause is read
                growth=quantity.raw.endswith("持平")
                or (
                    bool(_GROWTH_END.search(strip_bounds(growth_phrase)))
                    and quantity.unit in ("%", "个百分点")
                ),
                baseline=bool(_BASELINE.search(phrase)),
                reference=bool(_REFERENCE.match(clause[after_end:])),
                comparison=comparison,
                threshold=size_class
                or sized
                or phrase.endswith("每")  # "每50公斤", "每10万人": what a rate is per
                # "培育一批产值超500亿、1000亿优势特色产业集群": the size of each of a batch
                or name.startswith("一批")
                or _is_threshold(quantity, bound_after, clause[after_end : after_end + 2], source),
                sentence=sentence,
                clause=clause,
                from_cue=not bound and bool(cue),
                restated=source == "carried"
                and quantity.unit != "%"
                and (
                    bool(_OVER_LAST_YEAR.search(phrase))
                    or _change_of_previous(phrase, quantity, previous or earlier)
                    # "分别比2007年增加2.8平方米和5.5平方米": the second change too
                    or (
                        previous is not None
                        and previous.restated
                        and re.fullmatch(r"\s*[和及、]?\s*", phrase) is not None
                    )
                ),
            )
        )
        joint = joint_names(name, table) if source == "before" else None
        if source == "before" and ALL_OF_THEM.search(phrase):
            joint = both_names(clause[: quantity.start], table) or joint
        elif source == "before" and KEPT_AT.search(phrase):
            joint = kept_rates(clause[: quantity.start], table) or joint
        if joint:  # one value for two indicators: a row each
            shared = found.pop()
            found.extend(replace(shared, indicator=n, canonical=c) for n, c in joint)
        previous_end = after_end
    if listed is not None:  # 分别达X、Y、Z以上: a bound before the first value holds for all
        first = bound_prefix(clause[: quantities[0].start])
        found = [
            f if f.qualifier or not first else replace(f, qualifier=first, from_cue=False)
            for f in found
        ]
        # "分别增长5%、6.5%左右": the bound after the last value holds for values without one
        last, _ = suffix(clause, quantities[-1].end)
        found = [
            replace(f, qualifier=last, from_cue=False)
            if last and (not f.qualifier or f.from_cue) and quantities.index(f.quantity) in listed
            else f
            for f in found
        ]
    governed = bool(cues) or any(f.qualifier for f in found)
    found = _counts_over_a_size(found)
    found = [replace(f, governed=governed) for f in _measure_carried(found, clause)]
    names = [listed[i] for i in sorted(listed)] if listed is not None else []
    return found, subject, names


#: the things counted before their size: "191家工业企业营业收入超百亿元" → the count's name is
#: "营业收入超百亿元的工业企业", the amount the size of each
_SIZE_MEASURES = "营业收入|营收|销售收入|产值|总产值|规模|市值|税收|利润"
_SIZE_BOUNDS = "超过|超|突破|达到|达"
_SIZED_COUNT = re.compile(
    rf"^(?P<things>.{{2,}}?)(?P<measure>{_SIZE_MEASURES})(?P<bound>{_SIZE_BOUNDS})$"
)
#: the name :func:`_counts_over_a_size` gives: the things of a size ("营业收入超百亿元的工业企业")
SIZED_NAME = re.compile(rf"^(?:{_SIZE_MEASURES})(?:{_SIZE_BOUNDS})[^的]+的")


def _counts_over_a_size(found: list[Finding]) -> list[Finding]:
    """A count named after it by things and a bound (191家 "工业企业营业收入超") followed by the
    amount the bound is of (百亿元): the count of the things of that size, the amount a
    threshold of it."""
    out = list(found)
    for k, (count, amount) in enumerate(pairwise(found)):
        sized = _SIZED_COUNT.match(count.indicator) if count.source == "after" else None
        if sized is None or not amount.quantity.unit.endswith("元"):
            continue
        if counted_unit(count.quantity.unit) not in COUNT_UNITS:
            continue
        size = amount.quantity.raw
        name = f"{sized['measure']}{sized['bound']}{size}的{sized['things']}"
        out[k] = replace(count, indicator=name, canonical=None)
        out[k + 1] = replace(amount, threshold=True)
    return out


#: the measures an enumeration names on its first item only: "先进装备制造营业收入增长10%以上、
#: 航空航天增长20%以上" is the 营业收入 of 航空航天 too
_CARRIED_MEASURE = re.compile(r"(?:营业收入|营收|销售收入|增加值|产值|总产值)$")
#: a name that ends with a measure of its own (then it carries none): amounts, rates, counts
_OWN_MEASURE = re.compile(
    r"(?:收入|营收|增加值|产值|产量|投资|规模|总额|总量|额|值|率|量|数|指数|价格|幅度|比重|消费"
    r"|出口|进口|利润|税收|面积|人次|人数|客流|[\x00-\x7f])$"
)


def _measure_carried(found: list[Finding], clause: str) -> list[Finding]:
    """The findings of a clause, an enumeration's later items given the measure its first item
    names: of growth ("…先进装备制造营业收入增长10%以上、航空航天增长20%以上" → 航空航天营业收入),
    or of an amount ("勘探新增石油地质储量3000万吨、天然气200亿立方米" → 天然气地质储量,
    "原煤产量8亿吨、天然气370亿方" → 天然气产量). Only a bare subject named before its own
    number (no measure of its own, no indicator of the table) gets it, only after a 、 from an
    item of the same kind (growth, or an amount that is no count of things or people)."""
    carried = amount = ""
    out = []
    for finding in found:
        bare = (
            finding.source == "before"
            and finding.canonical is None
            and "、" in clause[: finding.quantity.start]
            and len(finding.indicator) >= 2
            and not _OWN_MEASURE.search(finding.indicator)
        )
        counted = _counted(finding.quantity.unit)
        if finding.growth and carried and bare:
            finding = replace(finding, indicator=finding.indicator + carried)
        elif not finding.growth and not counted and amount and bare:
            finding = replace(finding, indicator=finding.indicator + amount)
        elif finding.source in ("before", "list"):
            measure = _CARRIED_MEASURE.search(finding.indicator)
            of_amount = _AMOUNT_MEASURE.search(finding.indicator)
            carried = measure.group() if measure and finding.growth else ""
            amount = of_amount.group() if of_amount and not (finding.growth or counted) else ""
        else:
            carried = amount = ""
        out.append(finding)
    return out


#: the measure an amount's name ends with that the enumeration's later items share
_AMOUNT_MEASURE = re.compile(r"(?:地质储量|储量|产量|总产值|产值|增加值|营业收入|营收|销售收入)$")


def _counted(unit: str) -> bool:
    """Whether a unit counts things or people (or is a rate), not an amount of something."""
    return (
        unit in ("%", "个百分点")
        or counted_unit(unit) in COUNT_UNITS
        or people_unit(unit)
        or unit.endswith("次")  # 万人次, 架次
    )


#: where a share of the thing named before it goes: "财政支出近八成投向民生领域"
_SHARE_GOES = re.compile(r"(?:用于|投向|投入|投到|用在)[\u4e00-\u9fff]{2,10}")


def _name(
    phrase: str,
    after: str,
    table: IndicatorTable,
    previous: Finding | None,
    subject: Name | None,
    rest: str = "",
    lead: str = "",
    *,
    rate: bool = False,
    threshold: bool = False,
    things: bool = False,
    money: bool = False,
    bare: bool = False,
) -> tuple[str, str | None, str]:
    """(indicator, canonical, source) of a number from the text before it (``phrase``), the
    previous number of the clause, the sentence's subject, or the text after it (``after``, up
    to the next number; ``rest``, the whole clause after it, when a size class follows:
    "957个50户以上农村木质房屋连片村寨"). A name before the number that ends with a verb
    ("布局建设", "强力推进", "抓好") names what the number counts only when no noun follows it:
    else the noun does ("设立20亿元省级母基金"), or for a ``rate`` the noun with the verb
    ("覆盖95%以上行政村" → "覆盖的行政村"); not a size ``threshold`` ("总投资10亿元以上项目"). A
    count of ``things`` named by a verb alone is a stage of the previous item's subject
    ("重大项目开工390个、竣工437个" → "重大项目竣工"). An amount of ``money`` after a verb of
    funding alone, with no noun after it, is the funds ("每年安排140亿元以上" → 每年安排资金)."""
    named = (things and _noun_after_size_class(after, rest)) or name_after(after)
    if named and re.search(r"[^\d年底末]的$", phrase.strip()):
        return named, None, "after"  # "可感可及的10件实事": the noun follows the number
    if named and ends_with_kinds_count(phrase.strip()):
        return named, None, "after"  # "优化安排12类45件民生实事": the last count names the noun
    if things and named[:1] == "“" and not re.search(r"[，、；：]", after[: len(named)]):
        return named, None, "after"  # "上线15个“极简审批”综合许可事项": a quoted name is counted
    name, canonical, source = name_before(
        phrase, table, previous.indicator if previous else (subject[0] if subject else None)
    )
    if rate and source == "before" and canonical is None and (goes := _SHARE_GOES.match(after)):
        return name + goes.group(), None, "before"  # "财政支出近八成投向民生领域"
    verb = source == "before" and canonical is None and bare_verb(name)
    if verb or (source == "before" and canonical is None and ends_with_verb(name)):
        # "布局建设10家概念验证中心", "出台25条举措", "设立10亿元…基金": the verb's object is
        # what the number counts; not a task ("森林抚育提升200万亩任务"), nor a noun of one
        # character, a unit the reader does not know ("产能达到22亿方")
        object_after = (things or starts_with_noun(named)) and not _REFERENCE.fullmatch(named)
        if len(named) > 1 and object_after and not threshold:
            if not rate:
                return possessor(named), None, "after"
            if verb and not name.endswith("把"):  # "覆盖95%以上行政村"
                return f"{name}的{possessor(named)}", None, "after"
            if verb:  # "坚持把80%左右的财政支出用于民生领域": what 把 takes is what it does
                return possessor(named), None, "after"
        if money and verb and last_word(name) in FUNDING_VERBS:
            return name + "资金", None, "before"  # "筹措890.59亿元实施…工程项目"
        if things and not named and previous is not None and bare_verb(name):
            before = previous.clause[: previous.quantity.start]
            subject_noun = subject_of(previous.indicator, before[before.rfind("、") + 1 :])
            if subject_noun:  # "开工390个、竣工437个", "建成过江通道4座、在建8座"
                return subject_noun + name, None, "before"
    if (
        previous is not None
        and previous.source == "after"
        and name == previous.indicator
        and re.search(r"(?:和|及|与)$", phrase.strip())
    ):
        source = "empty"  # "30家标杆孵化器和10家中试平台": the phrase names the previous number
    if source == "before" and named and re.search(r"(?:以及|及|和|与)$", phrase.strip()):
        return named, None, "after"  # "开通欧洲、非洲航线及5条…沿线国家航线": the noun follows
    if source != "empty":
        return name, canonical, source
    carried = previous is not None and previous.source != "after"
    if named and _ACTION_ONLY.fullmatch(phrase.strip()):
        return named, None, "after"  # "…，完成20万平方米旧住房成套改造": the noun follows
    if carried and not phrase.strip():
        assert previous is not None
        return previous.indicator, previous.canonical, "carried"  # "突破8万亿元、9万亿元"
    if is_predicate_only(phrase):
        if named and bare and holds_people(named):
            # "确保城镇新增就业100万人以上，保持2300万省外劳动力…": a bare 万 after a verb
            # counts the people named after it, not more of the number before
            return named, None, "after"
        if previous is not None:  # "…、增长6%", "新增1000处信号灯联网、累计达8000处"
            return previous.indicator, previous.canonical, "carried"
        if subject is not None:
            return subject[0], subject[1], "carried"  # "…，增长5.5%"
    # "完成30万平方米“暖房子”任务"
    if named:
        return named, None, "after"
    following = find_quantities(rest)
    if following and not rest[: following[0].start].strip():
        bound, end = suffix(rest, following[0].end)
        named = name_after(rest[end:]) if bound else ""
        if named:
            return named, None, "after"
    # nothing names it after the number either ("新开工1000套以上", "力争全年开行2500列以上"):
    # the previous item's or the sentence's subject, else the action itself
    if previous is not None and previous.source != "after":
        return previous.indicator, previous.canonical, "carried"
    if subject is not None:
        return subject[0], subject[1], "carried"
    if lead and strip_predicates(lead) and not strip_predicates(strip_cues(phrase)):
        return strip_predicates(lead), None, "before"  # "实施退耕还林还草，今年拟安排500万亩"
    return strip_cues(phrase), None, "after"


def _listing(longest: int) -> re.Pattern[str]:
    """Names of at most ``longest`` characters joined by 、 at the end of a text."""
    name = rf"[\u4e00-\u9fff]{{1,{longest}}}"
    return re.compile(rf"(?:{name}、)+{name}$")


#: the names just listed before a count of them ("钢铁、有色、化工、建材4个重点行业")
_LISTED = _listing(8)
#: two names before a count of 2, each whole ("兰州新区、西固2个化工园区")
_LISTED_LONG = _listing(16)


def _listed_before(before: str, listing: re.Pattern[str] = _LISTED) -> list[str]:
    """The names ``listing`` finds joined by 、 right before a number, [] when none."""
    found = listing.search(before)
    return found.group().split("、") if found else []


def _pair_named(clause: str, quantity: Quantity, after: str) -> str:
    """ "兰州新区、西固2个化工园区入围全国百强": a count of 2 right after two names is the two
    things the noun after it names (the names are which ones), not the last name; "" for
    anything else. Three names or more are a count of the names listed, not a figure
    (:func:`_work_areas`)."""
    if quantity.value != 2 or quantity.value_max is not None or quantity.unit not in COUNT_UNITS:
        return ""
    before = clause[: quantity.start]
    names = _listed_before(before, _LISTED_LONG)
    if len(names) != 2 or min(map(len, names)) < 2:
        return ""
    ahead = before[: len(before) - len("、".join(names))]
    if re.search(r"[\u4e00-\u9fff、]$", ahead):
        return ""  # the first name is longer than 16 characters: only its end was read
    named = name_after(after)
    return named if named and not starts_with_verb(named) else ""


def _noun_after_size_class(after: str, rest: str) -> str:
    """ "为100所海拔1500米以上农村中小学幼儿园建设供暖设施", "在9个人口20万以上的县建成…": between a
    count and the noun it counts stands a size class (an attribute, its amount and 以上/以下),
    so the noun after the class is what is counted, not the attribute (海拔, 人口); "" when
    ``after`` (the text up to the next number) is no such attribute."""
    attribute = after.strip()
    if not re.fullmatch(r"[\u4e00-\u9fff]{1,4}", attribute):
        return ""
    following = find_quantities(rest)
    if not following or rest[: following[0].start].strip() != attribute:
        return ""
    bound, end = suffix(rest, following[0].end)
    return name_after(rest[end:]) if bound in ("以上", "以下") else ""


def _change_of_previous(phrase: str, quantity: Quantity, previous: Finding | None) -> bool:
    """ "中央财政赤字1.12万亿元，增加1700亿元": a bare change right after an amount of the same
    dimension is how much that amount moved, not a figure of its own."""
    return (
        previous is not None
        and previous.quantity.unit != "%"
        and dimension(previous.quantity.unit)[0] == dimension(quantity.unit)[0]
        and re.fullmatch(r"\s*(?:增加|减少|增长|下降|多|少)了?", phrase) is not None
    )


def _repeated_list(
    clause: str, quantities: list[Quantity], last_names: list[Name]
) -> dict[int, Name] | None:
    """ "…分别达6.9万元、3.4万元，增长4.2%、5.3%": the second clause reuses the list's names."""
    if len(last_names) != len(quantities) or len(quantities) < 2:
        return None
    between = [clause[a.end : b.start] for a, b in pairwise(quantities)]
    if is_predicate_only(clause[: quantities[0].start]) and all(
        re.fullmatch(r"[、和及]", t) for t in between
    ):
        return dict(enumerate(last_names))
    return None


#: units of length, of which a 口径 or 跨度 is a size
_LENGTHS = ("米", "毫米", "厘米", "公里", "千米")


def _is_threshold(quantity: Quantity, bound: str, following: str, source: str) -> bool:
    """ "投资2000万元以上的技改项目": an amount with 以上/以下 that qualifies the noun after it is
    a size threshold, not a commitment (a count such as "形成30项以上创新成果" is one).
    ``following`` is the two characters after the quantity."""
    if re.match(r"口径|直径|跨度", following) and quantity.unit in _LENGTHS:
        return True  # "110米口径全向可动射电望远镜": the size of one thing
    following = following[:1]
    if bound in ("以上", "以下") and following == "的" and source == "before":
        # "人口20万以上的县", "投资1亿元以上的项目"; not a share ("推动60%以上的县…达标")
        return quantity.unit not in ("%", "")
    if quantity.unit in ("万", "亿", "万亿") and re.match(r"[县市镇区村]", following):
        return True  # "城区人口超50万县": a class of counties
    return (
        bound in ("以上", "以下")
        and source in ("before", "carried")  # "营收1亿元以上企业…、5亿元以上企业…"
        and quantity.unit.endswith(_THRESHOLD_UNITS)
        and bool(re.match(r"[的\u4e00-\u9fff]", following))
    )


def _work_areas(clause: str, quantity: Quantity) -> bool:
    """ "重点抓好以下14个方面的工作", "提出6项指标", "钢铁、有色、化工、建材4个重点行业": a
    count of work areas, of indicators or of the names just listed, not a target."""
    before = clause[: quantity.start]
    if re.search(r"(?:以下|如下)$", before):
        return True  # "重点做好以下9项工作"
    listed = _listed_before(before)
    if listed and quantity.value == len(listed) and quantity.value > 2:
        return True  # "钢铁、有色、化工、建材4个重点行业": the count of the names just listed
    return bool(
        re.match(
            r"(?:个)?方面|大(?:方面|任务)|(?:主要|具体|核心)?(?:量化)?指标", clause[quantity.end :]
        )
    )


def _is_comparison(phrase: str, quantity: Quantity) -> bool:
    """ "高于全国0.7个百分点", "快于经济增速1个百分点", "约占全国1/10"."""
    if re.search(r"占(?:全国|全省|全市|全区|全球|世界)", phrase):
        return True
    if quantity.unit == "个百分点" or quantity.unit == "":
        return bool(
            re.search(
                r"(?:高于|低于|快于|慢于|好于|超过|比)(?:全国|全省|全市|平均|经济|同期)", phrase
            )
            # "贷款增速比各项贷款平均增速分别高4.2和0.7个百分点"
            or re.search(r"比[^，,；;]{1,16}?(?:分别)?[高低快慢](?:[\d.]+[和、])*$", phrase)
        )
    return False
