"""Structure of real reports from the development corpus (../shared/corpus): failure classes
found there, each checked on the file that showed it."""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS, needs_corpus
from typer.testing import CliRunner

from toolkit.api import load_report, read_document
from toolkit.cli.app import app

pytestmark = needs_corpus
REPORTS = CORPUS / "reports"


def test_speaker_before_the_meeting_not_the_word_speech():
    # "——2025年1月14日海南省省长 刘小明在…会议上的讲话"
    report = load_report(REPORTS / "hainan" / "2025.txt")
    assert report.meta["speaker"] == "海南省省长 刘小明"


def test_closing_bracket_of_a_subtitle_is_not_the_speaker():
    # "（2026年1月27日在…会议上）" then "省长 李炳军" on its own line
    report = load_report(REPORTS / "guizhou" / "2026.txt")
    assert report.meta["speaker"] == "省长 李炳军"


@pytest.mark.parametrize("province", ["hainan", "zhejiang", "henan", "yunnan"])
def test_docx_line_is_the_word_paragraph_number(province):
    # 2025.txt keeps the empty paragraphs: line N is Word paragraph N
    lines = (REPORTS / province / "2025.txt").read_text(encoding="utf-8").splitlines()
    document = read_document(REPORTS / province / "2025.docx")
    assert [(b.line, b.text) for b in document.blocks] == [
        (n, line.strip()) for n, line in enumerate(lines, 1) if line.strip()
    ]


def test_docx_run_in_heading_ends_at_its_first_full_stop_when_the_bold_runs_on():
    # the bold run of "（二）因地制宜发展新质生产力。" continues into the next sentence
    report = load_report(REPORTS / "shanxi" / "2025.docx")
    review = report.sections[0]
    assert review.children[1].title == "因地制宜发展新质生产力"
    assert review.children[1].paragraphs[0].text.startswith("以科技创新引领产业创新")


def test_docx_run_in_heading_keeps_its_full_stop_when_the_bold_run_stops_short():
    # bold "（一）经济运行持续向好", then "。全年生产总值…" in plain type
    report = load_report(REPORTS / "henan" / "2025.docx")
    first = report.sections[0].children[0]
    assert first.heading == "（一）经济运行持续向好。"
    assert not first.paragraphs[0].text.startswith("。")


def roles_of(path):
    return [s.role.value for s in load_report(path).sections]


def test_review_naming_the_five_year_plan_that_ended_is_a_review():
    # "一、2025年主要工作和“十四五”发展成就" in the 2026 report: not the outlook
    assert roles_of(REPORTS / "zhejiang" / "2026.txt") == ["review", "outlook", "plan"]


def test_metaphor_part_titles_get_roles_from_content_and_position():
    assert roles_of(REPORTS / "fujian" / "2025.txt") == ["review", "plan", "government"]
    # "三、一鼓作气勇争先，全力推动“十五五”开好局、起好步" sets this year's targets: the plan
    assert roles_of(REPORTS / "fujian" / "2026.txt") == [
        "review",
        "outlook",
        "plan",
        "government",
    ]


def test_bracketed_glossary_terms_with_the_definition_on_the_next_line():
    # "［1］一降三减：" / "全年火灾起数总体下降…"
    report = load_report(REPORTS / "hainan" / "2026.txt")
    assert len(report.glossary) == 28
    first = report.glossary[0]
    assert (first.term, first.label) == ("一降三减", "［1］")
    assert first.definition.startswith("全年火灾起数总体下降")
    assert report.glossary[27].term == "三个立法权"


def test_label_split_over_two_lines_is_joined_and_the_tree_stays_lossless():
    # yunnan 2026 lines 26-27: "（" / "三）改革开放持续深化、互促共进。…"
    path = REPORTS / "yunnan" / "2026.txt"
    report = load_report(path)
    third = report.sections[0].children[2]
    assert (third.label, third.title, third.line) == ("（三）", "改革开放持续深化、互促共进", 26)
    assert third.heading_lines() == [(26, "（"), (27, "三）改革开放持续深化、互促共进。")]
    assert list(report.lines()) == [(b.line, b.text) for b in read_document(path).blocks]


def test_numbered_list_after_the_address_is_not_a_section():
    # zhejiang 2025: "各位代表，我们…民生实事" then "1.医疗卫生方面。…" … "10.除险保安方面。…"
    report = load_report(REPORTS / "zhejiang" / "2025.txt")
    plan = report.sections[1]
    assert [c.label for c in plan.children][-1] == "（十一）"
    assert any(p.text.startswith("1.医疗卫生方面") for p in plan.paragraphs)


def test_breadcrumb_above_the_report_is_no_unnumbered_part():
    # a saved page: "首页" / ">政务公开" / ">政府公报" … before the title and the salutation
    report = load_report(CORPUS / "pages" / "2026_SD.html")
    assert report.sections[0].heading == "一、2025年及“十四五”时期工作回顾"


def test_docx_lead_keeps_its_full_stop_when_the_bold_run_stops_short():
    # bold "实施提振消费专项行动", then "。多渠道增加居民收入…" in plain type
    report = load_report(REPORTS / "anhui" / "2025.docx")
    lead = next(p.lead for _, p in report.paragraphs() if p.text.startswith("实施提振消费"))
    assert lead == "实施提振消费专项行动。"


def test_attainment_finds_figures_in_a_review_named_after_the_ended_plan():
    # zhejiang 2026 reviews 2025 under "一、2025年主要工作和“十四五”发展成就"
    old, new = REPORTS / "zhejiang" / "2025.txt", REPORTS / "zhejiang" / "2026.txt"
    result = CliRunner().invoke(app, ["targets", str(old), str(new), "-f", "json"])
    statuses = {a["indicator"]: a["status"] for a in json.loads(result.stdout)["attainment"]}
    assert statuses["地区生产总值"] == "met"


def test_year_from_a_plan_paragraph_when_no_heading_or_date_names_it():
    # State Council 2013: no title, "二、今年经济社会发展的总体要求…", then "2013年是…开局之年"
    report = load_report(CORPUS / "series" / "guowuyuan" / "2013.txt")
    assert report.year == 2013
