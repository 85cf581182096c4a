"""Kinds of targets kept apart (annual, plan, fiscal, context), with direction and measure, on
made-up wordings of the genre."""

from __future__ import annotations

import pytest

from toolkit.model import Paragraph, Report, Role, Section
from toolkit.targets.compare import compare_found
from toolkit.targets.extract import extract_from_paragraph, extract_targets
from toolkit.targets.indicators import builtin_table
from toolkit.targets.kinds import plan_name

TABLE = builtin_table()


def found(text: str, *, headline: bool = True, scope: str = "target"):
    paragraph = Paragraph("s3.p1", 7, text)
    return extract_from_paragraph(paragraph, scope, TABLE, headline=headline, year=2026)  # type: ignore[arg-type]


def every_figure(
    text: str, scope: str, *, year: int | None = 2026, line: int = 3, five_year: bool = False
):
    """Every figure of one paragraph (``all_figures``), read as in a report of ``year``;
    ``five_year``: a paragraph of the review of the five-year term."""
    paragraph = Paragraph(f"s1.p{line}", line, text)
    return extract_from_paragraph(
        paragraph,
        scope,
        TABLE,
        year=year,
        all_figures=True,
        five_year=five_year,  # type: ignore[arg-type]
    )


def rows(text: str, **kwargs):
    return [
        (t.canonical or t.indicator, t.value, t.value_max, t.unit, t.qualifier)
        for t in found(text, **kwargs)
        if t.kind == "numeric"
    ]


def _section(sid: str, title: str, role: Role, texts: list[str], line: int) -> Section:
    paragraphs = tuple(Paragraph(f"{sid}.p{i + 1}", line + i + 1, t) for i, t in enumerate(texts))
    return Section(sid, 1, "", title, title, line, paragraphs, role=role)


OUTLINE = [
    "“十五五”时期经济社会发展的主要目标是：地区生产总值年均增长5%左右，到2030年常住人口"
    "城镇化率达到70%，《纲要（草案）》提出6项指标。",
]
ANNUAL = [
    "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右；城镇调查失业率控制在5.5%以内；"
    "单位地区生产总值能耗降低3%左右。",
    "赤字率拟按3%安排，拟发行超长期特别国债1.3万亿元，安排地方政府专项债券4.4万亿元。",
    "高校毕业生预计超过1170万人，新增城镇就业1200万人以上。",
]


def _report(targets_paragraph: str | None) -> Report:
    outline = _section("s2", "“十五五”时期主要目标任务", Role.OUTLOOK, OUTLINE, 20)
    plan = _section("s3", "2026年重点工作", Role.PLAN, ANNUAL, 30)
    return Report("r.txt", "txt", "govreport", None, 2026, {}, (), (outline, plan),
                  targets_paragraph=targets_paragraph)  # fmt: skip


def test_outline_goals_never_shadow_the_annual_targets():
    """The profile took the outline's goals paragraph for the headline one: the year's paragraph
    further down is used, and the outline's goals are plan goals with their period."""
    for chosen in ("s2.p1", None):
        targets = extract_targets(_report(chosen), TABLE)
        headline = [(t.canonical, t.value, t.qualifier) for t in targets if t.headline]
        assert headline == [
            ("地区生产总值", 5, "左右"),
            ("城镇调查失业率", 5.5, "以内"),
            ("单位地区生产总值能耗", 3, "左右"),
        ]
        plan = [(t.canonical, t.value, t.period) for t in targets if t.category == "plan"]
        assert plan == [("地区生产总值", 5, "十五五"), ("常住人口城镇化率", 70, "十五五")]


def test_fiscal_parameters_and_forecasts_are_not_annual_targets():
    targets = extract_targets(_report("s3.p1"), TABLE)
    fiscal = [(t.value, t.unit) for t in targets if t.category == "fiscal"]
    assert fiscal == [(3, "%"), (1.3, "万亿元"), (4.4, "万亿元")]
    context = [(t.value, t.unit) for t in targets if t.category == "context"]
    assert context == [(1170, "万人")]
    annual = [t.canonical for t in targets if t.category == "annual" and not t.headline]
    assert annual == ["城镇新增就业"]


def test_direction_and_measure():
    targets = found(
        "能耗降低3%左右，地区生产总值增长5%，新增城镇就业70万人，累计建成5G基站10万个。"
    )
    assert [(t.direction, t.measure) for t in targets] == [
        ("decrease", "change"),
        ("increase", "change"),
        ("", "increment"),
        ("", "stock"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "争取再获批10家以上全国重点实验室。",  # 天津 2025 L46: as many more
        "再推出10条乡村旅游精品线路。",  # 天津 2025 L71
        "再开工20项重大水利工程。",  # State Council 2016 L65
    ],
)
def test_as_many_more_is_an_increment(text):
    # 天津's 全国重点实验室 was a level, and the tracker took the 十四五 review's 29家 standing at
    # the term's end over the year's 新增全国重点实验室12家
    assert [t.measure for t in every_figure(text, "target")] == ["increment"]


def test_a_count_per_unit_and_the_people_served_are_context():
    # 山西 2025 L46, L47, L61: no total the review can report; 贵州 2025 L30: the total after
    # the count per area stays a commitment
    texts = {
        "每个县办好1所公办高中。": {1: "context"},
        "每个县发展1—2个带动能力强、就业容量大的特色产业。": {1: "context"},
        "维修农村供水工程1800处，受益200万人。": {1800: "annual", 200: "context"},
        "各市（州）每个领域遴选10个项目、共80个项目。": {10: "context", 80: "annual"},
    }
    for text, expected in texts.items():
        kinds = {t.value: t.category for t in every_figure(text, "target")}
        assert kinds == expected, text


def test_a_total_after_what_was_added_is_named_without_the_adding():
    # 浙江 2025 L12, 甘肃 2026 L8: the carried name kept 新增 on the stock
    figures = every_figure("新增全国重点实验室18家、累计38家。", "achieved", year=2025)
    assert [(t.indicator, t.value, t.measure) for t in figures] == [
        ("新增全国重点实验室", 18, "increment"),
        ("全国重点实验室", 38, "stock"),
    ]


def test_stretch_target_is_a_second_row_of_the_same_indicator():
    assert rows("地区生产总值增长7%以上、力争达到8%。") == [
        ("地区生产总值", 7, None, "%", "以上"),
        ("地区生产总值", 8, None, "%", "力争"),
    ]


def test_every_item_of_an_ordinal_list_gets_its_own_name():
    expected = [
        ("第一产业增加值", 3.5, None, "%", ""),
        ("第二产业增加值", 6, None, "%", ""),
        ("第三产业增加值", 5, None, "%", ""),
    ]
    assert rows("一二三产增加值分别增长3.5%、6%、5%。") == expected
    assert rows("一、二、三产增加值分别增长3.5%、6%、5%。") == expected
    assert rows("第一、二、三产业增加值分别增长3.5%、6%、5%。") == expected


def test_bound_after_the_last_value_of_a_list_holds_for_all():
    assert rows("城乡居民人均可支配收入分别增长5%、6.5%左右。") == [
        ("城镇居民人均可支配收入", 5, None, "%", "左右"),
        ("农村居民人均可支配收入", 6.5, None, "%", "左右"),
    ]


def test_compound_units_stay_whole_and_bound_is_the_qualifier():
    assert rows("全员劳动生产率16.8万元/人左右，城镇调查失业率控制在5%以内。") == [
        ("全员劳动生产率", 16.8, None, "万元/人", "左右"),
        ("城镇调查失业率", 5, None, "%", "以内"),
    ]


def test_change_over_last_year_after_a_level_is_not_a_target():
    assert rows("常住人口城镇化率达到58%，比上年提高1个百分点。") == [
        ("常住人口城镇化率", 58, None, "%", "达到")
    ]


def test_research_intensity_variants_are_one_indicator():
    assert TABLE.canonical("R&D经费支出占GDP比重") == TABLE.canonical("研发投入强度")
    assert rows("R&D经费支出占GDP比重达到2.8%。") == [("研发投入强度", 2.8, None, "%", "达到")]


def test_increment_never_pairs_with_a_stock():
    old = found("新增专精特新企业1000家以上。", headline=False)
    new = found("专精特新企业累计达到6000家以上。", headline=False)
    assert [t.measure for t in (*old, *new)] == ["increment", "stock"]
    comparison = compare_found(old, new)
    assert {row.status for row in comparison.changes} == {"new", "dropped"}


def test_a_rate_beside_an_increment_is_no_increment():
    """xinjiang 2026 L41 "城镇新增就业47万人以上、城镇调查失业率控制在5.5%以内": the 新增 of the
    jobs figure made the unemployment rate an increment, so 2025's same 5.5%以内 showed as
    dropped and 2026's as new (before the fix); a count after a 新增 that governs the clause is
    still one."""
    old = found("实现城镇新增就业46万人以上，城镇调查失业率控制在5.5%以内。")
    new = found("城镇新增就业47万人以上、城镇调查失业率控制在5.5%以内。")
    assert [t.measure for t in new] == ["increment", "level"]
    rows = {r.indicator: r.status for r in compare_found(old, new).changes}
    assert rows["城镇调查失业率"] == "unchanged"
    paragraph = Paragraph("s3.p1", 7, "新增高新技术企业1000家、专精特新企业200家。")
    listed = extract_from_paragraph(paragraph, "target", TABLE, year=2026, all_figures=True)
    assert [t.measure for t in listed] == ["increment", "increment"]


def test_plan_names():
    assert [plan_name(y) for y in (2016, 2021, 2025, 2026)] == [
        "十三五",
        "十四五",
        "十四五",
        "十五五",
    ]


def test_names_carry_no_verbs_particles_or_qualifiers():
    """Wordings that gave "赤字率拟", "规模近", "城镇调查失业率全年", "外调绿电规模力争",
    "地铁站和", "特色企业和", "经济" and empty names."""
    cases = {
        "赤字率拟按4%左右安排。": ("赤字率", "左右"),
        "外贸进出口规模近5000亿元。": ("外贸进出口规模", "左右"),
        "城镇调查失业率全年控制在5.5%左右。": ("城镇调查失业率", "左右"),
        "外调绿电规模力争达到800亿千瓦时。": ("外调绿电规模", "达到"),
        "改造地铁站和30座以上。": ("地铁站", "以上"),
        "培育特色企业和50家以上。": ("特色企业", "以上"),
        "经济增长5.5%左右。": ("地区生产总值", "左右"),
        "六是完成农村危房改造5000户。": ("农村危房改造", "完成"),
        "新建充电桩2万个以上，其中农村1万个以上。": ("充电桩（农村）", "以上"),
    }
    for text, (name, qualifier) in cases.items():
        last = found(text)[-1]
        assert (last.indicator, last.qualifier) == (name, qualifier), text


def test_a_count_of_indicators_or_a_size_class_is_no_target():
    assert rows("《纲要（草案）》提出6项指标，建成10条超五百亿级的特色链。") == [
        ("超五百亿级的特色链", 10, None, "条", "")
    ]
    values = [r[1] for r in rows("在9个人口20万以上的县建成特殊教育学校。", headline=False)]
    assert 20 not in values
    values = [r[1] for r in rows("30户以上自然村寨生活垃圾收运设施覆盖率达90%。")]
    assert values == [90]


def test_state_council_fiscal_paragraph():
    text = (
        "今年赤字率拟按4%左右安排，赤字规模5.66万亿元，比上年增加1.6万亿元；赤字率从去年的3%"
        "提高到4%。拟发行超长期特别国债1.3万亿元，安排地方政府专项债券4.4万亿元。"
    )
    targets = found(text, headline=False)
    assert all(t.category == "fiscal" for t in targets)
    assert [(t.canonical, t.value, t.unit, t.qualifier) for t in targets] == [
        ("赤字率", 4, "%", "左右"),
        ("赤字规模", 5.66, "万亿元", ""),  # "比上年增加1.6万亿元" is its change, not a target
        ("赤字率", 4, "%", ""),
        ("超长期特别国债", 1.3, "万亿元", ""),
        ("地方政府专项债券", 4.4, "万亿元", ""),
    ]


def test_a_reference_to_the_plan_is_no_plan_goal():
    """ "与“十二五”规划目标逐步衔接" explains this year's target; it sets no plan goal."""
    text = (
        "这里要着重说明，国内生产总值增长目标略微调低，主要是要与“十二五”规划目标逐步衔接。"
        "提出居民消费价格涨幅控制在4%左右，综合考虑了输入性通胀因素。"
    )
    assert [t.category for t in found(text, headline=False)] == ["annual"]


def test_pm25_is_no_monetary_aggregate():
    targets = found("设区城市PM2.5平均浓度控制在25微克/立方米以下，广义货币M2增长8%左右。")
    assert [(t.canonical, t.category) for t in targets] == [
        ("PM2.5平均浓度", "annual"),
        ("广义货币供应量", "fiscal"),
    ]


def test_annual_mean_concentration_is_no_plan_goal():
    """年均浓度 is the year's mean, not 年均增长 over the plan period."""
    targets = found("细颗粒物年均浓度控制在29微克/立方米左右。")
    assert [(t.canonical, t.category, t.headline) for t in targets] == [
        ("PM2.5平均浓度", "annual", True)
    ]


def test_one_value_for_two_indicators_gives_a_row_each():
    assert rows("城镇和农村居民人均可支配收入增长6%。") == [
        ("城镇居民人均可支配收入", 6, None, "%", ""),
        ("农村居民人均可支配收入", 6, None, "%", ""),
    ]
    fiscal = found("广义货币M2和社会融资规模余额预期增长12%左右。", headline=False)
    assert [(t.canonical, t.value) for t in fiscal] == [
        ("广义货币供应量", 12),
        ("社会融资规模", 12),
    ]


def test_a_review_part_the_profile_took_for_an_outlook_still_gives_figures():
    """zhejiang 2026's "2025年主要工作和“十四五”发展成就" came with role outlook."""
    review = _section(
        "s1", "2025年主要工作和“十四五”发展成就", Role.OUTLOOK, ["全省生产总值增长5.5%。"], 5
    )
    report = Report("r.txt", "txt", "govreport", None, 2026, {}, (), (review,))
    found_ = extract_targets(report, TABLE)
    assert [(t.scope, t.canonical, t.value, t.year) for t in found_] == [
        ("achieved", "地区生产总值", 5.5, 2025)
    ]


def test_commitments_to_add_things_without_a_cue_with_all_figures():
    paragraph = Paragraph(
        "s3.p1",
        7,
        "新开发各类公益性岗位2.5万个。新建10家概念验证中心、30家标杆孵化器和10家中试平台。",
    )
    default = extract_from_paragraph(paragraph, "target", TABLE)
    every = extract_from_paragraph(paragraph, "target", TABLE, all_figures=True)
    assert default == []
    assert [(t.indicator, t.value, t.measure) for t in every] == [
        ("新开发各类公益性岗位", 2.5, "increment"),
        ("概念验证中心", 10, "increment"),
        ("标杆孵化器", 30, "increment"),
        ("中试平台", 10, "increment"),
    ]


def test_every_value_of_a_list_shares_its_predicates_direction():
    # fujian 2026 line 8 and zhejiang 2026: the second and third values grew too
    text = (
        "初步统计，2025年全省地区生产总值60199.45亿元、增长5%，固定资产投资下降3.3%，进出口下降"
        "5.4%，城镇居民、农村居民人均可支配收入分别增长4.5%、5.7%，城镇调查失业率4.7%。"
    )
    directions = {t.canonical or t.indicator: t.direction for t in found(text, scope="achieved")}
    assert directions["城镇居民人均可支配收入"] == "increase"
    assert directions["农村居民人均可支配收入"] == "increase"
    assert directions["固定资产投资"] == directions["进出口总额"] == "decrease"
    text = "服务贸易、数字贸易、跨境电商出口分别增长6%、8%、20%。"
    assert [t.direction for t in found(text, headline=False)] == ["increase"] * 3
    # fujian 2026 line 41: a list of falls
    text = "生产安全事故起数、死亡人数分别下降15.2%、13.3%。"
    found_all = extract_from_paragraph(
        Paragraph("s1.p1", 41, text), "achieved", TABLE, all_figures=True, year=2026
    )  # type: ignore[arg-type]
    assert [t.direction for t in found_all] == ["decrease", "decrease"]


def test_a_cumulative_rate_of_change_is_a_change_with_its_direction():
    # hebei 2026 line 12, ningxia 2026 line 25: the term's fall, not a stock of 27.4%
    for text, value in (
        ("全省PM2.5平均浓度累计下降27.4%，所有设区市空气质量全部退出全国后20位。", 27.4),
        ("全区能耗强度累计下降17.3%，获得国家节能考核优秀等次。", 17.3),
    ):
        (target,) = [t for t in found(text, scope="achieved") if t.value == value]
        assert (target.measure, target.direction) == ("change", "decrease")
    # a running total stays a stock
    (total,) = found("城镇累计新增就业239.2万人。", scope="achieved")
    assert total.measure == "stock"


def test_the_things_a_clause_works_on_are_no_commitment():
    # 黑龙江 2025: "围绕22个产业、189条产业链，补链延链、建链集群" counts what exists; the
    # clause after it promises ("引进精深加工项目200个以上")
    text = (
        "深入实施制造业重点产业链高质量发展行动，围绕22个产业、189条产业链，补链延链、建链集群。"
        "做精做优食用菌等7个优势特色产业，引进精深加工项目200个以上。"
    )
    paragraph = Paragraph("s3.p1", 7, text)
    targets = extract_from_paragraph(paragraph, "target", TABLE, year=2026, all_figures=True)
    kinds = {(t.value, t.unit): t.category for t in targets}
    assert kinds[(22, "个")] == kinds[(189, "条")] == "context"
    assert kinds[(200, "个")] == "annual"


def test_the_whole_region_in_its_short_form_is_no_part_of_the_name():
    # 新疆 2026: "全疆常住人口城镇化率61.61%", as 全省… elsewhere; "全岛" is 海南's form
    figures = found("新型城镇化和乡村全面振兴融合发展取得新进步，全疆常住人口城镇化率61.61%。",
                    headline=False, scope="achieved")  # fmt: skip
    assert [(t.canonical, t.value) for t in figures] == [("常住人口城镇化率", 61.61)]


def test_a_count_after_the_whole_region_is_named_by_what_follows_it():
    # 新疆 2025's review: "全疆60家三甲医院实现377项检查检验结果互认", as "全省新增8个…专科"
    paragraph = Paragraph("s1.p9", 24, "全疆60家三甲医院实现377项检查检验结果互认。")
    figures = extract_from_paragraph(paragraph, "achieved", TABLE, year=2025, all_figures=True)
    assert ("三甲医院", 60) in [(t.indicator, t.value) for t in figures]


def test_a_five_year_change_gives_the_level_it_ended_on_for_the_last_year():
    # 新疆 2026's review of the 十四五 term: the value after 增加到 / 增至 stands at its end
    figures = every_figure(
        "推进以文塑旅、以旅促融，年接待游客由1.58亿人次增加到3.23亿人次，机场由22座增至28座。",
        "achieved",
        line=10,
        five_year=True,
    )
    years = {(t.value, t.unit): t.year for t in figures}
    assert years[(3.23, "亿人次")] == years[(28, "座")] == 2025
    assert (1.58, "亿人次") not in years  # the start of the change is no result


def test_a_rate_a_five_year_change_rose_to_is_the_last_years_level():
    # 甘肃 2026's 十四五 review: "由52.23%提高到58.08%" reads as a change by its verb (提高), but
    # 58.08% is the rate the term ended on; the change of the areas after it is not a level
    figures = every_figure(
        "常住人口城镇化率由52.23%提高到58.08%，城市、县城建成区面积分别提高8.3%、5%。",
        "achieved",
        line=16,
        five_year=True,
    )
    years = {t.value: t.year for t in figures}
    assert years[58.08] == 2025
    assert years[8.3] is None and years[5] is None


def test_growth_in_a_name_is_no_change_over_the_term():
    # 甘肃 2026's 十四五 review: "工业对全省经济增长的贡献率达到36.1%" is a level at the term's
    # end; 增长 is part of its name, not a change the figure states
    figures = every_figure(
        "工业对全省经济增长的贡献率达到36.1%，工业增加值年均增长7%。",
        "achieved",
        line=9,
        five_year=True,
    )
    assert [(t.value, t.year) for t in figures] == [(36.1, 2025), (7, None)]


def test_rates_listed_before_one_level_kept_are_each_kept_at_it():
    # 新疆 2026: "九年义务教育巩固率、高中阶段毛入学率保持在97%以上"
    text = "教育事业健康发展，九年义务教育巩固率、高中阶段毛入学率保持在97%以上，现代职业教育"
    paragraph = Paragraph("s1.p3", 15, text)
    figures = extract_from_paragraph(paragraph, "achieved", TABLE, year=2026, all_figures=True)
    assert [(t.indicator, t.value, t.qualifier) for t in figures] == [
        ("九年义务教育巩固率", 97, "以上"),
        ("高中阶段毛入学率", 97, "以上"),
    ]
    # a list of things before one count is not shared: only rates are
    paragraph = Paragraph("s1.p4", 16, "新建学校、医院保持在20所。")
    assert len(extract_from_paragraph(paragraph, "achieved", TABLE, all_figures=True)) <= 1


def test_a_listed_item_stating_its_own_level_is_read_alone_for_the_last_year():
    # 新疆 2026's 十四五 review: 绿电占比 and 就地转化率 are levels at the term's end, though
    # the item before each is a change over the term (年均增长, 连续4年)
    text = "外送电量年均增长6%、绿电占比超三成；棉花产量连续4年占全国九成以上、就地转化率达45%。"
    figures = every_figure(text, "achieved", line=11, five_year=True)
    years = {t.indicator: (t.value, t.year) for t in figures}
    assert years["绿电占比"] == (30, 2025)
    assert years["就地转化率"] == (45, 2025)
    assert years["外送电量"][1] is None  # 年均增长: a figure of the whole term
    # a list summed over the term keeps its sum ("累计发送旅客…、运输货物超…": 云南 2026), and a
    # 、 inside a name is no list ("引进央企二、三级子公司超800家": 河北 2026)
    text = "累计发送旅客超6400万人次、运输货物超7400万吨，引进央企二、三级子公司超800家。"
    figures = every_figure(text, "achieved", line=12, five_year=True)
    assert {t.value: t.year for t in figures} == {6400: None, 7400: None, 800: None}


def test_a_share_is_named_with_where_it_goes():
    # 广西 2025: "坚持把八成左右的财政支出用于民生领域" was named "坚持把的财政支出用于民生领域"
    paragraph = Paragraph("s1.p2", 19, "坚持把80%左右的财政支出用于民生领域。")
    figures = extract_from_paragraph(paragraph, "achieved", TABLE, year=2025, all_figures=True)
    assert [(t.indicator, t.value) for t in figures] == [("财政支出用于民生领域", 80)]
    # 福建 2025: "财政支出近八成投向民生领域" was named 财政支出, what the share is of
    paragraph = Paragraph("s1.p3", 46, "财政支出近80%投向民生领域，人民生活迈出坚实步伐。")
    figures = extract_from_paragraph(paragraph, "achieved", TABLE, year=2025, all_figures=True)
    assert [(t.indicator, t.value) for t in figures] == [("财政支出投向民生领域", 80)]


def test_a_count_of_a_rank_alone_takes_the_head_of_the_next_count():
    # 新疆 2026 L15, 山西 2025 L61: the first count was named by its rank alone (国家级, 乡镇级)
    figures = [
        figure
        for line, scope, text in [
            (15, "achieved", "建成4个国家级、4个自治区级区域医疗中心。"),
            (61, "target", "十二是建设50个乡镇级、650个村级标准化饮用水源地。"),
        ]
        for figure in extract_from_paragraph(
            Paragraph(f"s1.p{line}", line, text), scope, TABLE, year=2026, all_figures=True
        )
    ]
    assert [(t.indicator, t.value) for t in figures] == [
        ("国家级区域医疗中心", 4),
        ("自治区级区域医疗中心", 4),
        ("乡镇级标准化饮用水源地", 50),
        ("村级标准化饮用水源地", 650),
    ]


def test_a_count_joined_by_and_to_the_one_before_is_a_count_of_things_too():
    # 云南 2025 L15, 福建 2025 L30, 广西 2025 L19: the review lost the second count, since
    # "新增3个硕士授予单位和" stood before it where only an action or a place may stand
    texts = [
        "新增3个硕士授予单位和62个博士硕士学位授权点。",
        "新开通2个高速公路出入口和18个服务区出入口。",
        "新增211项医保报销项目和301个集中带量采购品种。",
        "全省首个国家区域医疗中心和3所省级区域医疗中心投入运行。",  # 青海 2026 L19
    ]
    figures = [
        (t.indicator, t.value)
        for line, text in enumerate(texts, 5)
        for t in every_figure(text, "achieved", year=2025, line=line)
    ]
    assert figures == [
        ("硕士授予单位", 3),
        ("博士硕士学位授权点", 62),
        ("高速公路出入口", 2),
        ("服务区出入口", 18),
        ("医保报销项目", 211),
        ("集中带量采购品种", 301),
        ("省级区域医疗中心", 3),
    ]


def test_things_counted_in_a_list_of_what_was_done_are_a_result():
    # 天津 2026 L21: the count ends a list of named things and what was done to them follows
    # (口袋公园 was lost, the 2025 commitment 新建提升口袋公园80个 "not reported"); 新疆 2026
    # L20, 海南 2026 L46: each done word comes off the name; 新疆 2026 L11: a 口径 is one
    # thing's size
    texts = [
        "五大道公园、设计公园和85个口袋公园等建成开放。",
        "大石峡水利枢纽、淖毛湖750千伏输变电工程等53个重大项目建成投运。",
        "南渡江引水、红岭灌区、迈湾水利枢纽等9个重大水利工程投入使用或加快建设。",
        "110米口径全向可动射电望远镜等重大科技项目实现突破。",
    ]
    figures = [
        (t.indicator, t.value)
        for line, text in enumerate(texts, 5)
        for t in every_figure(text, "achieved", year=2026, line=line)
        if t.unit != "千伏"
    ]
    assert figures == [("口袋公园", 85), ("重大项目", 53), ("重大水利工程", 9)]


def test_things_counted_before_their_size_are_the_things_of_that_size():
    # 江苏 2026 L20, 天津 2026 L35: the amount is each thing's size, the count the result
    texts = ["191家工业企业营业收入超百亿元。", "8个产业规模超千亿元。"]
    figures = [
        (t.indicator, t.value, t.unit)
        for text in texts
        for t in every_figure(text, "achieved", year=2026, line=3)
    ]
    assert figures == [("营业收入超百亿元的工业企业", 191, "家"), ("规模超千亿元的产业", 8, "个")]


def test_things_named_after_a_count_and_then_awarded_are_named_by_the_award():
    # 陕西 2025 L11, 江苏 2025 L12: as "90家县级医院达到三级综合医院水平" is named, not
    # "成果荣获国家科学技术奖"
    texts = ["47项成果荣获国家科学技术奖。", "1.3万户小微企业获得首贷274亿元。"]
    figures = [
        (t.indicator, t.value)
        for text in texts
        for t in every_figure(text, "achieved", year=2025, line=3)
    ]
    assert figures[:2] == [("荣获国家科学技术奖的成果", 47), ("获得首贷的小微企业", 1.3)]


def test_a_listed_name_takes_what_the_last_one_says_after_their_common_word():
    # 青海 2025 L11, 江苏 2026 L10: the list's head was only its last word (清洁能源占比,
    # 工业战略性新兴产业比重, 基本养老保险率); a last item that begins with the first keeps the
    # first's own name (陕西 2026 L8: 工业、制造业、工业技改投资 → 工业投资)
    texts = [
        "清洁能源、新能源装机占比分别达94.6%、70%。",
        "基本养老保险和基本医疗保险参保率分别稳定在95%和96%以上。",
        "工业战略性新兴产业、高新技术产业产值占规上工业比重分别达42.1%、52.1%。",
        "工业、制造业、工业技改投资分别增长9.4%、13.3%、6.1%。",
    ]
    figures = [
        t.indicator for text in texts for t in every_figure(text, "achieved", year=2026, line=3)
    ]
    assert figures == [
        "清洁能源装机占比",
        "新能源装机占比",
        "基本养老保险参保率",
        "基本医疗保险参保率",
        "工业战略性新兴产业产值占规上工业比重",
        "高新技术产业产值占规上工业比重",
        "工业投资",
        "制造业投资",
        "工业技改投资",
    ]


def test_a_number_written_with_duo_or_yu_is_more_than_it():
    # 宁夏 2026 L12/L13: "2800多个", "2400多亿元", "600余项" were read as exactly that
    text = "实施重点项目2800多个，完成投资2400多亿元，引进和落地科技成果600余项，带动就业12万人。"
    figures = every_figure(text, "achieved", year=2026, line=12)
    assert [(t.value, t.unit, t.qualifier) for t in figures] == [
        (2800, "个", "超过"),
        (2400, "亿元", "超过"),
        (600, "项", "超过"),
        (12, "万人", ""),
    ]


def test_names_listed_before_one_change_they_all_had_each_get_it():
    # 宁夏 2025 L45, 江苏 2026 L19: "均增长" was read as one name's change, the other names lost;
    # 年均 (云南 2026 L9) is no "均"
    cases = [
        ("力争全年游客人次、旅游花费均增长10%以上。", ["游客人次", "旅游花费"]),
        ("粮食、油料产量均增长2%。", ["粮食产量", "油料产量"]),
        ("绿色铝、硅光伏、新能源电池合计产值年均增长30.4%。", ["新能源电池合计产值"]),
    ]
    for text, names in cases:
        found = every_figure(text, "target", year=2025, line=45)
        assert [t.indicator for t in found] == names, text
        assert all(t.direction == "increase" for t in found), text


def test_names_and_values_given_in_turn_pair_without_fenbie():
    # 新疆 2026 L15, 甘肃 2025 L14: one value kept by names joined with 和 is each name's; values
    # joined by 和 or 、 after a level reached pair with the names in turn, as after 分别
    cases = [
        (
            "基本养老保险和基本医疗保险参保率保持在95%以上。",
            [("基本养老保险参保率", 95), ("基本医疗保险参保率", 95)],
        ),
        (
            "基本养老、基本医疗保险参保率稳定在98%和95%以上。",
            [("基本养老保险参保率", 98), ("基本医疗保险参保率", 95)],
        ),
        (
            "原煤、原油、天然气产量达到6640.8万吨、1253.6万吨、9.1亿立方米。",
            [("原煤产量", 6640.8), ("原油产量", 1253.6), ("天然气产量", 9.1)],
        ),
        ("粮食产量稳定在1200万吨和1300万吨之间。", [("粮食产量", 1200), ("粮食产量", 1300)]),
    ]
    for text, expected in cases:
        found = every_figure(text, "achieved", year=2026, line=15)
        assert [(t.indicator, t.value) for t in found] == expected, text


def test_the_size_in_a_projects_name_is_no_commitment():
    # 甘肃 2026, 宁夏 2025 L45, 青海 2026, 新疆 2025: "白银集团7万吨锌基合金等项目建设" names a
    # project by its owner, size and product; a verb before the size makes it a commitment
    texts = [
        "加快金川四矿区贫矿资源综合开发利用、白银集团7万吨锌基合金等项目建设。",
        "力争开工建设国能宁煤70万吨煤制烯烃和80万吨煤制油升级示范、中石化对位芳纶等总投资500亿元"
        "以上的精细化工项目。",
        "推动青海辉源20万吨绿色高性能铝板带箔、青海广泰10万吨再生铝等项目建设。",
    ]
    for text in texts:
        found = every_figure(text, "target", year=2026, line=45)
        assert not found, text
    found = every_figure("建成10万千瓦光伏等项目。", "target", year=None, line=45)
    assert [t.value for t in found] == [10]


def test_a_horizon_of_some_years_is_a_plan_goal_not_the_years():
    # 宁夏 2025 L71: "力争3年内全部启动…城中村1.2万套改造任务" was a commitment for 2025; 年内 alone
    # is the year's ("年内完成6000套改造计划")
    text = "年内完成6000套改造计划，力争3年内全部启动五市市辖区城中村1.2万套改造任务。"
    found = every_figure(text, "target", year=2025, line=71)
    assert [(t.value, t.category, t.period) for t in found] == [
        (6000, "annual", ""),
        (1.2, "plan", "3年内"),
    ]
    horizons = [
        ("力争用三年时间新建养老机构50家。", "用三年时间"),
        ("未来五年新增就业300万人。", "未来五年"),
    ]
    for text, period in horizons:
        (goal,) = every_figure(text, "target", year=2025, line=71)
        assert (goal.category, goal.period) == ("plan", period), text


def test_a_share_of_things_brought_down_to_a_level_is_named_by_it():
    # 宁夏 2026 L27: "90%的化工园区降至较低风险等级" was no figure, beside "90%的煤矿达到…"
    text = "90%的化工园区降至较低风险等级，90%的煤矿达到安全生产标准化二级以上。"
    found = every_figure(text, "achieved", year=2026, line=27)
    assert [t.indicator for t in found] == [
        "降至较低风险等级的化工园区",
        "达到安全生产标准化二级以上的煤矿",
    ]


def test_a_later_plan_named_in_a_review_of_the_year_opens_no_review_of_the_term():
    """贵州 2025's review of 2024: "制定2024年、2025年、“十五五”期间…" near the start of （二）
    marked it and the four sections after it as a review of the whole term, so that 60 figures
    of 2024 had no year; the plan named there is the next one, planned for."""
    texts = [
        "全省生产总值增长5.3%。",
        "（二）抢抓国家重大政策机遇。统筹“硬投资”和“软建设”，制定2024年、2025年、“十五五”期间"
        "项目清单，社会消费品零售总额增长3.7%。",
        "（三）推进乡村全面振兴。粮食产量达到1100万吨。",
    ]
    review = _section("s1", "2024年工作回顾", Role.REVIEW, texts, 7)
    report = Report("r.txt", "txt", "govreport", None, 2025, {}, (), (review,))
    assert [t.year for t in extract_targets(report, TABLE, all_figures=True)] == [2024] * 3
    # the plan the year closes, or an earlier one, does open a review of the term
    texts = ["“十四五”时期，全省生产总值年均增长5.5%，常住人口城镇化率达到60%。"]
    review = _section("s1", "2025年工作和“十四五”回顾", Role.REVIEW, texts, 7)
    report = Report("r.txt", "txt", "govreport", None, 2026, {}, (), (review,))
    found_ = extract_targets(report, TABLE, all_figures=True)
    assert [(t.value, t.five_year) for t in found_] == [(5.5, True), (60, True)]


def test_the_running_plan_named_in_a_review_of_the_year_is_an_aside():
    """甘肃 2025's review of 2024 opens its second paragraph with "“十四五”以来，全省地区生产总值
    连跨4个千亿台阶": the plan still runs, so that paragraph sums up the term so far, and the
    paragraphs after it are about 2024 again (before: the term review stuck to them, and their
    figures had no year)."""
    texts = [
        "令人振奋的是，经济发展提速跨关。“十四五”以来，全省地区生产总值年均增长6.1%。",
        "一是聚力打好稳增长阵地战。规模以上工业增加值增长10.8%。",
        "二是聚力打好调结构突围战。粮食产量达到259.2亿斤。",
    ]
    review = _section("s1", "2024年工作回顾", Role.REVIEW, texts, 7)
    report = Report("r.txt", "txt", "govreport", None, 2025, {}, (), (review,))
    found_ = extract_targets(report, TABLE, all_figures=True)
    assert [(t.value, t.five_year, t.year) for t in found_] == [
        (6.1, True, None),
        (10.8, False, 2024),
        (259.2, False, 2024),
    ]


def test_flows_and_things_done_over_a_term_are_its_totals():
    # 新疆 2026's 十四五 review: visitors, trains, policies issued, funds set up, the harvest's
    # increase were given as levels of 2025
    text = (
        "各级博物馆、纪念馆接待观众4500余万人次，始发、过境中欧（亚）班列超过7.4万列，出台69项"
        "支持政策，设立100亿元南疆发展专项资金，粮食增产169.8亿斤，年接待游客3.23亿人次，"
        "新能源装机1.69亿千瓦。"
    )
    figures = every_figure(text, "achieved", line=11, five_year=True)
    years = {(t.value, t.unit): t.year for t in figures}
    assert years == {
        (4500, "万人次"): None,
        (7.4, "万列"): None,
        (69, "项"): None,
        (100, "亿元"): None,
        (169.8, "亿斤"): None,
        (3.23, "亿人次"): 2025,  # a year's flow: the level of the term's last year
        (1.69, "亿千瓦"): 2025,
    }
