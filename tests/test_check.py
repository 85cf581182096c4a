"""`check`: each kind of finding on a real corpus draft with the error put in by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CORPUS
from toolkit.api import load_report
from toolkit.check import check_draft

GUIZHOU = CORPUS / "reports" / "guizhou"
HAINAN = CORPUS / "reports" / "hainan"
pytestmark = pytest.mark.skipif(not GUIZHOU.exists(), reason="corpus not present")


def _edited(tmp_path: Path, source: Path, line: int, old: str, new: str) -> Path:
    """A copy of ``source`` with ``old`` replaced by ``new`` on ``line`` (1-based)."""
    lines = source.read_text("utf-8").split("\n")
    assert old in lines[line - 1], f"{old!r} not on line {line}"
    lines[line - 1] = lines[line - 1].replace(old, new, 1)
    path = tmp_path / source.name
    path.write_text("\n".join(lines), "utf-8")
    return path


def _draft(tmp_path: Path, source: Path, lines: dict[int, str]) -> Path:
    """A 2027 draft made from ``source``: its lines (0-based index → new text) rewritten."""
    text = source.read_text("utf-8").split("\n")
    for index, line in lines.items():
        text[index] = line
    path = tmp_path / "2027.txt"
    path.write_text("\n".join(text), "utf-8")
    return path


def _found(draft: Path, previous: Path, kind: str, severity: str, line: int) -> list[str]:
    result = check_draft(load_report(draft), load_report(previous))
    return [
        f.message for f in result.findings if (f.kind, f.severity, f.line) == (kind, severity, line)
    ]


# (line, old, new, kind, severity): one error of each kind put into guizhou's 2026 report
CASES = {
    "plan heading names last year": (
        38,
        "三、2026年工作安排",
        "三、2025年工作安排",
        "stale-year",
        "P0",
    ),
    "review opening with the year before last": (
        7,
        "2025年在贵州发展进程中",
        "2024年在贵州发展进程中",
        "stale-year",
        "P0",
    ),
    "今年 next to last year": (
        79,
        "今年要继续办好",
        "今年（2025年）要继续办好",
        "stale-year",
        "P0",
    ),
    "plan targets named for last year": (
        40,
        "主要预期目标是",
        "2025年主要预期目标是",
        "stale-year",
        "P0",
    ),
    "开局之年 of the old plan": (
        39,
        "“十五五”规划的开局之年",
        "“十四五”规划的开局之年",
        "plan-cycle",
        "P0",
    ),
    "收官之年 in a first year": (39, "规划的开局之年", "规划的收官之年", "plan-cycle", "P0"),
    "the old plan carried out in the plan part": (
        63,
        "科学制定“十五五”村庄发展规划",
        "实施“十四五”村庄发展规划",
        "plan-cycle",
        "P1",
    ),
    "去年 next to the year before last": (
        8,
        "全年地区生产总值增长4.9%",
        "去年（2024年）地区生产总值增长4.9%",
        "stale-year",
        "P1",
    ),
    "same meeting as last year": (2, "第四次会议", "第三次会议", "meeting", "P0"),
    "subtitle dated last year": (2, "2026年1月27日", "2025年1月27日", "meeting", "P0"),
    "skipped meeting number": (2, "第四次会议", "第五次会议", "meeting", "P1"),
    "blank ××": (8, "全年地区生产总值增长4.9%", "全年地区生产总值增长××%", "placeholder", "P0"),
    "blank 【待填】": (
        8,
        "一般公共预算收入增长2.5%",
        "一般公共预算收入增长【待填：增速】",
        "placeholder",
        "P0",
    ),
    "blank X月X日": (8, "召开", "X月X日召开", "placeholder", "P0"),
    "last year's target left in the plan": (
        41,
        "围绕实现上述目标",
        "确保地区生产总值增长5.5%左右，围绕实现上述目标",
        "target-conflict",
        "P0",
    ),
    "another value for a headline indicator": (
        41,
        "围绕实现上述目标",
        "确保地区生产总值增长6%左右，围绕实现上述目标",
        "target-conflict",
        "P1",
    ),
    "headline indicator dropped": (40, "；常住人口城镇化率达59%左右", "", "target-dropped", "P2"),
    "half-width comma": (41, "围绕实现上述目标，", "围绕实现上述目标,", "punctuation", "P2"),
    "unmatched quote": (41, "围绕实现上述目标", "围绕实现“上述目标", "punctuation", "P2"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_error_put_in_by_hand_is_found(tmp_path: Path, case: str) -> None:
    line, old, new, kind, severity = CASES[case]
    previous = GUIZHOU / "2025.txt"
    assert not _found(GUIZHOU / "2026.txt", previous, kind, severity, line)
    draft = _edited(tmp_path, GUIZHOU / "2026.txt", line, old, new)
    assert _found(draft, previous, kind, severity, line), case


def test_stale_year_suggests_the_rolled_heading(tmp_path: Path) -> None:
    draft = _edited(tmp_path, GUIZHOU / "2026.txt", 38, "2026年", "2025年")
    result = check_draft(load_report(draft), load_report(GUIZHOU / "2025.txt"))
    (finding,) = [f for f in result.findings if f.line == 38 and f.kind == "stale-year"]
    assert finding.suggestion == "三、2026年工作安排"


def test_copied_paragraph_and_its_share(tmp_path: Path) -> None:
    old = (GUIZHOU / "2025.txt").read_text("utf-8").split("\n")
    # last year's longest plain paragraph, pasted over one of this year's
    copied = max((text for text in old if not text.startswith("（")), key=len)
    lines = (GUIZHOU / "2026.txt").read_text("utf-8").split("\n")
    lines[59] = copied
    draft = tmp_path / "2026.txt"
    draft.write_text("\n".join(lines), "utf-8")
    clean = check_draft(load_report(GUIZHOU / "2026.txt"), load_report(GUIZHOU / "2025.txt"))
    result = check_draft(load_report(draft), load_report(GUIZHOU / "2025.txt"))
    assert [f.line for f in result.findings if f.kind == "copied"] == [60]
    assert sum(c.copied_chars for c in clean.copied) == 0
    (share,) = [c for c in result.copied if c.copied_chars]
    assert share.section.startswith("三、") and share.copied_chars == len(copied)


def test_nearly_copied_paragraph_counts_too(tmp_path: Path) -> None:
    old = (GUIZHOU / "2025.txt").read_text("utf-8").split("\n")
    copied = max((text for text in old if not text.startswith("（")), key=len)
    lines = (GUIZHOU / "2026.txt").read_text("utf-8").split("\n")
    lines[59] = copied.replace("，", "，切实", 1)  # a word added: still last year's paragraph
    draft = tmp_path / "2026.txt"
    draft.write_text("\n".join(lines), "utf-8")
    result = check_draft(load_report(draft), load_report(GUIZHOU / "2025.txt"))
    (finding,) = [f for f in result.findings if f.kind == "copied"]
    assert finding.line == 60 and "nearly" in finding.message


@pytest.mark.skipif(not HAINAN.exists(), reason="corpus not present")
def test_quoted_term_without_glossary_entry(tmp_path: Path) -> None:
    lines = (HAINAN / "2026.txt").read_text("utf-8").split("\n")
    number = next(i for i, text in enumerate(lines) if len(text) > 100 and i > 60) + 1
    lines[number - 1] = lines[number - 1].replace("。", "，推进“三零两全”试点。", 1)
    draft = tmp_path / "2026.txt"
    draft.write_text("\n".join(lines), "utf-8")
    result = check_draft(load_report(draft), load_report(HAINAN / "2025.txt"))
    assert [f.line for f in result.findings if "三零两全" in f.message] == [number]
    # a term the glossary explains is not reported
    explained = load_report(draft).glossary[0].term
    assert not [f for f in result.findings if f.kind == "glossary" and explained in f.message]


#: (line, old, new): wording that names other years or plans legitimately, never a finding
LEGITIMATE = {
    "a baseline year": (79, "今年要继续办好", "今年粮食产量要比2025年增加，要继续办好"),
    "a point of time last year": (79, "今年要继续办好", "今年要在2025年底基础上继续办好"),
    "the plan that ended, said of its last year": (
        39,
        "今年是实施“十五五”规划的开局之年",
        "2025年是“十四五”收官之年，今年是实施“十五五”规划的开局之年",
    ),
    "the plan that ended, summed up": (
        63,
        "科学制定“十五五”村庄发展规划",
        "全面总结“十四五”规划实施成效",
    ),
    "an older year in a review": (
        8,
        "全年地区生产总值增长4.9%",
        "全年地区生产总值增长4.9%，比2020年增长30%",
    ),
}


@pytest.mark.parametrize("case", sorted(LEGITIMATE))
def test_legitimate_years_and_plans_are_not_flagged(tmp_path: Path, case: str) -> None:
    line, old, new = LEGITIMATE[case]
    draft = _edited(tmp_path, GUIZHOU / "2026.txt", line, old, new)
    result = check_draft(load_report(draft), load_report(GUIZHOU / "2025.txt"))
    assert not [
        f for f in result.findings if f.line == line and f.kind in ("stale-year", "plan-cycle")
    ]


def test_last_year_event_beside_this_year_asks_to_look_but_is_no_p0(tmp_path: Path) -> None:
    draft = _edited(
        tmp_path,
        GUIZHOU / "2026.txt",
        79,
        "今年要继续办好",
        "今年确保2025年开工的项目全部建成，要继续办好",
    )
    result = check_draft(load_report(draft), load_report(GUIZHOU / "2025.txt"))
    assert [(f.kind, f.severity) for f in result.findings if f.line == 79] == [("stale-year", "P1")]


def test_last_years_report_sent_again_as_this_years_draft() -> None:
    last = load_report(GUIZHOU / "2025.txt")
    result = check_draft(last, last)
    assert result.year == 2026
    p0 = {(f.line, f.kind) for f in result.findings if f.severity == "P0"}
    # the subtitle's meeting and date, the review heading and opening, the plan heading, and
    # 今年是“十四五”规划收官之年
    assert {(3, "meeting"), (7, "stale-year"), (8, "stale-year"), (25, "stale-year")} <= p0
    assert any(kind == "plan-cycle" for _, kind in p0)
    # all but headings and short lines (各位代表, slogans)
    assert result.copied and all(c.share > 0.95 for c in result.copied)


@pytest.mark.skipif(not (CORPUS / "reports").is_dir(), reason="no corpus")
def test_a_2027_draft_made_from_the_2026_report_with_years_left_behind(tmp_path):
    """hebei 2026 edited into a 2027 draft that forgot three years: the review's "刚刚过去的
    2025年", a plan clause "2026年重点做好…" and a deadline "到2026年底"."""
    last = CORPUS / "reports" / "hebei" / "2026.txt"
    old = last.read_text("utf-8").split("\n")
    draft = _draft(
        tmp_path,
        last,
        {
            0: "2027年河北省政府工作报告",
            1: "——2027年1月20日在河北省第十四届人民代表大会第五次会议上",
            5: "一、2026年工作回顾",
            29: "三、2027年主要工作",
            30: old[30].replace("今年是“十五五”起步之年", "今年是“十五五”第二年"),
            31: "2026年重点做好六个方面工作：",
            33: "到2026年底完成首批疏解项目建设。" + old[33],
        },
    )
    result = check_draft(load_report(draft), load_report(last))
    stale = {(f.line, f.severity) for f in result.findings if f.kind == "stale-year"}
    assert stale == {(14, "P0"), (32, "P1"), (34, "P1")}


@pytest.mark.skipif(not (CORPUS / "reports").is_dir(), reason="no corpus")
def test_last_years_figures_left_in_the_review_are_flagged(tmp_path):
    """shanxi 2026 edited into a 2027 draft whose review paragraph was rewritten but kept last
    year's "城镇新增就业47.3万人" (2026 line 24); a new figure (48万人) and rates are no finding."""
    last = CORPUS / "reports" / "shanxi" / "2026.txt"
    draft = _draft(
        tmp_path,
        last,
        {
            0: "2027年山西省政府工作报告",
            1: "——2027年1月20日在山西省第十四届人民代表大会第六次会议上",
            5: "一、2026年工作回顾",
            17: "刚刚过去的2026年，全省经济运行稳中有进，全年GDP增长4.6%，城镇新增就业47.3万人。",
            23: "用心用情办好民生实事，城镇新增就业48万人，城镇调查失业率5.3%。",
        },
    )
    result = check_draft(load_report(draft), load_report(last))
    stale = [(f.line, f.severity) for f in result.findings if f.kind == "stale-figure"]
    assert stale == [(18, "P1")]
