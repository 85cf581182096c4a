"""Terms on the sample pairs, against expected lists written by reading the reports
(tests/data/terms/). A failure names the terms that went missing or appeared."""

from __future__ import annotations

import re
from functools import cache

import pytest
from conftest import DATA, PAIRS, SAMPLES

from toolkit.api import load_report
from toolkit.terms import TermComparison, TermKind, compare_terms, extract_terms
from toolkit.terms.candidates import is_counted_figure
from toolkit.terms.lexicon import default_lexicon
from toolkit.terms.text import skeleton

EXPECTED = DATA / "terms"


def _lines(name: str) -> list[str]:
    text = (EXPECTED / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def _comparison(old: str, new: str) -> TermComparison:
    return compare_terms(load_report(SAMPLES / old), load_report(SAMPLES / new))


def _stem(name: str) -> str:
    return name.removesuffix(".txt")


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_every_new_glossary_entry_is_reported_as_new(old, new):
    expected = _lines(f"{_stem(new)}-glossary-new.txt")
    comparison = _comparison(old, new)
    reported = {skeleton(t.text): t for t in comparison.new}
    missing = [term for term in expected if skeleton(term) not in reported]
    assert not missing
    assert all(reported[skeleton(term)].kind is TermKind.GLOSSARY for term in expected)
    # and nothing else of the glossary is called new
    glossary_new = {skeleton(t.text) for t in comparison.new if t.kind is TermKind.GLOSSARY}
    assert glossary_new == {skeleton(term) for term in expected}


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_every_new_quoted_term_is_reported_as_new(old, new):
    expected = _lines(f"{_stem(new)}-quoted-new.txt")
    assert len(expected) >= 30  # the lists are real, not empty
    reported = {skeleton(t.text) for t in _comparison(old, new).new}
    missing = [term for term in expected if skeleton(term) not in reported]
    assert not missing


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_no_new_term_occurs_in_the_older_report(old, new):
    comparison = _comparison(old, new)
    older = skeleton((SAMPLES / old).read_text(encoding="utf-8").replace("\n", "|"))
    newer = skeleton((SAMPLES / new).read_text(encoding="utf-8").replace("\n", "|"))
    assert comparison.new and comparison.dropped
    for term in comparison.new:
        assert skeleton(term.text) not in older, term
    for term in comparison.dropped:
        assert skeleton(term.text) not in newer, term


_NUMERIC = re.compile(r"^[\d.%％年月日号〇零一二两三四五六七八九十百千万亿个项条]+$")
_EDGE_PUNCT = re.compile(r"^[，。、；：！？·—…]|[，。、；：！？·—…]$")


def _is_fragment(text: str) -> bool:
    """Clause punctuation at an edge, or a quotation mark or bracket without its partner."""
    pairs = ("“”", "‘’", "《》", "（）", "()", "「」")
    return bool(_EDGE_PUNCT.search(text)) or any(text.count(a) != text.count(b) for a, b in pairs)


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_top_30_new_terms_are_the_judged_list(old, new):
    top = _comparison(old, new).new[:30]
    judged = [line.split("\t") for line in _lines(f"{_stem(new)}-top30-new.txt")]
    assert {(t.text, t.kind.value) for t in top} == {(text, kind) for text, kind in judged}
    _assert_term_like(top)


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_top_30_dropped_terms_are_term_like(old, new):
    _assert_term_like(_comparison(old, new).dropped[:30])


def _assert_term_like(terms) -> None:
    generic = default_lexicon().generic
    assert len(terms) == 30
    for term in terms:
        core = skeleton(term.text)
        assert not re.search(r"(?:19|20)\d\d|#", core), term  # no years
        # no plain numbers; 九五 (the 9th 普法 plan), 百千万 and 万千百 (工程) name things, and so
        # do quoted digit codes (“321”工作机制: a formula) and quoted counts of figures (“两个
        # 70%”激励政策)
        named = core in {"九五", "十五五", "百千万", "万千百"} or (
            term.kind is TermKind.FORMULA and (core.isdigit() or is_counted_figure(core))
        )
        assert not _NUMERIC.fullmatch(core) or named, term
        assert not _is_fragment(term.text), term  # no punctuation fragments
        assert core not in generic, term  # no generic words
        assert term.count >= 1 and term.context


def test_new_term_records_where_it_first_appears():
    comparison = _comparison(*PAIRS[1])
    term = next(t for t in comparison.new if t.text == "川超")
    report = load_report(SAMPLES / PAIRS[1][1])
    line = dict(report.lines())[term.line]
    assert "“川超”" in line and "川超" in term.context
    assert term.section is not None
    assert report.section(term.section).title == term.section_title
    assert term.count == 2


def test_shifts_count_every_surface_form_and_rank_by_keyness():
    comparison = _comparison(*PAIRS[1])
    shifts = {s.text: s for s in comparison.shifted}
    old_text = (SAMPLES / PAIRS[1][0]).read_text(encoding="utf-8")
    new_text = (SAMPLES / PAIRS[1][1]).read_text(encoding="utf-8")
    economy = shifts["经济"]
    assert (economy.old_count, economy.new_count) == (
        old_text.count("经济"),
        new_text.count("经济"),
    )
    assert economy.keyness > 0
    magnitudes = [abs(s.keyness) for s in comparison.shifted]
    assert magnitudes == sorted(magnitudes, reverse=True)
    assert all(s.old_count and s.new_count and s.old_count != s.new_count for s in shifts.values())


def test_section_pairs_match_plan_with_plan():
    comparison = _comparison(*PAIRS[0])
    pairs = {(p.old_title, p.new_title) for p in comparison.sections}
    assert ("2025年工作安排", "2026年工作安排") in pairs
    assert comparison.section_matching == "alignment"
    assert any(p.shifts for p in comparison.sections)
    old, new = (load_report(SAMPLES / name) for name in PAIRS[0])
    plan = next(p for p in comparison.sections if p.new_title == "2026年工作安排")
    for shift in plan.shifts:  # counted inside the paired sections only
        assert shift.old_count == old.section(plan.old_section).text().count(shift.text) or (
            shift.kind is not None
        )
        assert shift.new_count == new.section(plan.new_section).text().count(shift.text) or (
            shift.kind is not None
        )


def test_sections_can_be_skipped():
    old, new = (load_report(SAMPLES / name) for name in PAIRS[2])
    comparison = compare_terms(old, new, sections=False)
    assert comparison.sections == () and comparison.section_matching == "none"
    assert comparison.new == _comparison(*PAIRS[2]).new


def test_glossary_check_on_guangdong():
    check = _comparison(*PAIRS[0]).glossary
    assert set(check.unchanged) == {"“四新”产业", "“链式改造”"}
    assert {c.term for c in check.changed} >= {"“标准海”"}
    assert "“单一窗口”" in check.added and "“岳山造林”" in check.removed
    undefined = {t.text for t in check.undefined}
    assert "一岛一策" in undefined
    assert not undefined & {"三个代表", "五位一体", "九五"}  # national formulas need no entry
    assert not undefined & {"单一窗口", "五统一、一开放"}  # defined in the glossary


def test_kinds_and_min_count_filter():
    old, new = PAIRS[2]
    comparison = compare_terms(
        load_report(SAMPLES / old), load_report(SAMPLES / new), kinds=["formula"], min_count=2
    )
    assert comparison.new
    assert all(t.kind is TermKind.FORMULA and t.count >= 2 for t in comparison.new)
    assert "三查一曝光两闭环" in {t.text for t in comparison.new}


def test_extract_terms_of_one_report():
    report = load_report(SAMPLES / "dalian-zhongshan-2018.txt")
    terms = extract_terms(report)
    by_text = {t.text: t for t in terms}
    for entry in report.glossary:
        assert skeleton(entry.term) in {skeleton(t) for t in by_text}
    assert [t.salience for t in terms] == sorted((t.salience for t in terms), reverse=True)
    # no dates or figures; a quoted digit code (“4321”服务机制) is a formula
    assert not any(
        re.fullmatch(r"[\d年月日.%]+", t.text) and t.kind is not TermKind.FORMULA for t in terms
    )
    assert "4321" in by_text  # “4321”服务机制


def test_results_do_not_depend_on_what_ran_before():
    old, new = (load_report(SAMPLES / name) for name in PAIRS[2])
    first = compare_terms(old, new)
    for other_old, other_new in PAIRS[:2]:  # other words kept whole
        compare_terms(load_report(SAMPLES / other_old), load_report(SAMPLES / other_new))
    extract_terms(load_report(SAMPLES / "dalian-zhongshan-2018.txt"))
    again = compare_terms(old, new)
    assert again.new == first.new and again.dropped == first.dropped


def _report(tmp_path, name: str, body: str):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return load_report(path)


def test_surface_forms_years_and_numbers_never_make_a_term_new(tmp_path):
    old = _report(
        tmp_path,
        "old.txt",
        "2025年政府工作报告\n各位代表：\n一、2024年工作回顾\n"
        "加快发展新质生产力，落实《2024年民生实事实施方案》，推进“1+5+1”工作体系，"
        "实施“2025年攻坚行动”，全年增长5.2%，完成10件民生实事。\n",
    )
    new = _report(
        tmp_path,
        "new.txt",
        "2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n"
        "加快发展“新质生产力”，落实《2025年民生实事实施方案》，推进“1＋5＋1”工作体系，"
        "实施“2026年攻坚行动”，全年增长5.5%，完成“12件”民生实事，打好“三大攻坚战”，"
        "建设“两先区”。\n",
    )
    comparison = compare_terms(old, new)
    assert {t.text for t in comparison.new} == {"三大攻坚战", "两先区"}
    assert comparison.dropped == ()


@pytest.mark.parametrize("province", ["guangdong", "hunan"])
def test_same_terms_whether_the_older_report_is_docx_or_text(province):
    old_txt = _comparison(f"{province}-2025.txt", f"{province}-2026.txt")
    old_docx = _comparison(f"{province}-2025.docx", f"{province}-2026.txt")
    assert [t.text for t in old_docx.new] == [t.text for t in old_txt.new]
    assert {t.text for t in old_docx.dropped} == {t.text for t in old_txt.dropped}
