"""The building blocks of term recognition, on sentences taken from real reports."""

from __future__ import annotations

import pytest
from conftest import CORPUS, needs_corpus

from toolkit import segment
from toolkit.terms.candidates import document_titles, formula_shape, formulas, quoted_spans
from toolkit.terms.lexicon import default_lexicon, parse_lexicon
from toolkit.terms.salience import specificity
from toolkit.terms.shifts import keyness
from toolkit.terms.text import is_plain_number, skeleton


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("“双高”计划", "双高计划"),
        ("“1＋5＋1”", "1+5+1"),
        ("校（院、所）企双进·找矿挖宝", "校（院所）企双进·找矿挖宝"),
        ("2025年工作安排", "2026年工作安排"),
        ("稳增长“18条”", "稳增长“18”条"),
    ],
)
def test_same_term_in_another_surface_form(a, b):
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("（三）全力推进高水平科技自立自强", "三全"),
        ("二、全面深化改革", "二全"),
        ("增长5%，三保", "%三"),
    ],
)
def test_no_match_across_a_clause_or_label(text, part):
    assert skeleton(part) not in skeleton(text)


@pytest.mark.parametrize(
    "text", ["2025年", "1310", "6·16", "15分钟", "三个月", "365天", "21条", "百分之五", "12.5%"]
)
def test_numbers_and_dates_are_never_terms(text):
    assert is_plain_number(text)


@pytest.mark.parametrize("text", ["十五五", "九五", "百千万", "两新", "1+N", "4×4", "5G", "三保"])
def test_terms_made_of_numerals(text):
    assert not is_plain_number(text)


def test_quoted_spans_keep_terms_and_skip_sentences_and_numbers():
    line = (
        "实施“两重”“两新”政策，推动“1+3+N”落地，坚持“管行业必须管安全、管业务必须管安全、"
        "管生产经营必须管安全”，完成“1310”部署，做到“患者可阅，医院可查”，「快、准、细、实、效」。"
    )
    found = [text for _, text in quoted_spans(line)]
    assert found == ["两重", "两新", "1+3+N", "快、准、细、实、效"]


def test_document_titles():
    line = "制定《广东省国民经济和社会发展第十五个五年规划纲要（草案）》，学习《条例》"
    assert [t for _, t in document_titles(line)] == [
        "广东省国民经济和社会发展第十五个五年规划纲要（草案）",
        "条例",
    ]


@pytest.mark.parametrize(
    "text",
    ["四个意识", "三大攻坚战", "两个一百年", "三抓三创造", "一核两副三带四区", "五位一体", "1+5+1"],
)
def test_formula_shapes(text):
    assert formula_shape(text)


@pytest.mark.parametrize("text", ["高质量发展", "一个月", "千方"])
def test_not_formula_shapes(text):
    assert not formula_shape(text)


def test_unquoted_formulas_in_running_text():
    lexicon = default_lexicon()
    line = (
        "打好三大攻坚战，增强四个意识，落实一带一部战略，拓展三个方面，千方百计稳就业，实施1+N政策"
    )
    found = {f for _, f in formulas(line, segment.cut(line), lexicon)}
    assert {"三大攻坚战", "四个意识", "1+N"} <= found
    assert not found & {"三个方面", "千方百计"}
    assert not any(f.startswith("一带一部") and f != "一带一部" for f in found)


@needs_corpus
def test_a_numeral_after_a_digit_is_a_magnitude_not_a_formula():
    # 青海 2025: "建成投运果洛330千伏第二回电源线路" gave the dropped formula "千伏第二回"
    lexicon = default_lexicon()
    text = (CORPUS / "reports" / "qinghai" / "2025.txt").read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if "330千伏第二回" in line)
    found = {f for _, f in formulas(line, segment.cut(line), lexicon)}
    assert not any(f.startswith("千伏") for f in found), found
    assert {f for _, f in formulas("实施三大工程", segment.cut("实施三大工程"), lexicon)}


def test_specificity_discounts_generic_words():
    lexicon = default_lexicon()
    assert specificity("新质生产力", lexicon) > 0.5
    assert specificity("加快建设", lexicon) == 0
    assert specificity("推进高质量发展", lexicon) == 0


def test_keyness_sign_and_size():
    assert keyness(10, 1000, 30, 1000) > 0 > keyness(30, 1000, 10, 1000)
    assert keyness(20, 1000, 40, 1000) > keyness(2, 1000, 4, 1000)
    assert keyness(10, 1000, 20, 2000) == 0  # same rate in texts of different length


def test_lexicon_sections_parse():
    lexicon = parse_lexicon("[generic]\n发展 工作 # comment\n[edge]\n的\n[measure]\n方面\n")
    assert lexicon.generic == {"发展", "工作"} and lexicon.edge == {"的"}
    assert lexicon.measure == {"方面"} and lexicon.national == frozenset()


def test_discovery_finds_a_split_coinage_and_not_its_fragments():
    from conftest import SAMPLES

    from toolkit.api import load_report
    from toolkit.terms import extract_terms

    # jieba's own dictionary splits it (新质/生产力); no sample quotes it or defines it
    for name in ("guangdong-2025.txt", "guangdong-2026.txt", "hunan-2026.txt"):
        terms = {t.text: t for t in extract_terms(load_report(SAMPLES / name))}
        assert terms["新质生产力"].kind == "discovered", name
        assert not {"质生产力", "新质生产", "发展新质生产力", "新质"} & set(terms), name
