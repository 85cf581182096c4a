"""Unquoted new policy phrases, names of things and renamed terms, on real reports.

The phrases below are the year's stance wording a drafter looks for first; each is checked on
every corpus pair where it is new (absent from the 2025 report, present in the 2026 one),
except the three pairs whose truth measures the tool (``benchmarks/truth/terms``).
"""

from __future__ import annotations

from functools import cache

import pytest
from conftest import CORPUS, CORPUS_PAIRS, SAMPLES, needs_corpus

from benchmarks.terms_accuracy import matches
from toolkit.api import load_report
from toolkit.terms import TermComparison, TermKind, compare_terms
from toolkit.terms.stance import parallel_slogans

STANCE = (
    "适度宽松的货币政策",
    "更加积极的财政政策",
    "稳就业、稳企业、稳市场、稳预期",
    "做优增量、盘活存量",
    "耐心资本",
    "具身智能",
)
MEASURED = {"hainan", "zhejiang", "guizhou"}
#: concepts of the genre written without quotes, ending in a policy head (工具, 市场, 工厂, 补贴)
HEAD_ENDED = ("新型政策性金融工具", "全国统一大市场", "零碳工厂", "养老服务消费补贴", "综治中心")


@cache
def _corpus_pair(province: str) -> TermComparison:
    folder = CORPUS / "reports" / province
    return compare_terms(
        load_report(folder / "2025.txt"), load_report(folder / "2026.txt"), sections=False
    )


@cache
def _sample_pair(province: str) -> TermComparison:
    return compare_terms(
        load_report(SAMPLES / f"{province}-2025.txt"),
        load_report(SAMPLES / f"{province}-2026.txt"),
        sections=False,
    )


def _development_recall(phrases: tuple[str, ...]) -> tuple[int, int, list[tuple[str, str]]]:
    """(found, wanted, missed) of ``phrases`` on the development pairs where each is new."""
    wanted = found = 0
    missed = []
    for province in CORPUS_PAIRS:
        if province in MEASURED:
            continue
        folder = CORPUS / "reports" / province
        old = (folder / "2025.txt").read_text("utf-8")
        new = (folder / "2026.txt").read_text("utf-8")
        new_here = [p for p in phrases if p not in old and p in new]
        if not new_here:
            continue
        listed = [t.text for t in _corpus_pair(province).new]
        for phrase in new_here:
            wanted += 1
            if any(matches(t, phrase) for t in listed):
                found += 1
            else:
                missed.append((province, phrase))
    return found, wanted, missed


@needs_corpus
def test_new_stance_phrases_are_listed_on_the_development_pairs():
    found, wanted, missed = _development_recall(STANCE)
    assert wanted >= 20
    assert found / wanted >= 0.9, missed  # 35 of 35 when written


@needs_corpus
def test_head_ended_concepts_are_listed_on_the_development_pairs():
    # unquoted, several words before the head: 全国/统一/大/市场, 新型/政策性/金融/工具
    found, wanted, missed = _development_recall(HEAD_ENDED)
    assert wanted >= 10
    assert found / wanted >= 0.8, missed


@needs_corpus
def test_a_quoted_figure_of_speech_is_generic():
    guangxi = {t.text: t.kind for t in _corpus_pair("guangxi").new}
    assert guangxi["诗和远方"] is TermKind.GENERIC  # 令人向往的“诗和远方”
    jiangsu = {t.text: t.kind for t in _corpus_pair("jiangsu").new}
    assert jiangsu["幸福指数"] is TermKind.GENERIC  # 人民群众的“幸福指数”
    assert jiangsu["五个必须"] is TermKind.FORMULA  # 党中央提出的“五个必须”: counted, a formula


def test_parallel_slogans_inside_longer_lists():
    # gansu 2026 and sichuan-style lists: a run of items sharing a character, not the whole list
    line = "扩大内需、优化供给、做优增量、盘活存量，着眼防范化解"
    assert list(parallel_slogans(line)) == ["做优增量、盘活存量"]
    assert list(parallel_slogans("全力稳就业、稳企业、稳市场、稳预期，")) == [
        "稳就业、稳企业、稳市场、稳预期"
    ]
    # lists of things share their first or last two characters: not slogans
    assert not list(parallel_slogans("支持首发经济、银发经济、夜间经济发展"))
    assert not list(parallel_slogans("加快无废城市、零碳园区、零碳社区建设"))


def test_parallel_slogans_of_hua_items_and_of_one_verb_and_object():
    # 青海 2026, 河南 2026: 3-character 化 items (the words after the list left out) and items
    # of five to seven characters sharing their verb and object were not read
    line = "坚持智能化、绿色化、融合化方向，优化提升传统产业"
    assert list(parallel_slogans(line)) == ["智能化、绿色化、融合化"]
    line = "推动产业向高端化、智能化、绿色化方向发展"
    assert list(parallel_slogans(line)) == ["高端化、智能化、绿色化"]
    line = "树立和践行正确政绩观，坚持为人民出政绩、以实干出政绩，提高专业素养"
    assert list(parallel_slogans(line)) == ["为人民出政绩、以实干出政绩"]
    # places sharing a name's end, industries listed before 等: not slogans
    assert not list(parallel_slogans("建设杭州都市圈、宁波都市圈、温州都市圈"))
    assert not list(parallel_slogans("加强生物医药、现代农业、海洋渔业等重点领域合作"))


def test_a_pair_of_tasks_each_a_verb_and_its_object_is_a_slogan():
    # 扩大内需、优化供给 (2026, twelve of the sixteen corpus pairs read): no character shared
    from toolkit import segment
    from toolkit.terms.lexicon import default_lexicon
    from toolkit.terms.stance import verb_pairs

    lexicon = default_lexicon()
    line = "坚持扩大内需、优化供给，着力稳就业"
    assert list(verb_pairs(line, segment.cut(line), lexicon)) == ["扩大内需、优化供给"]
    # a generic object is old phrasing; a list of four is no pair of tasks
    line = "坚持深入基层、服务群众"
    assert not list(verb_pairs(line, segment.cut(line), lexicon))
    line = "扩大内需、优化供给、做优增量、盘活存量，着眼"
    assert not list(verb_pairs(line, segment.cut(line), lexicon))


@needs_corpus
def test_a_ship_is_a_name_not_a_term():
    by_text = {t.text: t for t in _corpus_pair("jiangsu").new}
    assert by_text["奋斗者"].kind is TermKind.NAME  # “奋斗者”号
    assert by_text["奋斗者"].salience < min(t.salience for t in _corpus_pair("jiangsu").new[:30])


def test_films_mascots_and_typhoons_are_names():
    sichuan = {t.text: t.kind for t in _sample_pair("sichuan").new}
    assert sichuan["哪吒2"] is TermKind.NAME  # 《哪吒2》, a film
    assert sichuan["纲要草案"] is TermKind.DOCUMENT  # 《纲要草案》, a document
    guangdong = {t.text: t.kind for t in _sample_pair("guangdong").new}
    assert guangdong["桦加沙"] is TermKind.NAME  # “桦加沙”等15个台风
    assert guangdong["喜洋洋"] is TermKind.NAME  # the games' mascot


@needs_corpus
def test_a_renamed_term_is_linked_to_its_older_wording():
    # henan: 2025 calls the Zhengzhou–Luxembourg air route 空中丝路; 2026 writes it out in full,
    # 空中丝绸之路 (and still uses the short form once): the new wording is linked to the old
    by_text = {t.text: t for t in _corpus_pair("henan").new}
    assert by_text["空中丝绸之路"].renamed_from == "空中丝路"
    # the next plan is not a renamed one: 十五五 is not 十四五 renamed
    for comparison in (_corpus_pair("henan"), _sample_pair("hunan")):
        assert all(
            not (t.renamed_from and t.renamed_from.replace("四", "五") == t.text)
            for t in comparison.new
        )


@needs_corpus
def test_a_reworded_term_is_linked_to_the_dropped_term_with_its_head():
    # ningxia 2025 社保扩面提质工程, 2026 社保扩面提标工程: same head, one character changed
    by_text = {t.text: t for t in _corpus_pair("ningxia").new}
    assert by_text["社保扩面提标工程"].renamed_from == "社保扩面提质工程"
    # fujian: 千名医生下基层 becomes 千名医师下基层
    by_text = {t.text: t for t in _corpus_pair("fujian").new}
    assert by_text["千名医师下基层"].renamed_from == "千名医生下基层"
    # too plain to link by shape: 国家产业 is not 国家级产业 renamed
    assert all(t.renamed_from is None for t in _corpus_pair("ningxia").new if t.text == "国家产业")


@needs_corpus
@pytest.mark.parametrize("name", ["hainan/2026.txt", "yunnan/2025.txt", "yunnan/2025.docx"])
def test_every_corpus_glossary_is_parsed(name):
    report = load_report(CORPUS / "reports" / name)
    text = (CORPUS / "reports" / name.replace(".docx", ".txt")).read_text("utf-8")
    assert "名词解释" in text or "注释" in text
    assert len(report.glossary) >= 20
