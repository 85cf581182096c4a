"""Properties of number reading and extraction on generated text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.model import Paragraph
from toolkit.targets.extract import extract_from_paragraph
from toolkit.targets.indicators import builtin_table
from toolkit.targets.numbers import find_quantities

TABLE = builtin_table()
PIECES = st.sampled_from(
    [
        "地区生产总值", "增长", "5.5%", "左右", "，", "、", "。", "；", "以上", "力争", "确保",
        "2025年", "3月5日", "第十四届", "五年来", "连续36年", "第5位", "PM2.5", "一带一路",
        "十四五", "两会", "“21条”", "12345热线", "5G", "万亿元", "千亿元", "百亿", "7200亿元",
        "城镇新增就业", "85万人", "６．５％", "百分之五", "三百天", "一千二百万人", "1/3",
        "6%-6.5%", "7.5%~7.8%", "分别为", "4.8%左右和4.3%左右", "居民收入", "同步", "占",
        "比重", "从", "提高到", "的", "高于全国", "0.7个百分点", "（", "）", "—", "和",
    ]
)  # fmt: skip
TEXT = st.lists(PIECES, max_size=30).map("".join)
NOT_QUANTITIES = st.lists(
    st.sampled_from(
        ["2025年", "11月6日", "第十四届", "五年来", "连续36年", "近5年", "第5位", "PM2.5",
         "一带一路", "“十四五”", "两会", "“21条”", "12345热线", "5G", "千亿元", "百亿", "，", "、",
         "一人", "两个", "三个大台阶", "地铁5号线", "“1+5+1”", "建校100周年", "2.31:1"]
    ),
    max_size=20,
).map("".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_quantities_are_ordered_disjoint_spans_of_the_text(text):
    previous_end = 0
    for q in find_quantities(text):
        assert previous_end <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.raw
        assert q.value_max is None or q.value_max > q.value
        previous_end = q.end


@settings(max_examples=300, deadline=None)
@given(NOT_QUANTITIES)
def test_years_dates_ordinals_names_are_never_quantities(text):
    assert find_quantities(text) == []


@settings(max_examples=200, deadline=None)
@given(TEXT, st.sampled_from(["target", "achieved"]), st.booleans())
def test_extraction_never_fails_and_keeps_its_sentence(text, scope, headline):
    found = extract_from_paragraph(Paragraph("s1.p1", 3, text), scope, TABLE, headline=headline)
    for t in found:
        assert t.scope == scope and t.line == 3 and t.text and t.text in text
        assert (t.value is None) == (t.kind == "qualitative")
