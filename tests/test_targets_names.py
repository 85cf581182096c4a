"""One canonical name per indicator across years and governments, whatever the wording (issue 13
item 2), on clauses as reports write them; the corpus-wide checks are in test_targets_corpus.py.
"R&D投入强度" and "研发强度" had no canonical name before."""

from __future__ import annotations

import pytest

from toolkit.targets.clauses import analyse_sentence
from toolkit.targets.indicators import builtin_table

TABLE = builtin_table()

CASES = {
    "全市生产总值增长5%左右。": "地区生产总值",
    "全省生产总值增长6%。": "地区生产总值",
    "GDP增长5%。": "地区生产总值",
    "经济增长5.5%左右。": "地区生产总值",
    "2025年全省地区生产总值60199.45亿元。": "地区生产总值",
    "研究与试验发展（R&D）经费投入强度达到2.5%。": "研发投入强度",
    "R&D投入强度2.3%。": "研发投入强度",
    "研发强度达到3%。": "研发投入强度",
    "全社会研发经费投入强度2.6%左右。": "研发投入强度",
    "城镇常住居民人均可支配收入增长5%。": "城镇居民人均可支配收入",
    "农民人均可支配收入增长6%。": "农村居民人均可支配收入",
    "国控断面优良水质比例保持100%。": "地表水水质优良率",
}


@pytest.mark.parametrize("text", sorted(CASES))
def test_one_canonical_name_per_indicator(text):
    assert [f.canonical for f in analyse_sentence(text, TABLE)] == [CASES[text]]


def test_each_item_of_a_list_gets_its_own_subject():
    found = analyse_sentence("城镇居民、农村居民人均可支配收入分别增长4.5%、5.7%。", TABLE)
    assert [(f.indicator, f.quantity.value) for f in found] == [
        ("城镇居民人均可支配收入", 4.5),
        ("农村居民人均可支配收入", 5.7),
    ]


def test_stretch_bound_and_compound_unit():
    """A stretch target is a second row of the same indicator with 力争; the bound word is the
    qualifier; compound units stay whole ("每立方米20微克" is 微克/立方米)."""
    rows = [
        (f.canonical, f.quantity.value, f.quantity.unit, f.qualifier)
        for text in ("规上工业增加值增长6%以上、力争7%。", "PM2.5平均浓度每立方米20微克以下。")
        for f in analyse_sentence(text, TABLE)
    ]
    assert rows == [
        ("规模以上工业增加值", 6, "%", "以上"),
        ("规模以上工业增加值", 7, "%", "力争"),
        ("PM2.5平均浓度", 20, "微克/立方米", "以下"),
    ]


def test_a_mark_passed_without_a_digit_and_no_change():
    """ "突破万亿元" is 1 万亿元 with 突破; "与上年持平" a change of 0 %."""
    rows = [
        (f.canonical, f.quantity.value, f.quantity.unit, f.qualifier)
        for text in ("进出口总额突破万亿元、增速居全国第5位。", "居民消费价格与上年持平。")
        for f in analyse_sentence(text, TABLE)
    ]
    assert rows == [("进出口总额", 1, "万亿元", "突破"), ("居民消费价格涨幅", 0, "%", "持平")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # zhejiang 2025 L56, shanxi 2026: 和 and 并 begin these words, no conjunction to drop
        ("全域推进和美乡村建设，和美乡村覆盖率达60%以上。", "和美乡村覆盖率"),
        ("安排风电光伏装机规模3000万千瓦、并网2000万千瓦。", "并网"),
    ],
)
def test_a_word_beginning_with_a_conjunction_keeps_it(sentence, name):
    assert analyse_sentence(sentence, TABLE)[-1].indicator == name


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # guizhou 2026 L79 and yunnan 2025 L47: a size class stands between the count and the
        # noun it counts; the attribute (海拔, 人口) is no name, its amount no target
        (
            "持续改善农村学校办学办园条件，为100所海拔1500米以上农村中小学幼儿园建设供暖设施。",
            [("农村中小学幼儿园建设供暖设施", 100.0, False), ("海拔", 1500.0, True)],
        ),
        (
            "在9个人口20万以上的县建成特殊教育学校，健全专门教育保障机制。",
            [("县建成特殊教育学校", 9.0, False), ("人口", 20.0, True)],
        ),
    ],
)
def test_a_count_before_a_size_class_counts_the_noun_after_the_class(sentence, expected):
    found = analyse_sentence(sentence, TABLE)
    assert [(f.indicator, f.quantity.value, f.threshold) for f in found] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # xinjiang 2025 L49 and gansu 2025: a count of 2 right after two names counts the noun
        # after it (the names say which ones), not the last name
        (
            "加快设置新疆工业职业技术大学、新疆铁道与能源职业技术大学2所职业本科院校。",
            [("职业本科院校", 2.0)],
        ),
        ("兰州新区、西固2个化工园区入围全国百强。", [("化工园区入围全国百强", 2.0)]),
        # a range is a target of its own, and 2万 no count of the names
        ("创建省级及以上旅游度假区、旅游休闲街区2-3家。", [("旅游休闲街区", 2.0)]),
    ],
)
def test_a_count_of_two_after_two_names_counts_the_noun_after_it(sentence, expected):
    assert [(f.indicator, f.quantity.value) for f in analyse_sentence(sentence, TABLE)] == expected


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # 山西 2026: the share after the capacity's level is that capacity's share
        (
            "新能源和清洁能源装机同比增加1829万千瓦、达到9048万千瓦，占比55.1%，首次超过煤电。",
            "新能源和清洁能源装机占比",
        ),
        # 甘肃 2025: after the trade's growth
        ("对共建“一带一路”国家进出口额增长27.7%、占比77%。", "对共建“一带一路”国家进出口额占比"),
    ],
)
def test_a_bare_share_is_the_share_of_the_subject_before_it(sentence, name):
    assert analyse_sentence(sentence, TABLE)[-1].indicator == name


def test_an_adverb_before_the_leading_verb_comes_off_the_name():
    # 天津 2026 L31: "有序改造供热管网1287公里" was named 有序改造供热管网
    found = analyse_sentence("有序改造供热管网1287公里、燃气管网810公里。", TABLE)
    assert [f.indicator for f in found] == ["供热管网", "燃气管网"]
    assert analyse_sentence("稳步推进老旧小区改造1000个。", TABLE)[0].indicator == "老旧小区改造"


def test_what_let_people_do_is_named_by_the_work_before_it():
    # 甘肃 2026 L11: "…一期工程，让13.07万户46万群众远离了危险" was named 让
    found = analyse_sentence(
        "实施生态及地质灾害避险搬迁一期工程，让13.07万户46万群众远离了危险、搬进了新居。", TABLE
    )
    assert found[0].indicator == "生态及地质灾害避险搬迁一期工程"
    # 让利 is a word: "让利5亿元" is named by it
    assert analyse_sentence("向企业让利5亿元。", TABLE)[0].indicator == "向企业让利"


def test_the_level_compared_with_is_a_baseline():
    # 甘肃 2026 L8: "较“十三五”末的9323.1亿元增加4374.4亿元" gave a figure named 较“十三五”末
    found = analyse_sentence(
        "全省地区生产总值达到13697.5亿元，较“十三五”末的9323.1亿元增加4374.4亿元。", TABLE
    )
    assert [f.quantity.value for f in found if f.baseline] == [9323.1]


def test_changes_given_in_turn_name_the_items_of_the_clause_before():
    # 青海 2025 L11: "生产钾肥749万吨、碳酸锂13.5万吨，分别增长4.8%、22.3%": both rates were
    # given to 碳酸锂
    found = analyse_sentence("生产钾肥749万吨、碳酸锂13.5万吨，分别增长4.8%、22.3%。", TABLE)
    rates = [(f.indicator, f.quantity.value) for f in found if f.quantity.unit == "%"]
    assert rates == [("生产钾肥", 4.8), ("碳酸锂", 22.3)]
    # a change over a base year restates the levels: no figures of their own (State Council 2013)
    text = "城镇和农村人均住房面积32.9平方米、37.1平方米，分别比2007年增加2.8平方米和5.5平方米。"
    assert [f.quantity.value for f in analyse_sentence(text, TABLE) if not f.restated] == [
        32.9,
        37.1,
    ]


def test_the_three_sectors_listed_by_ordinal_and_a_bare_total_are_named_whole():
    # 广西 2025 L9, 2026 L8: 一产业增加值 was no registered name; "总额突破8000亿元" was 总额;
    # "集装箱吞吐量历史性突破千万标箱" kept the adverb
    found = analyse_sentence(
        "全区生产总值增长5.1%，一、二、三产业增加值分别增长4.2%、5%、5.4%。", TABLE
    )
    assert [f.canonical for f in found] == [
        "地区生产总值",
        "第一产业增加值",
        "第二产业增加值",
        "第三产业增加值",
    ]
    found = analyse_sentence("外贸进出口增长8.4%，总额突破8000亿元、排西部第二。", TABLE)
    assert [(f.canonical, f.quantity.value) for f in found] == [
        ("进出口总额", 8.4),
        ("进出口总额", 8000),
    ]
    assert (
        analyse_sentence("集装箱吞吐量历史性突破千万标箱。", TABLE)[0].indicator == "集装箱吞吐量"
    )


def test_a_latin_i_for_the_roman_numeral_names_the_same_indicator():
    # 浙江 2025 L65 writes 地表水国控断面I—Ⅲ类水质比例 (Latin I), 2026 L15 Ⅰ—Ⅲ (the numeral)
    for text in (
        "地表水国控断面I—Ⅲ类水质比例不低于97.5%。",
        "地表水国控断面Ⅰ—Ⅲ类水质比例达到98.7%。",
    ):
        assert analyse_sentence(text, TABLE)[0].canonical == "地表水水质优良率"
    assert analyse_sentence("AI产业营收增长20%。", TABLE)[0].canonical is None


def test_a_figure_that_leaves_a_part_out_is_not_the_tables_indicator():
    # 甘肃 2026 L22: "扣除房地产开发投资后，固定资产投资增长2.7%" was 固定资产投资 itself (and
    # the timeline showed its 2025 target of 5% missed); real growth after prices stays the same
    found = analyse_sentence("扣除房地产开发投资后，固定资产投资增长2.7%。", TABLE)
    assert [(f.indicator, f.canonical) for f in found] == [
        ("固定资产投资（扣除房地产开发投资）", None)
    ]
    found = analyse_sentence("扣除价格因素后，地区生产总值增长5%。", TABLE)
    assert [f.canonical for f in found] == ["地区生产总值"]
