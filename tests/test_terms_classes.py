"""The classes of new terms the shapes of :mod:`toolkit.terms.stance`, ``candidates``, ``names``
and ``renamed`` find, each on real report text: the corpus lines are read from the corpus, and
whole-pair checks use development pairs (not the three pairs whose by-reading truth measures
the tool) wherever the class occurs there.
"""

from __future__ import annotations

from functools import cache

import pytest
from conftest import CORPUS, SAMPLES, needs_corpus
from test_terms_stance import _corpus_pair as _pair

from toolkit import segment
from toolkit.api import load_report
from toolkit.terms import TermKind, compare_terms
from toolkit.terms.candidates import (
    formula_shape,
    is_counted_figure,
    is_quoted_term,
    plus_parts,
    qualified_codes,
    versioned_names,
)
from toolkit.terms.corpus import ReportText
from toolkit.terms.lexicon import default_lexicon
from toolkit.terms.local import carries_place, past_plan, place_forms, plan_number
from toolkit.terms.names import classify
from toolkit.terms.renamed import (
    Successors,
    explicit_successors,
    recounted,
    same_head,
    same_subject,
    shortened,
)
from toolkit.terms.salience import SHORT_QUOTED, salience
from toolkit.terms.stance import (
    compact_concepts,
    industry_items,
    integrations,
    paired_principles,
    parallel_pairs,
    parallel_slogans,
    piloted_schemes,
    principles,
    relation_pairs,
    shared_heads,
    stance_verbs,
    study_campaigns,
    verb_slogans,
    views,
)

pytestmark = needs_corpus
LEXICON = default_lexicon()


def _line(path: str, needle: str) -> str:
    """The line of a corpus report holding ``needle`` (the test fails if the corpus lacks it)."""
    text = (CORPUS / "reports" / path).read_text("utf-8")
    return next(line for line in text.splitlines() if needle in line)


def _quoted(path: str, needle: str, term: str) -> TermKind:
    """How ``term``, quoted on the line of a corpus report holding ``needle``, is classified."""
    return classify(term, TermKind.QUOTED, _line(path, needle), LEXICON)


def _cut(text: str) -> list[str]:
    return segment.cut(text)


@cache
def _texts(province: str) -> tuple[ReportText, ReportText]:
    folder = CORPUS / "reports" / province
    return ReportText.of(load_report(folder / "2025.txt")), ReportText.of(
        load_report(folder / "2026.txt")
    )


def _new(province: str) -> dict[str, TermKind]:
    return {t.text: t.kind for t in _pair(province).new}


# stance phrases without a policy head


def test_a_paired_stance_formula_is_found_and_a_list_of_things_is_not():
    line = _line("guizhou/2026.txt", "有效市场与有为政府")
    assert "有效市场与有为政府" in set(parallel_pairs(_cut(line), LEXICON))
    # 新能源和新材料 share a noun prefix: things, not a stance
    assert not list(parallel_pairs(_cut("加快发展新能源和新材料产业"), LEXICON))
    # inside a longer noun phrase: 财政|政策效益和政府治理|效能双提升
    anhui = _line("anhui/2026.txt", "财政政策效益和政府治理效能双提升")
    assert "政策效益和政府治理" not in set(parallel_pairs(_cut(anhui), LEXICON))


def test_a_pair_with_a_relation_word_is_a_stance_phrase():
    line = _line("hainan/2026.txt", "居民收入增长和经济增长同步")
    assert "居民收入增长和经济增长同步" in set(relation_pairs(line, LEXICON))
    line = _line("anhui/2026.txt", "有效市场和有为政府相结合")
    assert "有效市场和有为政府相结合" in set(relation_pairs(line, LEXICON))  # 坚持 cut
    # one side missing once the verb is cut: 确保|与全国同步
    assert not list(relation_pairs("确保与全国同步实现现代化。", LEXICON))


@pytest.mark.parametrize("province", ["anhui", "fujian", "jiangsu", "shanxi", "tianjin"])
def test_paired_stance_formulas_are_listed_on_development_pairs(province):
    new = _pair(province).new
    assert any(t.kind is TermKind.STANCE and t.text.endswith("同步") for t in new)


def test_the_principle_after_jianchi_is_a_stance_phrase():
    line = _line("guizhou/2026.txt", "坚持良田粮用")
    assert "良田粮用" in set(principles(_cut(line), LEXICON))
    # a dictionary word after 坚持 is old wording
    assert not list(principles(_cut("坚持实事求是，"), LEXICON))


def test_verb_yu_noun_before_a_noun_is_a_stance_phrase():
    line = _line("guizhou/2026.txt", "投资于人力度")
    assert "投资于人" in set(stance_verbs(_cut(line), LEXICON))
    assert _new("anhui").get("投资于人") is TermKind.STANCE  # a development pair
    # before the predicate of a pair (投资于物和投资于人紧密结合)
    line = _line("guangxi/2026.txt", "投资于人紧密结合")
    assert "投资于人" in set(stance_verbs(_cut(line), LEXICON))
    # not the start of a longer noun (投资于人才培养)
    assert not list(stance_verbs(_cut("加大投资于人才培养，"), LEXICON))


def test_items_sharing_a_head_are_listed_one_by_one():
    line = _line("zhejiang/2026.txt", "合成谬误")
    assert {"分解谬误", "合成谬误"} <= set(shared_heads(line, _cut(line)))
    # a shared ending that is no noun: 干在一起、想在一起
    assert not list(shared_heads("想在一起、干在一起", _cut("想在一起、干在一起")))
    line = _line("zhejiang/2026.txt", "算电协同")
    assert {"算电协同", "算网协同"} <= set(parallel_slogans(line, _cut(line)))


def test_one_character_verbs_with_their_objects_make_a_slogan():
    # 因城施策|控增量: the words before the list cut
    line = _line("anhui/2026.txt", "控增量、去库存、优供给")
    assert list(verb_slogans(line, _cut(line))) == ["控增量、去库存、优供给"]
    # a slogan sharing its verb is a parallel slogan, not this shape; a list of dictionary
    # words names things
    line = "全力稳就业、稳企业、稳市场、稳预期，发展机器人、无人机、电动车等产业"
    assert not list(verb_slogans(line, _cut(line)))


def test_a_principle_stated_as_a_pair_is_a_stance_phrase():
    line = _line("gansu/2026.txt", "坚持藏粮于地、藏粮于技")
    assert "藏粮于地、藏粮于技" in set(paired_principles(line, LEXICON))
    assert "稳中求进、提质增效" in _new("hebei")
    # a longer list, or items of another length, are no pair
    assert not list(paired_principles("坚持存量优化、增量提质、质量效益，", LEXICON))
    assert not list(paired_principles("坚持优化、提质，", LEXICON))


def test_a_view_to_hold_is_a_stance_phrase():
    line = _line("fujian/2026.txt", "积极婚育观")
    assert "积极婚育观" in set(views(_cut(line), LEXICON))
    line = _line("fujian/2026.txt", "大农业观")
    assert "大农业观" in set(views(_cut(line), LEXICON))
    line = _line("anhui/2026.txt", "践行正确政绩观")
    assert "正确政绩观" in set(views(_cut(line), LEXICON))  # the verb 践行 stays out
    # the 观 of other words: 景观 (文化景观), 宏观, 观念
    assert not list(views(_cut("推进森林文化景观建设，加强宏观调控，更新思想观念"), LEXICON))


def test_a_programme_name_keeps_its_verbs():
    line = _line("henan/2026.txt", "康复护理扩容提升工程")
    assert "护理扩容提升工程" in set(compact_concepts(_cut(line), set(), LEXICON, {}))
    # the verb that opens the clause (实施) is no part of the name; nor before another head
    line = _line("hebei/2026.txt", "深入实施城市更新行动")
    found = set(compact_concepts(_cut(line), set(), LEXICON, {}))
    assert "城市更新行动" in found and not any("实施" in f for f in found)
    assert not any(
        f.endswith("提升体系")
        for f in compact_concepts(_cut("加快推进扩容提升体系，"), set(), LEXICON, {})
    )


# concepts without a listed policy head


def test_a_piloted_scheme_is_named_by_its_pilot():
    line = _line("guizhou/2026.txt", "数据产权登记试点")
    assert "数据产权登记" in set(piloted_schemes(_cut(line), LEXICON))  # 国家 dropped
    line = _line("zhejiang/2026.txt", "第二轮土地承包到期后再延长30年试点")
    assert "第二轮土地承包到期后再延长30年" in set(piloted_schemes(_cut(line), LEXICON))
    # the scope of the pilot is no part of its name (整县试点)
    line = _line("hebei/2025.txt", "二轮到期延包整县试点")
    assert list(piloted_schemes(_cut(line), LEXICON)) == ["国家级二轮到期延包"]
    # a count of pilots names none
    line = _line("fujian/2026.txt", "首批9个城乡融合试点")
    assert not any("9个" in s for s in piloted_schemes(_cut(line), LEXICON))


def test_the_items_of_an_industry_list_are_concepts():
    line = _line("zhejiang/2026.txt", "智能体、应用服务")
    items = set(industry_items(_cut(line), LEXICON))
    assert "智能体" in items and "加快发展智能体" not in items  # the verb cut
    line = _line("hainan/2026.txt", "生物制造、氢能、脑机接口")
    assert "氢能" in set(industry_items(_cut(line), LEXICON))  # rare in the dictionary
    # a list of policies: the verbs leading its items cut, not a count (学前|一年…)
    line = _line("hainan/2026.txt", "学前一年免费教育等政策")
    assert "学前一年免费教育" in set(industry_items(_cut(line), LEXICON))
    line = _line("guizhou/2026.txt", "发放育儿补贴")
    assert "发放育儿补贴" not in set(industry_items(_cut(line), LEXICON))
    # not a list of industries: no 产业 after 等
    assert not list(industry_items(_cut("支持生物制造、氢能、脑机接口等方面"), LEXICON))


@pytest.mark.parametrize(("province", "word"), [("anhui", "数智化"), ("shanxi", "高值化")])
def test_a_coined_hua_word_is_a_concept(province, word):
    assert segment.frequency(word) == 0
    assert _new(province).get(word) is TermKind.CONCEPT


@pytest.mark.parametrize("province", ["shanxi", "yunnan"])
def test_a_law_named_without_brackets_is_a_concept(province):
    assert _new(province).get("民营经济促进法") is TermKind.CONCEPT


def test_a_regulation_named_without_brackets_is_a_concept():
    assert _new("tianjin").get("城市更新条例") is TermKind.CONCEPT
    assert "条例" not in _new("tianjin")  # the word alone names none


def test_what_a_policy_integrates_names_it():
    def found(path: str, needle: str) -> dict[str, str]:
        return dict(integrations(_cut(_line(path, needle)), LEXICON))

    line = "guangxi/2026.txt"
    assert found(line, "推进源网荷储一体化发展")["源网荷储一体化发展"] == "scheme"
    assert found("fujian/2026.txt", "坚持教育科技人才一体发展")["教育科技人才一体发展"] == "scheme"
    # a list of short items before it is a stance phrase (the verb before the list left out)
    assert found("shaanxi/2026.txt", "兴业、强县、富民")["兴业、强县、富民"] == "stance"
    # 一体化 qualifying a noun, a scope, things joined into one (于一体), 一体 as an adverb
    assert not [k for k in found("fujian/2026.txt", "构建全省一体化算力") if "全省" in k]
    assert not [k for k in found("anhui/2026.txt", "孵化于一体") if "孵化" in k]
    assert not list(integrations(_cut("一体推进教育科技人才"), LEXICON))
    assert "兴业、强县、富民" in _new("guizhou")


def test_a_study_campaign_is_named_by_its_subject():
    line = _line("tianjin/2026.txt", "中央八项规定精神学习教育")  # 开展深入贯彻中央八项规定…
    assert "中央八项规定精神学习教育" in set(study_campaigns(_cut(line), LEXICON))
    assert "党史学习教育" in _new("shanxi")
    assert not list(study_campaigns(_cut("扎实开展学习教育"), LEXICON))  # a verb: no subject


def test_a_concept_of_two_generic_words_is_not_listed():
    assert "政策措施" not in _new("gansu") and "工作机制" not in _new("ningxia")
    assert "现代化人民城市" in _new("anhui")  # three generic words can name a thing


def test_a_concept_cut_to_its_core_never_starts_inside_a_word():
    # cut alone, 上合组织 is 上|合|组织 and 以旧换新政策 以|旧|换新: the leading 上 and 以 are
    # no function words here but the start of the report's words (上合, 以旧)
    tianjin = _new("tianjin")  # 扎实推进上合组织…, 充分发挥中汽中心、中汽工程…
    assert not {"合组织", "汽中心", "汽工程", "旧换新政策", "城化效能服务"} & tianjin.keys()
    assert not {"城化布局", "城化发展体制机制"} & _new("shaanxi").keys()  # 同城化布局
    assert not {"台小额贸易", "台融合协同机制"} & _new("fujian").keys()  # 对台小额贸易
    # a leading verb the report's words split off is still cut: 推行|免费学前教育
    assert "免费学前教育" in _new("henan")


def test_a_field_after_a_verb_starts_the_verbs_object():
    # 逐季召开经济工作部署会, 撬动社会资本: 经济 and 社会 begin what the new verb acts on
    henan = _cut(_line("henan/2026.txt", "逐季召开经济工作部署会"))
    assert "召开经济" not in set(compact_concepts(henan, {"召开"}, LEXICON, {}))
    fujian = _cut(_line("fujian/2026.txt", "撬动社会资本"))
    assert "撬动社会" not in set(compact_concepts(fujian, {"撬动"}, LEXICON, {}))
    assert "拉动经济" not in _new("guizhou")  # 依靠政府投资拉动经济高速增长
    # an instrument after a verbal noun ends a name: 贴息政策, 分担机制
    subsidy = _cut(_line("henan/2026.txt", "贴息政策"))
    assert "贴息政策" in set(compact_concepts(subsidy, {"贴息"}, LEXICON, {}))
    assert "分担机制" in _new("jiangsu")


def test_a_conjunction_or_preposition_starts_no_concept():
    # State Council 2013: 无论传统产业还是资金密集型产业…, 关于经济体制改革, 我国宏观经济
    series = CORPUS / "series" / "guowuyuan"
    new = {
        t.text
        for t in compare_terms(
            load_report(series / "2012.txt"), load_report(series / "2013.txt"), sections=False
        ).new
    }
    assert not {"无论传统产业", "还是资金密集型产业", "关于经济", "我国宏观经济"} & new
    assert "资金密集型产业" in new  # the concept the conjunction stood before


def test_the_action_done_to_a_concept_is_not_part_of_it():
    # 壮大县域富民产业 (anhui), 充分发挥中汽中心 / 把握政策 (tianjin): the verbs of the lexicon's
    # edge list are cut, and a verb with one word after it is no concept (聚焦重点)
    anhui = _new("anhui")
    assert "县域富民产业" in anhui and "壮大县域富民产业" not in anhui
    tianjin = _new("tianjin")
    assert not {"充分发挥中汽中心", "把握政策", "应对海河"} & tianjin.keys()
    assert "聚焦重点" not in _new("xinjiang")
    # a verb inside a programme's name stays: 产业培育壮大工程
    assert "产业培育壮大工程" in anhui


def test_a_programme_under_another_head_or_the_next_campaign_succeeds_the_old():
    def renamed(province: str) -> dict[str, str | None]:
        return {t.text: t.renamed_from for t in _pair(province).new}

    # 2025 促农增收三年行动 → 2026 促农增收行动: the same programme's body under another head
    assert renamed("yunnan")["新一轮促农增收行动"] == "新一轮促农增收三年行动"
    # the year's party study campaign follows the last one (巩固…学习教育成果)
    assert renamed("anhui")["中央八项规定精神学习教育"] == "党纪学习教育"
    # a body of generic words names no one programme: 能力提升计划 is not 能力提升行动
    successors = Successors(["能力提升行动", "文明乡风建设工程"], LEXICON)
    assert successors.of("能力提升计划") is None
    assert successors.of("文明乡风建设行动") == "文明乡风建设工程"


def test_a_head_the_segmenter_splits_ends_a_concept():
    # 争创美丽中国先行|区: the heads of three or more characters are kept whole
    assert _new("yunnan").get("美丽中国先行区") is TermKind.CONCEPT
    assert "高质量数据集" in _new("heilongjiang") and "高质量数据" not in _new("guangxi")


def test_genre_heads_end_concepts():
    assert "城市体检" in _new("guizhou")  # 全面开展城市体检 (head 体检)
    assert "离境退税业务" in _new("hainan")  # 开展离境退税业务 (head 业务)
    assert "创新联合体" in _new("zhejiang")  # 组建|创新联合体: a generic word after a verb
    assert "碳排放预算" in _new("guizhou")  # 推行|碳|排放|预算: a verb inside a compound


def test_a_head_qualifying_the_next_noun_ends_no_concept():
    # 建设国家生态文明试验区 (hainan): 生态 qualifies 文明试验区, so 国家生态 is no concept
    line = _line("hainan/2026.txt", "国家生态文明试验区")
    concepts = set(compact_concepts(_cut(line), set(), LEXICON, {}))
    assert "国家生态文明试验区" in concepts and "国家生态" not in concepts
    # 碳排放预算|管理: a verbal noun after the head does not make it a modifier
    line = _line("guizhou/2026.txt", "碳排放预算管理")
    assert "碳排放预算" in set(compact_concepts(_cut(line), set(), LEXICON, {}))
    # nor a compound of generic words: 建立碳排放预算|管理制度 (hainan)
    line = _line("hainan/2026.txt", "碳排放预算管理制度")
    assert "碳排放预算" in set(compact_concepts(_cut(line), set(), LEXICON, {}))
    # nor a generic noun that is no head: 养老服务消费补贴|项目 (tianjin)
    line = _line("tianjin/2026.txt", "养老服务消费补贴项目")
    assert "养老服务消费补贴" in set(compact_concepts(_cut(line), set(), LEXICON, {}))


# quoted and formula shapes


def test_a_quoted_count_of_figures_is_a_formula():
    for path, code in (("guizhou/2026.txt", "三个80%"), ("yunnan/2026.txt", "3个95%")):
        assert f"“{code}”" in _line(path, code)
        assert is_counted_figure(code) and is_quoted_term(code) and formula_shape(code)
    assert not is_counted_figure("三个月") and not is_quoted_term("2025年")
    assert _new("yunnan").get("3个95%") is TermKind.FORMULA


def test_the_parts_of_a_quoted_plus_scheme_are_terms():
    assert "“证照联办+免申即享”" in _line("hainan/2026.txt", "免申即享")
    assert plus_parts("证照联办+免申即享") == ["证照联办", "免申即享"]
    assert plus_parts("人工智能+消费") == []  # a field joined to a head
    assert plus_parts("物质+服务") == []


def test_a_short_quoted_code_keeps_its_noun():
    line = _line("guizhou/2026.txt", "碳排放“双控”")
    assert "碳排放“双控”" in {c for _, c in qualified_codes(line, LEXICON)}
    line = _line("fujian/2026.txt", "森林“四库”")
    assert "森林“四库”" in {c for _, c in qualified_codes(line, LEXICON)}
    # a place before the code, or a national formula
    assert not list(qualified_codes("杭州“六小龙”等新锐科创企业", LEXICON))
    assert not list(qualified_codes("全面收官“十四五”", LEXICON))


def test_a_versioned_name_is_a_formula():
    line = _line("anhui/2026.txt", "林长制改革2.0版")
    assert "林长制改革2.0版" in {v for _, v in versioned_names(_cut(line), LEXICON)}
    assert not list(versioned_names(_cut("城镇调查失业率5.0%左右"), LEXICON))


# noise: figures of speech and colloquial quotes


def test_a_pun_on_a_quoted_common_word_is_generic():
    assert (
        _quoted("guizhou/2026.txt", "“含绿量”", "含绿量") is TermKind.GENERIC
    )  # 以发展“含绿量”提升增长“含金量”
    # “治塑” beside “禁塑” (hainan): 禁塑 is no common word, so no pun
    assert _quoted("hainan/2026.txt", "“治塑”", "治塑") is TermKind.QUOTED


def test_a_counted_saying_and_a_lun_word_are_generic():
    line = _line("zhejiang/2026.txt", "十个指头弹钢琴")
    assert classify("十个指头弹钢琴", TermKind.FORMULA, line, LEXICON) is TermKind.GENERIC
    assert classify("两点论", TermKind.QUOTED, line, LEXICON) is TermKind.GENERIC
    line = _line("hainan/2026.txt", "五个必须")
    assert classify("五个必须", TermKind.FORMULA, line, LEXICON) is TermKind.FORMULA


def test_a_quoted_statistic_is_generic():
    assert _quoted("fujian/2026.txt", "“六连冠”", "六连冠") is TermKind.GENERIC  # a streak
    line = _line("ningxia/2025.txt", "四个翻番")
    assert classify("四个翻番", TermKind.FORMULA, line, LEXICON) is TermKind.GENERIC  # results
    # a counted formula of what to do is a formula, a quoted count of figures too
    line = _line("hainan/2026.txt", "五个必须")
    assert classify("五个必须", TermKind.FORMULA, line, LEXICON) is TermKind.FORMULA
    line = _line("guizhou/2026.txt", "三个80%")
    assert classify("三个80%", TermKind.FORMULA, line, LEXICON) is TermKind.FORMULA


def test_a_quote_after_a_verb_of_standing_for_is_generic():
    text = (SAMPLES / "hunan-2026.txt").read_text("utf-8")
    line = next(x for x in text.splitlines() if "代表“中国深度”" in x)
    assert classify("中国深度", TermKind.QUOTED, line, LEXICON) is TermKind.GENERIC
    assert (
        _quoted("gansu/2026.txt", "成为“国之重器”", "国之重器") is not TermKind.GENERIC
    )  # 成为 is no verb of standing for


def test_a_quoted_complaint_is_generic():
    assert _quoted("ningxia/2026.txt", "“带娃难”", "带娃难") is TermKind.GENERIC
    assert _quoted("gansu/2026.txt", "“登记难”", "登记难") is TermKind.GENERIC
    # a count (“两个难”, of the shape of a formula) is none; “四难” is too short for a complaint
    assert _quoted("gansu/2026.txt", "“登记难”", "两个难") is not TermKind.GENERIC


def test_a_league_by_chao_and_an_honorific_title_are_names():
    assert _quoted("ningxia/2026.txt", "“宁超”", "宁超") is TermKind.NAME
    assert _quoted("fujian/2026.txt", "“世界美食之都”", "世界美食之都") is TermKind.NAME
    assert _quoted("guizhou/2026.txt", "新春第一会", "新春第一会") is TermKind.NAME
    # a dictionary word ending in 超 is no league; a term with 第一 and more is no title
    assert _quoted("guizhou/2026.txt", "新春第一会", "赶超") is not TermKind.NAME
    assert _quoted("guizhou/2026.txt", "新春第一会", "第一资源") is not TermKind.NAME


def test_a_quoted_event_brand_or_campaign_is_a_name():
    # ending in a kind of event: a sports programme, a school week
    assert _quoted("guizhou/2026.txt", "“夏训夏赛”", "夏训夏赛") is TermKind.NAME
    assert _quoted("heilongjiang/2026.txt", "“中小学生冰雪周”", "中小学生冰雪周") is TermKind.NAME
    # followed by one: a brand, a campaign after 等, the names of a list of brands
    assert _quoted("yunnan/2026.txt", "“世界花园”品牌", "世界花园") is TermKind.NAME
    assert (
        _quoted("fujian/2026.txt", "“进窗口 走流程”", "进窗口 走流程") is not TermKind.NAME
    )  # 开展“进窗口 走流程”现场办事体验活动
    assert (
        _quoted("jiangsu/2026.txt", "“太湖揽胜”", "太湖揽胜") is TermKind.NAME
    )  # “水韵江苏”、“太湖揽胜”、“江南古镇”等旅游品牌
    # slogans of the same shape that are policy stay, and so does a quoted policy qualifying
    # a platform far after it, or a code before 活动
    assert _quoted("anhui/2026.txt", "“即申即享”", "即申即享") is TermKind.QUOTED
    assert _quoted("ningxia/2026.txt", "“以绿制绿”", "以绿制绿") is TermKind.QUOTED
    assert _quoted("shaanxi/2026.txt", "“一张网”公共资源交易平台", "一张网") is TermKind.QUOTED
    assert _quoted("gansu/2026.txt", "“政策+活动”", "政策+活动") is not TermKind.NAME


def test_a_local_brand_carrying_the_governments_name_is_a_name():
    heilongjiang = place_forms("黑龙江省")
    assert heilongjiang == ("黑龙江", "龙江", "黑")
    for brand in ("龙江好物", "龙江样板", "购在龙江"):
        assert carries_place(brand, heilongjiang, LEXICON.heads), brand
    jiangsu = place_forms("江苏省")
    assert carries_place("苏品苏货", jiangsu, LEXICON.heads)
    assert place_forms("深圳市") == ("深圳",)  # a government not listed: its short name
    assert place_forms("国务院") == ()
    # a vision of the place (海上海南), a dictionary word (黑名单), a region's strategy (川渝),
    # the place's designation (a policy head ends it) are no brands
    assert not carries_place("海上海南", place_forms("海南省"), LEXICON.heads)
    assert not carries_place("黑名单", heilongjiang, LEXICON.heads)
    assert not carries_place("川渝合作", place_forms("四川省"), LEXICON.heads)
    assert not carries_place("江苏自贸试验区", jiangsu, LEXICON.heads)
    new = _new("heilongjiang")
    assert new["龙江好物"] is TermKind.NAME
    assert new["四单合一"] is TermKind.QUOTED
    shaanxi = _new("shaanxi")  # a formula carrying the name: a tourism brand
    assert shaanxi["三秦四季"] is TermKind.NAME


def test_a_past_five_year_plan_is_generic():
    assert [plan_number(p) for p in ("九五", "十五", "十三五", "十五五")] == [9, 10, 13, 15]
    assert plan_number("五五") is None and plan_number("三五") is None
    assert past_plan("十三五", 2026)  # 较“十三五”末增长: a baseline
    assert not past_plan("十四五", 2026) and not past_plan("十五五", 2026)
    assert not past_plan("十三五", 2021)  # the plan a 2021 report reviews
    assert not past_plan("十三五", None)
    assert _new("shanxi")["十三五"] is TermKind.GENERIC


def test_two_character_quotes_rank_below_coined_terms():
    # “出圈”, “爆雷”: mostly colloquial; a numeral-led code (“三资”) keeps its weight
    full = salience("三本账", TermKind.QUOTED, 1, LEXICON)
    assert salience("爆雷", TermKind.QUOTED, 1, LEXICON) == pytest.approx(full * SHORT_QUOTED)
    assert salience("三资", TermKind.QUOTED, 1, LEXICON) == full
    assert salience("会创造的人", TermKind.QUOTED, 1, LEXICON) < full  # 的 inside
    top = {t.text for t in _pair("zhejiang").new[:30]}
    assert "出圈" in _new("zhejiang") and "出圈" not in top


# renamed terms


def test_the_report_says_what_succeeds_what():
    old, new = _texts("guizhou")
    assert explicit_successors(new, old).get("六大产业集群") == "六大产业基地"


def test_a_changed_modifier_renames_a_term_in_the_same_context():
    old, new = _texts("hainan")
    old.count_all(["低碳园区"])
    new.count_all(["零碳园区"])
    assert same_head("零碳园区", {"园区": ["低碳园区"]}, old, new) == "低碳园区"
    # one character changed, other surroundings: 陆港 and 空港 are two places (anhui)
    old, new = _texts("yunnan")
    old.count_all(["碳汇云南"])
    new.count_all(["智汇云南"])
    assert same_head("智汇云南", {"云南": ["碳汇云南"]}, old, new) is None


def test_a_quoted_subject_with_a_new_aim_is_renamed():
    old, new = _texts("zhejiang")
    old.count_all(["县中崛起", "浙江所能"])
    new.count_all(["县中振兴", "浙江制造"])
    assert same_subject("县中振兴", ["县中崛起"], old, new) == "县中崛起"
    assert same_subject("浙江制造", ["浙江所能"], old, new) is None  # other context


def test_a_new_version_is_linked_to_the_unversioned_name():
    by_text = {t.text: t for t in _pair("anhui").new}
    assert by_text["林长制改革2.0版"].renamed_from == "林长制改革"


def test_a_formula_abbreviated_to_its_initials_is_renamed():
    old = _line("yunnan/2025.txt", "十县百乡千村万户")
    assert "十百千万" in _line("yunnan/2026.txt", "“十百千万”") and "十百千万" not in old
    assert shortened("十百千万", ["十县百乡千村万户", "两轴三带"]) == "十县百乡千村万户"
    assert shortened("2+3+N", ["2+3"]) == "2+3"  # a piece added
    # a sibling of one family is no rewording (一企一策 / 一县一策), nor is a choice of two
    assert shortened("一企一策", ["一县一策"]) is None
    assert shortened("十百千万", ["十县百乡千村万户", "十城百县千村万户"]) is None


def test_a_formula_with_its_count_changed_is_renamed():
    assert recounted("三单合一", "四单合一") and recounted("千兆光网", "万兆光网")
    # an ordinal is the next phase, plan or session; a bare count is no formula
    assert not recounted("二期工程", "三期工程") and not recounted("十四五", "十五五")
    assert not recounted("三个", "四个")
    new = {t.text: t for t in _pair("heilongjiang").new}
    assert new["四单合一"].renamed_from == "三单合一"
