"""Last year's quantitative commitments tracked to this year's review (issue 13 item 4, core):
pairing by indicator or by wording, statuses by the indicator's direction and kind."""

from __future__ import annotations

from toolkit.model import Paragraph
from toolkit.targets.commitments import track_commitments
from toolkit.targets.compare import compare_found
from toolkit.targets.extract import extract_from_paragraph
from toolkit.targets.indicators import builtin_table

TABLE = builtin_table()

PLAN = (
    "新增公园120座以上，加装电梯3000台以上，完成20万平方米旧住房成套改造，力争架空线入地130公里。"
    "新增专精特新企业1000家以上。居民消费价格涨幅控制在3%左右。"
)
REVIEW = (
    "新增公园127座，加装电梯3295台，完成旧住房成套改造18万平方米。专精特新企业累计达到6000家。"
    "居民消费价格上涨0.2%。"
)


def _rows():
    old = extract_from_paragraph(Paragraph("s3.p4", 40, PLAN), "target", TABLE, year=2025)
    new = extract_from_paragraph(
        Paragraph("s1.p3", 9, REVIEW), "achieved", TABLE, year=2026, all_figures=True
    )
    return track_commitments(old, new), old, new


def test_each_commitment_is_paired_with_the_sentence_that_reports_it():
    rows, _, _ = _rows()
    table = [
        (r.old.value_text, r.result.value_text if r.result else None, r.status, r.remark)
        for r in rows
    ]
    assert table == [
        ("120座以上", "127座", "met", ""),
        ("3000台以上", "3295台", "met", ""),
        ("完成20万平方米", "18万平方米", "missed", ""),
        ("力争130公里", None, "not reported", ""),
        ("1000家以上", "达到6000家", "not comparable", "an increment against a stock"),
        ("3%左右", "0.2%", "met", "far below the target"),
    ]
    assert all(r.result is None or r.result.line == 9 for r in rows)


def test_commitments_are_part_of_the_comparison():
    rows, old, new = _rows()
    assert compare_found(old, new).commitments == rows
