"""Sentence-level extraction on wordings of other governments and years than the samples."""

from __future__ import annotations

import pytest
from conftest import CORPUS, needs_corpus

from toolkit.api import load_report
from toolkit.model import Paragraph
from toolkit.targets.extract import extract_from_paragraph, extract_targets
from toolkit.targets.indicators import builtin_table
from toolkit.targets.numbers import find_quantities

TABLE = builtin_table()


def targets_of(text: str, scope: str = "target", headline: bool = False):
    found = extract_from_paragraph(Paragraph("s1.p1", 7, text), scope, TABLE, headline=headline)  # type: ignore[arg-type]
    return [(t.canonical or t.indicator, t.value, t.value_max, t.unit, t.qualifier) for t in found]


def test_state_council_headline_targets():
    text = (
        "今年发展的主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业"
        "1200万人以上；居民消费价格涨幅2%左右；居民收入增长和经济增长同步；国际收支保持基本平衡；"
        "粮食产量1.4万亿斤左右；单位国内生产总值能耗降低3%左右，生态环境质量持续改善。"
    )
    found = extract_from_paragraph(Paragraph("s1.p1", 7, text), "target", TABLE, headline=True)
    numeric = [(t.canonical, t.value, t.unit, t.qualifier) for t in found if t.kind == "numeric"]
    assert numeric == [
        ("地区生产总值", 5, "%", "左右"),
        ("城镇调查失业率", 5.5, "%", "左右"),
        ("城镇新增就业", 1200, "万人", "以上"),
        ("居民消费价格涨幅", 2, "%", "左右"),
        ("粮食产量", 1.4, "万亿斤", "左右"),
        ("单位地区生产总值能耗", 3, "%", "左右"),
    ]
    qualitative = {t.canonical: t.goal for t in found if t.kind == "qualitative"}
    assert qualitative == {
        "居民人均可支配收入": "居民收入增长和经济增长同步",
        "国际收支": "国际收支保持基本平衡",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("地区生产总值增长6%-6.5%", [("地区生产总值", 6, 6.5, "%", "")]),
        ("地区生产总值增长6%－6.5%", [("地区生产总值", 6, 6.5, "%", "")]),
        ("全社会固定资产投资增长7.5%~7.8%", [("固定资产投资", 7.5, 7.8, "%", "")]),
        ("GDP增长６．５％左右", [("地区生产总值", 6.5, None, "%", "左右")]),
        ("城镇登记失业率控制在百分之四以内", [("城镇登记失业率", 4, None, "%", "以内")]),
        ("城区空气质量优良天数达到三百天以上", [("空气质量优良天数", 300, None, "天", "以上")]),
        ("居民消费价格涨幅控制在3%", [("居民消费价格涨幅", 3, None, "%", "控制在")]),
        ("一般公共预算收入增长不低于6%", [("一般公共预算收入", 6, None, "%", "不低于")]),
        ("力争实际使用外资突破10亿美元", [("实际使用外资", 10, None, "亿美元", "突破")]),
        ("确保新增城镇就业2.5万人", [("城镇新增就业", 2.5, None, "万人", "确保")]),
        (
            "PM2.5平均浓度不超过35微克/立方米",
            [("PM2.5平均浓度", 35, None, "微克/立方米", "不超过")],
        ),
    ],
)
def test_values_ranges_numerals_and_qualifiers(text, expected):
    assert targets_of(text, headline=True) == expected


def test_one_phrase_with_two_targets():
    found = targets_of("城乡居民人均可支配收入分别增长8%左右和9%左右", headline=True)
    assert found == [
        ("城镇居民人均可支配收入", 8, None, "%", "左右"),
        ("农村居民人均可支配收入", 9, None, "%", "左右"),
    ]
    found = targets_of("城镇和农村居民人均可支配收入分别为4.8%左右和4.3%左右", headline=True)
    assert [f[0] for f in found] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    assert [f[1] for f in found] == [4.8, 4.3]


def test_commitments_in_the_plan_part():
    text = (
        "年内，力争6个项目实现竣工、8个项目结构封顶，完成12万平方米“暖房子”改造任务，"
        "新建公办幼儿园5所以上，打造40个消费场景。"
    )
    found = targets_of(text)
    assert found == [
        ("项目实现竣工", 6, None, "个", "力争"),
        ("项目结构封顶", 8, None, "个", "力争"),
        ("“暖房子”改造任务", 12, None, "万平方米", "完成"),
        ("公办幼儿园", 5, None, "所", "以上"),
    ]  # 打造40个消费场景: no commitment cue, not a target


def test_achieved_figures_carry_their_indicator():
    text = (
        "预计全年，全市地区生产总值1280亿元，增长6.2%，高于全省0.8个百分点；一般公共预算收入"
        "完成86.3亿元、增长5.1%；城镇新增就业超3.2万人，超额完成省下达的2.5万人年度任务；"
        "海洋生产总值突破300亿元；脱贫地区农村居民人均可支配收入增长8.1%。"
    )
    found = targets_of(text, scope="achieved")
    assert found == [
        ("地区生产总值", 1280, None, "亿元", ""),
        ("地区生产总值", 6.2, None, "%", ""),
        ("一般公共预算收入", 86.3, None, "亿元", ""),
        ("一般公共预算收入", 5.1, None, "%", ""),
        ("城镇新增就业", 3.2, None, "万人", "超过"),
    ]


def test_from_to_keeps_only_the_result():
    found = targets_of("地区生产总值从3.2万亿元提高到4.1万亿元", scope="achieved")
    assert found == [("地区生产总值", 4.1, None, "万亿元", "")]


def test_no_year_date_ordinal_or_count_of_years_is_a_quantity():
    text = (
        "2025年1月15日，在第十四届人民代表大会第三次会议上，五年来连续36年居全国第1位，"
        "近5年重点做好以下10个方面工作，推进地铁5号线、5G基站和12345热线建设，PM2.5浓度持续下降，"
        "落实“21条”措施和“1+5+1”系列文件，推动共建“一带一路”，编制“十五五”规划，开好两会，"
        "东莞成为超千亿元镇，培育百亿企业。"
    )
    assert [q.raw for q in find_quantities(text)] == ["10个"]  # dropped as a count of work areas
    assert targets_of(text, headline=True) == []
    assert targets_of(text, scope="achieved") == []

    spans = find_quantities("坚持一带一路，力争百分之五左右，三百天，一千二百万人")
    assert [(q.value, q.unit) for q in spans] == [(5, "%"), (300, "天"), (1200, "万人")]


def test_cubic_metres_as_reports_write_them():
    """ "天然气产能达到22亿方" (ningxia 2026 L69): 亿方 is 亿立方米 (before the fix the unit was
    the bare magnitude 亿); no party of an agreement is a volume ("三方协议")."""
    from toolkit.targets.units import convert

    assert [(q.value, q.unit) for q in find_quantities("天然气产能达到22亿方。")] == [(22, "亿方")]
    assert convert(22, "亿方", "亿立方米") == 22
    assert find_quantities("签订三方协议，接入万方数据。") == []


def test_full_width_percent_and_fractions():
    assert [(q.value, q.unit) for q in find_quantities("增长５％")] == [(5, "%")]
    fraction = find_quantities("将1/3以上的资金投向基础研究")
    assert len(fraction) == 1 and abs(fraction[0].value - 1 / 3) < 1e-9 and fraction[0].unit == ""


def test_held_out_province_review_and_five_year_wording():
    """Sentences of 2026年浙江省政府工作报告 (not a sample): from-to pairs with years, 分别超过,
    设区城市 PM2.5, Ⅰ—Ⅲ类水质比例, a bare head carried from the previous item."""
    text = (
        "全省生产总值增长5.5%，城镇和农村居民人均可支配收入分别增长4.3%、5.5%，十方面民生实事"
        "圆满完成。设区城市PM2.5年平均浓度降至25微克/立方米，地表水国控断面Ⅰ—Ⅲ类水质比例达98.7%。"
        "粮食播种面积1584.6万亩、总产量132.4亿斤。人均地区生产总值从2020年的10.5万元提高到2025年"
        "的14万元左右。城镇和农村居民人均可支配收入分别超过8万元、4.5万元，收入倍差从1.96缩小至"
        "1.81。全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶，年均增长5.9%。"
    )
    assert targets_of(text, scope="achieved") == [
        ("地区生产总值", 5.5, None, "%", ""),
        ("城镇居民人均可支配收入", 4.3, None, "%", ""),
        ("农村居民人均可支配收入", 5.5, None, "%", ""),
        ("PM2.5平均浓度", 25, None, "微克/立方米", ""),
        ("地表水水质优良率", 98.7, None, "%", "达到"),
        ("粮食播种面积", 1584.6, None, "万亩", ""),  # a table indicator since targets2
        ("粮食产量", 132.4, None, "亿斤", ""),
        ("人均地区生产总值", 14, None, "万元", "左右"),
        ("城镇居民人均可支配收入", 8, None, "万元", "超过"),
        ("农村居民人均可支配收入", 4.5, None, "万元", "超过"),
        ("地区生产总值", 7, None, "万亿", ""),
        ("地区生产总值", 8, None, "万亿", ""),
        ("地区生产总值", 9, None, "万亿", ""),
        ("地区生产总值", 5.9, None, "%", ""),
    ]


def test_held_out_province_plan_commitments():
    text = (
        "力争全社会研发投入强度达到3.35%，规上工业企业研发费用与营收之比达到3.25%左右，省属国有"
        "企业研发投入增速高于全省平均2个百分点以上。确保粮食播种面积1530万亩、总产量125亿斤。"
        "宁波舟山港集装箱吞吐量达到4500万标箱。力争海洋生产总值增长6%左右。"
    )
    assert targets_of(text) == [
        ("研发投入强度", 3.35, None, "%", "达到"),
        ("规上工业企业研发费用与营收之比", 3.25, None, "%", "左右"),
        ("省属国有企业研发投入增速高于全省平均", 2, None, "个百分点", "以上"),
        ("粮食播种面积", 1530, None, "万亩", "确保"),
        ("粮食产量", 125, None, "亿斤", "确保"),
        ("宁波舟山港集装箱吞吐量", 4500, None, "万标箱", "达到"),
        ("海洋生产总值", 6, None, "%", "左右"),  # not 地区生产总值: a narrower aggregate
    ]


def test_held_out_headline_with_an_arrangement_and_carbon_intensity():
    """2026年江苏省政府工作报告 (not a sample): 按增长5%安排, a qualitative carbon target that
    must not be read as a GDP target, and a work-area count in Chinese numerals."""
    text = (
        "今年经济社会发展主要预期目标是：地区生产总值按增长5%安排，在实际工作中努力争取更好结果；"
        "一般公共预算收入增长2%；城镇新增就业120万人，城镇调查失业率5%左右；居民收入增长与经济"
        "增长同步；全社会研发投入强度3.42%左右；粮食产量保持稳定；单位地区生产总值二氧化碳排放"
        "降低完成国家下达任务；制造业增加值占地区生产总值比重保持基本稳定。重点做好十个方面工作。"
    )
    found = extract_from_paragraph(Paragraph("s3.p1", 40, text), "target", TABLE, headline=True)
    assert [(t.canonical, t.value, t.unit, t.qualifier) for t in found if t.kind == "numeric"] == [
        ("地区生产总值", 5, "%", ""),
        ("一般公共预算收入", 2, "%", ""),
        ("城镇新增就业", 120, "万人", ""),
        ("城镇调查失业率", 5, "%", "左右"),
        ("研发投入强度", 3.42, "%", "左右"),
    ]
    assert [t.canonical for t in found if t.kind == "qualitative"] == [
        "居民人均可支配收入",
        "粮食产量",
        "单位地区生产总值二氧化碳排放",
    ]


def test_held_out_review_with_a_list_carried_to_the_next_clause():
    text = (
        "地区生产总值增长5.3%、增量保持全国第一，规上工业增加值、规上服务业营收分别增长6.5%和7%，"
        "进出口总额5.95万亿元、增长6%。城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、"
        "5.3%。地区生产总值连续迈上4个万亿元台阶、达14.2万亿元。"
    )
    assert targets_of(text, scope="achieved") == [
        ("地区生产总值", 5.3, None, "%", ""),
        ("规模以上工业增加值", 6.5, None, "%", ""),
        ("进出口总额", 5.95, None, "万亿元", ""),
        ("进出口总额", 6, None, "%", ""),
        ("城镇居民人均可支配收入", 6.9, None, "万元", "达到"),
        ("农村居民人均可支配收入", 3.4, None, "万元", "达到"),
        ("城镇居民人均可支配收入", 4.2, None, "%", ""),
        ("农村居民人均可支配收入", 5.3, None, "%", ""),
        ("地区生产总值", 14.2, None, "万亿元", "达到"),
    ]


def test_a_one_year_review_after_a_five_year_review_is_not_five_year():
    from toolkit.model import Report, Role, Section
    from toolkit.targets.extract import extract_targets

    paragraphs = (
        Paragraph("s1.p1", 7, "“十四五”时期是极不平凡的五年。地区生产总值年均增长5.7%。"),
        Paragraph("s1.p2", 8, "五年来，城镇新增就业超690万人。"),
        Paragraph("s1.p3", 9, "各位代表，刚刚过去的2025年，地区生产总值增长5.3%。"),
    )
    review = Section("s1", 1, "一、", "工作回顾", "一、工作回顾", 6, paragraphs, role=Role.REVIEW)
    report = Report("x.txt", "txt", "govreport", None, 2026, {}, (), (review,))
    found = extract_targets(report, TABLE)
    assert [(t.value, t.five_year) for t in found] == [(5.7, True), (690, True), (5.3, False)]


def test_full_width_review_with_a_comparison_basis():
    text = (
        "初步核算，全市生产总值比上年增长１１．１％，规模以上工业增加值增长２１．７％，农民人均纯收入"
        "增长１０．２％，年初确定的主要预期目标和各项工作任务全面超额完成。"
    )
    assert targets_of(text, scope="achieved") == [
        ("地区生产总值", 11.1, None, "%", ""),
        ("规模以上工业增加值", 21.7, None, "%", ""),
        ("农村居民人均可支配收入", 10.2, None, "%", ""),
    ]


def test_headline_found_by_its_wording_when_the_profile_found_none():
    from toolkit.model import Report, Role, Section
    from toolkit.targets.extract import extract_targets

    paragraph = Paragraph(
        "s1.p1", 5, "经济社会发展主要预期目标是: 地区生产总值增长5.5%以上，居民收入与经济增长同步。"
    )
    plan = Section(
        "s1", 1, "二、", "2024年工作安排", "二、2024年工作安排", 4, (paragraph,), role=Role.PLAN
    )
    report = Report("x.txt", "txt", "govreport", None, 2024, {}, (), (plan,))
    found = extract_targets(report, TABLE)
    assert [(t.name, t.kind) for t in found] == [
        ("地区生产总值", "numeric"),
        ("居民人均可支配收入", "qualitative"),
    ]


def test_held_out_thresholds_spans_of_years_and_from_to_with_you():
    """2026年山东省政府工作报告 (not a sample)."""
    plan = (
        "实施补链强链重点项目1900个、投资2000万元以上的技改项目3000个。形成30项以上创新成果。"
        "力争全年完成交通投资2300亿元、能源投资2100亿元、水利投资900亿元。"
    )
    assert targets_of(plan) == [
        ("补链强链重点项目", 1900, None, "个", ""),
        ("技改项目", 3000, None, "个", ""),
        ("创新成果", 30, None, "项", "以上"),
        ("交通投资", 2300, None, "亿元", "力争"),
        ("能源投资", 2100, None, "亿元", "力争"),
        ("水利投资", 900, None, "亿元", "力争"),
    ]
    review = (
        "人均生产总值由7.34万元提升至10.26万元。一般公共预算收入累计完成3.7万亿元，5年增长18.7%。"
        "常住人口城镇化率达到67.5%、5年提高4.5个百分点。地表水国考断面优良水体比例提升4.6个百分点。"
    )
    assert targets_of(review, scope="achieved") == [
        ("人均地区生产总值", 10.26, None, "万元", ""),
        ("一般公共预算收入", 3.7, None, "万亿元", ""),
        ("一般公共预算收入", 18.7, None, "%", ""),
        ("常住人口城镇化率", 67.5, None, "%", "达到"),
        ("常住人口城镇化率", 4.5, None, "个百分点", ""),
        ("地表水水质优良率", 4.6, None, "个百分点", ""),
    ]


def test_other_wordings_of_table_indicators():
    text = (
        "居民消费价格指数（CPI）上涨0.2%，固定资产投资（不含农户）增长3.1%，外贸进出口总值"
        "4500亿元，实际使用外资金额12.5亿美元，地方财政一般预算收入增长4%。"
    )
    assert targets_of(text, scope="achieved") == [
        ("居民消费价格涨幅", 0.2, None, "%", ""),
        ("固定资产投资", 3.1, None, "%", ""),
        ("进出口总额", 4500, None, "亿元", ""),
        ("实际使用外资", 12.5, None, "亿美元", ""),
        ("一般公共预算收入", 4, None, "%", ""),
    ]


def test_state_council_review_wording():
    text = (
        "国内生产总值达到134.9万亿元、增长5%，城镇新增就业1256万人，城镇调查失业率平均为5.1%，"
        "国际收支基本平衡，居民人均可支配收入实际增长5.1%，粮食产量首次突破1.4万亿斤，单位国内"
        "生产总值能耗降低3%以上，居民消费价格上涨0.2%。"
    )
    assert targets_of(text, scope="achieved") == [
        ("地区生产总值", 134.9, None, "万亿元", "达到"),
        ("地区生产总值", 5, None, "%", ""),
        ("城镇新增就业", 1256, None, "万人", ""),
        ("城镇调查失业率", 5.1, None, "%", ""),
        ("居民人均可支配收入", 5.1, None, "%", ""),
        ("粮食产量", 1.4, None, "万亿斤", "突破"),
        ("单位地区生产总值能耗", 3, None, "%", "以上"),
        ("居民消费价格涨幅", 0.2, None, "%", ""),
    ]


def test_a_count_after_a_rolling_action_names_the_noun_after_it():
    """ "滚动实施N个以上…项目": what is counted follows the number (before the fix the name was
    the action "滚动实施"); state council wording: a deficit's change is not a target."""
    text = "滚动实施200个以上省级重大产业项目。"
    assert [t[0] for t in targets_of(text)] == ["省级重大产业项目"]
    fiscal = (
        "今年拟安排财政赤字2.5万亿元，比去年增加3000亿元，其中中央财政赤字1.8万亿元，增加2000亿元。"
    )
    assert [(t[0], t[1]) for t in targets_of(fiscal)] == [("赤字规模", 2.5)]


@pytest.mark.parametrize(
    ("text", "raw", "unit"),
    [
        # shanxi 2026 line 87: batches tested, not 万批
        ("十一是大型农贸批发市场完成不少于100万批次农产品快检。", "100万批次", "万批次"),
        # zhejiang 2026 line 95: visits to households, not 1万 households
        ("为未成年人家庭提供一对一公益家庭教育指导服务1万户次。", "1万户次", "万户次"),
        ("起降航班3万架次，检查船舶300艘次。", "3万架次", "万架次"),
        ("检查船舶300艘次。", "300艘次", "艘次"),
    ],
)
def test_counts_of_times_keep_their_unit_whole(text, raw, unit):
    quantity = find_quantities(text)[0]
    assert (quantity.raw, quantity.unit) == (raw, unit)


def test_an_enumeration_names_its_measure_on_the_first_item_only():
    """shanxi 2025 line 36: the 营业收入 of the first item is the measure of the sectors listed
    after it (before the fix 新能源装备制造 was a bare sector, and a 2026 figure of another
    measure, 装备制造业增加值, could pair with it); zhejiang 2026: items with a measure of their
    own keep it."""
    shanxi = (
        "促进先进金属材料和先进装备制造营业收入增长10%以上、航空航天增长20%以上、"
        "生物医药增长6%左右、新能源装备制造增长30%以上。"
    )
    assert [(t[0], t[1]) for t in targets_of(shanxi)] == [
        ("先进金属材料和先进装备制造营业收入", 10),
        ("航空航天营业收入", 20),
        ("生物医药营业收入", 6),
        ("新能源装备制造营业收入", 30),
    ]
    zhejiang = "文旅产业增加值增长6%、旅游综合收入增长6%、入境过夜游客人数增长10%以上。"
    named = [t[0] for t in targets_of(zhejiang)]
    assert named == ["文旅产业增加值", "旅游综合收入", "入境过夜游客人数"]


def _all_of(text: str, year: int | None = None) -> list:
    return extract_from_paragraph(
        Paragraph("s3.p4", 40, text), "target", TABLE, year=year, all_figures=True
    )


def test_the_level_a_raise_starts_from_is_no_target_with_a_per_head_measure_between():
    """State Council 2015 L87, 2016 L90, 2017 L87: "由每人每年320元提高到380元", "从人均40元
    提高到45元": the first number was read as a target of its own (and a timeline row showed 320,
    not 380). Without the per-head words it was already the starting point."""
    text = (
        "完善城乡居民基本医保，财政补助标准由每人每年320元提高到380元。"
        "基本公共卫生服务经费财政补助从人均40元提高到45元。"
        "城乡居民基础养老金标准统一由55元提高到70元。"
    )
    assert [(t.value, t.unit) for t in _all_of(text)] == [(380, "元"), (45, "元"), (70, "元")]


def test_the_amount_a_rate_is_per_is_no_target():
    """State Council 2012 L80 "稻谷最低收购价平均每50公斤分别提高7.4元和16元", zhejiang 2025 L80
    "配置AED达每10万人45台": 50公斤 and 10万人 say what the rate is per."""
    found = _all_of("今年小麦、稻谷最低收购价平均每50公斤分别提高7.4元和16元。")
    assert [(t.value, t.unit) for t in found] == [(7.4, "元"), (16, "元")]
    found = _all_of("配置AED达每10万人45台。")
    assert (10, "万人") not in [(t.value, t.unit) for t in found]


def test_the_size_of_each_of_a_batch_is_no_target():
    """甘肃 2025 L39 "培育一批产值超500亿、1000亿优势特色产业集群": the sizes say which clusters,
    a batch (一批) counts them; a count of the batch's things stays a target."""
    assert _all_of("培育一批产值超500亿、1000亿优势特色产业集群。") == []
    found = _all_of("培育产值超500亿元产业集群3个。")
    assert [(t.value, t.unit) for t in found] == [(3, "个")]


def test_a_word_made_with_yuan_is_no_amount_of_money():
    """State Council 2014 L74 "是破除城乡二元结构的重要依托": 二元 was read as 2 yuan."""
    assert find_quantities("城镇化是破除城乡二元结构的重要依托") == []
    assert [q.value for q in find_quantities("补助标准提高到每人每年二百四十元")] == [240]


@needs_corpus
def test_a_sentence_opening_on_the_plan_period_sets_the_periods_goals():
    """State Council 2014 L74: "今后一个时期，着重解决好现有“三个1亿人”问题，促进约1亿农业转移
    人口落户城镇…" in the middle of a paragraph of the year: goals of the period ahead, not of
    2014. "到2027年，…" the same; "到2025年底" in the report of 2025 is the year itself."""
    report = load_report(CORPUS / "series" / "guowuyuan" / "2014.txt")
    found = [t for t in extract_targets(report, all_figures=True) if t.line == 74]
    assert [(t.value, t.unit, t.category, t.period) for t in found] == [
        (1, "亿", "plan", "今后一个时期"),
        (1, "亿人", "plan", "今后一个时期"),
        (1, "亿人", "plan", "今后一个时期"),
    ]
    opening = (
        "今年要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，"
        "加快构建新发展格局，推动高质量发展。"
    )
    found = _all_of(opening + "到2027年，新建5G基站3万个。到2025年底，新建充电桩2万个。", 2025)
    assert [(t.value, t.unit, t.category, t.period) for t in found] == [
        (3, "万个", "plan", "到2027年"),
        (2, "万个", "annual", ""),
    ]


def test_things_that_exist_already_are_what_the_work_goes_on_with():
    """State Council 2015 L66 "重大水利工程已开工的57个项目要加快建设，今年再开工27个项目",
    guizhou 2025 L44 "持续推进已批建的3家省实验室和22家全省重点实验室建设，加快…新组建3家以上
    省实验室": the counts after 已…的 are of what exists (context), not the year's targets."""
    found = _all_of("重大水利工程已开工的57个项目要加快建设，今年再开工27个项目。")
    assert [(t.value, t.category) for t in found] == [(57, "context"), (27, "annual")]
    found = _all_of(
        "持续推进已批建的3家省实验室和22家全省重点实验室建设，"
        "加快在人工智能、关键零部件、高端装备等领域新组建3家以上省实验室。"
    )
    assert [(t.value, t.category) for t in found] == [
        (3, "context"),
        (22, "context"),
        (3, "annual"),
    ]


def test_an_enumerations_later_amounts_share_the_measure_its_first_item_names():
    """qinghai 2025 L47 "勘探新增石油地质储量3000万吨、天然气200亿立方米": the gas is reserves,
    not 天然气 (which the 2026 review's production, 天然气56.5亿立方米, then answered); henan
    2025 L36 "力争整车产量200万辆、新能源汽车140万辆": output. A count of people or visits
    shares no amount's measure."""
    names = [t.indicator for t in _all_of("勘探新增石油地质储量3000万吨、天然气200亿立方米。")]
    assert names == ["勘探新增石油地质储量", "天然气地质储量"]
    names = [t.indicator for t in _all_of("力争整车产量200万辆、新能源汽车140万辆。")]
    assert names == ["整车产量", "新能源汽车产量"]
    names = [t.indicator for t in _all_of("力争旅游营业收入500亿元、接待游客2000万人次。")]
    assert names[1] == "接待游客"


def test_a_heating_temperature_is_a_quantity_unless_it_names_a_rate():
    """ningxia 2026 L42 "城市居民起居室供热标准由18℃提高到20℃" (a result: 20℃) and 2025 L71
    "力争居民起居室供热室温常态下全部达到20℃" (a commitment) were not read (℃ was no unit);
    2025 L31 "室温20℃达标率提升到96%" is a rate whose name holds the temperature."""
    found = [(q.value, q.unit) for q in find_quantities("城市居民起居室供热标准由18℃提高到20℃")]
    assert found == [(18, "℃"), (20, "℃")]
    assert [(t.value, t.unit) for t in _all_of("力争居民起居室供热室温常态下全部达到20℃。")] == [
        (20, "℃")
    ]
    found = [(q.value, q.unit) for q in find_quantities("城市集中供热用户室温20℃达标率提升到96%")]
    assert found == [(96, "%")]


def test_a_bare_magnitude_of_people_is_compared_as_people():
    """State Council 2017 L50 "今年再减少农村贫困人口1000万以上" wrote 万 where 2014 L72 wrote
    "1000万人以上": the same indicator, which the timeline showed as two rows and the change
    table and the tracker as two dimensions. The unit stays as stated."""
    from toolkit.targets.compare import pairing_key
    from toolkit.targets.units import compared_unit

    (bare,) = _all_of("今年再减少农村贫困人口1000万以上。")
    (people,) = _all_of("今年再减少农村贫困人口1000万人以上。")
    assert bare.unit == "万" and pairing_key(bare) == pairing_key(people)
    assert compared_unit("万", "农村贫困人口脱贫任务") == "万人"
    assert compared_unit("万", "接待游客") == "万"  # visits: no people noun
    assert compared_unit("万个", "劳动力") == "万个"


def test_a_bare_magnitude_after_a_verb_counts_the_people_named_after_it():
    """zhejiang 2025 L74 "确保城镇新增就业100万人以上，保持2300万省外劳动力…在浙稳定就业": the
    2300万 was read as more 城镇新增就业 (a dropped target in the change table)."""
    found = _all_of(
        "确保城镇新增就业100万人以上，保持2300万省外劳动力和240万省外脱贫劳动力在浙稳定就业。"
    )
    assert [(t.name, t.value) for t in found][:2] == [("城镇新增就业", 100), ("省外劳动力", 2300)]


def test_kinds_and_pairs_are_counted():
    """山西 2026 L12, L15: "国际友城达到67对", "落地执行集采药品1220种" were no quantities;
    "1对1帮扶" and "五种意识" (a named set) stay none."""
    found = [(q.value, q.unit) for q in find_quantities("国际友城达到67对，集采药品1220种")]
    assert found == [(67, "对"), (1220, "种")]
    found = [(q.value, q.unit) for q in find_quantities("开展1对1帮扶，推广1000亩种植")]
    assert found == [(1000, "亩")]
    assert find_quantities("牢固树立五种意识") == []


def test_a_price_in_fen_is_a_quantity():
    """浙江 2025 L66, 2026 L15: "工商业电价较上年下降3分/千瓦时以上", "…下降5分/千瓦时"; 分 alone
    (分别, 每一分钱) is no unit."""
    found = [
        (q.value, q.value_max, q.unit) for q in find_quantities("下降3分/千瓦时，下降3-5分/立方米")
    ]
    assert found == [(3, None, "分/千瓦时"), (3, 5, "分/立方米")]
    assert find_quantities("花好每一分钱，分别下降") == []
