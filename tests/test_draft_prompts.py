"""The review prompts of a draft skeleton in last year's pattern (issue 14 item 2, issue 13):
every quantitative commitment of the plan part with a blank for its result, the overview with its
figures blank, the standing parts (other work, thanks, problems) iff last year had them, and
``check`` on a fresh skeleton reporting only its blanks.

Expected texts were written by reading the corpus reports (line numbers beside them)."""

from __future__ import annotations

import re

import pytest

from tests.conftest import CORPUS
from toolkit.api import load_report
from toolkit.draft import build_draft
from toolkit.draft.facts import DraftFacts
from toolkit.draft.patterns import blank_figures, cut, full_width

REPORTS = CORPUS / "reports"
needs_corpus = pytest.mark.skipif(not REPORTS.is_dir(), reason="no corpus")


def prompts(path, previous=None, facts=None) -> list[str]:
    latest = load_report(path)
    older = load_report(previous) if previous else None
    draft = build_draft(latest, older, facts=facts)
    return [p.text for p in draft.paragraphs()]


def review_part(texts: list[str]) -> list[str]:
    """The draft's review part: from its first line to the plan part's targets prompt."""
    end = next(i for i, t in enumerate(texts) if t.startswith("上年主要预期目标"))
    return texts[:end]


@pytest.fixture(scope="module")
def zhejiang() -> list[str]:
    return prompts(REPORTS / "zhejiang" / "2026.txt")


@needs_corpus
@pytest.mark.parametrize(
    "expected",
    [
        # line 50, in （一）
        "上年承诺：新增无还本续贷5000亿元以上。完成情况：新增无还本续贷【待填】亿元",
        # line 74, in （六）
        "上年承诺：宁波舟山港集装箱吞吐量达到4500万标箱。"
        "完成情况：宁波舟山港集装箱吞吐量达到【待填】万标箱",
        # line 78, two commitments in one clause: one line, two blanks
        "上年承诺：确保粮食播种面积1530万亩、总产量125亿斤。"
        "完成情况：粮食播种面积【待填】万亩、总产量【待填】亿斤",
        # line 97, the 民生实事 list in the plan part's own paragraphs, outside its sections
        "上年承诺：完成全省1000所学校周边道路高峰交通拥堵治理。"
        "完成情况：完成全省【待填】所学校周边道路高峰交通拥堵治理",
    ],
)
def test_commitments_read_in_the_zhejiang_plan_are_review_lines(zhejiang, expected):
    assert expected in review_part(zhejiang)


@needs_corpus
@pytest.mark.parametrize("province", ["zhejiang", "guizhou", "tianjin"])
def test_every_commitment_the_tracker_follows_is_in_the_review(province):
    from toolkit.draft.commitments import worded
    from toolkit.targets import extract_targets
    from toolkit.targets.commitments import track_commitments

    path = REPORTS / province / "2026.txt"
    report = load_report(path)
    tracked = track_commitments(extract_targets(report, all_figures=True), ())
    review = "\n".join(review_part(prompts(path)))
    missing = [worded(row.old) for row in tracked if f"上年承诺：{worded(row.old)}。" not in review]
    assert tracked and not missing


@needs_corpus
def test_a_commitment_carried_on_shows_what_the_latest_review_reported():
    # zhejiang 2025 promised 城镇新增就业100万人以上; its 2026 review reports 115.8万人; 2026
    # promises 100万人以上 again
    latest = load_report(REPORTS / "zhejiang" / "2026.txt")
    older = load_report(REPORTS / "zhejiang" / "2025.txt")
    draft = build_draft(latest, older)
    line = next(
        p for p in draft.paragraphs() if p.text.startswith("上年承诺：确保城镇新增就业100万人以上")
    )
    assert any("城镇新增就业115.8万人（超额完成）" in hint for hint in line.hints)


@needs_corpus
@pytest.mark.parametrize("province", ["zhejiang", "anhui", "guangxi"])
def test_each_commitment_carries_on_the_closest_of_every_pair(province):
    """The draft scores only the pairs that can score (``scored_pairs``; every pair grew with
    the square of the reports): what each commitment carries on is what the closest of all
    the year before's commitments gives, the first of equals."""
    from toolkit.draft.commitments import CARRIED, _carried, planned
    from toolkit.targets import compare_targets, extract_targets
    from toolkit.targets.commitments import similarity, track_commitments

    latest = load_report(REPORTS / province / "2026.txt")
    older = load_report(REPORTS / province / "2025.txt")
    found = extract_targets(latest, all_figures=True)
    tracked = compare_targets(older, latest).commitments
    own = [row.old for row in track_commitments(found, ()) if row.old.section is not None]
    expected = []
    for target in own:
        best = max(tracked, key=lambda row: similarity(row.old, target))
        close = best.result is not None and similarity(best.old, target) >= CARRIED
        expected.append(_carried(best) if close else "")
    carried = [commitment.carried for commitment in planned(found, tracked)]
    assert carried == expected and any(carried)


@needs_corpus
def test_overview_keeps_last_years_wording_with_blank_figures(zhejiang):
    overview = next(t for t in zhejiang if t.startswith("总体情况："))
    # line 7: "2025年是极不平凡的一年，…全省生产总值增长5.5%，一般公共预算收入增长1.8%，城镇和
    # 农村居民人均可支配收入分别增长4.3%、5.5%，十方面民生实事圆满完成。"
    assert overview.startswith("总体情况：2026年是极不平凡的一年，")
    assert (
        "全省生产总值增长【待填】%，一般公共预算收入增长【待填】%，"
        "城镇和农村居民人均可支配收入分别增长【待填】%、【待填】%" in overview
    )
    unquoted = re.sub(r"“[^”]*”", "", overview)  # “132”总体工作部署 is a name
    assert not re.search(r"[0-9]", re.sub(r"[0-9]{4}年", "", unquoted))
    assert "2025" not in overview


@needs_corpus
def test_overview_of_xinjiang_and_its_five_year_sentences_left_out():
    texts = prompts(REPORTS / "xinjiang" / "2026.txt")
    overview = next(t for t in texts if t.startswith("总体情况："))
    # line 16: "…全年地区生产总值2.15万亿元、增长5.5%，…"
    assert "全年地区生产总值【待填】万亿元、增长【待填】%" in overview
    assert "五年来" not in overview and "年均" not in overview


@needs_corpus
def test_standing_parts_of_the_zhejiang_review(zhejiang):
    review = review_part(zhejiang)
    # line 18: 过去一年，民族宗教、外事侨务、港澳台、国防动员、人防海防等工作有力推进，…
    assert any(
        t.startswith("其他工作：过去一年，民族宗教、外事侨务、港澳台、国防动员") for t in review
    )
    # line 27: the thanks, opening with the five-year term, then who is thanked
    thanks = next(t for t in review if t.startswith("感谢："))
    assert "“十四五”发展成就来之不易" not in thanks and "【待填：本年表述】" in thanks
    assert "在此，我代表省人民政府向全省人民，向人大代表、政协委员、各民主党派" in thanks
    # line 28: 我们也清醒认识到，发展中老问题、新挑战仍然不少，工作中还存在一些短板不足：…
    assert any(
        t.startswith(
            "问题和不足：我们也清醒认识到，发展中老问题、新挑战仍然不少，工作中还存在一些短板不足："
            "【待填：问题和不足】对此，"
        )
        for t in review
    )
    # the standing parts close the review, after the sections reviewed
    assert review.index(thanks) > max(i for i, t in enumerate(review) if t.startswith("上年承诺"))


@needs_corpus
def test_standing_parts_only_where_the_review_had_them():
    # hebei 2026 (abridged) says nothing of problems; yunnan 2026's review lists no other work
    hebei = review_part(prompts(REPORTS / "hebei" / "2026.txt", facts=DraftFacts()))
    assert not any(t.startswith("问题和不足：") for t in hebei)
    assert any(t.startswith("感谢：") for t in hebei)
    yunnan = review_part(prompts(REPORTS / "yunnan" / "2026.txt", facts=DraftFacts()))
    assert not any(t.startswith("其他工作：") for t in yunnan)
    # the State Council thanks on behalf of 国务院 (2013 line 29: "我代表国务院，向全国工人…")
    council = prompts(CORPUS / "series" / "guowuyuan" / "2013.txt", facts=DraftFacts())
    assert any(t.startswith("感谢：") and "我代表国务院" in t for t in council)


def test_blank_figures_keeps_names_quotes_and_years():
    # guizhou 2026: "全面落实培育壮大经营主体“1+10”政策措施"; zhejiang 2026 line 16: PM2.5
    text = "设区城市PM2.5年平均浓度降至25微克/立方米，落实“1+10”政策措施，2025年增长5.5%"
    assert "".join(p if isinstance(p, str) else "【】" for p in blank_figures(text)) == (
        "设区城市PM2.5年平均浓度降至【】微克/立方米，落实“1+10”政策措施，2025年增长【】%"
    )


def test_cut_prompts_never_inside_quotes():
    # qinghai 2026 line 75
    text = (
        "完成以上目标任务，要始终坚持稳中求进、提质增效，必须充分挖掘经济潜能，必须坚持政策支持和"
        "改革创新并举，必须做到既“放得活”又“管得好”。"
    )
    shown = cut(text, 60)
    assert shown.endswith("……") and shown.count("“") == shown.count("”")


def test_full_width_punctuation_in_carried_text():
    # xinjiang 2025 headings and 法治政府建设实施纲要(2021—2025年)
    assert full_width("(一)加快重点领域和关键环节改革,不断激发活力") == (
        "（一）加快重点领域和关键环节改革，不断激发活力"
    )
    assert (
        full_width("《法治政府建设实施纲要(2021—2025年)》")
        == "《法治政府建设实施纲要（2021—2025年）》"
    )
    assert full_width("增长1,000亿元") == "增长1,000亿元"


# -- check on a fresh skeleton ---------------------------------------------------------------


def fresh_findings(tmp_path, latest_path, previous_path=None):
    from toolkit.check import check_draft
    from toolkit.word.draft_writer import render_draft

    latest = load_report(latest_path)
    previous = load_report(previous_path) if previous_path else None
    out = tmp_path / "draft.docx"
    render_draft(build_draft(latest, previous)).save(out)
    return check_draft(load_report(out), latest).findings


@needs_corpus
@pytest.mark.parametrize(
    ("latest", "previous"),
    [
        ("zhejiang/2026.txt", "zhejiang/2025.txt"),
        ("hainan/2026.txt", "hainan/2025.txt"),  # glossary, quoted in full as prompts
        ("qinghai/2026.txt", "qinghai/2025.txt"),  # prompts cut inside quotes before
        ("xinjiang/2025.docx", None),  # half-width (一) headings; a 2026 skeleton
        ("zhejiang/2025.docx", None),  # "继续谋划实施好…“十四五”规划" in the plan part
    ],
)
def test_check_on_a_fresh_skeleton_reports_only_its_blanks(tmp_path, latest, previous):
    findings = fresh_findings(tmp_path, REPORTS / latest, previous and REPORTS / previous)
    assert findings
    assert {(f.kind, f.severity) for f in findings} == {("placeholder", "P0")}, [
        (f.kind, f.line, f.text[:40]) for f in findings if f.kind != "placeholder"
    ]


@needs_corpus
def test_prompts_quoting_last_year_are_blanks_and_body_text_is_still_a_copy(tmp_path):
    from toolkit.check import check_draft
    from toolkit.word import styles
    from toolkit.word.builder import DocumentBuilder

    latest = load_report(REPORTS / "zhejiang" / "2026.txt")
    closing = [text for _, text in latest.lines() if text.startswith("各位代表！")][-1]
    builder = DocumentBuilder()
    builder.text(builder.paragraph(styles.TITLE), "2027年浙江省政府工作报告")
    builder.text(builder.paragraph(styles.HEADING_1), "二、2027年重点工作")
    for style in (styles.PROMPT, styles.BODY):
        builder.text(builder.paragraph(style), closing)
    out = tmp_path / "d.docx"
    builder.save(out)
    found = {
        (f.kind, f.severity)
        for f in check_draft(load_report(out), latest).findings
        if f.text == closing
    }
    assert found == {("placeholder", "P0"), ("copied", "P1")}


# -- what a 2027 skeleton must not carry from a 2026 report ------------------------------------


@needs_corpus
@pytest.mark.parametrize(
    ("province", "office", "name", "outlook"),
    [  # read from each report's lines 2-3 and its part titles
        ("zhejiang", "浙江省省长", "刘捷", "“十五五”时期的主要目标任务"),
        ("tianjin", "天津市市长", "张工", "“十五五”时期主要目标与重点任务"),
        ("yunnan", "省长", "王予波", "“十五五”时期主要目标任务"),  # an ideographic space
        ("gansu", "甘肃省省长", "任振鹤", "“十五五”时期的主要目标任务"),  # unnumbered part
    ],
)
def test_2027_skeleton_has_no_2026_only_part_and_a_speaker_line_to_fill(
    province, office, name, outlook
):
    texts = prompts(REPORTS / province / "2026.txt", facts=DraftFacts())
    assert f"{office} 【待填：姓名】" in texts
    assert not any(name in t for t in texts)
    assert not any(outlook in t for t in texts)
