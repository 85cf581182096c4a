"""Indicator names never carry the verb before a count, a count of kinds, or the people of a
territory (issue 13), on the real corpus lines the lead found in the jiangsu tables and on the
same kinds of lines in other provinces (found by grepping the corpus). Before the fix the names
were the text before the number: "布局建设" 10家, "强力推进" 9个, "抓好" 550个, "我们将优化
安排12类" 45件, "具有国际优势" 10条, and "只要我们勠力同心汇聚" 8500万 was a commitment."""

from __future__ import annotations

from functools import cache

import pytest
from conftest import CORPUS, SAMPLES

from toolkit.api import load_report
from toolkit.targets.commitments import plan_commitments
from toolkit.targets.extract import extract_targets
from toolkit.targets.indicators import builtin_table
from toolkit.targets.model import Target

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus folder absent")

TABLE = builtin_table()


@cache
def _found(report: str) -> tuple[Target, ...]:
    """Every target and figure of a corpus report, read as the comparison reads it."""
    return extract_targets(load_report(CORPUS / "reports" / report), TABLE, all_figures=True)


def _at(report: str, line: int, value: float, unit: str) -> list[Target]:
    return [t for t in _found(report) if t.line == line and t.value == value and t.unit == unit]


#: (report, line, value, unit) → (the name, read in the line: what the count counts; the name
#: before the fix)
VERB_BEFORE_COUNT = {
    # "布局建设10家概念验证中心"
    ("jiangsu/2025.txt", 39, 10, "家"): ("概念验证中心", "布局建设"),
    # "强力推进9个“一件事”全链条治理" (the 2026 table names the same kind of line so)
    ("jiangsu/2025.txt", 75, 9, "个"): ("“一件事”全链条治理", "强力推进"),
    # "抓好550个省重大项目"
    ("jiangsu/2026.txt", 35, 550, "个"): ("省重大项目", "抓好"),
    # "抓好629个省级重点工程项目"
    ("shanxi/2026.txt", 45, 629, "个"): ("省级重点工程项目", "抓好"),
    # "再布局建设30家左右全省重点实验室"
    ("guizhou/2025.txt", 44, 30, "家"): ("全省重点实验室", "布局建设"),
    # "设立10亿元绿色发展纵向补偿基金": an amount the fund is named after it too
    ("shaanxi/2026.txt", 52, 10, "亿元"): ("绿色发展纵向补偿基金", "设立"),
    # "提升改造210公里农村公路"
    ("tianjin/2026.txt", 96, 210, "公里"): ("农村公路", "提升改造"),
    # "加大对10个试点县的支持力度": the count names the noun before 的
    ("fujian/2025.txt", 60, 10, "个"): ("试点县", "加大对"),
    # "实施好200项以上工业战略性新兴产业重点项目": 好 completes the verb
    ("fujian/2026.txt", 73, 200, "项"): ("工业战略性新兴产业重点项目", "好"),
    # "包括地区生产总值年均增长5%左右…等16个预期性指标"
    ("fujian/2026.txt", 58, 5, "%"): ("地区生产总值", "包括地区生产总值"),
}


@pytest.mark.parametrize("key", sorted(VERB_BEFORE_COUNT), ids=lambda k: f"{k[0]}:{k[1]}")
def test_a_verb_before_a_count_leaves_the_name_to_the_noun_after_it(key):
    names = [t.indicator for t in _at(*key)]
    right, before_the_fix = VERB_BEFORE_COUNT[key]
    assert right in names
    assert before_the_fix not in names


def test_parallel_counts_share_the_head_noun_the_sentence_gives_last():
    """ "重点打造智能电网、工程机械等10条具有国际优势，生物药、集成电路等10条具有全国优势，飞机
    配套等具有发展潜力的重点产业链" (jiangsu 2025 L43)."""
    assert sorted(t.indicator for t in _at("jiangsu/2025.txt", 43, 10, "条")) == [
        "具有全国优势的重点产业链",
        "具有国际优势的重点产业链",
    ]


def test_a_rate_after_a_bare_verb_is_named_by_what_it_covers():
    """ "建成5G基站8.99万个、覆盖95%以上行政村" (gansu 2026 L15)."""
    names = [t.indicator for t in _at("gansu/2026.txt", 15, 95, "%")]
    assert "覆盖的行政村" in names
    assert "覆盖" not in names


#: (report, line, value, unit, count of kinds before it) → the name: the last count names the noun
KINDS_THEN_COUNT = {
    ("jiangsu/2025.txt", 72, 45, "件", "12类"): "民生实事",  # "优化安排12类45件民生实事"
    ("jiangsu/2026.txt", 43, 45, "件", "12类"): "民生实事",  # "办好12类45件民生实事"
    ("qinghai/2025.txt", 62, 45, "项", "十大类"): "民生实事",  # "实施年度十大类45项民生实事"
    ("qinghai/2026.txt", 116, 46, "项", "十大类"): "民生实事工程",  # "抓好…十大类46项民生实事工程"
}


@pytest.mark.parametrize("key", sorted(KINDS_THEN_COUNT), ids=lambda k: f"{k[0]}:{k[1]}")
def test_of_two_counts_in_a_row_the_last_names_the_noun(key):
    report, line, value, unit, kinds = key
    assert [t.indicator for t in _at(report, line, value, unit)] == [KINDS_THEN_COUNT[key]]
    on_line = [t for t in _found(report) if t.line == line]
    assert not [t for t in on_line if kinds in t.indicator or kinds in t.value_text]


#: (report, line, value, unit, the count of kinds before it) → the name of the last count
BATCHES_THEN_COUNT = {
    # "新发布3批18项制度集成创新案例"
    ("hainan/2025.txt", 15, 18, "项", "3批"): "制度集成创新案例",
    # "累计培育形成21批173项制度集成创新案例"
    ("hainan/2026.txt", 32, 173, "项", "21批"): "制度集成创新案例",
}


@pytest.mark.parametrize("key", sorted(BATCHES_THEN_COUNT), ids=lambda k: f"{k[0]}:{k[1]}")
def test_a_count_right_before_another_is_not_a_figure_of_its_own(key):
    """A count of batches right before a count of things is a detail of it: one figure, named
    by the noun after the last count (before the fix: "新发布" 3批 and "新发布" 18项 or none)."""
    report, line, value, unit, batches = key
    assert [t.indicator for t in _at(report, line, value, unit)] == [BATCHES_THEN_COUNT[key]]
    assert not [t for t in _found(report) if t.line == line and t.value_text == batches]


#: (report, line, value, unit): a number of people in rhetoric or as a fact
PEOPLE_IN_THE_PLAN = {
    ("jiangsu/2025.txt", 30, 8500, "万"): "江苏人民",  # "汇聚8500万江苏人民的奋进力量"
    ("xinjiang/2025.txt", 56, 2600, "万"): "各族儿女",  # "2600多万各族儿女共同构筑…"
}


@pytest.mark.parametrize("key", sorted(PEOPLE_IN_THE_PLAN), ids=lambda k: f"{k[0]}:{k[1]}")
def test_the_people_of_a_territory_are_context_not_a_commitment(key):
    report = key[0]
    found = _at(*key)
    assert [(t.indicator, t.category) for t in found] == [(PEOPLE_IN_THE_PLAN[key], "context")]
    assert not [c for c in plan_commitments(_found(report)) if c.line == key[1]]


def test_the_people_of_a_territory_are_no_result_of_the_review():
    """ "7000多万江淮儿女一道拼出来" (anhui 2026 L26), "7100万江淮儿女倍感温暖" (anhui 2025
    L8): not achieved figures, while "420万困难群众基本生活得到有效保障" (2026 L24) stays."""
    assert not _at("anhui/2026.txt", 26, 7000, "万")
    assert not _at("anhui/2025.txt", 8, 7100, "万")
    assert _at("anhui/2026.txt", 24, 420, "万")


#: (report, line, value, unit) → a bare verb after an item: a stage of the item's subject
STAGES = {
    ("guangxi/2026.txt", 15, 437, "个"): "自治区重大项目竣工",  # "…重大项目开工390个、竣工437个"
    ("jiangsu/2026.txt", 13, 8, "座"): "过江通道在建",  # "建成过江通道4座、在建8座"
    ("hainan/2026.txt", 123, 38, "个"): "年投资亿元以上项目竣工",  # "…新开工43个以上、竣工38个以上"
}


@pytest.mark.parametrize("key", sorted(STAGES), ids=lambda k: f"{k[0]}:{k[1]}")
def test_a_bare_verb_after_an_item_is_a_stage_of_its_subject(key):
    assert [t.indicator for t in _at(*key)] == [STAGES[key]]


#: (report, line, value, unit) → the one name of the figure: what it counts, read in the line
#: (before the fixes: a verb of funding alone, "筹措" 890.59亿元, "投入" 567亿元; a batch or a
#: verb the dictionary tags a noun, "首批", "在全国率先上线两批", "上线"; the progress said of the
#: things counted, "零碳产业园区启动建设"; the verb of works a name opens with, "提升高标准农田")
NAMED = {
    # money after a verb of funding alone is the funds
    # "筹措890.59亿元实施十大为民办实事工程项目": the result of 2025's "筹措资金835亿元以上"
    ("guangxi/2026.txt", 57, 890.59, "亿元"): "筹措资金",
    ("guangxi/2025.txt", 74, 835, "亿元"): "筹措资金",  # written with its noun
    ("anhui/2025.txt", 27, 567, "亿元"): "投入资金",  # "投入567亿元办好民生实事"
    ("yunnan/2026.txt", 17, 4416.6, "亿元"): "统筹资金",  # "统筹4416.6亿元支持巩固拓展…"
    # not a verb of funding: the dictionary tags 收入 and 拉动 verbs, the names stay
    ("hainan/2026.txt", 26, 83.9, "亿元"): "收入",  # "旅游人次86.5万、收入83.9亿元"
    ("heilongjiang/2026.txt", 8, 728.4, "亿元"): "拉动消费",  # "拉动消费728.4亿元"
    # a count after a batch (首批, 两批) or an event verb tagged a noun: the noun after it
    # "在全国率先上线两批21件“高效办成一件事”事项"
    ("fujian/2025.txt", 24, 21, "件"): "“高效办成一件事”事项",
    # "首批13个“高效办成一件事”全部完成"
    ("qinghai/2025.txt", 12, 13, "个"): "“高效办成一件事”",
    # "上线15个“极简审批”综合许可事项"
    ("hainan/2026.txt", 125, 15, "个"): "“极简审批”综合许可事项",
    ("anhui/2025.txt", 19, 10, "个"): "省级先导区",  # "筹建首批10个省级先导区"
    # the progress said after the noun is not part of the name
    ("anhui/2025.txt", 14, 10, "个"): "零碳产业园区",  # "首批10个零碳产业园区启动建设"
    ("henan/2025.txt", 14, 100, "个"): "县域医疗卫生次中心",  # "…100个县域医疗卫生次中心建成"
    ("fujian/2025.txt", 31, 103, "个"): "重点项目",  # "…103个重点项目加快推进"
    # the verb of works before the name is not part of it
    ("ningxia/2026.txt", 81, 70, "万亩"): "高标准农田",  # "新建改造提升高标准农田70万亩"
    ("zhejiang/2026.txt", 78, 600, "公里"): "“四好农村路”",
    ("zhejiang/2026.txt", 98, 1000, "家"): "户外劳动者服务站点",
}


@pytest.mark.parametrize("key", sorted(NAMED), ids=lambda k: f"{k[0]}:{k[1]}")
def test_a_figure_is_named_by_what_it_counts(key):
    assert [t.indicator for t in _at(*key)] == [NAMED[key]]


def test_a_level_moved_up_to_a_year_keeps_its_subject():
    """ "非金融类对外直接投资从2007年的248亿美元上升到2012年的772亿美元" (State Council 2013
    L19): 上升到 is a predicate like 提高到 (before the fix the figure was named "上升")."""
    report = load_report(CORPUS / "series" / "guowuyuan" / "2013.txt")
    found = extract_targets(report, TABLE, all_figures=True)
    assert [t.indicator for t in found if t.value == 772 and t.unit == "亿美元"] == [
        "非金融类对外直接投资"
    ]


def test_the_size_of_a_thing_before_its_noun_is_no_result():
    """ "总投资超500亿元的晋北采煤沉陷区新能源基地加快建设" (shanxi 2026 L19), "总投资410亿元的
    巨化硅氟新材料项目刷新…纪录" (gansu 2026 L10): sizes, not achieved figures; "完成315万平方米
    的“暖房子”工程" (the Zhongshan sample) is one."""
    assert not _at("shanxi/2026.txt", 19, 500, "亿元")
    assert not _at("gansu/2026.txt", 10, 410, "亿元")
    sample = load_report(SAMPLES / "dalian-zhongshan-2018.txt")
    found = extract_targets(sample, TABLE, all_figures=True)
    assert [t.indicator for t in found if t.value == 315 and t.unit == "万平方米"] == [
        "“暖房子”工程"
    ]


def test_a_bracketed_part_of_a_name_is_kept_whole():
    """ "11个县（市、区）通过国家义务教育优质均衡县评估认定" (yunnan 2026 L17), "129个县（市、区）
    全部达到消除麻风危害标准" (yunnan 2025 L71): the 、 inside the brackets separates no items
    (before the fix both names were "县（市")."""
    assert [t.indicator for t in _at("yunnan/2026.txt", 17, 11, "个")] == [
        "县（市、区）通过国家义务教育优质均衡县评估认定"
    ]
    names = {t.indicator for t in _found("yunnan/2025.txt") if t.line == 71}
    assert "县（市" not in names and any("县（市、区）" in n for n in names)


def test_a_count_after_布局_is_named_by_the_noun_after_it():
    """ "布局3个能源技术科创走廊、3个科技产业融合创新基地" (shanxi 2025 L31), "布局13个绿电产业
    园区" (2026 L19): the dictionary tags 布局 a noun; before the fix all three were "布局", and
    the 2025 corridors were "exceeded" by the 2026 parks."""
    assert sorted(t.indicator for t in _at("shanxi/2025.txt", 31, 3, "个")) == [
        "科技产业融合创新基地",
        "能源技术科创走廊",
    ]
    assert [t.indicator for t in _at("shanxi/2026.txt", 19, 13, "个")] == ["绿电产业园区"]
